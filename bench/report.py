"""The results table (markdown), printed and written to bench/results/latest.md."""

import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.load import Stats
from bench.settings import ROOT, ZOU_RSS, BenchConfig

RESULTS = Path(__file__).resolve().parent / "results" / "latest.md"
HEADER = (
    "| scenario | req/s | p50 ms | p99 ms | errors | bytes | floor req/s | floor p50 ms | ratio "
    "| same answer | CPU ms/req API / floor | Zou req/s | Zou p50 ms | × Zou req/s | peak RSS MB |"
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
    same: str = ""  # the floor's answer checked against the API's: "same" or where they differ
    zou_timed: Any = None  # bench.measure.Timed of the reference Zou, when measured in this run
    floor_target: float | None = None  # issue 10: p50 at most this many times the floor's
    zou_target: float | None = None  # issue 10: req/s at least this many times Zou's

    @property
    def ratio(self) -> float:
        """API p50 / floor p50 (NaN without a floor)."""
        floor_p50 = self.floor.percentile(0.5) if self.floor else float("nan")
        return self.server.percentile(0.5) / floor_p50 if floor_p50 else float("nan")

    @property
    def zou_rps(self) -> float:
        """Zou's req/s: measured in this run, else the figure quoted from an earlier measure."""
        if self.zou_timed is not None:
            return float(self.zou_timed.stats.rps)
        try:
            return float(self.zou.strip("~"))
        except ValueError:
            return float("nan")


def _num(value: float, digits: int = 1) -> str:
    return "—" if math.isnan(value) else f"{value:,.{digits}f}"


def _times(value: float) -> str:
    return "—" if math.isnan(value) else f"{value:.1f}×"


def _zou_cells(row: Row) -> str:
    """Zou's req/s (with its errors), p50 and our req/s over Zou's (≈: against a quoted figure)."""
    times = _times(row.server.rps / row.zou_rps if row.zou_rps else float("nan"))
    if row.zou_timed is None:
        return f"{row.zou or '—'} | — | {'≈' + times if row.zou else '—'}"
    z = row.zou_timed.stats
    if not z.requests:  # every Zou request outlasted the window: a bound, not a figure
        bound = 1 / z.elapsed if z.elapsed else float("nan")
        return f"< {bound:.2f} (none within {z.elapsed:.0f} s) | — | > {_times(row.server.rps / bound)}"
    errors = f" ({z.errors} errors)" if z.errors else ""
    return f"{_num(z.rps)}{errors} | {_num(z.percentile(0.5))} | {times}"


def line(row: Row) -> str:
    s, f = row.server, row.floor
    floor_rps = _num(f.rps) if f else "—"
    floor_p50 = f.percentile(0.5) if f else float("nan")
    same = row.same if len(row.same) < 40 else row.same[:37] + "…"
    return (
        f"| {row.name} | {_num(s.rps)} | {_num(s.percentile(0.5))} | {_num(s.percentile(0.99))} | {s.errors} "
        f"| {s.size:,} | {floor_rps} | {_num(floor_p50)} | {_times(row.ratio)} | {same or '—'} "
        f"| {_num(row.cpu_ms)} / {_num(row.floor_cpu_ms, 2)} | {_zou_cells(row)} | {row.rss_mb:,.0f} |"
    )


def target_lines(rows: list[Row]) -> list[str]:
    """Issue 10's targets, scenario by scenario: met, or by how much they are missed."""
    lines = []
    for row in rows:
        verdicts = []
        if row.floor_target is not None:
            ok = row.ratio <= row.floor_target
            verdicts.append(
                f"p50 {_times(row.ratio)} the floor's (target ≤ {row.floor_target:g}×): "
                + ("met" if ok else f"NOT met, {row.ratio / row.floor_target:.1f}× over")
            )
        if row.zou_target is not None:
            measured = row.zou_timed is not None
            ratio = row.server.rps / row.zou_rps if row.zou_rps else float("nan")
            if measured and not row.zou_timed.stats.requests:
                elapsed = row.zou_timed.stats.elapsed
                verdicts.append(f"req/s vs Zou's: undecided, Zou answered no request within {elapsed:.0f} s")
            else:
                verdict = (
                    "not measured (BENCH_ZOU_URL unset)"
                    if not measured
                    else (
                        "met" if ratio >= row.zou_target else f"NOT met, {row.zou_target / ratio:.1f}× short"
                    )
                )
                verdicts.append(f"req/s {_times(ratio)} Zou's (target ≥ {row.zou_target:g}×): {verdict}")
        if verdicts:
            lines.append(f"- {row.name}: " + "; ".join(verdicts))
    return lines


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
        if git.is_file():  # a worktree: .git names its own folder, refs live in the main one
            git = Path(git.read_text().split("gitdir:", 1)[1].strip())
        common = Path(git, (git / "commondir").read_text().strip()) if (git / "commondir").exists() else git
        head = (git / "HEAD").read_text().strip()
        if not head.startswith("ref: "):
            return head[:12]
        ref = head[5:]
        if (common / ref).exists():
            return (common / ref).read_text().strip()[:12]
        for line in (common / "packed-refs").read_text().splitlines():
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


def render(
    rows: list[Row],
    config: BenchConfig,
    peak_rss: float,
    notes: list[str],
    measured_zou: bool = False,
    stress: list[str] | None = None,
) -> str:
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
        "- Zou figures: "
        + (
            "measured in this run (BENCH_ZOU_URL), same seed, same connections, scenario by scenario right "
            "after ours; Zou 1.0.97, 2 gevent gunicorn workers"
            if measured_zou
            else "quoted from an earlier measure (same machine, 2 gunicorn workers, 4 connections); "
            "BENCH_ZOU_URL measures them in the run"
        ),
        *(f"- {note}" for note in notes),
    ]
    targets = target_lines(rows)
    if targets:
        lines += ["", "Issue 10's targets:", *targets]
    if stress:
        lines += ["", *stress]
    errors = [f"- {row.name}: {row.server.first_error[:200]}" for row in rows if row.server.first_error]
    errors += [
        f"- Zou, {row.name}: {row.zou_timed.stats.first_error[:200]}"
        for row in rows
        if row.zou_timed is not None and row.zou_timed.stats.first_error
    ]
    errors += [f"- same answer, {row.name}: {row.same}" for row in rows if row.same not in ("", "same")]
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
