"""`python -m app.server`: the API in production — a small supervisor and N uvicorn workers.

It does what `uvicorn app.main:app --workers N` does (bind the socket once, start N workers
sharing it, start a new worker when one dies, stop them all on SIGTERM/SIGINT, restart them on
SIGHUP) without its cost: uvicorn's supervisor imports uvicorn, click and multiprocessing, which
also starts a resource-tracker process, 40 MB resident for processes that serve no request.
This one imports nothing but the standard library it needs (~12 MB). Workers are fresh
interpreters (`exec`, not `fork`), each running uvicorn's own `Server` on the inherited socket.

    python -m app.server --host 0.0.0.0 --port 5000 --workers 2 [--no-access-log]
"""

import argparse
import os
import signal
import socket
import sys
import time

RESPAWN_DELAY = 1.0  # seconds between restarts of a worker that keeps dying
STOP_TIMEOUT = 30.0  # then SIGKILL
STARTUP_FAILURE = 3  # uvicorn's exit code for an application that cannot start


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

    config = uvicorn.Config(
        options.app,
        loop=options.loop,
        http=options.http,
        access_log=options.access_log,
        forwarded_allow_ips=options.forwarded_allow_ips,
    )
    sock = socket.socket(fileno=options.worker_fd)
    server = uvicorn.Server(config)
    server.run(sockets=[sock])
    if not server.started:
        sys.exit(STARTUP_FAILURE)


# --- supervisor -----------------------------------------------------------------------------
def _log(message: str) -> None:
    print(f"INFO:     [{os.getpid()}] {message}", file=sys.stderr, flush=True)


class Supervisor:
    def __init__(self, options: argparse.Namespace, argv: list[str]):
        self.options = options
        self.argv = argv
        self.sock = socket.socket(socket.AF_INET6 if ":" in options.host else socket.AF_INET)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind((options.host, options.port))
        self.sock.listen(2048)
        self.sock.set_inheritable(True)
        self.workers: dict[int, float] = {}  # pid -> start time
        self.stopping = False
        self.restarting = False

    def spawn(self) -> None:
        args = [sys.executable, "-m", "app.server", *self.argv, "--worker-fd", str(self.sock.fileno())]
        pid = os.fork()
        if pid == 0:  # the child becomes a fresh interpreter at once: nothing of ours is kept
            try:
                signal.pthread_sigmask(signal.SIG_SETMASK, set())
                os.execv(sys.executable, args)
            finally:
                os._exit(127)
        self.workers[pid] = time.monotonic()
        _log(f"Started worker process [{pid}]")

    def signal_all(self, signum: int) -> None:
        for pid in list(self.workers):
            try:
                os.kill(pid, signum)
            except ProcessLookupError:
                self.workers.pop(pid, None)

    def reap(self) -> list[tuple[int, float, int]]:
        dead = []
        while self.workers:
            try:
                pid, status = os.waitpid(-1, os.WNOHANG)
            except ChildProcessError:
                break
            if pid == 0:
                break
            if pid in self.workers:
                code = os.waitstatus_to_exitcode(status)
                dead.append((pid, self.workers.pop(pid), code))
                _log(f"Worker process [{pid}] exited with {code}")
        return dead

    def run(self) -> int:
        _log(f"Serving on http://{self.options.host}:{self.options.port} with {self.options.workers} workers")
        watched = {signal.SIGINT, signal.SIGTERM, signal.SIGHUP, signal.SIGCHLD}
        signal.pthread_sigmask(signal.SIG_BLOCK, watched)  # handled synchronously below
        for _ in range(self.options.workers):
            self.spawn()
        deadline, failed = None, False
        while True:
            info = signal.sigtimedwait(watched, 0.5)
            if info is not None and info.si_signo in (signal.SIGINT, signal.SIGTERM) and not self.stopping:
                _log("Stopping the workers")
                self.stopping = True
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
