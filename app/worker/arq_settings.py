"""The arq worker: `arq app.worker.arq_settings.WorkerSettings` or `python -m app worker`."""

import logging
from typing import Any

from arq.worker import func, run_worker

from app.worker.arq_client import QUEUE_NAME, redis_settings
from app.worker.jobs import JOBS

log = logging.getLogger("app.worker")


async def on_startup(_ctx: dict[str, Any]) -> None:
    log.info("worker ready for jobs: %s", ", ".join(sorted(JOBS)))


async def on_shutdown(_ctx: dict[str, Any]) -> None:
    # Jobs use the app's engine and Redis client: release them as the API's lifespan does.
    from app.db import dispose_engine
    from app.redis import close_redis

    await dispose_engine()
    await close_redis()


class WorkerSettings:
    functions = [func(job, name=name) for name, job in JOBS.items()]
    queue_name = QUEUE_NAME
    redis_settings = redis_settings()
    on_startup = on_startup
    on_shutdown = on_shutdown
    max_jobs = 10
    job_timeout = 3600  # Zou's JOB_QUEUE_TIMEOUT: movie jobs can take long
    # The status routes read "job queue up" from this key: refresh it often enough to mean it.
    health_check_interval = 30


def run() -> None:
    """Block running the worker (arq makes its own event loop and handles signals)."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    run_worker(WorkerSettings)  # type: ignore[arg-type]
