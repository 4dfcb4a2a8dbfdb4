"""Issue 12's load test: a few thousand mixed requests (reads, writes and bad ones) at 4 and then 32
connections. What must hold: no 5xx, no dropped connection, and the server's memory back to where
it was once the run is over (RSS before, peak, after a settle)."""

import asyncio
import itertools
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

import orjson

from bench.client import Connection, HttpError
from bench.measure import Target, log
from bench.seed import Seeded
from bench.seed_studio import posted_comment
from bench.settings import BenchConfig

NAME = "load test"
LEVELS = (4, 32)
SETTLE_SECONDS = 5.0
FLAT_MB = 25.0  # growth after the settle that still counts as flat (allocator noise, warm caches)


@dataclass(frozen=True)
class Call:
    kind: str  # read, write, bad
    caller: str  # admin, artist, anonymous, forged
    method: str
    path: Callable[[int], str]
    body: Callable[[int], bytes | None] = lambda _n: None


@dataclass
class Tally:
    statuses: Counter = field(default_factory=Counter)
    kinds: Counter = field(default_factory=Counter)
    dropped: int = 0
    server_errors: list[str] = field(default_factory=list)
    drops: list[str] = field(default_factory=list)
    latencies: list[float] = field(default_factory=list)


def calls(seeded: Seeded) -> list[Call]:
    studio = seeded.studio
    task = [str(t) for t in seeded.task_ids]
    mine = [str(t) for t in studio.artist_tasks]
    project = str(studio.project_ids[0])

    def comment(n: int) -> bytes:
        status, text = posted_comment(studio, n)
        return orjson.dumps({"task_status_id": str(status), "comment": text})

    return [
        # reads
        Call("read", "admin", "GET", lambda _n: "/data/projects"),
        Call("read", "admin", "GET", lambda n: f"/data/tasks/{task[n % len(task)]}"),
        Call("read", "artist", "GET", lambda _n: "/data/user/context"),
        Call("read", "artist", "GET", lambda _n: "/data/user/tasks"),
        Call("read", "artist", "GET", lambda n: f"/data/tasks/{mine[n % len(mine)]}/comments"),
        Call("read", "admin", "GET", lambda _n: f"/data/projects/{project}/news?limit=50"),
        Call("read", "admin", "GET", lambda _n: f"/data/persons/time-spents/month-table/{studio.year}"),
        # writes
        Call("write", "admin", "PUT", lambda n: f"/data/tasks/{task[n % len(task)]}",
             lambda n: orjson.dumps({"priority": n % 5})),
        Call("write", "artist", "POST", lambda n: f"/actions/tasks/{mine[n % len(mine)]}/comment", comment),
        # bad ones: each must get a 4xx, never a 5xx nor a closed connection
        Call("bad", "admin", "GET", lambda _n: "/data/tasks/not-a-uuid"),
        Call("bad", "artist", "GET", lambda _n: "/data/tasks/1234/comments"),
        Call("bad", "admin", "GET", lambda _n: "/data/projects/0000-zz/news?limit=50"),
        Call("bad", "admin", "PUT", lambda n: f"/data/tasks/{task[n % len(task)]}",
             lambda _n: b'{"priority": '),
        Call("bad", "admin", "POST", lambda _n: "/data/tasks", lambda _n: b"[1, 2"),
        Call("bad", "artist", "POST", lambda n: f"/actions/tasks/{mine[n % len(mine)]}/comment",
             lambda _n: b'{"task_status_id": "nope", "comment": 12}'),
        Call("bad", "admin", "GET", lambda _n: "/data/no-such-route/at-all"),
        Call("bad", "admin", "DELETE", lambda _n: "/data/user/context"),
        Call("bad", "admin", "GET", lambda _n: f"/data/projects/{project}/news?limit={10**24}"),
        Call("bad", "admin", "GET", lambda _n: f"/data/projects/{project}/news?limit=-5&page=999999999"),
        Call("bad", "admin", "GET", lambda _n: "/data/tasks?limit=99999999999999999999&page=abc"),
        Call("bad", "admin", "GET", lambda _n: "/data/tasks/%00"),
        Call("bad", "admin", "GET", lambda _n: "/data/projects?name=a%00b"),
        Call("bad", "admin", "PUT", lambda n: f"/data/tasks/{task[n % len(task)]}",
             lambda _n: b'{"description": "nul \\u0000 inside"}'),
        Call("bad", "anonymous", "GET", lambda _n: "/data/user/context"),
        Call("bad", "anonymous", "POST", lambda n: f"/actions/tasks/{mine[n % len(mine)]}/comment", comment),
        Call("bad", "forged", "GET", lambda _n: "/data/projects"),
        Call("bad", "anonymous", "POST", lambda _n: "/auth/login", lambda _n: b'{"email": "x", "password": '),
    ]  # fmt: skip


