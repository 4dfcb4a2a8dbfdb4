"""Create, migrate, seed Zou's init data and admin, then drop the bench database.

Migration and init data go through the app's own commands (subprocesses), so the bench process
never imports app settings and the schema is exactly what `make run` would build.
"""

import os
import subprocess
import sys
import time

import asyncpg

from bench.settings import ADMIN_EMAIL, ADMIN_PASSWORD, DB_NAME, ROOT, BenchConfig


def app_env(config: BenchConfig) -> dict[str, str]:
    """The environment of every app process: our database, our Redis, a fixed secret."""
    env = dict(os.environ)
    env.update(
        DATABASE_URL=config.database_url,
        REDIS_URL=config.redis_url,
        SECRET_KEY="bench-secret-key-not-for-production-0123456789",
        BCRYPT_LOG_ROUNDS=str(config.bcrypt_rounds),
        ADMIN_EMAIL=ADMIN_EMAIL,
        ADMIN_PASSWORD=ADMIN_PASSWORD,
    )
    return env


async def _admin_execute(config: BenchConfig, *statements: str) -> None:
    conn = await asyncpg.connect(config.admin_dsn)
    try:
        for statement in statements:
            await conn.execute(statement)
    finally:
        await conn.close()


async def recreate(config: BenchConfig) -> None:
    # WITH (FORCE): a previous run killed mid-way may have left sessions open.
    await _admin_execute(
        config, f'DROP DATABASE IF EXISTS "{DB_NAME}" WITH (FORCE)', f'CREATE DATABASE "{DB_NAME}"'
    )


async def drop(config: BenchConfig) -> None:
    await _admin_execute(config, f'DROP DATABASE IF EXISTS "{DB_NAME}" WITH (FORCE)')


def _run(args: list[str], env: dict[str, str]) -> None:
    result = subprocess.run(args, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} failed:\n{result.stdout}\n{result.stderr}")


def migrate_and_init(config: BenchConfig) -> float:
    """`alembic upgrade head`, Zou's init-data, then the admin; returns the seconds spent."""
    start = time.perf_counter()
    env = app_env(config)
    alembic = os.path.join(os.path.dirname(sys.executable), "alembic")
    _run([alembic, "upgrade", "head"], env)
    _run([sys.executable, "-m", "app", "init-data"], env)
    _run([sys.executable, "-m", "app", "create-admin", ADMIN_EMAIL, "--password", ADMIN_PASSWORD], env)
    return time.perf_counter() - start
