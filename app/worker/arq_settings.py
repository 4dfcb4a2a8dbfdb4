"""The arq worker, started by `python -m app worker` once the areas' jobs are registered."""

import logging
from typing import Any

from arq.worker import func, run_worker

from app.core.config import get_settings
from app.worker.arq_client import QUEUE_NAME, redis_settings
from app.worker.jobs import JOBS

log = logging.getLogger("app.worker")


async def on_startup(_ctx: dict[str, Any]) -> None:
    log.info("worker ready for jobs: %s", ", ".join(sorted(JOBS)))


async def on_shutdown(_ctx: dict[str, Any]) -> None:
    # Jobs use the app's engine and Redis client: release them as the API's lifespan does.
    from app.core.db import dispose_engine
    from app.core.redis import close_redis

    await dispose_engine()
    await close_redis()


def job_functions() -> list[Any]:
    return [func(job, name=name) for name, job in JOBS.items()]


class WorkerSettings:
    functions: list[Any] = []  # the registered jobs, set by run()
    queue_name = QUEUE_NAME
    redis_settings = redis_settings()
    on_startup = on_startup
    on_shutdown = on_shutdown
    max_jobs = 10
    # JOB_QUEUE_TIMEOUT (set by run()). A job whose worker died without a word (SIGKILL, out of
    # memory) is run again by another worker once its "in progress" mark lapses, 10 s after that.
    job_timeout = 3600
    # The status routes read "job queue up" from this key: refresh it often enough to mean it.
    health_check_interval = 30


def run() -> None:
    """Block running the worker (arq makes its own event loop and handles signals)."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    WorkerSettings.functions = job_functions()
    WorkerSettings.job_timeout = get_settings().job_queue_timeout
    run_worker(WorkerSettings)  # type: ignore[arg-type]
