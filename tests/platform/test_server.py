"""`python -m app.server`: connections handed to the workers in turn, workers replaced when they die,
all stopped on SIGTERM."""

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found += [int(c) for c in (task / "children").read_text().split()]
        except OSError:
            continue
    return found


def _wait(predicate, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.2)
    raise AssertionError("timed out")


def _answers(port: int) -> bool:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2) as response:
            return response.status == 200
    except OSError:
        return False


@contextmanager
def _two_workers(tmp_path: Path) -> Iterator[tuple[subprocess.Popen, int]]:
    """`app.server` with 2 workers, once both serve: (its process, its port); stopped if still up
    (SIGTERM, so it stops its workers too; killed only if that fails)."""
    port = _free_port()
    log_path = tmp_path / "server.log"
    args = [sys.executable, "-m", "app.server", "--workers", "2", "--port", str(port), "--no-access-log"]
    with log_path.open("wb") as log:
        process = subprocess.Popen(args, cwd=ROOT, env=dict(os.environ), stdout=log, stderr=subprocess.STDOUT)
        try:
            _wait(lambda: log_path.read_bytes().count(b"Application startup complete") >= 2)
            assert _answers(port)
            yield process, port
        finally:
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
                try:
                    process.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()


def test_supervisor_serves_replaces_a_dead_worker_and_stops(tmp_path):
    with _two_workers(tmp_path) as (process, port):
        workers = _children(process.pid)
        assert len(workers) == 2
        os.kill(workers[0], signal.SIGKILL)
        _wait(lambda: workers[0] not in _children(process.pid) and len(_children(process.pid)) == 2)
        _wait(lambda: (tmp_path / "server.log").read_bytes().count(b"Application startup complete") >= 3)
        assert _answers(port)
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=30) == 0
        assert not _answers(port)


def _socket_owners(pids: list[int], port: int) -> dict[int, int]:
    """{client port: pid of the worker holding the server's end} of the connections to `port`."""
    inodes = {}
    for pid in pids:
        for fd in Path(f"/proc/{pid}/fd").iterdir():
            target = os.readlink(fd) if fd.is_symlink() else ""
            if target.startswith("socket:["):
                inodes[target[8:-1]] = pid
    owners = {}
    for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
        fields = line.split()
        local_port, remote_port = int(fields[1].split(":")[1], 16), int(fields[2].split(":")[1], 16)
        if local_port == port and fields[9] in inodes:
            owners[remote_port] = inodes[fields[9]]
    return owners


def test_connections_opened_together_are_shared_between_workers(tmp_path):
    """Workers accepting on a shared socket let the first one awake take every waiting
    connection: four keep-alive connections opened at once all went to one worker."""
    with _two_workers(tmp_path) as (process, port):
        for _ in range(3):
            clients = [socket.create_connection(("127.0.0.1", port)) for _ in range(4)]
            for client in clients:
                client.sendall(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n")
            for client in clients:
                assert client.recv(65536).startswith(b"HTTP/1.1 200")
            owners = _socket_owners(_children(process.pid), port)
            mine = [owners[client.getsockname()[1]] for client in clients]
            assert sorted(mine.count(pid) for pid in set(mine)) == [2, 2]
            for client in clients:
                client.close()


def test_a_worker_does_not_load_what_only_rare_requests_need():
    """Each of these costs megabytes in every worker: loaded on first use, never at start-up."""
    probe = (
        "import sys, app.main, app.schemas.models as models; "
        "print(sorted(set(sys.modules) & {'cryptography.hazmat', 'jose', 'jwt.api_jwt', 'yaml', 'pyvips'})); "
        "print(hasattr(models, 'Task'))"
    )
    env = {**os.environ, "REDIS_URL": os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379/15"}
    out = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, env=env, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split("\n")[:2] == ["[]", "False"]  # response schemas get no Pydantic class
