"""How the with-tasks lists leave the server: streamed bodies (NDJSON, compact JSON object or plain
JSON array) built while the rows are read, and the conditional-GET validator (ETag).

The body is produced after the request's unit of work has ended, so it reads through a
connection of its own, in one read transaction (a consistent snapshot on PostgreSQL), and gives it
back as soon as the last row is written or the client goes away.
"""

import contextlib
import hashlib
import uuid
from collections.abc import AsyncIterator
from typing import Any

from sqlalchemy import func, select, text, true
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession
from starlette.responses import Response, StreamingResponse

from app.areas.boards.service import Kind, Scope, iter_rows, paused_gc
from app.core.config import get_settings
from app.core.db import get_engine
from app.core.serialize import dumps
from app.core.sql import is_postgres
from app.models import Entity, EntityType, Project, Subscription, Task

NDJSON = "application/x-ndjson"
# Bytes gathered before a write: few socket writes, a bounded buffer.
FLUSH_BYTES = 256 * 1024
CACHE_CONTROL = "private, no-cache"
# For the boards' transactions: the rows they read are in memory, where a random page costs
# about what a sequential one does.
SSD_PAGE_COST = "SET LOCAL random_page_cost = 1.1"
# Connections a board reads its chunks on (PostgreSQL): two keep both cores of a small server
# busy; each beyond the first is taken only while the pool has one more to spare.
READ_CONNECTIONS = 2


async def stream_rows(kind: Kind, scope: Scope, compact: bool) -> AsyncIterator[Any]:
    engine = get_engine()
    async with engine.connect() as connection, contextlib.AsyncExitStack() as helpers:
        if is_postgres():
            connection = await connection.execution_options(isolation_level="REPEATABLE READ")
        async with connection.begin():
            readers = []
            if is_postgres():
                await _prepare(connection)
                for _ in range(min(READ_CONNECTIONS - 1, _spare_connections(engine) - 1)):
                    readers.append(await helpers.enter_async_context(_helper(engine, connection)))
            # One collector pause for the whole list rather than one per chunk: resuming it
            # after each chunk cost a pass over every row built so far.
            with paused_gc():
                async for row in iter_rows(connection, kind, scope, compact, readers):
                    yield row


async def _prepare(connection: AsyncConnection) -> None:
    # The chunk statements are prepared once and run many times: PostgreSQL would switch to a
    # generic plan after five runs, two to three times slower for an id list (plans per list
    # are cheap next to the rows they read).
    await connection.exec_driver_sql("SET LOCAL plan_cache_mode = force_custom_plan")
    # The tasks of a chunk of entities are scattered over the whole task_json table (they were
    # written task type after task type): read through the index, not by scanning the table
    # for each chunk, which the default cost of a random page (4, a spinning disk's) prefers.
    await connection.exec_driver_sql(SSD_PAGE_COST)


def _spare_connections(engine: Any) -> int:
    settings = get_settings()
    return settings.db_pool_size + settings.db_max_overflow - engine.pool.checkedout()


@contextlib.asynccontextmanager
async def _helper(engine: Any, connection: AsyncConnection) -> AsyncIterator[AsyncConnection]:
    """A second connection reading the same snapshot, so PostgreSQL works the chunks on two
    cores: the task texts are most of a big board's time. Only taken while the pool has
    connections to spare, so boards never wait on each other for it."""
    snapshot = (await connection.exec_driver_sql("SELECT pg_export_snapshot()")).scalar_one()
    async with engine.connect() as helper:
        helper = await helper.execution_options(isolation_level="REPEATABLE READ")
        async with helper.begin():
            await helper.exec_driver_sql(f"SET TRANSACTION SNAPSHOT '{snapshot}'")
            await _prepare(helper)
            yield helper


async def _lines(rows: AsyncIterator[Any], head: bytes) -> AsyncIterator[bytes]:
    """NDJSON: the header line, then one line per row, each ended by a newline."""
    buffer = bytearray(head)
    async for row in rows:
        buffer += dumps(row)
        buffer += b"\n"
        if len(buffer) >= FLUSH_BYTES:
            yield bytes(buffer)
            buffer.clear()
    yield bytes(buffer)


