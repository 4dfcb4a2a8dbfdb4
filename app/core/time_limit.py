"""The request time limit (`REQUEST_TIMEOUT`): a clock per request, run by `app.core.guard`.

The clock measures the server's own work: it starts once the request's body is in (an upload's
time depends on the client's link, not on us) and stops as soon as the answer starts or the
transaction commits, whichever comes first. A handler that finished gets its commit: cutting a
COMMIT short would leave the client unsure whether its write was kept. A stream that started
runs to its end, as any answer already begun must.
"""

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from contextvars import ContextVar


class RequestClock:
    def __init__(self, timeout: asyncio.Timeout, seconds: float):
        self.timeout, self.seconds = timeout, seconds
        self.task = asyncio.current_task()
        self.running = False

    def _owned(self) -> bool:
        # Tasks started by the request (in-process jobs) inherit the variable, not the clock.
        return asyncio.current_task() is self.task and not self.timeout.expired()

    def start(self) -> None:
        if self._owned() and not self.running:
            self.running = True
            self.timeout.reschedule(asyncio.get_running_loop().time() + self.seconds)

    def stop(self) -> None:
        if self._owned() and self.running:
            self.running = False
            self.timeout.reschedule(None)

    def expired(self) -> bool:
        return self.timeout.expired()


_clock: ContextVar[RequestClock | None] = ContextVar("request_clock", default=None)


@asynccontextmanager
async def request_clock(seconds: float, start: bool) -> AsyncIterator[RequestClock]:
    """A block whose work past `seconds` of running clock is cancelled: it then raises
    TimeoutError (or whatever the cancelled code raised on its way out: check `expired()`)."""
    async with asyncio.timeout(None) as timeout:
        clock = RequestClock(timeout, seconds)
        token = _clock.set(clock)
        try:
            if start:
                clock.start()
            yield clock
        finally:
            clock.running = False
            _clock.reset(token)


def start_clock() -> None:
    """The request's body is all in: its time starts now."""
    clock = _clock.get()
    if clock is not None:
        clock.start()


def stop_clock() -> None:
    """The answer is decided (it starts, or the transaction commits): no more time limit."""
    clock = _clock.get()
    if clock is not None:
        clock.stop()
