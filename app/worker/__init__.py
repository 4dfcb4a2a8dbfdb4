"""Background jobs. `enqueue()` is the one way code submits work.

A job is handed over only once the current unit of work commits, so it never sees data that
was rolled back nor runs before the rows it needs are visible; a rollback drops it. With
REDIS_URL set jobs go to arq (run by `python -m app worker`); without it, or while Redis cannot
be reached, the same job function runs in this process as an asyncio task after commit.
"""

import asyncio
import logging
import pickle
from typing import Any

from app.core.config import get_settings
from app.core.unit_of_work import current_unit_of_work

log = logging.getLogger("app.worker")


def enqueue(job_name: str, *, _wait: float | None = None, **kwargs: Any) -> None:
    """Run job `job_name(**kwargs)` once the current transaction has committed.

    `_wait` (seconds) holds the response back until the job is done, or that long at most,
    for results a client reads right after the call (Zou makes avatars inside the request;
    gazu downloads one straight after uploading it). Underscored like arq's own job options,
    so it cannot clash with a job argument.
    """
    from app.worker.jobs import JOBS

    if job_name not in JOBS:
        raise ValueError(f"unknown job {job_name!r}")
    # arq pickles job arguments: pickling here too makes a non-serialisable argument (an ORM
    # row, a session) fail at the call site in every mode, and gives the in-process runner
    # a private copy of the arguments, as a separate worker process would have.
    payload = pickle.dumps(kwargs)

    async def _submit() -> None:
        try:
            await submit(job_name, pickle.loads(payload), wait=_wait)
        except Exception:  # the data is committed: a lost job must not turn the request into a 500
            log.exception("could not submit job %s", job_name)

    current_unit_of_work().on_commit(_submit)


async def submit(job_name: str, kwargs: dict[str, Any], wait: float | None = None) -> None:
    """Hand a job to the configured backend right now (callers normally use `enqueue`)."""
    if get_settings().redis_url:
        from app.core.redis import REDIS_DOWN, redis_failed
        from app.worker.arq_client import send

        try:
            await send(job_name, kwargs, wait)
            return
        except REDIS_DOWN as exc:  # the queue is out of reach: this process does the job
            redis_failed(f"job {job_name}", exc)
    from app.worker.inprocess import start

    task = start(job_name, kwargs)
    if wait:
        # Never cancels the job: past the deadline it simply goes on in the background.
        await asyncio.wait({task}, timeout=wait)


async def drain() -> None:
    """Wait for every in-process job (including jobs they enqueue) to finish."""
    from app.worker.inprocess import drain as drain_inprocess

    await drain_inprocess()


async def queue_status() -> dict[str, Any]:
    """`{"up": bool, "running_jobs": int}` for the status routes."""
    if get_settings().redis_url:
        from app.worker.arq_client import queue_status as arq_status

        return await arq_status()
    from app.worker.inprocess import running_jobs

    # The in-process runner lives as long as the API does.
    return {"up": True, "running_jobs": running_jobs()}


async def shutdown(timeout: float = 30.0) -> None:
    """For the app's lifespan: let in-process jobs finish, then close the arq connection."""
    from app.worker.arq_client import close_pool
    from app.worker.inprocess import drain as drain_inprocess

    try:
        await drain_inprocess(timeout=timeout)
    finally:
        await close_pool()
