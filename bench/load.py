"""Closed-loop load: N workers, each issuing one operation after the other for a fixed time.

The same runner drives the API (over HTTP) and the floor (asyncpg directly), so the two sets
of figures are measured the same way.
"""

import asyncio
import itertools
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

# One operation: its sequence number in, (ok, response bytes, error detail) out.
Outcome = tuple[bool, int, str]
Operation = Callable[[int], Awaitable[Outcome]]


@dataclass
class Stats:
    requests: int = 0
    issued: int = 0  # every completed request, warm-up included (for CPU per request)
    errors: int = 0
    elapsed: float = 0.0
    size: int = 0  # bytes of the last successful response
    latencies: list[float] = field(default_factory=list)
    first_error: str = ""

    @property
    def rps(self) -> float:
        return self.requests / self.elapsed if self.elapsed else 0.0

    def percentile(self, fraction: float) -> float:
        """Latency in ms at `fraction` (nearest rank), NaN when nothing was measured."""
        if not self.latencies:
            return float("nan")
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))] * 1000


async def run_load(
    operations: list[Operation], seconds: float, warmup: float, counter: itertools.count | None = None
) -> Stats:
    """Run each operation in its own loop; requests started during the warm-up are not counted.

    Requests still in flight at the deadline finish and count: with multi-second requests
    (the 75,000-task list) the elapsed time is stretched to their end instead of cutting them.
    """
    stats = Stats()
    numbers = counter if counter is not None else itertools.count()
    start = time.perf_counter()
    measure_from = start + warmup
    deadline = measure_from + seconds
    last_end = measure_from

    async def loop(operation: Operation) -> None:
        nonlocal last_end
        while (began := time.perf_counter()) < deadline:
            try:
                ok, size, detail = await operation(next(numbers))
            except Exception as exc:  # a failing route is a result, not a crash
                ok, size, detail = False, 0, f"{type(exc).__name__}: {exc}"
                await asyncio.sleep(0.01)  # a dead server must not turn this into a busy loop
            ended = time.perf_counter()
            stats.issued += 1
            if began < measure_from:
                continue
            last_end = max(last_end, ended)
            stats.requests += 1
            stats.latencies.append(ended - began)
            if ok:
                stats.size = size
            else:
                stats.errors += 1
                stats.first_error = stats.first_error or detail

    await asyncio.gather(*(loop(op) for op in operations))
    stats.elapsed = max(last_end, deadline) - measure_from
    return stats
