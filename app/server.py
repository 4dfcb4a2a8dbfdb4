"""`python -m app.server`: the API in production — a small supervisor and N uvicorn workers.

It does what `uvicorn app.main:app --workers N` does (bind the socket once, start N workers,
start a new worker when one dies, stop them all on SIGTERM/SIGINT, restart them on SIGHUP)
without its cost: uvicorn's supervisor imports uvicorn, click and multiprocessing, which also
starts a resource-tracker process, 40 MB resident for processes that serve no request. This one
imports nothing but the standard library it needs (~12 MB). Workers are fresh interpreters
(`exec`, not `fork`), each running uvicorn's own `Server`.

The supervisor accepts the connections and hands them to the ready workers in turn (over a Unix
socket pair each, SCM_RIGHTS). Workers sharing the listening socket instead take connections
greedily: the first one awake accepts all that are waiting, and a proxy's or a client's few
keep-alive connections, opened together, often all landed on one worker while the other idled
(seen with 4 connections on 2 workers: every request on one worker in 2 tries out of 5).

    python -m app.server --host 0.0.0.0 --port 5000 --workers 2 [--no-access-log]
"""

import argparse
import os
import select
import signal
import socket
import sys
import time
from dataclasses import dataclass

RESPAWN_DELAY = 1.0  # seconds between restarts of a worker that keeps dying
STOP_TIMEOUT = 30.0  # then SIGKILL
STARTUP_FAILURE = 3  # uvicorn's exit code for an application that cannot start
READY = b"r"  # a worker's word to the supervisor once it serves
POLL_SECONDS = 0.05  # how often the supervisor looks at its signals while waiting for connections
ACCEPT_BATCH = 64


def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m app.server", description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=int(os.environ.get("PORT") or 5000))
    parser.add_argument("--workers", type=int, default=int(os.environ.get("WEB_CONCURRENCY") or 2))
    parser.add_argument("--loop", default="auto", choices=("auto", "asyncio", "uvloop"))
    parser.add_argument("--http", default="auto", choices=("auto", "h11", "httptools"))
    parser.add_argument("--no-access-log", dest="access_log", action="store_false")
    parser.add_argument("--forwarded-allow-ips", default=None)
    parser.add_argument("--app", default="app.main:app")
    parser.add_argument("--worker-fd", type=int, default=None, help=argparse.SUPPRESS)
    return parser.parse_args(argv)


# --- worker ---------------------------------------------------------------------------------
def run_worker(options: argparse.Namespace) -> None:
    import uvicorn

    from app.handed_connections import HandedConnectionsServer

    config = uvicorn.Config(
        options.app,
        loop=options.loop,
        http=options.http,
        access_log=options.access_log,
        forwarded_allow_ips=options.forwarded_allow_ips,
    )
    server = HandedConnectionsServer(config, socket.socket(fileno=options.worker_fd), READY)
    server.run()
    if not server.started:
        sys.exit(STARTUP_FAILURE)


# --- supervisor -----------------------------------------------------------------------------
def _log(message: str) -> None:
    print(f"INFO:     [{os.getpid()}] {message}", file=sys.stderr, flush=True)


@dataclass
class Worker:
    channel: socket.socket  # the supervisor's end of the worker's socket pair
    started: float
    ready: bool = False  # serving, and not asked to stop


