"""The runner used without Redis: job functions run as asyncio tasks of the API process."""

import asyncio
import contextvars
import logging
import uuid
from datetime import UTC, datetime
from typing import Any

log = logging.getLogger("app.worker")

# Strong references: the event loop only keeps weak ones, and a collected task silently stops.
_tasks: set[asyncio.Task[None]] = set()


def start(job_name: str, kwargs: dict[str, Any]) -> asyncio.Task[None]:
    # A fresh context: the job must not inherit the request's unit of work or caller identity,
    # exactly as if it ran in the separate worker process.
    task = asyncio.get_running_loop().create_task(
        _run(job_name, kwargs), name=f"job:{job_name}", context=contextvars.Context()
    )
    _tasks.add(task)
    task.add_done_callback(_tasks.discard)
    return task


async def _run(job_name: str, kwargs: dict[str, Any]) -> None:
    from app.worker.jobs import JOBS

    # The subset of arq's job context our job functions may read.
    ctx = {"job_id": uuid.uuid4().hex, "job_try": 1, "enqueue_time": datetime.now(UTC)}
    try:
        await JOBS[job_name](ctx, **kwargs)
    except Exception:
        log.exception("job %s failed (%s)", job_name, kwargs)


def _pending() -> list[asyncio.Task[None]]:
    loop = asyncio.get_running_loop()
    return [task for task in _tasks if not task.done() and task.get_loop() is loop]


def running_jobs() -> int:
    return sum(1 for task in _tasks if not task.done())


async def drain(timeout: float | None = None) -> None:
    """Wait until no job of this event loop is left, jobs enqueued by jobs included."""
    async with asyncio.timeout(timeout):
        while pending := _pending():
            await asyncio.gather(*pending, return_exceptions=True)
