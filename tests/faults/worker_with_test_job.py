"""`python -m app worker` plus a job of the fault tests' own, which hangs on its first try: the
worker running it is stopped mid-job by the test. Run as `python -m tests.faults.worker_with_test_job`."""

import asyncio
import sys
from typing import Any

from app.cli import main
from app.worker.jobs import register_jobs

HANG = 3600


async def hang_on_first_try(ctx: dict[str, Any], marker: str) -> int:
    await ctx["redis"].set(f"{marker}:try:{ctx['job_try']}", "started")
    if ctx["job_try"] == 1:
        await asyncio.sleep(HANG)
    return ctx["job_try"]


if __name__ == "__main__":
    register_jobs({"hang_on_first_try": hang_on_first_try})
    sys.argv[1:] = ["worker"]
    main()
