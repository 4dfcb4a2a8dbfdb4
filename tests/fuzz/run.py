"""The fuzzing run: every operation of the served contract, as an admin and as an artist, generated
cases (valid and invalid input, path ids real or made up) in rounds until a time box runs out.

The first round sends each (operation, caller) pair one case whatever the time: every operation
is covered, with Hypothesis's simplest input (valid, real path ids where the world has some: the
same whatever the seed). Later rounds add random cases, valid and invalid, while time is left.
Each pair gets its own Hypothesis seed per round, derived from the run's seed:
`FUZZ_SEED=<seed> FUZZ_ROUNDS=<n>` replays a run, and
`FUZZ_ONLY` (comma-separated parts of "METHOD /path") narrows it to the failing operations.
Failures are collected, not raised: Hypothesis spends no time shrinking them and one broken
operation hides no other.
"""

import hashlib
import os
import random
import re
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import hypothesis
import requests
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from schemathesis.checks import not_a_server_error
from schemathesis.core.failures import Failure, FailureGroup
from schemathesis.generation.modes import GenerationMode
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from app.auth import tokens
from tests.fuzz.world import World

CHECKS = [not_a_server_error, status_code_conformance, response_schema_conformance, content_type_conformance]
CALLERS = ("artist", "admin")
METHOD_ORDER = {"get": 0, "post": 1, "put": 2, "patch": 2, "delete": 3}  # destructive ones last
BASE_URL = "http://testserver"
# A response may declare the media type Zou labels it with when that label is no media type
# (`/status.txt` answers `Content-Type: text`): the content-type checks accept that label.
WIRE_CONTENT_TYPE = "x-zou-wire-content-type"
CONTENT_TYPE_FAILURES = ("MalformedMediaType", "ContentDeserializationError", "UndefinedContentType")
# Path parameters that are not ids, given plausible values (the schedules' and reports' dates).
PLAIN_VALUES = {
    "year": ["2026"],
    "month": ["12"],
    "week": ["49"],
    "day": ["7"],
    "date": ["2026-12-07"],
    "month_date": ["2026-12-01"],
    "entity_type": ["Asset", "Shot", "Sequence", "Episode", "Edit", "Concept"],
}
ENTITY_PARAMETERS = ("asset", "shot", "sequence", "episode", "edit", "concept", "scene")
# Id parameters whose table is not the name without `_id`.
TABLE_OF = {
    "reply_id": "comment",
    "filter_id": "search_filter",
    "filter_group_id": "search_filter_group",
    "entry_id": "budget_entry",
    "asset_type_id": "entity_type",
}


def run_seed() -> int:
    value = os.environ.get("FUZZ_SEED")
    return int(value) if value else random.SystemRandom().randrange(2**32)


@dataclass
class Report:
    seed: int
    operations: int = 0
    cases: int = 0
    rounds: int = 0
    seconds: float = 0.0
    statuses: Counter = field(default_factory=Counter)
    failures: dict[tuple[str, str, str], str] = field(default_factory=dict)  # (op, caller, class) -> detail
    errors: dict[tuple[str, str], str] = field(default_factory=dict)  # cases that could not be generated

    def summary(self) -> str:
        classes = Counter(kind for _op, _caller, kind in self.failures)
        failures = ", ".join(f"{kind} {count}" for kind, count in sorted(classes.items())) or "none"
        return (
            f"schemathesis: seed {self.seed}, {self.operations} operations x {len(CALLERS)} callers, "
            f"{self.cases} cases in {self.rounds} round(s), {self.seconds:.0f} s; failures: {failures}; "
            f"not generated: {len(self.errors)}; statuses: {dict(sorted(self.statuses.items()))}; "
            f"replay: FUZZ_SEED={self.seed} FUZZ_ROUNDS={self.rounds}"
        )

    def details(self, limit: int = 40) -> str:
        lines = [
            f"{op} as {caller}: {kind}\n{detail}" for (op, caller, kind), detail in self.failures.items()
        ]
        return "\n\n".join(lines[:limit])


def _pair_seed(seed: int, label: str, round_: int) -> int:
    digest = hashlib.blake2b(f"{seed}|{label}|{round_}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big")


def _collection_table(path: str) -> str | None:
    from app.crud.registry import COLLECTIONS, engine_for

    match = re.match(r"^/data/([a-z-]+)/\{instance_id\}", path)
    if match is None or match.group(1) not in COLLECTIONS:
        return None
    return engine_for(match.group(1)).model.__tablename__


def _table_for(name: str, path: str) -> str | None:
    if name == "instance_id":
        return _collection_table(path)
    if name in TABLE_OF:
        return TABLE_OF[name]
    return name.removesuffix("_id") if name.endswith("_id") else None


def _wire_content_types(operation: Any) -> set[str]:
    responses = operation.definition.raw.get("responses") or {}
    return {str(answer[WIRE_CONTENT_TYPE]) for answer in responses.values() if WIRE_CONTENT_TYPE in answer}


def _with_path_values(drawn: tuple[Any, dict[str, str]]) -> Any:
    case, values = drawn
    case.path_parameters = {**(case.path_parameters or {}), **values}
    return case


