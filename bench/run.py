"""`python -m bench`: database, seed, server, scenarios, floor, report, clean-up."""

import asyncio
import sys
import time

import asyncpg
import orjson

from bench import database, floor, report, scenarios
from bench.client import Connection
from bench.load import Operation, Outcome, Stats, run_load
from bench.scenarios import Scenario
from bench.seed import Seeded, seed
from bench.server import RssSampler, Server
from bench.settings import ADMIN_EMAIL, BenchConfig, load_config

HOST = "127.0.0.1"
STARTED = time.perf_counter()


def log(message: str) -> None:
    print(f"[{time.perf_counter() - STARTED:5.1f} s] {message}", file=sys.stderr, flush=True)


async def login_token(port: int) -> str:
    """A real log-in, as gazu does; an empty token if it fails (every scenario then reports 401s)."""
    conn = Connection(HOST, port)
    try:
        response = await conn.request("POST", "/auth/login", scenarios.login_body(0))
        if response.status != 200:
            log(f"log-in failed: {response.status} {response.body[:200]!r}")
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


async def measure(
    scenario: Scenario,
    config: BenchConfig,
    server: Server,
    token: str,
    pool: asyncpg.Pool,
    sampler: RssSampler,
) -> report.Row:
    headers = {"Authorization": f"Bearer {token}"} if scenario.authenticated and token else {}
    headers.update(scenario.headers or {})
    connections = [Connection(HOST, server.port, headers) for _ in range(config.connections)]
    sampler.reset_window()
    cpu, client_cpu, wall = server.cpu_seconds(), time.process_time(), time.perf_counter()
    try:
        stats = await _measure([scenario.operation(c) for c in connections], scenario, config)
    except Exception as exc:  # one broken scenario must not hide the others
        stats = Stats(first_error=f"bench failure: {type(exc).__name__}: {exc}")
    finally:
        for conn in connections:
            conn.close()
    cpu_ms = (server.cpu_seconds() - cpu) * 1000 / max(stats.issued, 1)
    # The load generator's own share of a core: it must stay small or it starves the server.
    client_share = (time.process_time() - client_cpu) / (time.perf_counter() - wall)
    row = report.Row(
        scenario.name,
        stats,
        None,
        scenario.zou,
        sampler.window,
        cpu_ms,
        float("nan"),
        client_share,
        heavy=scenario.heavy,
    )
    if scenario.floor is not None:
        try:
            client_cpu = time.process_time()
            row.floor = await _measure([pooled(pool, scenario.floor)] * config.connections, scenario, config)
            row.floor_cpu_ms = (time.process_time() - client_cpu) * 1000 / max(row.floor.issued, 1)
        except Exception as exc:
            log(f"floor of {scenario.name} failed: {type(exc).__name__}: {exc}")
    log(report.line(row))
    return row


async def bench(config: BenchConfig, seeded: Seeded, notes: list[str]) -> tuple[list[report.Row], float]:
    server = Server(config, database.app_env(config))
    sampler = RssSampler(server)
    rows: list[report.Row] = []
    try:
        await server.wait_ready()
        log(f"API ready on port {server.port}")
        sampler.start()
        await asyncio.sleep(0.3)
        parts = " + ".join(f"{mb:,.0f}" for mb in server.rss_by_process())
        notes.append(
            f"RSS after start-up: {sampler.peak:,.0f} MB (supervisor + workers: {parts}; PSS, shared "
            f"pages counted once: {server.pss_mb():,.0f} MB); server: {' '.join(server.args[1:])}"
        )
        token = await login_token(server.port)
        pool = await asyncpg.create_pool(config.dsn, min_size=config.connections, max_size=config.connections)
        try:
            async with pool.acquire() as conn:
                task_columns = await floor.columns(conn, "task")
                project_columns = await floor.columns(conn, "project")
            for scenario in scenarios.build(seeded, task_columns, project_columns):
                log(f"… {scenario.name}")
                rows.append(await measure(scenario, config, server, token, pool, sampler))
        finally:
            await pool.close()
    finally:
        await sampler.stop()
        server.stop()
        log("stopped the API")
    return rows, sampler.peak


async def bcrypt_rounds(config: BenchConfig) -> str:
    """The cost factor of the admin's stored hash ($2b$<rounds>$...): what every log-in pays."""
    conn = await asyncpg.connect(config.dsn)
    try:
        hashed = await conn.fetchval("SELECT password FROM person WHERE email = $1", ADMIN_EMAIL)
    finally:
        await conn.close()
    return bytes(hashed).split(b"$")[2].decode() if hashed else "?"


async def run(config: BenchConfig) -> str:
    started = time.perf_counter()
    load_at_start = report.load_average()
    log("creating and migrating zou_bench")
    await database.recreate(config)
    try:
        init_seconds = await asyncio.to_thread(database.migrate_and_init, config)
        seeded = await seed(config)
        notes = [
            f"seed: {seeded.big_tasks:,} tasks on the big project ({len(seeded.asset_ids):,} assets with "
            f"{seeded.big_asset_tasks:,} tasks, {seeded.big_shots:,} shots with "
            f"{seeded.big_shot_tasks:,} tasks), "
            f"{seeded.small_tasks:,} tasks (small project), "
            f"{seeded.counts.get('task_person_link', 0):,} assignments, "
            f"{seeded.counts.get('person', 0)} people; "
            f"COPY seed {seeded.seconds:.1f} s, migrate + init data + admin {init_seconds:.1f} s",
            f"bcrypt rounds of the admin's hash: {await bcrypt_rounds(config)} (BCRYPT_LOG_ROUNDS)",
        ]
        log(notes[0])
        log("starting the API")
        rows, peak = await bench(config, seeded, notes)
    finally:
        if not config.keep_db:
            log("dropping zou_bench")
            await database.drop(config)
    notes.append(
        f"total bench time {time.perf_counter() - started:.0f} s; load average (1/5/15 min) "
        f"{load_at_start} at start, {report.load_average()} at the end"
    )
    return report.render(rows, config, peak, notes)


def main() -> None:
    config = load_config()
    text = asyncio.run(run(config))
    report.write(text)
    print(text)
