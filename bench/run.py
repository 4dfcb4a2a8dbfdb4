"""`python -m bench`: database, seed, server, scenarios, floor, the reference Zou when asked
(bench/zou.py), the load test (bench/stress.py), report, clean-up."""

import asyncio
import time

import asyncpg

from bench import database, floor, report, scenarios, stress, zou
from bench.measure import Target, check_same_answer, log, login_token, time_floor, time_server
from bench.scenarios import Scenario
from bench.seed import Seeded, seed
from bench.seed_studio import ARTIST_PASSWORD
from bench.server import RssSampler, Server
from bench.settings import ADMIN_EMAIL, BenchConfig, load_config

HOST = "127.0.0.1"


async def tokens_of(host: str, port: int, seeded: Seeded) -> dict[str, str]:
    return {
        "admin": await login_token(host, port),
        "artist": await login_token(host, port, seeded.studio.artist_email, ARTIST_PASSWORD),
    }


async def measure(
    scenario: Scenario,
    config: BenchConfig,
    ours: Target,
    pool: asyncpg.Pool,
    reference: tuple[Target, Scenario] | None,
) -> report.Row:
    same = await check_same_answer(scenario, ours, pool)
    timed = await time_server(scenario, config, ours)
    row = report.Row(scenario.name, timed.stats, None, scenario.zou, timed.rss_mb, timed.cpu_ms, float("nan"),
                     timed.client_share, heavy=scenario.heavy, same=same, floor_target=scenario.floor_target,
                     zou_target=scenario.zou_target)  # fmt: skip
    row.floor, row.floor_cpu_ms = await time_floor(scenario, config, pool)
    if reference is not None:
        target, twin = reference
        row.zou_timed = await time_server(twin, config, target)
    log(report.line(row))
    return row


def wanted(config: BenchConfig, name: str) -> bool:
    return any(part in name for part in config.only.split("|"))


async def bench(
    config: BenchConfig,
    seeded: Seeded,
    notes: list[str],
    zou_target: zou.ZouTarget | None,
    zou_seeded: Seeded | None,
) -> tuple[list[report.Row], float, list[str]]:
    server = Server(config, database.app_env(config))
    sampler = RssSampler(server)
    zou_sampler: RssSampler | None = None
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
        ours = Target(HOST, server.port, server, sampler, await tokens_of(HOST, server.port, seeded))
        twins: dict[str, Scenario] = {}
        reference: Target | None = None
        if zou_target is not None and zou_seeded is not None:
            process = zou.ZouProcess(zou_target)
            zou_sampler = RssSampler(process)  # type: ignore[arg-type]
            zou_sampler.start()
            tokens = await tokens_of(zou_target.host, zou_target.port, zou_seeded)
            reference = Target(zou_target.host, zou_target.port, process, zou_sampler, tokens)
            twins = {s.name: s for s in scenarios.build(zou_seeded, "*", "*") if zou.runs_on_zou(s.name)}
        pool = await asyncpg.create_pool(config.dsn, min_size=config.connections, max_size=config.connections)
        try:
            async with pool.acquire() as conn:
                task_columns = await floor.columns(conn, "task")
                project_columns = await floor.columns(conn, "project")
            for scenario in scenarios.build(seeded, task_columns, project_columns):
                if wanted(config, scenario.name):
                    log(f"… {scenario.name}")
                    twin = twins.get(scenario.name)
                    pair = (reference, twin) if reference is not None and twin is not None else None
                    rows.append(await measure(scenario, config, ours, pool, pair))
        finally:
            await pool.close()
        stress_lines = await stress.run(config, ours, seeded) if wanted(config, stress.NAME) else []
        if zou_sampler is not None:
            notes.append(
                f"Zou's peak RSS (gunicorn master + workers) over its runs: {zou_sampler.peak:,.0f} MB"
            )
    finally:
        await sampler.stop()
        if zou_sampler is not None:
            await zou_sampler.stop()
        server.stop()
        log("stopped the API")
    return rows, sampler.peak, stress_lines


async def bcrypt_rounds(config: BenchConfig) -> str:
    """The cost factor of the admin's stored hash ($2b$<rounds>$...): what every log-in pays."""
    conn = await asyncpg.connect(config.dsn)
    try:
        hashed = await conn.fetchval("SELECT password FROM person WHERE email = $1", ADMIN_EMAIL)
    finally:
        await conn.close()
    return bytes(hashed).split(b"$")[2].decode() if hashed else "?"


def seed_note(seeded: Seeded, init_seconds: float) -> str:
    studio = seeded.studio
    return (
        f"seed: {seeded.big_tasks:,} tasks on the big project ({len(seeded.asset_ids):,} assets with "
        f"{seeded.big_asset_tasks:,} tasks, {seeded.big_shots:,} shots with "
        f"{seeded.big_shot_tasks:,} tasks), "
        f"{seeded.small_tasks:,} tasks (small project), {seeded.counts.get('person', 0)} people; "
        f"{len(studio.project_ids)} studio projects with {studio.studio_tasks:,} tasks: "
        f"{studio.artists} artists with 200 tasks each (the measured artist: {len(studio.artist_tasks)}), "
        f"{studio.comments:,} comments "
        f"(50 on each of {studio.commented_tasks:,} tasks) and their {studio.news:,} news, "
        f"{studio.time_spents:,} time spents ({studio.year}); "
        f"{seeded.counts.get('task_person_link', 0):,} assignments in all; "
        f"COPY seed {seeded.seconds:.1f} s, migrate + init data + admin {init_seconds:.1f} s"
    )


async def seed_zou(config: BenchConfig, target: zou.ZouTarget, notes: list[str]) -> Seeded:
    log(f"resetting and seeding the reference Zou's database ({target.url})")
    reset_seconds = await zou.reset(target)
    seeded = await seed(config, target.dsn)
    await zou.flush_cache(target)
    notes.append(
        f"reference Zou {target.url}: database emptied, `zou init-data` + `zou create-admin` "
        f"{reset_seconds:.1f} s, the same COPY seed {seeded.seconds:.1f} s, Redis flushed"
    )
    return seeded


async def run(config: BenchConfig) -> str:
    started = time.perf_counter()
    load_at_start = report.load_average()
    zou_target = zou.load_target()
    log("creating and migrating the bench database")
    await database.recreate(config)
    try:
        init_seconds = await asyncio.to_thread(database.migrate_and_init, config)
        seeded = await seed(config)
        notes = [
            seed_note(seeded, init_seconds),
            f"bcrypt rounds of the admin's hash: {await bcrypt_rounds(config)} (BCRYPT_LOG_ROUNDS)",
        ]
        log(notes[0])
        zou_seeded = await seed_zou(config, zou_target, notes) if zou_target is not None else None
        log("starting the API")
        rows, peak, stress_lines = await bench(config, seeded, notes, zou_target, zou_seeded)
    finally:
        if not config.keep_db:
            log("dropping the bench database")
            await database.drop(config)
    notes.append(
        f"total bench time {time.perf_counter() - started:.0f} s; load average (1/5/15 min) "
        f"{load_at_start} at start, {report.load_average()} at the end"
    )
    return report.render(rows, config, peak, notes, measured_zou=zou_target is not None, stress=stress_lines)


def main() -> None:
    config = load_config()
    text = asyncio.run(run(config))
    report.write(text)
    print(text)
