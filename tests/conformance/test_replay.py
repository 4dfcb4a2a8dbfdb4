"""Replay each area's scenario against our app and compare with Zou's recorded answers."""

import json

import pytest

from tests.conformance.compare import Difference, diff_exchanges, matches, pattern
from tests.conformance.differences import INTENTIONAL, PENDING
from tests.conformance.runner import RECORDINGS, ScenarioRun, load_steps, recording_path

AREAS = sorted(path.stem for path in RECORDINGS.glob("*.json"))
# Each area runs once per session (from the seed the first test of the area starts with); its
# replay test and its pending cases read the same result. Jobs run in-process (`no_redis`), on
# PostgreSQL as on SQLite: an answer that waits for its job (an avatar) is then ready, as in Zou.
_RESULTS: dict[str, list[Difference]] = {}


async def replay(app, area: str) -> list[Difference]:
    if area not in _RESULTS:
        from tests.conftest import restore_seed
        from tests.helpers.client import make_client

        recorded = json.loads(recording_path(area).read_text())["exchanges"]
        steps = load_steps(area)
        if [step["name"] for step in steps] != [exchange["step"] for exchange in recorded]:
            pytest.fail(f"{area}: the scenario's steps differ from the recording's; re-record the area")
        # From the seed, as Zou's recording started: a test replaying several areas (a pending
        # difference declared for `*`) must not run one on another's leftovers. Fresh table
        # files: Zou's unordered lists come in insertion order, and so must ours, whatever the
        # areas before left behind.
        await restore_seed(fresh_files=True)
        # The contract plugin is not attached: this test is about Zou's answers, not our document.
        async with make_client(app, validate=False) as client:
            ours = await ScenarioRun(client, steps).run()
        _RESULTS[area] = diff_exchanges(area, recorded, ours)
    return _RESULTS[area]


@pytest.mark.parametrize("area", AREAS)
async def test_replay(app, no_redis, area):
    found = await replay(app, area)
    undeclared = [
        difference
        for difference in found
        if not any(matches(key, difference) for key in [*INTENTIONAL, *PENDING])
    ]
    if undeclared:
        pytest.fail(
            f"{len(undeclared)} undeclared difference(s) with Zou:\n" + "\n".join(map(str, undeclared)),
            pytrace=False,
        )


@pytest.mark.parametrize(
    "key",
    [
        pytest.param(key, marks=pytest.mark.xfail(strict=True, reason=why), id="/".join(key))
        for key, why in PENDING.items()
    ],
)
async def test_pending(app, no_redis, key):
    """Fails (xfail) while the declared divergence occurs; passes, so fails strictly, once fixed."""
    found = [difference for area in areas_of(key) for difference in await replay(app, area)]
    assert not any(matches(key, difference) for difference in found), "still diverges"


def areas_of(key: tuple[str, str, str]) -> list[str]:
    return [area for area in AREAS if pattern(key[0]).match(area)]


def test_declarations_name_recorded_areas():
    stale = [key for key in [*INTENTIONAL, *PENDING] if not areas_of(key)]
    assert not stale, f"declared differences of areas without recording: {stale}"
