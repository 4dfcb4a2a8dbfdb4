"""Test harness: a real database (PostgreSQL by default, SQLite with TEST_DATABASE=sqlite), migrated
once per run with Alembic, emptied and re-seeded with Zou's init data before every test."""

import logging
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BACKEND = os.environ.get("TEST_DATABASE", "postgresql")
PG_ADMIN_URL = os.environ.get("TEST_PG_URL", "postgresql://postgres@127.0.0.1:5432")
TEST_DB_NAME = f"zou_test_{os.getpid()}"
VAR_DIR = Path(tempfile.mkdtemp(prefix="zou-test-"))

# Settings are read from the environment on first use: fix them before the app is imported.
os.environ["VAR_DIR"] = str(VAR_DIR)
os.environ["SECRET_KEY"] = "test-secret-key-not-for-production"
os.environ["BCRYPT_LOG_ROUNDS"] = "4"
if BACKEND == "sqlite":
    os.environ["DATABASE_URL"] = f"sqlite+aiosqlite:///{VAR_DIR / 'test.db'}"
    os.environ.pop("REDIS_URL", None)
else:
    os.environ["DATABASE_URL"] = f"postgresql+asyncpg://postgres@127.0.0.1:5432/{TEST_DB_NAME}"


def _claim_redis_db() -> int:
    """A Redis database no other live test run on this machine holds, with the one below it (the
    worker tests' `with_redis`). Claims are keys in database 0 naming the run's process. Tests
    flush their databases and start arq workers on them: two runs sharing them (a session's and
    CI's) flush each other's keys and take each other's jobs. TEST_REDIS_DB is tried first."""
    import atexit

    import redis

    wanted = int(os.environ.get("TEST_REDIS_DB", "15"))
    claims = redis.Redis(host="127.0.0.1", port=6379, db=0, decode_responses=True)
    for number in dict.fromkeys([wanted, *range(15, 2, -2)]):
        keys = [f"zou-test-run:{number}", f"zou-test-run:{number - 1}"]
        if any(holder is not None and _alive(int(holder)) for holder in claims.mget(keys)):
            continue
        claims.mset(dict.fromkeys(keys, os.getpid()))
        for key in keys:
            claims.expire(key, 3 * 3600)
        atexit.register(claims.delete, *keys)
        return number
    raise RuntimeError("every Redis database is held by another test run")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass
    return True


if BACKEND != "sqlite" and "REDIS_URL" not in os.environ:
    os.environ["REDIS_URL"] = f"redis://127.0.0.1:6379/{_claim_redis_db()}"

import pytest  # noqa: E402
from sqlmodel import SQLModel  # noqa: E402

from app.areas import assemble  # noqa: E402

# Collections and jobs are registered at start-up: tests that read the registry run before any app.
assemble()

pytest_plugins = ["tests.helpers.fixtures", "tests.helpers.backends", "tests.contract.plugin"]


def _psql(sql: str) -> None:
    subprocess.run(
        ["psql", PG_ADMIN_URL + "/postgres", "-q", "-v", "ON_ERROR_STOP=1", "-c", sql],
        check=True,
        capture_output=True,
    )


def _migrate() -> None:
    subprocess.run(
        [sys.executable, "-m", "alembic", "upgrade", "head"],
        cwd=ROOT,
        env=os.environ.copy(),
        check=True,
        capture_output=True,
    )


@pytest.fixture(scope="session", autouse=True)
def database():
    """A brand-new database for this run, built by the real migrations."""
    if BACKEND != "sqlite":
        _psql(f'DROP DATABASE IF EXISTS "{TEST_DB_NAME}"')
        _psql(f'CREATE DATABASE "{TEST_DB_NAME}"')
    _migrate()
    yield os.environ["DATABASE_URL"]
    if BACKEND != "sqlite":
        _psql(f'DROP DATABASE IF EXISTS "{TEST_DB_NAME}" WITH (FORCE)')
    shutil.rmtree(VAR_DIR, ignore_errors=True)  # the run's secret, SQLite file and stored files


_SNAPSHOT: dict[str, list[dict]] = {}