async def _framed(
    rows: AsyncIterator[Any], start: bytes, separator: bytes, end: bytes
) -> AsyncIterator[bytes]:
    """One JSON document written piece by piece: `start`, rows joined by `separator`, `end`."""
    buffer = bytearray(start)
    first = True
    async for row in rows:
        if not first:
            buffer += separator
        first = False
        buffer += dumps(row)
        if len(buffer) >= FLUSH_BYTES:
            yield bytes(buffer)
            buffer.clear()
    buffer += end
    yield bytes(buffer)


def header_of(kind: Kind, compact: bool) -> dict[str, Any]:
    header: dict[str, Any] = {"compact": compact}
    if compact and kind.header_key:
        header[kind.header_key] = list(kind.entity_fields)
        header["task_fields"] = list(kind.task_fields)
    return header


def rows_response(kind: Kind, scope: Scope, stream: bool, compact: bool, headers: dict[str, str]) -> Response:
    """Zou's three forms: NDJSON (header line, then a row per line), the header object with a
    `rows` array, or a bare array of dicts."""
    compact = compact and kind.header_key is not None
    stream = stream and kind.header_key is not None
    rows = stream_rows(kind, scope, compact)
    if stream:
        head = dumps(header_of(kind, compact)) + b"\n"
        return StreamingResponse(_lines(rows, head), media_type=NDJSON, headers=headers)
    if compact:
        head = dumps(header_of(kind, compact))[:-1] + b',"rows":['
        body = _framed(rows, head, b",", b"]}")
    else:
        body = _framed(rows, b"[", b",", b"]")
    return StreamingResponse(body, media_type="application/json", headers=headers)


# --- conditional GET -------------------------------------------------------------------------------
async def board_fingerprint(session: AsyncSession, project_id: uuid.UUID, user_id: uuid.UUID) -> str:
    """Cheap change signal covering what the lists embed (Zou's get_project_board_fingerprint):
    the project's entities and tasks, entity type names, the project row and the caller's
    subscriptions. One statement of a few aggregates. Assigning, commenting or publishing saves
    the task row (its `updated_at`), so the task aggregate covers those too."""
    entities = (
        select(func.max(Entity.updated_at).label("m"), func.count().label("n"))
        .where(Entity.project_id == project_id)
        .subquery()
    )
    tasks = (
        select(func.max(Task.updated_at).label("m"), func.count().label("n"))
        .where(Task.project_id == project_id)
        .subquery()
    )
    types = select(func.max(EntityType.updated_at).label("m"), func.count().label("n")).subquery()
    subscriptions = (
        select(func.max(Subscription.updated_at).label("m"), func.count().label("n"))
        .where(Subscription.person_id == user_id)
        .subquery()
    )
    project = select(func.max(Project.updated_at).label("m")).where(Project.id == project_id).subquery()
    query = (
        select(
            entities.c.m,
            entities.c.n,
            tasks.c.m,
            tasks.c.n,
            types.c.m,
            types.c.n,
            subscriptions.c.m,
            subscriptions.c.n,
            project.c.m,
        )  # fmt: skip
        .select_from(entities)
        .join(tasks, true())
        .join(types, true())
        .join(subscriptions, true())
        .join(project, true())
    )
    if is_postgres():
        # Count and latest update of a project's tasks from ix_task_project_updated alone: at
        # the default cost of a random page PostgreSQL scans the whole task table instead.
        await session.execute(text(SSD_PAGE_COST))
    row = (await session.execute(query)).one()
    return "|".join(str(value) for value in row)


def build_etag(*parts: Any) -> str:
    return hashlib.sha256("|".join(str(part) for part in parts).encode()).hexdigest()


def matches(if_none_match: str | None, etag: str) -> bool:
    """If-None-Match holds our tag (strong or weak form, or `*`)."""
    if not if_none_match:
        return False
    for candidate in if_none_match.split(","):
        value = candidate.strip()
        if value.startswith("W/"):
            value = value[2:]
        if value == "*" or value.strip('"') == etag:
            return True
    return False


def cache_headers(etag: str | None) -> dict[str, str]:
    if etag is None:
        return {}
    return {"ETag": f'"{etag}"', "Cache-Control": CACHE_CONTROL}


def not_modified(etag: str) -> Response:
    return Response(status_code=304, headers=cache_headers(etag))
