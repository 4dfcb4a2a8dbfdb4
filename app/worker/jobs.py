"""The table of jobs, by the name `enqueue()` uses. Each function takes arq's context dict first.

Areas declare their jobs (`JOBS` in `app/areas/<area>/jobs.py`); the start-up of the API and of
the worker (`app.areas.assemble`) registers them here. A job runs outside any request: it opens
its own unit of work, so its writes commit and its events publish exactly as a request's do.
Arguments are plain values (ids as strings).
"""

from collections.abc import Awaitable, Callable, Mapping
from typing import Any

JobFunction = Callable[..., Awaitable[Any]]

JOBS: dict[str, JobFunction] = {}


def register_jobs(jobs: Mapping[str, JobFunction]) -> None:
    for name, function in jobs.items():
        if JOBS.get(name, function) is not function:
            raise ValueError(f"job {name!r} is declared twice")
        JOBS[name] = function