def _headers(target: Target, caller: str) -> dict[str, str]:
    if caller == "anonymous":
        return {}
    token = "forged.not-a.token" if caller == "forged" else target.tokens.get(caller, "")
    return {"Authorization": f"Bearer {token}"}


async def _level(target: Target, plan: list[Call], connections: int, total: int) -> Tally:
    tally = Tally()
    numbers = itertools.count()
    callers = {call.caller for call in plan}

    async def worker() -> None:
        conns = {c: Connection(target.host, target.port, _headers(target, c)) for c in callers}
        try:
            while (n := next(numbers)) < total:
                call = plan[n % len(plan)]
                tally.kinds[call.kind] += 1
                began = time.perf_counter()
                try:
                    response = await conns[call.caller].request(call.method, call.path(n), call.body(n))
                except (OSError, asyncio.IncompleteReadError, HttpError) as exc:
                    tally.dropped += 1
                    tally.drops.append(f"{call.method} {call.path(n)}: {type(exc).__name__}: {exc}")
                    continue
                tally.latencies.append(time.perf_counter() - began)
                tally.statuses[response.status] += 1
                if response.status >= 500:
                    tally.server_errors.append(
                        f"{call.method} {call.path(n)} -> {response.status} {response.body[:120]!r}"
                    )
        finally:
            for conn in conns.values():
                conn.close()

    await asyncio.gather(*(worker() for _ in range(connections)))
    return tally


async def _settle(target: Target) -> float:
    await asyncio.sleep(SETTLE_SECONDS)
    return target.process.rss_mb()


async def run(config: BenchConfig, target: Target, seeded: Seeded) -> list[str]:
    total = 400 if config.quick else 2000
    plan = calls(seeded)
    lines = [f"Load test (issue 12): {total:,} mixed requests per level, {len(plan)} kinds in turn "
             "(reads, writes, bad ones: malformed ids, bad JSON, unknown routes, huge limits, NUL bytes, "
             "missing or forged token)", "",
             "| connections | requests | req/s | p99 ms | 2xx | 4xx | 5xx | dropped "
             "| RSS before / peak / after MB |",
             "|---|---|---|---|---|---|---|---|---|"]  # fmt: skip
    problems: list[str] = []
    # Untimed rounds of every kind first, at every level: first-use allocations (imports, caches)
    # are not a leak, nor is the database pool a level opens, each connection with its own prepared
    # statements (32 connections open more than 4). After a warm-up at 4 only, the first run of
    # each level grew +24 and +28 MB, a second run of both +0 and +7: warm-up, not a leak.
    for level in LEVELS:
        await _level(target, plan, level, level * len(plan))
    start_rss = await _settle(target)
    for level in LEVELS:
        log(f"… {NAME} at {level} connections")
        before = target.process.rss_mb()
        target.sampler.reset_window()
        wall = time.perf_counter()
        tally = await _level(target, plan, level, total)
        elapsed = time.perf_counter() - wall
        peak = max(target.sampler.window, before)
        after = await _settle(target)
        by_class = Counter(f"{status // 100}xx" for status in tally.statuses.elements())
        latencies = sorted(tally.latencies) or [float("nan")]
        p99 = latencies[min(len(latencies) - 1, int(0.99 * len(latencies)))] * 1000
        lines.append(
            f"| {level} | {total:,} | {total / elapsed:,.1f} | {p99:,.0f} | {by_class['2xx']:,} "
            f"| {by_class['4xx']:,} "
            f"| {by_class['5xx']} | {tally.dropped} | {before:,.0f} / {peak:,.0f} / {after:,.0f} |"
        )
        problems += [f"- 5xx at {level} connections: {e}" for e in tally.server_errors[:5]]
        problems += [f"- dropped at {level} connections: {e}" for e in tally.drops[:5]]
        log(lines[-1])
    end_rss = target.process.rss_mb()
    grown = end_rss - start_rss
    verdict = "flat" if grown <= FLAT_MB else f"NOT flat (+{grown:,.0f} MB)"
    lines += [
        "",
        f"- memory: {start_rss:,.0f} MB after a warm-up round at each level, {end_rss:,.0f} MB after both "
        f"levels and a {SETTLE_SECONDS:g} s settle ({grown:+,.0f} MB; flat means within {FLAT_MB:g} MB): "
        f"{verdict}",
        *problems,
    ]
    return lines
