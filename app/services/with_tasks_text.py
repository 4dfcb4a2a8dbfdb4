"""The tasks of a with-tasks list as JSON text written by PostgreSQL (the boards' fast path).

Decoding tens of thousands of task rows into Python values, grouping and encoding them again was
most of a board's time. Here PostgreSQL writes each task as the bytes orjson would write (same
key order, ids, dates and numbers) but for two holes Python fills without parsing anything: the
entity id (known per entity) and the assignees (one small query per chunk). Python joins the
texts of an entity and embeds them in its row as an `orjson.Fragment`.

Tasks come ordered by entity (the chunk's order) then id, as in the general path;
`tests/with_tasks/test_text_path.py` compares the two paths byte for byte.
"""

from collections.abc import Sequence
from typing import Any

import orjson
from sqlalchemy import (
    BigInteger,
    ColumnElement,
    Numeric,
    Text,
    and_,
    bindparam,
    case,
    cast,
    func,
    literal_column,
    select,
)
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import aliased
from sqlalchemy.types import Uuid

from app.models import Subscription, Task
from app.services.with_tasks_sql import Prepared, in_ids_param

SQLText = ColumnElement[str]
# The caller's subscriptions, joined (one per task at most: unique per person and task).
MINE = aliased(Subscription, name="mine")
# The fields Python fills in: every kind lists them in this order, after the task id.
HOLES = ("entity_id", "assignees")
FLOAT_FIELDS = frozenset({"duration", "estimation"})
INTEGER_FIELDS = frozenset({"priority", "retake_count", "difficulty", "nb_assets_ready", "nb_drawings"})


def sql_literal(text: str) -> SQLText:
    return literal_column("'" + text.replace("'", "''") + "'", Text)


def _number(text: str) -> Any:
    return literal_column(text)


NULL = sql_literal("null")


def concat(parts: Sequence[SQLText]) -> SQLText:
    expression = parts[0]
    for part in parts[1:]:
        expression = expression + part
    return expression


def json_uuid(column: Any, when_null: str = "null") -> SQLText:
    return func.coalesce(sql_literal('"') + cast(column, Text) + sql_literal('"'), sql_literal(when_null))


def json_datetime(column: Any) -> SQLText:
    """`"YYYY-MM-DDTHH:MM:SS"` (a naive datetime without microseconds, as orjson writes it)."""
    return func.coalesce(func.to_char(column, '"\\""YYYY-MM-DD"T"HH24:MI:SS"\\""', type_=Text), NULL)


def json_float(column: Any) -> SQLText:
    """A double as orjson writes it: integral values end in `.0`, NaN and infinities are null,
    fixed notation from 1e-5 up to 1e16, exponents unpadded. PostgreSQL's shortest form has the
    same digits; only the notation differs at the edges, rewritten here."""
    text = cast(column, Text)
    absolute = func.abs(column)
    integral = column == func.trunc(column)
    return case(
        (column.is_(None), NULL),
        (and_(integral, absolute < _number("1e15")), text + sql_literal(".0")),
        (and_(absolute >= _number("1e-4"), absolute < _number("1e15")), text),
        (
            column.in_(
                [_number("'NaN'::float8"), _number("'Infinity'::float8"), _number("'-Infinity'::float8")]
            ),
            NULL,
        ),
        (
            and_(integral, absolute < _number("1e16")),
            cast(cast(column, BigInteger), Text) + sql_literal(".0"),
        ),
        (absolute >= _number("1e16"), text),
        (absolute >= _number("1e-5"), cast(cast(text, Numeric), Text)),
        else_=func.regexp_replace(text, "e-0", "e-"),
    )


def json_integer(column: Any, default: int | None = None) -> SQLText:
    value = cast(column if default is None else func.coalesce(column, default), Text)
    return func.coalesce(value, NULL)


