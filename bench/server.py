"""The API under test: uvicorn in a subprocess (own process group), its readiness and its memory."""

import asyncio
import importlib.util
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

from bench.settings import ROOT, BenchConfig


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _has(module: str) -> bool:
    return importlib.util.find_spec(module) is not None


class Server:
    def __init__(self, config: BenchConfig, env: dict[str, str]):
        self.port = free_port()
        self.workers = config.workers
        # One log per bench process: another bench running meanwhile must not mix its lines in.
        self.log_path = Path(ROOT / "var" / f"bench-server-{os.getpid()}.log")
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        common = ["--workers", str(config.workers), "--host", "127.0.0.1", "--port", str(self.port)]
        if config.server == "uvicorn":  # uvicorn's own supervisor, for comparison
            args = [sys.executable, "-m", "uvicorn", "app.main:app", *common, "--no-access-log"]
        else:  # the production launcher: a small supervisor and uvicorn workers (app/server.py)
            args = [sys.executable, "-m", "app.server", *common, "--no-access-log"]
        # The fast event loop and HTTP parser, as a production deployment would use.
        if _has("uvloop"):
            args += ["--loop", "uvloop"]
        if _has("httptools"):
            args += ["--http", "httptools"]
        self.args = args
        self.log = self.log_path.open("wb")
        # glibc gives every thread that allocates its own malloc arena; two are plenty for the
        # event loop and the few threads (bcrypt, file I/O) of a worker. As in the Dockerfile.
        env = {"MALLOC_ARENA_MAX": "2", **env}
        # Own session: the supervisor and its workers form a group we can stop as one.
        self.process = subprocess.Popen(
            args, cwd=ROOT, env=env, stdout=self.log, stderr=subprocess.STDOUT, start_new_session=True
        )

    def _started_workers(self) -> int:
        return self.log_path.read_bytes().count(b"Application startup complete")

    async def wait_ready(self, timeout: float = 30.0) -> None:
        """Ready when every worker logged its startup and `GET /` answers 200."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._started_workers() < self.workers:
                await asyncio.sleep(0.2)
                continue
            if self.process.poll() is not None:
                raise RuntimeError(f"uvicorn exited with {self.process.returncode}, see {self.log_path}")
            try:
                reader, writer = await asyncio.open_connection("127.0.0.1", self.port)
                writer.write(b"GET / HTTP/1.1\r\nHost: bench\r\nConnection: close\r\n\r\n")
                status = await reader.readline()
                writer.close()
                if b" 200 " in status:
                    return
            except OSError:
                pass
            await asyncio.sleep(0.2)
        raise RuntimeError(f"uvicorn not ready after {timeout:.0f} s, see {self.log_path}")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)  # the master stops its workers gracefully
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)  # our own group, created above
                self.process.wait(timeout=5)
        self.log.close()
        if self.process.returncode == 0:
            self.log_path.unlink(missing_ok=True)  # kept when something went wrong

    def pss_mb(self) -> float:
        """Proportional set size of the tree: shared pages (libraries) counted once, not per process."""
        return sum(_rollup_kb(pid, "Pss:") for pid in _tree(self.process.pid)) / 1024

    def rss_by_process(self) -> list[float]:
        """Resident MB of the master then each worker."""
        return [_rss_kb(pid) / 1024 for pid in _tree(self.process.pid)]

    def cpu_seconds(self) -> float:
        """CPU time (user + system) used so far by the master and its workers.

        Per request it is a steadier figure than req/s when other jobs share the machine.
        """
        return sum(_cpu_ticks(pid) for pid in _tree(self.process.pid)) / os.sysconf("SC_CLK_TCK")

    def rss_mb(self) -> float:
        """Resident memory of the master and every descendant (the workers), in MB."""
        return sum(_rss_kb(pid) for pid in _tree(self.process.pid)) / 1024


def _tree(root: int) -> list[int]:
    pids, index = [root], 0
    while index < len(pids):
        pid = pids[index]
        index += 1
        for task in Path(f"/proc/{pid}/task").glob("*"):
            try:
                pids += [int(c) for c in (task / "children").read_text().split()]
            except OSError:
                continue
    return pids


def _cpu_ticks(pid: int) -> int:
    try:
        # Fields after the command name, which may itself hold spaces and parentheses.
        fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
        return int(fields[11]) + int(fields[12])  # utime, stime
    except (OSError, IndexError, ValueError):
        return 0


def _rollup_kb(pid: int, field: str) -> int:
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith(field):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def _rss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


class RssSampler:
    """Samples the server's RSS in the background; `peak` is the whole run, `window` one scenario."""

    def __init__(self, server: Server, interval: float = 0.1):
        self.server = server
        self.interval = interval
        self.peak = 0.0
        self.window = 0.0
        self._task: asyncio.Task[None] | None = None

    async def _loop(self) -> None:
        while True:
            rss = self.server.rss_mb()
            self.peak = max(self.peak, rss)
            self.window = max(self.window, rss)
            await asyncio.sleep(self.interval)

    def start(self) -> None:
        self._task = asyncio.create_task(self._loop())

    def reset_window(self) -> None:
        self.window = 0.0

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)
