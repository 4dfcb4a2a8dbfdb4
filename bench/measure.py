"""Timing one scenario: against a server over HTTP (ours or the reference Zou), and its floor."""

import sys
import time
from dataclasses import dataclass
from typing import Protocol

import asyncpg
import orjson

from bench import floor, same_answer
from bench.client import Connection
from bench.load import Operation, Outcome, Stats, run_load
from bench.scenarios import Scenario, login_body
from bench.server import RssSampler
from bench.settings import ADMIN_EMAIL, ADMIN_PASSWORD, BenchConfig

STARTED = time.perf_counter()


def log(message: str) -> None:
    print(f"[{time.perf_counter() - STARTED:5.1f} s] {message}", file=sys.stderr, flush=True)


class Process(Protocol):
    def cpu_seconds(self) -> float: ...
    def rss_mb(self) -> float: ...


@dataclass
class Target:
    """A server under test: where it listens, its processes, its callers' tokens."""

    host: str
    port: int
    process: Process
    sampler: RssSampler
    tokens: dict[str, str]


@dataclass
class Timed:
    stats: Stats
    cpu_ms: float  # the server's CPU time per request (all its processes)
    client_share: float  # load generator CPU / wall time: it must stay small or it starves the server
    rss_mb: float  # the server's peak resident memory during the scenario


async def login_token(host: str, port: int, email: str = ADMIN_EMAIL, password: str = ADMIN_PASSWORD) -> str:
    """A real log-in, as gazu does; an empty token if it fails (every scenario then reports 401s)."""
    conn = Connection(host, port)
    try:
        response = await conn.request("POST", "/auth/login", login_body(0, email, password))
        if response.status != 200:
            log(f"log-in of {email} failed: {response.status} {response.body[:200]!r}")
            return ""
        return str(orjson.loads(response.body)["access_token"])
    finally:
        conn.close()


def pooled(pool: asyncpg.Pool, op: floor.FloorOp) -> Operation:
    async def run(n: int) -> Outcome:
        async with pool.acquire() as conn:
            return await op(conn, n)

    return run


async def _measure(operations: list[Operation], scenario: Scenario, config: BenchConfig) -> Stats:
    warmup, warmed = config.warmup, 0
    if scenario.heavy:
        await operations[0](-1)  # one request warms caches; a timed warm-up would cost seconds
        warmup, warmed = 0.0, 1
    stats = await run_load(operations, config.seconds, warmup)
    stats.issued += warmed
    return stats


def connections(scenario: Scenario, target: Target, count: int) -> list[Connection]:
    token = target.tokens.get(scenario.caller, "")
    headers = {"Authorization": f"Bearer {token}"} if scenario.authenticated and token else {}
    headers.update(scenario.headers or {})
    return [Connection(target.host, target.port, headers) for _ in range(count)]


async def time_server(scenario: Scenario, config: BenchConfig, target: Target) -> Timed:
    conns = connections(scenario, target, config.connections)
    target.sampler.reset_window()
    cpu, client_cpu, wall = target.process.cpu_seconds(), time.process_time(), time.perf_counter()
    try:
        stats = await _measure([scenario.operation(c) for c in conns], scenario, config)
    except Exception as exc:  # one broken scenario must not hide the others
        stats = Stats(first_error=f"bench failure: {type(exc).__name__}: {exc}")
    finally:
        for conn in conns:
            conn.close()
    cpu_ms = (target.process.cpu_seconds() - cpu) * 1000 / max(stats.issued, 1)
    client_share = (time.process_time() - client_cpu) / (time.perf_counter() - wall)
    return Timed(stats, cpu_ms, client_share, target.sampler.window)


async def time_floor(
    scenario: Scenario, config: BenchConfig, pool: asyncpg.Pool
) -> tuple[Stats | None, float]:
    """The floor's figures and its CPU time per request (the bench process's)."""
    if scenario.floor is None:
        return None, float("nan")
    try:
        client_cpu = time.process_time()
        stats = await _measure([pooled(pool, scenario.floor)] * config.connections, scenario, config)
        return stats, (time.process_time() - client_cpu) * 1000 / max(stats.issued, 1)
    except Exception as exc:
        log(f"floor of {scenario.name} failed: {type(exc).__name__}: {exc}")
        return None, float("nan")


async def check_same_answer(scenario: Scenario, target: Target, pool: asyncpg.Pool) -> str:
    """For the reads whose floor can hand back its body: "same", or where the two answers differ."""
    answer = getattr(scenario.floor, "answer", None)
    if answer is None or scenario.method != "GET":
        return ""
    conn = connections(scenario, target, 1)[0]
    try:
        response = await conn.request("GET", scenario.path(0))
        async with pool.acquire() as db:
            verdict = same_answer.compare(response.body, await answer(db, 0))
    except Exception as exc:
        verdict = f"check failed: {type(exc).__name__}: {exc}"
    finally:
        conn.close()
    if verdict != "same":
        log(f"{scenario.name}: the floor's answer differs from the API's: {verdict}")
    return verdict