class Fuzzer:
    def __init__(self, schema: Any, world: World, session: requests.Session, report: Report):
        schema.config.generation.update(with_security_parameters=False)  # the callers' tokens only
        self.schema, self.world, self.session, self.report = schema, world, session, report
        self.callers = {"admin": world.admin, "artist": world.artist}
        self.strategies: dict[str, Any] = {}

    def operations(self) -> list[Any]:
        only = [part.strip() for part in os.environ.get("FUZZ_ONLY", "").split(",") if part.strip()]
        found = [result.ok() for result in self.schema.get_all_operations()]
        if only:
            found = [op for op in found if any(part in f"{op.method.upper()} {op.path}" for part in only)]
        return sorted(found, key=lambda op: (METHOD_ORDER.get(op.method, 9), op.path))

    def real_values(self, operation: Any) -> dict[str, list[str]]:
        """Real values for the path parameters that have some in the world."""
        values: dict[str, list[str]] = {}
        for parameter in operation.path_parameters:
            name = parameter.name
            if name in PLAIN_VALUES:
                values[name] = PLAIN_VALUES[name]
                continue
            kind = name.removesuffix("_id")
            table = kind if kind in ENTITY_PARAMETERS else _table_for(name, operation.path)
            pool = list(self.world.ids.get(table or "", []))
            if table == "person" and operation.method != "get":
                pool = [self.world.bystander]  # writes never change the callers themselves
            if pool:
                values[name] = pool
        return values

    def strategy(self, operation: Any) -> Any:
        """Valid input with real path ids (the first, hence the simplest, choice), valid input,
        invalid input."""
        label = f"{operation.method.upper()} {operation.path}"
        if label in self.strategies:
            return self.strategies[label]
        choices = [operation.as_strategy()]
        real = self.real_values(operation)
        if real:
            ids = st.fixed_dictionaries({name: st.sampled_from(pool) for name, pool in real.items()})
            choices.insert(0, st.tuples(operation.as_strategy(), ids).map(_with_path_values))
        choices.append(operation.as_strategy(generation_mode=GenerationMode.NEGATIVE))
        self.strategies[label] = st.one_of(choices)
        return self.strategies[label]

    def fuzz(self, operation: Any, caller: str, examples: int, round_: int) -> None:
        label = f"{operation.method.upper()} {operation.path}"
        person_id, report = self.callers[caller], self.report
        wire_types = _wire_content_types(operation)
        # Hypothesis always tries the simplest input first: sent in the first round only.
        seen = {"first": round_ > 0}

        @hypothesis.seed(_pair_seed(report.seed, f"{label}|{caller}", round_))
        @settings(
            max_examples=examples + (round_ > 0),
            database=None,
            deadline=None,
            phases=[Phase.generate],
            suppress_health_check=list(HealthCheck),
            verbosity=hypothesis.Verbosity.quiet,
        )
        @given(case=self.strategy(operation))
        def send(case: Any) -> None:
            if seen.pop("first", False):
                return
            # A fresh token per case: a fuzzed logout revokes the one it was sent with.
            token = tokens.create_auth_tokens(person_id)["access_token"]
            self.session.cookies.clear()
            report.cases += 1
            response = case.call(
                base_url=BASE_URL, session=self.session, headers={"Authorization": f"Bearer {token}"}
            )
            report.statuses[response.status_code] += 1
            try:
                case.validate_response(response, checks=CHECKS, transport_kwargs={"base_url": BASE_URL})
            except FailureGroup as group:
                for failure in group.exceptions:
                    self._record(label, caller, round_, failure, case, wire_types, response)
            except Failure as failure:
                self._record(label, caller, round_, failure, case, wire_types, response)

        try:
            send()
        except Exception as exc:  # noqa: BLE001 - an input that cannot be built is reported, not fatal
            report.errors[(label, caller)] = f"{type(exc).__name__}: {exc}"[:300]

    def _record(self, label, caller, round_, failure, case, wire_types, response) -> None:
        kind = type(failure).__name__
        received = (response.headers.get("content-type") or [""])[0].split(";")[0].strip()
        if kind in CONTENT_TYPE_FAILURES and received in wire_types:
            return  # Zou's own label, declared by the contract
        key = (label, caller, kind)
        if key not in self.report.failures:
            curl = case.as_curl_command(base_url=BASE_URL)
            message = f"{failure.title}: {failure.message}"[:800]
            self.report.failures[key] = f"(round {round_}) {message}\n  {curl[:600]}"

    def run(self, seconds: float, rounds: int | None = None) -> Report:
        """Round 0: one case per pair whatever the time; then two more per pair and round until
        `seconds` have passed (or exactly `rounds` rounds, to replay a run)."""
        started = time.monotonic()
        operations = self.operations()
        self.report.operations = len(operations)
        round_ = 0
        while (
            round_ == 0
            or (rounds is None and time.monotonic() - started < seconds)
            or (round_ < (rounds or 0))
        ):
            for caller in CALLERS:
                for operation in operations:
                    if round_ and rounds is None and time.monotonic() - started > seconds:
                        break
                    self.fuzz(operation, caller, 1 if round_ == 0 else 2, round_)
            round_ += 1
        self.report.rounds = round_
        self.report.seconds = time.monotonic() - started
        return self.report
