"""The API side of arq: a pooled connection to put jobs on the queue and read its health."""

import asyncio
import logging
from typing import Any

from arq.connections import ArqRedis, RedisSettings, create_pool
from arq.constants import default_queue_name, health_check_key_suffix, in_progress_key_prefix

from app.core.config import get_settings

log = logging.getLogger("app.worker")

QUEUE_NAME = default_queue_name
HEALTH_CHECK_KEY = QUEUE_NAME + health_check_key_suffix

_pool: ArqRedis | None = None
_pool_loop: asyncio.AbstractEventLoop | None = None


def redis_settings(url: str | None = None) -> RedisSettings:
    settings = RedisSettings.from_dsn(url or get_settings().redis_url or "redis://localhost:6379")
    # arq retries a refused connection 5 times a second apart by default; a request submitting
    # a job after its commit should not hang that long when Redis is down.
    settings.conn_retries = 2
    settings.conn_retry_delay = 0.2
    return settings


async def get_pool() -> ArqRedis:
    global _pool, _pool_loop
    loop = asyncio.get_running_loop()
    # A pool belongs to the loop that created it (tests and the CLI run several loops).
    if _pool is None or _pool_loop is not loop:
        _pool = await create_pool(redis_settings())
        _pool_loop = loop
    return _pool


async def send(job_name: str, kwargs: dict[str, Any], wait: float | None = None) -> None:
    pool = await get_pool()
    job = await pool.enqueue_job(job_name, **kwargs)
    if job is None or not wait:
        return
    if not await pool.exists(HEALTH_CHECK_KEY):
        log.warning("no arq worker is alive: %s stays queued until one starts", job_name)
        return
    try:
        await job.result(timeout=wait, poll_delay=0.05)
    except TimeoutError:
        log.info("%s still running after %ss, answering without it", job_name, wait)
    except Exception:  # the job's own failure, already logged by the worker
        log.warning("job %s failed", job_name)


async def queue_status() -> dict[str, Any]:
    """Up when a worker refreshed its health-check key recently (WorkerSettings sets the period)."""
    try:
        pool = await get_pool()
        up = bool(await pool.exists(HEALTH_CHECK_KEY))
        running = 0
        async for _key in pool.scan_iter(match=in_progress_key_prefix + "*", count=500):
            running += 1
        return {"up": up, "running_jobs": running}
    except Exception as exc:  # Redis down: the queue is down, the status route still answers
        log.warning("job queue probe failed: %s", exc)
        return {"up": False, "running_jobs": 0}


async def close_pool() -> None:
    global _pool, _pool_loop
    if _pool is not None and _pool_loop is asyncio.get_running_loop():
        await _pool.aclose()
    _pool = None
    _pool_loop = None