def _cycle_breaking_columns() -> list:
    """Columns of the foreign keys that close reference cycles (entity -> preview_file, ...)."""
    return [
        constraint.columns[0]
        for table in SQLModel.metadata.sorted_tables
        for constraint in table.foreign_key_constraints
        if constraint.use_alter
    ]


async def _empty_all_tables(conn, fresh_files: bool = False) -> None:
    """DELETE is far cheaper than TRUNCATE on tables holding a handful of rows.

    The cycle-closing references are cleared first, then tables are emptied children first, so
    foreign keys stay enforced throughout. `fresh_files` (PostgreSQL): TRUNCATE instead, so rows
    are stored, and read back by an unordered scan, in insertion order, as in a fresh Zou; after
    DELETE, autovacuum may free room earlier in the file whenever it happens to run.
    """
    if fresh_files and conn.dialect.name == "postgresql":
        names = ", ".join(f'"{table.name}"' for table in SQLModel.metadata.sorted_tables)
        await conn.exec_driver_sql(f"TRUNCATE {names} CASCADE")  # and the derived tables
        return
    for column in _cycle_breaking_columns():
        await conn.execute(column.table.update().values({column.name: None}))
    for table in reversed(SQLModel.metadata.sorted_tables):
        await conn.execute(table.delete())


async def _reset_database(fresh_files: bool = False) -> None:
    """Empty every table, then restore the seed (made once through the real service, then copied)."""
    import app.models  # noqa: F401
    from app.core.db import get_engine
    from tests.helpers.seed import seed

    engine = get_engine()
    async with engine.begin() as conn:
        await _empty_all_tables(conn, fresh_files)
        if _SNAPSHOT:
            for table in SQLModel.metadata.sorted_tables:
                rows = _SNAPSHOT.get(table.name)
                if rows:
                    await conn.execute(table.insert(), rows)
    if _SNAPSHOT:
        return
    await seed()
    async with engine.connect() as conn:
        for table in SQLModel.metadata.sorted_tables:
            rows = (await conn.execute(table.select())).mappings().all()
            if rows:
                _SNAPSHOT[table.name] = [dict(row) for row in rows]


async def _flush_redis(redis) -> None:
    """Empty the test Redis database, but keep a live worker's health key: the live server's
    worker outlives a test, and the API only waits for jobs while that key says it runs."""
    from app.worker.arq_client import HEALTH_CHECK_KEY

    health, ttl = await redis.get(HEALTH_CHECK_KEY), await redis.pttl(HEALTH_CHECK_KEY)
    await redis.flushdb()
    if health is not None and ttl > 0:
        await redis.set(HEALTH_CHECK_KEY, health, px=ttl)


async def restore_seed(fresh_files: bool = False) -> None:
    """Zou's init data and one admin, nothing else, in the database and (emptied) in Redis."""
    from app.core.redis import get_redis

    await _reset_database(fresh_files)
    redis = get_redis()
    if redis is not None:
        await _flush_redis(redis)


@pytest.fixture(autouse=True)
async def clean_database(database):
    """Every test starts from the seed."""
    await restore_seed()
    yield


@pytest.fixture
async def app():
    from app.main import app as fastapi_app

    return fastapi_app


@pytest.fixture
async def client(app):
    from tests.helpers.client import make_client

    async with make_client(app) as test_client:
        yield test_client


class _DroppedConnections(logging.Handler):
    """The tests during which the pool closed a connection left inside an untracked transaction
    (`app.core.db._drop_if_out_of_step`): the run recovers, and its summary names them."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.tests: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        from app.core.db import LEFT_INSIDE_A_TRANSACTION

        test = os.environ.get("PYTEST_CURRENT_TEST", "outside a test")
        # The tests that strand a connection on purpose say so in their name.
        if record.getMessage() == LEFT_INSIDE_A_TRANSACTION and "left_inside_a_transaction" not in test:
            self.tests.append(test)


_DROPPED = _DroppedConnections()
logging.getLogger("app.core.db").addHandler(_DROPPED)


def pytest_terminal_summary(terminalreporter) -> None:
    if _DROPPED.tests:
        terminalreporter.section("connections dropped at checkin (left inside a transaction)")
        for test in _DROPPED.tests:
            terminalreporter.write_line(test)
