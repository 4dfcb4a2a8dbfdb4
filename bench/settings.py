"""What a bench run does, read once from the environment.

BENCH_QUICK=1 (2 s per scenario, 500 assets), BENCH_SECONDS, BENCH_WARMUP, BENCH_CONNECTIONS (4),
BENCH_WORKERS (2), BENCH_ASSETS, BENCH_ARTISTS, BENCH_COMMENTED_TASKS, BENCH_ONLY,
BENCH_KEEP_DB=1 (keep zou_bench), BENCH_PG_HOST/PORT/USER,
BENCH_REDIS_URL, BENCH_DB (zou_bench), BENCH_SERVER (app: python -m app.server; uvicorn),
BCRYPT_LOG_ROUNDS (cost of the admin's hash, 12 as in production);
BENCH_ZOU_URL, ZOUREF_BASE, ZOUREF_VENV: the reference-Zou mode (bench/zou.py).
"""

import os
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ADMIN_EMAIL = "admin@bench.example.com"
ADMIN_PASSWORD = "bench-admin-password"
# BENCH_DB: another database name, so a kept profiling database survives the next bench run.
DB_NAME = os.environ.get("BENCH_DB") or "zou_bench"
# Zou's published figures, measured on this machine: 2 gunicorn workers, 4 connections.
ZOU_REQS = {
    "GET /data/projects": "~120",
    "GET /data/tasks?project_id= (2k)": "~4",
    "GET /data/tasks/{id}": "~130",
    "PUT /data/tasks/{id}": "~50",
}
ZOU_RSS = "~700 MB"


def _int(name: str, default: int) -> int:
    return int(os.environ.get(name) or default)


@dataclass(frozen=True)
class BenchConfig:
    quick: bool
    seconds: float
    warmup: float
    connections: int
    workers: int
    keep_db: bool
    pg_host: str
    pg_port: int
    pg_user: str
    redis_url: str  # db 14: the test suite uses db 15, keep our keys apart
    assets: int  # assets of the big project; each gets one task per asset task type
    bcrypt_rounds: int
    artists: int  # artists holding 200 tasks each in the studio productions (all of them: 500)
    commented_tasks: int  # tasks with 50 comments each
    only: str  # BENCH_ONLY: the scenarios whose name holds one of these |-separated texts
    server: str  # "app" (python -m app.server, the default) or "uvicorn" (uvicorn --workers)

    @property
    def admin_dsn(self) -> str:
        return f"postgresql://{self.pg_user}@{self.pg_host}:{self.pg_port}/postgres"

    @property
    def dsn(self) -> str:
        return f"postgresql://{self.pg_user}@{self.pg_host}:{self.pg_port}/{DB_NAME}"

    @property
    def database_url(self) -> str:
        return f"postgresql+asyncpg://{self.pg_user}@{self.pg_host}:{self.pg_port}/{DB_NAME}"


def load_config() -> BenchConfig:
    quick = os.environ.get("BENCH_QUICK", "") not in ("", "0")
    seconds = float(os.environ.get("BENCH_SECONDS") or (2 if quick else 10))
    return BenchConfig(
        quick=quick,
        seconds=seconds,
        warmup=float(os.environ.get("BENCH_WARMUP") or (0.5 if quick else 1.0)),
        connections=_int("BENCH_CONNECTIONS", 4),
        workers=_int("BENCH_WORKERS", 2),
        keep_db=os.environ.get("BENCH_KEEP_DB") == "1",
        pg_host=os.environ.get("BENCH_PG_HOST", "127.0.0.1"),
        pg_port=_int("BENCH_PG_PORT", 5432),
        pg_user=os.environ.get("BENCH_PG_USER", "postgres"),
        redis_url=os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/14"),
        assets=_int("BENCH_ASSETS", 500 if quick else 5000),
        bcrypt_rounds=_int("BCRYPT_LOG_ROUNDS", 12),
        artists=_int("BENCH_ARTISTS", 40 if quick else 500),
        only=os.environ.get("BENCH_ONLY", ""),
        commented_tasks=_int("BENCH_COMMENTED_TASKS", 300 if quick else 2000),
        server=os.environ.get("BENCH_SERVER", "app"),
    )
