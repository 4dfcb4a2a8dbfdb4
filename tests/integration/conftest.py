"""A real server (uvicorn) and, with Redis, a real arq worker, on the test database, shared by the
live tests of the run."""

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import gazu
import httpx
import pytest

from tests.helpers.seed import ADMIN_EMAIL, PASSWORD

ROOT = Path(__file__).resolve().parents[2]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_ready(url: str, process: subprocess.Popen, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited with {process.returncode}")
        try:
            if httpx.get(url + "/status", timeout=1).status_code < 500:
                return
        except httpx.HTTPError:
            time.sleep(0.2)
    raise RuntimeError("server did not start")


def _wait_worker(url: str, seconds: float = 30) -> None:
    """Jobs are only awaited by the API once a worker has reported its health."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if httpx.get(url + "/status", timeout=2).json().get("job-queue-up"):
            return
        time.sleep(0.2)
    raise RuntimeError("worker did not start")


def _stop(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(10)
    except subprocess.TimeoutExpired:
        process.kill()


@pytest.fixture(scope="session")
def live_server(database):
    """Base URL of a uvicorn process serving the app (plus an arq worker when REDIS_URL is set),
    started once for the run: every test still starts from a re-seeded database and an empty
    Redis (the worker's health key kept, see `clean_database`)."""
    port = _free_port()
    env = os.environ.copy()
    server = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "app.main:app", "--host", "127.0.0.1", "--port", str(port)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=None,
    )
    worker = None
    if env.get("REDIS_URL"):
        worker = subprocess.Popen(
            [sys.executable, "-m", "app", "worker"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_ready(url, server)
        if worker is not None:
            _wait_worker(url)
        yield url
    finally:
        _stop(server)
        if worker is not None:
            _stop(worker)


@pytest.fixture
def gazu_client(live_server):
    """gazu, logged in as the seeded admin on the live server."""
    gazu.set_host(live_server + "/api")
    gazu.log_in(ADMIN_EMAIL, PASSWORD)
    yield gazu
    try:
        gazu.log_out()
    except gazu.exception.NotAuthenticatedException:
        pass
