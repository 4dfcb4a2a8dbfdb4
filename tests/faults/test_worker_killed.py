"""An arq worker stopped in the middle of a job: the job is run again by the next worker, at once
when the worker was stopped (SIGTERM), once its "in progress" mark lapses when it was killed
(SIGKILL: JOB_QUEUE_TIMEOUT + 10 s)."""

import asyncio
import os
import signal
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from app.core.unit_of_work import run_in_unit_of_work
from app.worker import enqueue, jobs
from tests.faults.worker_with_test_job import hang_on_first_try

ROOT = Path(__file__).resolve().parents[2]
JOB_QUEUE_TIMEOUT = 5  # seconds: the killed worker's mark lapses 10 s after this


@pytest.fixture
def worker_processes(private_redis):
    """`start()` a worker on the test's Redis; every one started is stopped at the end."""
    started: list[subprocess.Popen] = []
    env = {**os.environ, "REDIS_URL": private_redis.url, "JOB_QUEUE_TIMEOUT": str(JOB_QUEUE_TIMEOUT)}

    def start() -> subprocess.Popen:
        process = subprocess.Popen(
            [sys.executable, "-m", "tests.faults.worker_with_test_job"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        started.append(process)
        return process

    yield start
    for process in started:
        if process.poll() is None:
            process.kill()
            process.wait(10)


async def _key(name: str, seconds: float) -> None:
    from app.worker.arq_client import get_pool

    pool = await get_pool()
    async with asyncio.timeout(seconds):
        while not await pool.exists(name):
            await asyncio.sleep(0.05)


async def _stop_mid_job(worker_processes, how: signal.Signals, retry_within: float) -> None:
    from app.worker.arq_client import get_pool

    marker = f"fault-{uuid.uuid4().hex[:8]}"
    first = worker_processes()
    async with run_in_unit_of_work():
        enqueue("hang_on_first_try", marker=marker)
    await _key(f"{marker}:try:1", 60)  # the first worker is in the middle of the job
    first.send_signal(how)
    await asyncio.to_thread(first.wait, 30)
    worker_processes()
    await _key(f"{marker}:try:2", retry_within)
    pool = await get_pool()
    async with asyncio.timeout(30):
        while not (results := [r for r in await pool.all_job_results() if r.function == "hang_on_first_try"]):
            await asyncio.sleep(0.1)
    assert [(result.success, result.result, result.job_try) for result in results] == [(True, 2, 2)]


@pytest.fixture(autouse=True)
def test_job(monkeypatch):
    monkeypatch.setitem(jobs.JOBS, "hang_on_first_try", hang_on_first_try)


async def test_a_stopped_worker_hands_its_job_back(worker_processes):
    await _stop_mid_job(worker_processes, signal.SIGTERM, retry_within=60)


async def test_a_killed_worker_s_job_is_run_again_once_its_mark_lapses(worker_processes):
    await _stop_mid_job(worker_processes, signal.SIGKILL, retry_within=JOB_QUEUE_TIMEOUT + 10 + 60)
