"""Fixtures and helpers shared by the suite: Redis on or off, an arq worker, pictures to upload."""

import asyncio
import contextlib
import os
from contextlib import asynccontextmanager
from urllib.parse import urlsplit, urlunsplit

import pytest
import pyvips

from app.core.config import get_settings


@pytest.fixture
def no_redis(monkeypatch):
    """Run as a studio without Redis: in-process jobs and events."""
    monkeypatch.setattr(get_settings(), "redis_url", "")


@pytest.fixture
async def with_redis(monkeypatch):
    """A real Redis for the arq path: the database below the suite's (14 by default). Not the
    suite's own: the live server's worker, which outlives the gazu tests, listens on that one's
    queue and would take these tests' jobs, failing them (it does not know their functions)."""
    from redis.asyncio import Redis

    suite = urlsplit(os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379/15")
    url = urlunsplit(suite._replace(path=f"/{(int(suite.path.strip('/') or 0) - 1) % 16}"))
    probe = Redis.from_url(url)
    try:
        await probe.ping()
        await probe.flushdb()
    except Exception:
        pytest.skip("no Redis reachable")
    finally:
        await probe.aclose()
    monkeypatch.setattr(get_settings(), "redis_url", url)
    yield url
    from app.worker.arq_client import close_pool

    await close_pool()


def _arq_worker(url: str, burst: bool):
    from arq.worker import Worker

    from app.worker.arq_client import redis_settings
    from app.worker.arq_settings import WorkerSettings, job_functions

    return Worker(
        functions=job_functions(),
        queue_name=WorkerSettings.queue_name,
        redis_settings=redis_settings(url),
        burst=burst,
        handle_signals=False,
        poll_delay=0.05,
        health_check_interval=WorkerSettings.health_check_interval,
    )


async def run_arq_worker_burst(url: str) -> None:
    """Run the real worker settings until the queue is empty."""
    worker = _arq_worker(url, burst=True)
    try:
        await worker.main()
    finally:
        await worker.close()


@asynccontextmanager
async def running_arq_worker(url: str):
    """A live arq worker in this event loop, announced by its health-check key."""
    from app.worker.arq_client import HEALTH_CHECK_KEY, get_pool

    worker = _arq_worker(url, burst=False)
    task = asyncio.create_task(worker.main())
    try:
        pool = await get_pool()
        async with asyncio.timeout(10):
            while not await pool.exists(HEALTH_CHECK_KEY):
                await asyncio.sleep(0.02)
        yield worker
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
        await worker.close()


def picture(width: int = 640, height: int = 360, suffix: str = ".jpg") -> bytes:
    """A plain red picture encoded in the given format."""
    image = pyvips.Image.black(width, height).new_from_image([220, 30, 30]).copy(interpretation="srgb")
    return image.write_to_buffer(suffix)