class Supervisor:
    def __init__(self, options: argparse.Namespace, argv: list[str]):
        self.options = options
        self.argv = argv
        self.sock = socket.socket(socket.AF_INET6 if ":" in options.host else socket.AF_INET)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind((options.host, options.port))
        self.sock.listen(2048)
        self.sock.setblocking(False)
        self.workers: dict[int, Worker] = {}
        self.turn = 0  # round-robin position among the ready workers
        self.stopping = False

    def spawn(self) -> None:
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
        theirs.set_inheritable(True)
        args = [sys.executable, "-m", "app.server", *self.argv, "--worker-fd", str(theirs.fileno())]
        pid = os.fork()
        if pid == 0:  # the child becomes a fresh interpreter at once: nothing of ours is kept
            try:
                signal.pthread_sigmask(signal.SIG_SETMASK, set())
                os.execv(sys.executable, args)
            finally:
                os._exit(127)
        theirs.close()
        ours.setblocking(False)
        self.workers[pid] = Worker(ours, time.monotonic())
        _log(f"Started worker process [{pid}]")

    def signal_all(self, signum: int) -> None:
        for pid, worker in list(self.workers.items()):
            worker.ready = False  # no new connection for a worker asked to stop
            try:
                os.kill(pid, signum)
            except ProcessLookupError:
                self._forget(pid)

    def _forget(self, pid: int) -> Worker | None:
        worker = self.workers.pop(pid, None)
        if worker is not None:
            worker.channel.close()
        return worker

    def reap(self) -> list[tuple[int, float, int]]:
        dead = []
        while self.workers:
            try:
                pid, status = os.waitpid(-1, os.WNOHANG)
            except ChildProcessError:
                break
            if pid == 0:
                break
            worker = self._forget(pid)
            if worker is not None:
                code = os.waitstatus_to_exitcode(status)
                dead.append((pid, worker.started, code))
                _log(f"Worker process [{pid}] exited with {code}")
        return dead

    def _read_channel(self, worker: Worker) -> None:
        """A worker says it is ready; an empty read means it is gone (reaped soon)."""
        try:
            said = worker.channel.recv(64)
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            said = b""
        if not said:
            worker.ready = False
        elif READY in said and not self.stopping:
            worker.ready = True

    def _hand_over(self, connection: socket.socket) -> None:
        """To the next ready worker that takes it; closed if none does (all busy or gone)."""
        ready = [worker for worker in self.workers.values() if worker.ready]
        for offset in range(len(ready)):
            worker = ready[(self.turn + offset) % len(ready)]
            try:
                socket.send_fds(worker.channel, [b"c"], [connection.fileno()])
            except (BlockingIOError, InterruptedError):
                continue  # its queue is full: the next one
            except OSError:
                worker.ready = False  # gone: reaped soon
                continue
            self.turn = (self.turn + offset + 1) % len(ready)
            break
        connection.close()  # the worker holds its own copy now

    def _accept(self) -> None:
        for _ in range(ACCEPT_BATCH):
            try:
                connection, _address = self.sock.accept()
            except (BlockingIOError, InterruptedError):
                return
            except OSError as exc:  # out of descriptors, say: the next round tries again
                _log(f"accept failed: {exc}")
                return
            self._hand_over(connection)

    def wait(self) -> None:
        """Serve what comes for a short while: readiness words, then connections (only while a
        worker can take them; they wait in the kernel's backlog meanwhile)."""
        channels = {worker.channel: worker for worker in self.workers.values()}
        watched = list(channels)
        if any(worker.ready for worker in self.workers.values()):
            watched.append(self.sock)
        try:
            readable, _, _ = select.select(watched, [], [], POLL_SECONDS)
        except InterruptedError:
            return
        for channel in readable:
            if channel in channels:
                self._read_channel(channels[channel])
        if self.sock in readable:
            self._accept()

    def run(self) -> int:
        _log(f"Serving on http://{self.options.host}:{self.options.port} with {self.options.workers} workers")
        watched = {signal.SIGINT, signal.SIGTERM, signal.SIGHUP, signal.SIGCHLD}
        signal.pthread_sigmask(signal.SIG_BLOCK, watched)  # handled synchronously below
        for _ in range(self.options.workers):
            self.spawn()
        deadline, failed = None, False
        while True:
            self.wait()
            info = signal.sigtimedwait(watched, 0)
            if info is not None and info.si_signo in (signal.SIGINT, signal.SIGTERM) and not self.stopping:
                _log("Stopping the workers")
                self.stopping = True
                self.sock.close()  # new connections are refused from now on
                deadline = time.monotonic() + STOP_TIMEOUT
                self.signal_all(signal.SIGTERM)
            elif info is not None and info.si_signo == signal.SIGHUP and not self.stopping:
                _log("Restarting the workers")
                self.signal_all(signal.SIGTERM)  # each one is replaced below once it has stopped
            for _pid, started, code in self.reap():
                if code == STARTUP_FAILURE and not self.stopping:
                    _log("A worker could not start the application: stopping")
                    self.stopping, failed = True, True
                    deadline = time.monotonic() + STOP_TIMEOUT
                    self.signal_all(signal.SIGTERM)
                if not self.stopping:
                    if time.monotonic() - started < RESPAWN_DELAY:
                        time.sleep(RESPAWN_DELAY)  # a worker failing at start-up must not spin
                    self.spawn()
            if self.stopping:
                if not self.workers:
                    return STARTUP_FAILURE if failed else 0
                if deadline is not None and time.monotonic() > deadline:
                    self.signal_all(signal.SIGKILL)


def main(argv: list[str] | None = None) -> None:
    argv = list(sys.argv[1:] if argv is None else argv)
    options = parse(argv)
    if options.worker_fd is not None:
        run_worker(options)
        return
    sys.exit(Supervisor(options, argv).run())


if __name__ == "__main__":
    main()
