"""Reference-Zou mode: the same scenarios against a running Zou 1.0.97, in the same run, so the
ratio to Zou is measured rather than quoted.

    BENCH_ZOU_URL=http://127.0.0.1:5118 ZOUREF_BASE=/tmp/zouref-bench make bench

ZOUREF_BASE is the instance's folder (start_zou.sh writes its env.sh there: PostgreSQL port and
password, Redis port); ZOUREF_VENV (default $ZOUREF_BASE/venv) holds the `zou` command. The bench
empties Zou's database (every table truncated, Zou's own schema kept), runs `zou init-data` and
`zou create-admin` with the bench's admin, COPY-seeds the same production as ours (Zou 1.0.97's
schema is the one our migration 0001 reproduces), then flushes Zou's Redis (its caches).
"""

import os
import re
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import asyncpg
import redis.asyncio as redis

from bench.server import _cpu_ticks, _rss_kb, _tree
from bench.settings import ADMIN_EMAIL, ADMIN_PASSWORD

# Reads that take Zou minutes (the 90,000-task list, the 75,000-task boards): not run on Zou.
SKIPPED = ("(9", "with-tasks")


@dataclass(frozen=True)
class ZouTarget:
    url: str
    base: Path
    venv: Path
    env: dict[str, str]  # env.sh's variables

    @property
    def host(self) -> str:
        return urlsplit(self.url).hostname or "127.0.0.1"

    @property
    def port(self) -> int:
        return urlsplit(self.url).port or 80

    @property
    def dsn(self) -> str:
        e = self.env
        return f"postgresql://{e['DB_USERNAME']}:{e['DB_PASSWORD']}@{e['DB_HOST']}:{e['DB_PORT']}/{e['DB_DATABASE']}"

    @property
    def redis_url(self) -> str:
        return f"redis://{self.env['KV_HOST']}:{self.env['KV_PORT']}"


def load_target() -> ZouTarget | None:
    url = os.environ.get("BENCH_ZOU_URL", "")
    if not url:
        return None
    base = Path(os.environ.get("ZOUREF_BASE") or "/tmp/zouref")
    venv = Path(os.environ.get("ZOUREF_VENV") or base / "venv")
    exported = re.findall(r"^export (\w+)=(\S*)", (base / "env.sh").read_text(), re.MULTILINE)
    return ZouTarget(url.rstrip("/"), base, venv, dict(exported))


def runs_on_zou(name: str) -> bool:
    return not any(part in name for part in SKIPPED)


def _zou(target: ZouTarget, *args: str) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("INDEXER_KEY", "DATABASE_URL", "REDIS_URL")}
    env.update(target.env)
    # cwd: Zou defaults some folders to the working directory (start_zou.sh runs it there too).
    result = subprocess.run(
        [str(target.venv / "bin" / "zou"), *args],
        cwd=target.base, env=env, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    if result.returncode != 0:
        raise RuntimeError(f"zou {' '.join(args)} failed:\n{result.stdout[-2000:]}\n{result.stderr[-2000:]}")


async def reset(target: ZouTarget) -> float:
    """Zou's database back to init-data and the bench's admin; returns the seconds spent."""
    start = time.perf_counter()
    conn = await asyncpg.connect(target.dsn)
    try:
        tables = await conn.fetch(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename != 'alembic_version'"
        )
        await conn.execute(f"TRUNCATE {', '.join(t[0] for t in tables)} CASCADE")
    finally:
        await conn.close()
    _zou(target, "init-data")
    _zou(target, "create-admin", ADMIN_EMAIL, "--password", ADMIN_PASSWORD)
    return time.perf_counter() - start


async def flush_cache(target: ZouTarget) -> None:
    """Zou caches reads in its Redis: stale entries would answer for the old data."""
    client = redis.from_url(target.redis_url)
    try:
        await client.flushall()
    finally:
        await client.aclose()


class ZouProcess:
    """Zou's gunicorn master and workers, for their CPU time and resident memory."""

    def __init__(self, target: ZouTarget):
        self.pid = int((target.base / "gunicorn.pid").read_text().strip())

    def cpu_seconds(self) -> float:
        return sum(_cpu_ticks(pid) for pid in _tree(self.pid)) / os.sysconf("SC_CLK_TCK")

    def rss_mb(self) -> float:
        return sum(_rss_kb(pid) for pid in _tree(self.pid)) / 1024
