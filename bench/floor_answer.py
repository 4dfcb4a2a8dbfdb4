"""What the issue 10 floors share: a floor that can hand back its body, and row helpers."""

from collections import defaultdict
from collections.abc import Awaitable, Callable
from typing import Any

import asyncpg
import orjson

from bench.load import Outcome

Answer = Callable[[asyncpg.Connection, int], Awaitable[bytes]]


class AnsweringFloor:
    """A floor operation that can also hand back its body (for the same-answer check)."""

    def __init__(self, answer: Answer):
        self.answer = answer

    async def __call__(self, conn: asyncpg.Connection, n: int) -> Outcome:
        return True, len(await self.answer(conn, n)), ""


def json_column(value: str | None) -> Any:
    """A json/jsonb column (asyncpg hands back its text) embedded as is."""
    return None if value is None else orjson.Fragment(value)


def grouped(rows: list[asyncpg.Record]) -> dict[Any, list[Any]]:
    """{first column: [second column, ...]} of a link table's rows."""
    found: dict[Any, list[Any]] = defaultdict(list)
    for own, other in rows:
        found[own].append(other)
    return found
