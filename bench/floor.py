"""The floor: the same reads and writes through raw asyncpg + orjson, with no framework at all.

What the API could at best do for the same answer: one query (two for a task and its assignees),
rows to dicts with Zou's "type" key, orjson. The gap to the API is the framework's cost.
"""

import asyncio
import uuid
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import Any

import asyncpg
import bcrypt
import orjson

from bench.load import Outcome

FloorOp = Callable[[asyncpg.Connection, int], Awaitable[Outcome]]


def dumps(content: Any) -> bytes:
    # default=str: asyncpg's UUID subclass is not orjson's native uuid.UUID.
    return orjson.dumps(content, default=str, option=orjson.OPT_OMIT_MICROSECONDS)


def typed(record: asyncpg.Record, type_name: str) -> dict[str, Any]:
    row = dict(record)
    row["type"] = type_name
    return row


async def columns(conn: asyncpg.Connection, table: str) -> str:
    names = await conn.fetch(
        "SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' "
        "AND table_name = $1 ORDER BY ordinal_position",
        table,
    )
    return ", ".join(f'"{r["column_name"]}"' for r in names)


def list_rows(sql: str, type_name: str, *args: Any) -> FloorOp:
    async def op(conn: asyncpg.Connection, _n: int) -> Outcome:
        rows = [typed(r, type_name) for r in await conn.fetch(sql, *args)]
        return True, len(dumps(rows)), ""

    return op


def get_task(task_columns: str, ids: list[uuid.UUID]) -> FloorOp:
    one = f"SELECT {task_columns} FROM task WHERE id = $1"
    assignees = "SELECT person_id FROM task_person_link WHERE task_id = $1"

    async def op(conn: asyncpg.Connection, n: int) -> Outcome:
        task_id = ids[n % len(ids)]
        row = typed(await conn.fetchrow(one, task_id), "Task")
        row["assignees"] = [r[0] for r in await conn.fetch(assignees, task_id)]
        return True, len(dumps(row)), ""

    return op


def login(email: str, password: str) -> FloorOp:
    query = "SELECT * FROM person WHERE lower(email) = lower($1) AND is_bot IS NOT TRUE LIMIT 1"

    async def op(conn: asyncpg.Connection, _n: int) -> Outcome:
        person = await conn.fetchrow(query, email)
        # Off the event loop, as the API does: bcrypt is the whole cost of a log-in.
        ok = await asyncio.to_thread(bcrypt.checkpw, password.encode(), bytes(person["password"]))
        user = {k: v for k, v in typed(person, "Person").items() if k != "password"}
        return ok, len(dumps({"user": user, "login": ok})), ""

    return op


def create_task(
    project_id: uuid.UUID, entities: list[uuid.UUID], task_types: list[uuid.UUID], status_id: uuid.UUID
) -> FloorOp:
    sql = (
        "INSERT INTO task (id, created_at, updated_at, name, priority, difficulty, duration, estimation, "
        "completion_rate, retake_count, sort_order, nb_assets_ready, nb_drawings, project_id, entity_id, "
        "task_type_id, task_status_id) VALUES ($1, $2, $2, $3, 0, 3, 0, 0, 0, 0, 0, 0, 0, $4, $5, $6, $7) "
        "RETURNING *"
    )

    async def op(conn: asyncpg.Connection, n: int) -> Outcome:
        now = datetime.now(UTC).replace(tzinfo=None)
        entity, task_type = entities[n % len(entities)], task_types[n % len(task_types)]
        row = await conn.fetchrow(
            sql, uuid.uuid4(), now, f"floor-{n}", project_id, entity, task_type, status_id
        )
        return True, len(dumps(typed(row, "Task"))), ""

    return op


def update_task(ids: list[uuid.UUID]) -> FloorOp:
    sql = "UPDATE task SET priority = $1, updated_at = $2 WHERE id = $3 RETURNING *"

    async def op(conn: asyncpg.Connection, n: int) -> Outcome:
        now = datetime.now(UTC).replace(tzinfo=None)
        row = await conn.fetchrow(sql, n, now, ids[n % len(ids)])
        return True, len(dumps(typed(row, "Task"))), ""

    return op


# The boards' floor: the entities, their tasks, assignees and the caller's subscriptions in four
# plain queries, grouped in Python, one compact NDJSON line per entity (what Kitsu reads).
_BOARD_ENTITY = (
    "SELECT e.id::text, e.name, e.description, e.entity_type_id::text, e.parent_id::text, "
    "e.preview_file_id::text, e.canceled, e.data "
    "FROM entity e JOIN entity_type et ON et.id = e.entity_type_id "
    "WHERE e.project_id = $1 AND {condition} ORDER BY et.name, e.name, e.id"
)
ASSETS = _BOARD_ENTITY.format(
    condition="et.name NOT IN ('Episode', 'Sequence', 'Shot', 'Scene', 'Edit', 'Concept', 'ConceptFolder')"
)
SHOTS = _BOARD_ENTITY.format(condition="et.name = 'Shot'")
_BOARD_TASKS = (
    "SELECT t.id::text, t.due_date, t.done_date, t.duration, t.entity_id::text, t.estimation, t.end_date, "
    "false, t.last_comment_date, t.last_preview_file_id::text, t.priority, t.real_start_date, "
    "t.retake_count, "
    "t.start_date, t.difficulty, t.task_status_id::text, t.task_type_id::text, NULL, t.data::text "
    "FROM task t WHERE t.entity_id = ANY($1::uuid[])"
)
_BOARD_LINKS = (
    "SELECT l.task_id::text, l.person_id::text FROM task_person_link l JOIN task t ON t.id = l.task_id "
    "WHERE t.entity_id = ANY($1::uuid[])"
)
_BOARD_SUBSCRIPTIONS = "SELECT task_id::text FROM subscription WHERE person_id = $1 AND task_id IS NOT NULL"


def board(entities_sql: str, project_id: uuid.UUID, person_id: uuid.UUID) -> FloorOp:
    async def op(conn: asyncpg.Connection, _n: int) -> Outcome:
        entities = await conn.fetch(entities_sql, project_id)
        ids = [row[0] for row in entities]
        tasks = await conn.fetch(_BOARD_TASKS, ids)
        people: dict[str, list[str]] = {}
        for task_id, person in await conn.fetch(_BOARD_LINKS, ids):
            people.setdefault(task_id, []).append(person)
        subscribed = {row[0] for row in await conn.fetch(_BOARD_SUBSCRIPTIONS, person_id)}
        grouped: dict[str, list[list[Any]]] = {}
        for row in tasks:
            values = list(row)
            values[7] = values[0] in subscribed
            values[17] = people.get(values[0], [])
            if values[18] is not None:
                values[18] = orjson.Fragment(values[18])
            grouped.setdefault(values[4], []).append(values)
        size = 0
        for row in entities:
            size += len(dumps([*row, grouped.get(row[0], [])])) + 1
        return True, size, ""

    return op
