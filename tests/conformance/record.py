"""Record the reference Zou's answers to each scenario (by hand, never in CI):
`python -m tests.conformance.record [area...]` with Zou started by start_zou.sh."""

import argparse
import asyncio
import json
import os
import pkgutil
import subprocess
import sys

import httpx

from tests.conformance import scenarios
from tests.conformance.compare import diff_exchanges
from tests.conformance.runner import RECORDINGS, ScenarioRun, load_steps, recording_path

ZOU_URL = os.environ.get("ZOUREF_URL", "http://127.0.0.1:5100")
ZOU_BASE = os.environ.get("ZOUREF_BASE", "/tmp/zouref")
ZOU_VENV = os.environ.get("ZOUREF_VENV", f"{ZOU_BASE}/venv")  # start_zou.sh's, shared by several instances
ZOU_VERSION = "1.0.97"
# Everything but the schema version: TRUNCATE keeps the schema Zou migrated, and is far quicker
# than `zou reset-db` (drop + create of ~80 tables).
TRUNCATE_ALL = """DO $$ BEGIN EXECUTE (
  SELECT 'TRUNCATE ' || string_agg(quote_ident(tablename), ', ') || ' RESTART IDENTITY CASCADE'
  FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'alembic_version');
END $$;"""


# What Zou's migrations leave in an empty database before init-data: the concepts' task type
# (migration e7a4c2b9f1d3), without a department since none exists yet. TRUNCATE removes it, so the
# reset puts it back as a fresh install has it (init-data then finds it, as on a new studio).
MIGRATION_ROWS = """INSERT INTO task_type
  (id, name, short_name, color, priority, for_entity, allow_timelog, archived, created_at, updated_at)
  VALUES (gen_random_uuid(), 'Concept', '', '#8D6E63', 1, 'Concept', true, false, now(), now());"""


def all_areas() -> list[str]:
    return [
        module.name for module in pkgutil.iter_modules(scenarios.__path__) if not module.name.startswith("_")
    ]


def _zou_env() -> dict[str, str]:
    """Zou's settings, as start_zou.sh writes them in env.sh."""
    dump = subprocess.run(
        ["bash", "-c", f"source {ZOU_BASE}/env.sh && env -0"], check=True, capture_output=True
    ).stdout
    return dict(item.split("=", 1) for item in dump.decode().split("\0") if "=" in item)


def reset_zou() -> None:
    """The state our tests start from: empty tables, Zou's init data, one admin, an empty Redis
    (Zou keeps its cache and revoked tokens there)."""
    env = _zou_env()
    psql = ["psql", "-h", env["DB_HOST"], "-p", env["DB_PORT"], "-U", env["DB_USERNAME"], env["DB_DATABASE"]]
    subprocess.run(
        [*psql, "-q", "-v", "ON_ERROR_STOP=1", "-c", TRUNCATE_ALL, "-c", MIGRATION_ROWS],
        check=True,
        env={**env, "PGPASSWORD": env["DB_PASSWORD"]},
        capture_output=True,
    )
    flush = ["redis-cli", "-h", env["KV_HOST"], "-p", env["KV_PORT"], "flushall"]
    # Flushed before init-data too: its get-or-create lookups are memoised in Redis, and a cached id
    # of a truncated row makes it skip creating the row (the Open project status went missing).
    subprocess.run(flush, check=True, capture_output=True)
    zou = f"{ZOU_VENV}/bin/zou"
    for command in (["init-data"], ["create-admin", "admin@example.com", "--password", "mysecretpassword"]):
        subprocess.run([zou, *command], check=True, env=env, cwd=ZOU_BASE, capture_output=True)
    subprocess.run(flush, check=True, capture_output=True)


async def run_zou(steps: list[dict]) -> list[dict]:
    reset_zou()
    async with httpx.AsyncClient(base_url=ZOU_URL, timeout=60) as client:
        return await ScenarioRun(client, steps).run()


async def record(area: str, check: bool) -> None:
    steps = load_steps(area)
    exchanges = await run_zou(steps)
    if check:
        # Whatever differs between two runs of Zou itself cannot be compared with ours: such paths
        # need `unordered` or `ignore` in the scenario before the recording is worth committing.
        unstable = diff_exchanges(area, exchanges, await run_zou(steps))
        for difference in unstable:
            print(f"UNSTABLE {difference}")
        if unstable:
            sys.exit(f"{area}: {len(unstable)} unstable value(s) between two runs of Zou; nothing written")
    RECORDINGS.mkdir(exist_ok=True)
    document = {"area": area, "zou_version": ZOU_VERSION, "exchanges": exchanges}
    recording_path(area).write_text(json.dumps(document, indent=1, sort_keys=True, ensure_ascii=False) + "\n")
    statuses = ", ".join(f"{e['status']}" for e in exchanges)
    print(f"{area}: {len(exchanges)} exchanges recorded ({statuses})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("areas", nargs="*", help="areas to record (default: every scenario)")
    parser.add_argument("--check", action="store_true", help="run twice, write only if Zou answered the same")
    args = parser.parse_args()
    areas = args.areas or all_areas()
    unknown = set(areas) - set(all_areas())
    if unknown:
        sys.exit(f"unknown areas: {sorted(unknown)}")
    for area in areas:
        asyncio.run(record(area, args.check))


if __name__ == "__main__":
    main()
