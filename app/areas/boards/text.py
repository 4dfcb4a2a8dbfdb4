"""The tasks of a with-tasks list as JSON text joined by PostgreSQL (the boards' fast path).

Decoding tens of thousands of task rows into Python values, grouping and encoding them again was
most of a board's time, and so was formatting them in SQL at read time. PostgreSQL keeps every
task's fields already written as JSON in `task_json` (migration 0003: triggers on `task` and
`task_person_link` maintain it, assignees included), so a chunk is one query that concatenates
those texts in the kind's field order and aggregates them per entity; for the streamed asset and
shot boards it even keeps each task's whole compact array, so only two texts are joined per task.
Python receives one text per entity, the `tasks` array, and embeds it as an `orjson.Fragment`
without parsing it. Only the caller's subscription flag is decided at read time.

Tasks come ordered by id within their entity, as in the general path;
`tests/with_tasks/test_text_path.py` compares the two paths byte for byte.
"""

from collections.abc import Sequence
from typing import Any

import orjson
from sqlalchemy import ColumnElement, Text, any_, bindparam, case, cast, func, literal_column, select
from sqlalchemy.dialects.postgresql import ARRAY, aggregate_order_by
from sqlalchemy.types import Uuid

from app.core.sql import Prepared, in_ids_param
from app.models import Subscription, Task
from app.models.task_json import STORED_FIELDS, TASK_JSON

SQLText = ColumnElement[str]


def sql_literal(text: str) -> SQLText:
    return literal_column("'" + text.replace("'", "''") + "'", Text)


def concat(parts: Sequence[SQLText]) -> SQLText:
    expression = parts[0]
    for part in parts[1:]:
        expression = expression + part
    return expression


class TaskTextReader:
    """The tasks of a chunk of entities as one JSON array text per entity (of lists or dicts)."""

    def __init__(self, kind: Any, scope: Any, compact: bool):
        self.kind = kind
        self.scope = scope
        self.compact = compact
        self.tasks: Prepared | None = None

    @staticmethod
    def supports(kind: Any) -> bool:
        return all(name in STORED_FIELDS or name == "is_subscribed" for name in kind.task_fields)

    async def prepare(self, db: Any) -> None:
        """Build the chunk statement, with the caller's subscriptions (few) bound as a list:
        cheaper than joining the subscription table to every task of the board."""
        subscribed: list[Any] = []
        if "is_subscribed" in self.kind.task_fields and self.kind.subscriptions:
            subscribed = [row[0] for row in await db.execute(_subscriptions(self.scope))]
        self.tasks = Prepared(self._query(subscribed), "entity_ids")

    def _query(self, subscribed: list[Any]) -> Any:
        stored = TASK_JSON.c
        flag = _subscribed_flag(subscribed)
        open_, close = ("[", "]") if self.compact else ("{", "}")
        parts: list[SQLText] = []
        text = open_
        for index, name in enumerate(self.kind.task_fields):
            if index:
                text += ","
            if not self.compact:
                text += orjson.dumps(name).decode() + ":"
            parts.append(sql_literal(text))
            text = ""
            parts.append(flag if name == "is_subscribed" else stored[name])
        parts.append(sql_literal(close))
        task = concat(parts)
        if self.compact and self.kind.header_key is not None:
            # Assets and shots: the stored array, the field by field form only as a fallback.
            task = func.coalesce(stored.compact_head + flag + stored.compact_tail, task)
        tasks = func.string_agg(task, aggregate_order_by(sql_literal(","), stored.task_id))
        return (
            select(cast(stored.task_entity_id, Text), sql_literal("[") + tasks + sql_literal("]"))
            .where(in_ids_param(stored.task_entity_id, "entity_ids"))
            .where(*self.kind.task_filter(self.scope, stored.task_id))
            .group_by(stored.task_entity_id)
        )

    async def read(self, db: Any, chunk: Sequence[dict[str, Any]]) -> dict[str, Any]:
        assert self.tasks is not None, "prepare() first"
        rows = await self.tasks.rows(db, [row["_id"] for row in chunk])
        fragment = orjson.Fragment
        return {entity: fragment(tasks) for entity, tasks in rows}


def _subscribed_flag(subscribed: list[Any]) -> SQLText:
    """`true` for the listed tasks (the caller's subscriptions, empty for kinds without them)."""
    if not subscribed:
        return sql_literal("false")
    listed = TASK_JSON.c.task_id == any_(bindparam("subscribed", subscribed, type_=ARRAY(Uuid())))
    return case((listed, sql_literal("true")), else_=sql_literal("false"))


def _subscriptions(scope: Any) -> Any:
    """The ids of the tasks the caller follows, in the listed project when there is one."""
    query = select(Subscription.task_id).where(Subscription.person_id == scope.user_id)
    if scope.project_id is not None:
        query = query.join(Task, Task.id == Subscription.task_id).where(Task.project_id == scope.project_id)
    return query