class TaskTextReader:
    """The tasks of a chunk of entities as one JSON text per entity (list of lists or of dicts)."""

    def __init__(self, kind: Any, scope: Any, compact: bool, links: Prepared | None):
        fields = kind.task_fields
        self.links = links
        open_, close = ("[", "]") if compact else ("{", "}")
        segments: list[list[SQLText]] = [[]]
        text = open_
        for index, name in enumerate(fields):
            if index:
                text += ","
            if not compact:
                text += orjson.dumps(name).decode() + ":"
            if name in HOLES:
                segments[-1].append(sql_literal(text))
                segments.append([])
                text = ""
                continue
            if text:
                segments[-1].append(sql_literal(text))
                text = ""
            segments[-1].append(self._value(kind, scope, name))
        segments[-1].append(sql_literal(text + close))
        # Where the task id starts in the first segment: the assignees are looked up by it.
        self.id_at = len(open_) + (0 if compact else len('"id":')) + 1
        entities = (
            func.unnest(bindparam("entity_ids", type_=ARRAY(Uuid())))
            .table_valued("entity_id", with_ordinality="position")
            .render_derived()
        )
        query = (
            select(entities.c.position, *(concat(parts).label(f"s{i}") for i, parts in enumerate(segments)))
            .select_from(entities)
            .join(Task, Task.entity_id == entities.c.entity_id)
            .outerjoin(MINE, and_(MINE.task_id == Task.id, MINE.person_id == scope.user_id))
            # The same list again, as an index condition: joined to the unnested list alone,
            # the planner scans the whole task table for every chunk.
            .where(in_ids_param(Task.entity_id, "entity_ids"), *kind.task_filter(scope))
            .order_by(entities.c.position, Task.id)
        )
        self.tasks = Prepared(query, "entity_ids")

    @staticmethod
    def supports(kind: Any) -> bool:
        fields = kind.task_fields
        return fields[0] == "id" and [name for name in fields if name in HOLES] == list(HOLES)

    @staticmethod
    def _value(kind: Any, scope: Any, name: str) -> SQLText:
        if name == "is_subscribed":
            if not kind.subscriptions:
                return sql_literal("false")
            return case((MINE.id.is_not(None), sql_literal("true")), else_=sql_literal("false"))
        column = getattr(Task, name)
        if name == "data":
            return func.coalesce(cast(column, Text), NULL)
        if name.endswith("_date"):
            return json_datetime(column)
        if name == "id" or name.endswith("_id"):
            return json_uuid(column, '""' if name in kind.empty_string_task_fields else "null")
        if name in FLOAT_FIELDS:
            return json_float(column)
        if name in INTEGER_FIELDS:
            return json_integer(column, 0 if name == "priority" else None)
        raise ValueError(f"no JSON text for task field {name}")

    async def read(self, db: Any, chunk: Sequence[dict[str, Any]]) -> dict[str, Any]:
        ids = [row["_id"] for row in chunk]
        rows = await self.tasks.rows(db, ids)
        if not rows:
            return {}
        people: dict[str, Any] = {}
        if self.links is not None:
            for task_id, person_id in await self.links.rows(db, ids):
                people.setdefault(task_id, []).append(person_id)
            people = {task_id: '["' + '","'.join(persons) + '"]' for task_id, persons in people.items()}
        return _assemble(rows, [row["_key"] for row in chunk], people, self.id_at)


def _assemble(rows: Sequence[Any], keys: list[str], people: dict[str, str], id_at: int) -> dict[str, Any]:
    """Each entity's task texts joined into one array, its holes filled (once per task: keep it lean)."""
    grouped: dict[str, Any] = {}
    fragment = orjson.Fragment
    assignees = people.get
    parts: list[str] = []
    append = parts.append
    current = None
    entity = ""
    for position, head, middle, tail in rows:
        if position != current:
            if parts:
                parts.append("]")
                grouped[keys[current - 1]] = fragment("".join(parts))  # type: ignore[index]
                parts.clear()
            current = position
            entity = '"' + keys[position - 1] + '"'
            append("[")
        else:
            append(",")
        append(head)
        append(entity)
        append(middle)
        append(assignees(head[id_at : id_at + 36], "[]"))
        append(tail)
    parts.append("]")
    grouped[keys[current - 1]] = fragment("".join(parts))  # type: ignore[index]
    return grouped
