"""PostgreSQL restarted under load: 503 with Retry-After while it is down, service back by itself
once it is up (same process, same engine), and no write the API acknowledged is lost."""

import asyncio
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import async_sessionmaker

from app.core import db
from tests.faults.services import PostgresCluster
from tests.helpers.fixtures import bearer

ROOT = Path(__file__).resolve().parents[2]
WRITERS = 4
UNAVAILABLE = {"error": True, "message": "The database is unavailable. Please try again shortly."}


@pytest.fixture
async def private_postgres(monkeypatch):
    """The app's database is a cluster of this test's own, migrated and seeded like the suite's."""
    from tests.helpers.seed import seed

    cluster = PostgresCluster()
    try:
        cluster.init()
        cluster.start()
        env = {**os.environ, "DATABASE_URL": cluster.url}
        subprocess.run(
            [sys.executable, "-m", "alembic", "upgrade", "head"],
            cwd=ROOT,
            env=env,
            check=True,
            capture_output=True,
        )
        engine = db.make_engine(cluster.url)
        monkeypatch.setattr(db, "_engine", engine)
        monkeypatch.setattr(
            db, "_sessionmaker", async_sessionmaker(engine, expire_on_commit=False, autoflush=False)
        )
        await seed()
        yield cluster
        await engine.dispose()
    finally:
        cluster.destroy()


async def _admin_id():
    from app.models import Person
    from tests.helpers.seed import ADMIN_EMAIL

    async with db.get_sessionmaker()() as session:
        return (await session.execute(select(Person.id).where(Person.email == ADMIN_EMAIL))).scalar_one()


async def _until(check, seconds: float) -> None:
    async with asyncio.timeout(seconds):
        while not check():
            await asyncio.sleep(0.05)


async def test_a_restart_answers_503_then_recovers_losing_no_acknowledged_write(client, private_postgres):
    admin = bearer(await _admin_id())
    answers: list[tuple[str, int, str | None, dict]] = []
    acknowledged: list[str] = []
    stop = asyncio.Event()

    async def write(writer: int) -> None:
        sent = 0
        while not stop.is_set():
            sent += 1
            name = f"dept-{writer}-{sent}"
            body = {"name": name, "color": "#123456"}
            response = await client.post("/data/departments", json=body, headers=admin)
            answers.append((name, response.status_code, response.headers.get("retry-after"), response.json()))
            if response.status_code == 201:
                acknowledged.append(name)
            await asyncio.sleep(0.02)

    async def read() -> None:
        while not stop.is_set():
            response = await client.get("/data/departments", headers=admin)
            answers.append(("read", response.status_code, response.headers.get("retry-after"), {}))
            await asyncio.sleep(0.02)

    load = [asyncio.create_task(write(n)) for n in range(WRITERS)] + [asyncio.create_task(read())]
    try:
        await _until(lambda: len(acknowledged) >= 8, 30)  # the load is served
        await asyncio.to_thread(private_postgres.stop)
        down = len(answers)
        await _until(lambda: sum(a[1] == 503 for a in answers[down:]) >= 5, 30)  # refused while down
        await asyncio.to_thread(private_postgres.start)
        up = len(acknowledged)
        await _until(lambda: len(acknowledged) >= up + 8, 60)  # served again
    except TimeoutError:
        statuses = Counter(status for _name, status, _retry, _body in answers)
        raise AssertionError(f"stuck: answers so far {dict(statuses)}, last {answers[-3:]}") from None
    finally:
        stop.set()
        await asyncio.gather(*load)

    assert {status for _name, status, _retry, _body in answers} <= {200, 201, 503}
    unavailable = [(retry, body) for _name, status, retry, body in answers if status == 503]
    assert unavailable and all(retry == "1" for retry, _body in unavailable)
    assert all(body in (UNAVAILABLE, {}) for _retry, body in unavailable)
    from app.models import Department

    async with db.get_sessionmaker()() as session:
        stored = set((await session.execute(select(Department.name))).scalars())
    assert set(acknowledged) <= stored
