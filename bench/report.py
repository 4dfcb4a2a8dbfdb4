"""The results table (markdown), printed and written to bench/results/latest.md."""

import math
from dataclasses import dataclass
from pathlib import Path

from bench.load import Stats
from bench.settings import ROOT, ZOU_RSS, BenchConfig

RESULTS = Path(__file__).resolve().parent / "results" / "latest.md"
HEADER = (
    "| scenario | req/s | p50 ms | p99 ms | errors | bytes | floor req/s | floor p50 ms | ratio "
    "| CPU ms/req API / floor | Zou req/s | peak RSS MB |"
)
ZOU_RSS_TARGET = 233  # a third of Zou's ~700 MB, for the scenarios Zou was measured on


@dataclass
class Row:
    name: str
    server: Stats
    floor: Stats | None
    zou: str
    rss_mb: float  # peak RSS of the API (master + workers) while this scenario ran
    cpu_ms: float  # API CPU time per request (all processes)
    floor_cpu_ms: float  # the bench process's CPU time per floor request (asyncpg + orjson)
    client_share: float  # load generator CPU / wall time during the API run
    heavy: bool = False  # the 75,000-task list: its memory is reported apart


def _num(value: float, digits: int = 1) -> str:
    return "—" if math.isnan(value) else f"{value:,.{digits}f}"


def line(row: Row) -> str:
    s, f = row.server, row.floor
    p50 = s.percentile(0.5)
    floor_rps = _num(f.rps) if f else "—"
    floor_p50 = f.percentile(0.5) if f else float("nan")
    ratio = f"{p50 / floor_p50:.1f}×" if f and floor_p50 and not math.isnan(p50 * floor_p50) else "—"
    return (
        f"| {row.name} | {_num(s.rps)} | {_num(p50)} | {_num(s.percentile(0.99))} | {s.errors} "
        f"| {s.size:,} | {floor_rps} | {_num(floor_p50)} | {ratio} "
        f"| {_num(row.cpu_ms)} / {_num(row.floor_cpu_ms, 2)} | {row.zou or '—'} | {row.rss_mb:,.0f} |"
    )


def load_average() -> str:
    """Other jobs on the 2 cores skew req/s and latency: the report says how busy the machine was."""
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "unknown"


def git_commit() -> str:
    """HEAD's commit read from .git directly (the bench does not shell out to git)."""
    git = ROOT / ".git"
    try:
        head = (git / "HEAD").read_text().strip()
        if not head.startswith("ref: "):
            return head[:12]
        ref = head[5:]
        if (git / ref).exists():
            return (git / ref).read_text().strip()[:12]
        for line in (git / "packed-refs").read_text().splitlines():
            if line.endswith(" " + ref):
                return line.split()[0][:12]
    except OSError:
        pass
    return "unknown"


def memory_lines(rows: list[Row], peak_rss: float) -> list[str]:
    """Peak resident memory (master + workers, sampled every 100 ms) where it is compared."""
    zou = [row for row in rows if row.zou and not math.isnan(row.rss_mb)]
    heavy = [row for row in rows if row.heavy]
    lines = []
    if zou:
        peak = max(row.rss_mb for row in zou)
        verdict = "met" if peak <= ZOU_RSS_TARGET else "NOT met"
        lines.append(
            f"- peak RSS during the scenarios Zou was measured on ({', '.join(r.name for r in zou)}): "
            f"{peak:,.0f} MB; Zou {ZOU_RSS}, target ≤ {ZOU_RSS_TARGET} MB: {verdict}"
        )
    lines += [f"- peak RSS during {row.name}: {row.rss_mb:,.0f} MB (reported apart)" for row in heavy]
    lines.append(f"- peak RSS over the whole run: {peak_rss:,.0f} MB; per scenario: last column")
    return lines


def render(rows: list[Row], config: BenchConfig, peak_rss: float, notes: list[str]) -> str:
    mode = "quick" if config.quick else "full"
    lines = [
        f"# Bench ({mode}) — commit {git_commit()}",
        "",
        HEADER,
        "|" + "---|" * (HEADER.count("|") - 1),
        *(line(row) for row in rows),
        "",
        *memory_lines(rows, peak_rss),
        f"- {config.workers} workers, {config.connections} connections, {config.seconds:g} s per scenario "
        f"after {config.warmup:g} s warm-up",
        "- ratio = API p50 / floor p50; floor = the same answer with raw asyncpg + orjson, same concurrency "
        "(asyncpg pool, one process: the API has two)",
        "- CPU ms/req: the API's master + workers, the floor's bench process (PostgreSQL's own CPU in "
        "neither): steadier than req/s on a shared machine",
        f"- load generator: at most {max((r.client_share for r in rows), default=0):.0%} of one core "
        "during the API runs",
        "- Zou figures: same machine, 2 gunicorn workers, 4 connections",
        *(f"- {note}" for note in notes),
    ]
    errors = [f"- {row.name}: {row.server.first_error[:200]}" for row in rows if row.server.first_error]
    errors += [
        f"- floor of {row.name}: {row.floor.first_error[:200]}"
        for row in rows
        if row.floor and row.floor.first_error
    ]
    if errors:
        lines += ["", "First error per scenario:", *errors]
    return "\n".join(lines) + "\n"


def write(text: str) -> None:
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(text)
