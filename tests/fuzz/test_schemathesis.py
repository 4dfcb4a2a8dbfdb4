"""Schemathesis over the served contract, in-process, on PostgreSQL: no server error, no
undeclared status, no answer outside its schema or its media type, for an admin and for an
artist of the production. Seed and replay: see run.py (the seed is printed, and in the failure)."""

import asyncio
import os

import pytest
import schemathesis

from app.core.config import get_settings
from tests.fuzz.bridge import app_session
from tests.fuzz.run import Fuzzer, Report, run_seed
from tests.fuzz.world import build_world
from tests.helpers.client import make_client

pytestmark = pytest.mark.skipif(get_settings().is_sqlite, reason="fuzzed on PostgreSQL")

SECONDS = float(os.environ.get("FUZZ_SECONDS", "40"))  # keeps the suite under 10 minutes
ROUNDS = int(os.environ["FUZZ_ROUNDS"]) if os.environ.get("FUZZ_ROUNDS") else None


async def test_no_operation_breaks_its_contract(app, admin_id):
    report = Report(seed=run_seed())
    print(f"\nschemathesis seed: {report.seed} (FUZZ_SEED={report.seed} replays the run)")
    async with make_client(app, validate=False) as client:
        spec = (await client.get("/openapi.json")).json()
        world = await build_world(client, str(admin_id))
        fuzzer = Fuzzer(
            schemathesis.openapi.from_dict(spec),
            world,
            app_session(client, asyncio.get_running_loop()),
            report,
        )
        await asyncio.to_thread(fuzzer.run, SECONDS, ROUNDS)
    print(report.summary())
    assert not report.failures, f"{report.summary()}\n\n{report.details()}"
