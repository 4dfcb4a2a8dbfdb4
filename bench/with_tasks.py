"""Time Kitsu's heaviest calls, the with-tasks boards, one request at a time, on a production of
5,000 assets x 15 task types (75,000 tasks) and 3,000 shots x 5 task types bulk-loaded into a
scratch PostgreSQL database (`python -m bench` measures them under load).

    .venv/bin/python -m bench.with_tasks          # BENCH_ASSETS=5000 by default, BENCH_KEEP_DB=1

Each request goes through httpx to a one-worker uvicorn process; the script prints the median and
worst wall time of each form (NDJSON compact, compact object, plain array, 304) and the growth of
the server's peak resident memory over the run. It asserts nothing: the numbers are for reading.
"""

import asyncio
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

os.environ.setdefault("BENCH_DB", "zou_bench_with_tasks")

import httpx  # noqa: E402

from bench import database  # noqa: E402
from bench.seed import seed  # noqa: E402
from bench.server import free_port  # noqa: E402
from bench.settings import ADMIN_EMAIL, ADMIN_PASSWORD, ROOT, load_config  # noqa: E402

RUNS = int(os.environ.get("BENCH_RUNS") or 7)


def _peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _cpu_seconds(pid: int) -> float:
    """User + system CPU time of the server so far: steadier than wall time on a shared machine."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


async def _wait(url: str) -> None:
    async with httpx.AsyncClient() as client:
        for _ in range(150):
            try:
                if (await client.get(url + "/")).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            await asyncio.sleep(0.2)
    raise RuntimeError("server did not start")


async def _time(client: httpx.AsyncClient, path: str, headers: dict[str, str]) -> tuple[float, int, int]:
    start = time.perf_counter()
    size = 0
    async with client.stream("GET", path, headers=headers) as response:
        async for chunk in response.aiter_raw():
            size += len(chunk)
    return time.perf_counter() - start, size, response.status_code


async def main() -> None:
    config = load_config()
    print(f"seeding {config.assets} assets x 15 task types into {database.DB_NAME} ...", flush=True)
    await database.recreate(config)
    database.migrate_and_init(config)
    seeded = await seed(config)
    print(f"seeded {seeded.big_tasks} tasks on the big project in {seeded.seconds:.1f} s", flush=True)
    port = free_port()
    env = database.app_env(config)
    args = [sys.executable, "-m", "uvicorn", "--factory", "app.main:create_app"]
    args += ["--host", "127.0.0.1", "--port", str(port), "--no-access-log", "--workers", "1"]
    args += ["--loop", "uvloop", "--http", "httptools"]  # as bench/server.py runs production
    server = subprocess.Popen(args, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        await _wait(url)
        async with httpx.AsyncClient(base_url=url, timeout=60) as client:
            login = await client.post("/auth/login", json={"email": ADMIN_EMAIL, "password": ADMIN_PASSWORD})
            token = login.json()["access_token"]
            auth = {"Authorization": f"Bearer {token}"}
            project = seeded.big_project_id
            base = f"/data/assets/with-tasks?project_id={project}"
            forms = {
                "assets NDJSON compact": (base + "&stream=true&compact=true", {"Accept": NDJSON_ACCEPT}),
                "assets compact object": (base + "&compact=true", {}),
                "assets plain array": (base, {}),
                "shots NDJSON compact": (
                    f"/data/shots/with-tasks?project_id={project}&stream=true&compact=true",
                    {"Accept": NDJSON_ACCEPT},
                ),
            }
            await _time(client, base, auth)  # warm-up: imports, pools, caches
            rss_before = _rss_mb(server.pid)
            for label, (path, extra) in forms.items():
                times, size = [], 0
                cpu = _cpu_seconds(server.pid)
                for _ in range(RUNS):
                    seconds, size, status = await _time(client, path, {**auth, **extra})
                    assert status == 200, status
                    times.append(seconds)
                cpu_ms = (_cpu_seconds(server.pid) - cpu) / RUNS * 1000
                print(
                    f"{label:24s} median {statistics.median(times) * 1000:6.0f} ms   "
                    f"worst {max(times) * 1000:6.0f} ms   server CPU {cpu_ms:5.0f} ms   {size / 1e6:5.1f} MB",
                    flush=True,
                )
            floor = [(await _time(client, f"/data/projects/{project}", auth))[0] for _ in range(RUNS)]
            print(
                f"{'floor: GET one project':24s} median {statistics.median(floor) * 1000:6.0f} ms", flush=True
            )
            etag = (await client.get(base, headers=auth)).headers["etag"]
            times = [(await _time(client, base, {**auth, "If-None-Match": etag}))[0] for _ in range(RUNS)]
            print(f"{'assets 304':24s} median {statistics.median(times) * 1000:6.0f} ms", flush=True)
            peak = _peak_rss_mb(server.pid)
            print(f"server RSS before {rss_before:.0f} MB, peak {peak:.0f} MB (+{peak - rss_before:.0f} MB)")
    finally:
        server.terminate()
        server.wait(15)
        if not config.keep_db:
            await database.drop(config)


NDJSON_ACCEPT = "application/x-ndjson"

if __name__ == "__main__":
    asyncio.run(main())
