"""The with-tasks lists (Zou's `get_*_and_tasks`): every entity of a kind with every task of it,
their assignees, subscription flag and dates, in a few set-based queries.

Entities are read once (the rows are few and small); their tasks, assignee links and the caller's
subscriptions are then read chunk by chunk of entities, so a production of 75,000 tasks is never
held in memory at once: each chunk is formatted and handed to the encoder before the next one is
read. Ids, dates (already in Zou's format) and JSON columns come out of SQL as text, so the
per-task Python work is a list copy and two lookups.

Generic over kinds: `app/areas/boards/kinds.py` describes what each kind selects and how a
row looks (`Kind`); this module runs the queries and assembles rows, compact or as dicts.
"""

import asyncio
import collections
import contextlib
import gc
import uuid
from collections import defaultdict
from collections.abc import AsyncIterator, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import orjson
from sqlalchemy import ColumnElement, exists, func, null, select
from sqlalchemy.ext.asyncio import AsyncConnection
from sqlalchemy.sql import Select

from app.areas.boards.text import TaskTextReader
from app.auth import access_rules
from app.core.sql import (
    Prepared,
    datetime_text,
    fetch_dicts,
    in_ids,
    in_ids_param,
    is_postgres,
    json_text,
    uuid_text,
)
from app.models import Entity, Subscription, Task, TaskPersonLink

# Entities per round of task queries: bounds memory to a few thousand tasks at a time.
CHUNK_ENTITIES = 500
_gc_pauses = 0
_gc_resume = False


@contextlib.contextmanager
def paused_gc() -> Iterator[None]:
    """Hold the cyclic garbage collector while tens of thousands of task rows are built.

    The rows are tuples, lists and strings without cycles, so its passes find nothing, but the
    allocations trigger them over and over: a third of the time of a big list went there.
    Nested and concurrent pauses are counted; the collector resumes after the last one.
    """
    global _gc_pauses, _gc_resume
    if _gc_pauses == 0:
        _gc_resume = gc.isenabled()
        gc.disable()
    _gc_pauses += 1
    try:
        yield
    finally:
        _gc_pauses -= 1
        if _gc_pauses == 0 and _gc_resume:
            gc.enable()


@dataclass
class Scope:
    """The resolved criteria of one with-tasks request."""

    user_id: uuid.UUID
    project_id: uuid.UUID | None = None
    entity_id: uuid.UUID | None = None  # the `id` criterion (one entity, e.g. the full shot)
    episode_id: str | None = None  # a uuid string, or Zou's "all" / "main" pseudo-episodes
    # Vendors only reach entities holding a task assigned to them, and only those tasks.
    assigned_to: uuid.UUID | None = None
    vendor_departments: list[uuid.UUID] | None = None
    # Non-admins listing assets across projects only see their own projects'.
    project_ids: list[uuid.UUID] | None = None
    extra: dict[str, str] = field(default_factory=dict)


class Kind:
    """What one with-tasks list selects and how its rows look. Subclasses fill the blanks."""

    name: str = ""
    # Compact/stream support (Zou only has it for assets and shots): the header's key.
    header_key: str | None = None
    entity_fields: tuple[str, ...] = ()
    task_fields: tuple[str, ...] = ()
    # Task field values Zou writes as "" instead of null.
    subscriptions: bool = True

    def entity_query(self, scope: Scope) -> Select:
        """Entities, first columns `_id` (uuid), `_key` (text id), `_project` (text), `data`."""
        raise NotImplementedError

    async def extras(self, db: Any, scope: Scope, rows: Sequence[Any]) -> dict[str, Any]:
        """Per-entity data read in one query for all entities (casting episodes, concept links)."""
        return {}

    def entity_values(self, row: dict[str, Any], data: dict[str, Any], extras: dict[str, Any]) -> list[Any]:
        """The values of `entity_fields` for one row, with None where `tasks` goes."""
        raise NotImplementedError

    # --- tasks -----------------------------------------------------------------------------
    def task_columns(self) -> list[ColumnElement[Any]]:
        return [_task_column(name) for name in self.task_fields]

    def task_filter(self, scope: Scope, task_id: Any = Task.id) -> list[ColumnElement[bool]]:
        if scope.assigned_to is None:
            return []
        return [
            task_id.in_(select(TaskPersonLink.task_id).where(TaskPersonLink.person_id == scope.assigned_to))
        ]


def _task_column(name: str) -> ColumnElement[Any]:
    if name in ("is_subscribed", "assignees"):
        return null().label(name)  # filled in Python from their own queries
    column = getattr(Task, name)
    if name == "data":
        return json_text(column).label(name)
    if name == "priority":
        return func.coalesce(column, 0).label(name)
    if name.endswith("_date"):
        return datetime_text(column).label(name)
    if name == "id" or name.endswith("_id"):
        return uuid_text(column).label(name)
    return column.label(name)


def assigned_entity_condition(person_id: uuid.UUID) -> ColumnElement[bool]:
    """The entity holds a task assigned to the person (EXISTS: never multiplies rows)."""
    return exists().where(
        Task.entity_id == Entity.id,
        Task.id.in_(select(TaskPersonLink.task_id).where(TaskPersonLink.person_id == person_id)),
    )


# --- assembly ----------------------------------------------------------------------------------
async def iter_rows(
    db: Any, kind: Kind, scope: Scope, compact: bool = False, helpers: Sequence[AsyncConnection] = ()
) -> AsyncIterator[Any]:
    """Every entity of the kind as a positional list (compact) or a dict, tasks embedded.

    `db` is an AsyncSession or an AsyncConnection: both execute Core statements. On a connection
    of its own (the streamed lists), the next chunks' queries run while this one is written:
    one chunk ahead per connection, `helpers` being more connections on the same snapshot.
    """
    # Plain dicts: a Row's attribute lookups cost more than the rest of an entity's formatting.
    rows = await fetch_dicts(db, kind.entity_query(scope))
    if not rows:
        return
    extras = await kind.extras(db, scope, rows)
    hidden = await _vendor_hidden_fields(db, kind.name, scope, {row["_project"] for row in rows})
    tasks_index = kind.entity_fields.index("tasks")
    chunks = [rows[start : start + CHUNK_ENTITIES] for start in range(0, len(rows), CHUNK_ENTITIES)]
    readers = [db, *helpers] if isinstance(db, AsyncConnection) else []
    reader = task_reader(kind, scope, compact)
    await reader.prepare(db)
    pending: collections.deque[asyncio.Task] = collections.deque()

    def read_ahead(index: int) -> None:
        # Chunk i is read on connection i % n: it starts when chunk i - n, on the same
        # connection, has been taken, so no connection ever runs two queries at once.
        if index < len(chunks):
            pending.append(asyncio.ensure_future(reader.read(readers[index % len(readers)], chunks[index])))

    for index in range(len(readers)):
        read_ahead(index)
    try:
        for index, chunk in enumerate(chunks):
            if readers:
                tasks_by_entity = await pending.popleft()
                read_ahead(index + len(readers))
                await asyncio.sleep(0)  # let it send its query: the database works meanwhile
            else:
                tasks_by_entity = await reader.read(db, chunk)
            for row in chunk:
                data = row["data"] if isinstance(row["data"], dict) else {}
                if hidden:
                    data = {k: v for k, v in data.items() if k not in hidden.get(row["_project"], ())}
                values = kind.entity_values(row, data, extras)
                values[tasks_index] = tasks_by_entity.get(row["_key"], [])
                yield values if compact else dict(zip(kind.entity_fields, values, strict=True))
    finally:
        for read in pending:  # the client went away: drop the reads in flight
            read.cancel()
        for read in pending:
            with contextlib.suppress(BaseException):
                await read


async def collect(db: Any, kind: Kind, scope: Scope) -> list[dict[str, Any]]:
    """The list at once (single-entity reads, small lists)."""
    return [row async for row in iter_rows(db, kind, scope)]


def task_reader(kind: Kind, scope: Scope, compact: bool) -> Any:
    """PostgreSQL joins the tasks' stored JSON itself (`with_tasks_text`); other databases read rows."""
    if text_tasks_enabled() and TaskTextReader.supports(kind):
        return TaskTextReader(kind, scope, compact)
    return TaskReader(kind, scope, compact)


def text_tasks_enabled() -> bool:
    return is_postgres()


def _task_filter(kind: Kind, scope: Scope) -> list[ColumnElement[bool]]:
    return [in_ids_param(Task.entity_id, "entity_ids"), *kind.task_filter(scope)]


def _links_query(kind: Kind, scope: Scope) -> Prepared | None:
    """(task id, person id) of the assignments of a chunk's tasks, in person order."""
    if "assignees" not in kind.task_fields:
        return None
    links = (
        select(uuid_text(TaskPersonLink.task_id), uuid_text(TaskPersonLink.person_id))
        .join(Task, Task.id == TaskPersonLink.task_id)
        .where(*_task_filter(kind, scope))
        .order_by(TaskPersonLink.person_id)
    )
    return Prepared(links, "entity_ids")


class TaskReader:
    """The three reads of a chunk of entities (tasks, their assignee links, the caller's
    subscriptions), built once per list; each chunk only binds its entity ids."""

    def __init__(self, kind: Kind, scope: Scope, compact: bool):
        self.kind = kind
        self.compact = compact
        fields = kind.task_fields
        task_filter = _task_filter(kind, scope)
        columns = kind.task_columns()
        if "entity_id" not in fields:
            columns.append(uuid_text(Task.entity_id).label("_entity"))
        self.tasks = Prepared(select(*columns).where(*task_filter).order_by(Task.id), "entity_ids")
        self.links = _links_query(kind, scope)
        self.subscriptions: Prepared | None = None
        if "is_subscribed" in fields and kind.subscriptions:
            subscriptions = (
                select(uuid_text(Subscription.task_id))
                .join(Task, Task.id == Subscription.task_id)
                .where(Subscription.person_id == scope.user_id, *task_filter)
            )
            self.subscriptions = Prepared(subscriptions, "entity_ids")

    async def prepare(self, db: Any) -> None:
        """Nothing to read ahead: the statements are built."""

    async def read(self, db: Any, chunk: Sequence[dict[str, Any]]) -> dict[str, list[Any]]:
        """The tasks of some entities with assignees and subscription flags, grouped by entity."""
        entity_ids = [row["_id"] for row in chunk]
        with paused_gc():
            task_rows = await self.tasks.rows(db, entity_ids)
            if not task_rows:
                return {}
            assignees: dict[str, list[str]] = {}
            if self.links is not None:
                for task_id, person_id in await self.links.rows(db, entity_ids):
                    assignees.setdefault(task_id, []).append(person_id)
            subscribed: set[str] = set()
            if self.subscriptions is not None:
                subscribed = {row[0] for row in await self.subscriptions.rows(db, entity_ids)}
            return _group_tasks(task_rows, self.kind.task_fields, assignees, subscribed, self.compact)


def _group_tasks(
    task_rows: Sequence[Any],
    fields: tuple[str, ...],
    assignees: dict[str, list[str]],
    subscribed: set[str],
    compact: bool,
) -> dict[str, list[Any]]:
    """Task rows as lists (or dicts) grouped by entity; the per-row work is kept minimal: this
    loop runs once per task of the production."""
    i_sub = fields.index("is_subscribed") if "is_subscribed" in fields else None
    i_assignees = fields.index("assignees") if "assignees" in fields else None
    i_data = fields.index("data") if "data" in fields else None
    i_entity = fields.index("entity_id") if "entity_id" in fields else None
    fragment = orjson.Fragment
    no_one: tuple[str, ...] = ()  # shared and immutable: written `[]`
    get_assignees = assignees.get
    grouped: defaultdict[str, list[Any]] = defaultdict(list)
    for row in task_rows:
        values = list(row)
        entity_key = values.pop() if i_entity is None else values[i_entity]
        if i_sub is not None:
            values[i_sub] = values[0] in subscribed
        if i_assignees is not None:
            values[i_assignees] = get_assignees(values[0], no_one)
        if i_data is not None and values[i_data] is not None:
            values[i_data] = fragment(values[i_data])
        grouped[entity_key].append(values if compact else dict(zip(fields, values, strict=True)))
    return grouped


async def _vendor_hidden_fields(
    db: Any, kind_name: str, scope: Scope, project_keys: set[str]
) -> dict[str, set[str]]:
    """Metadata a vendor may not see, by project key (text): descriptors held by departments that
    are not theirs."""
    if scope.vendor_departments is None or not project_keys:
        return {}
    projects = [uuid.UUID(key) for key in project_keys]
    hidden = await access_rules.hidden_metadata_fields(db, set(scope.vendor_departments), kind_name, projects)
    return {str(project_id): fields for project_id, fields in hidden.items()}


def entity_conditions(
    scope: Scope, type_condition: ColumnElement[bool], assigned_entities: bool = True
) -> list[ColumnElement[bool]]:
    """Filters shared by every kind: its type, one id, one project (or the caller's projects), and
    for vendors the entities holding one of their tasks (kinds with their own rule pass False)."""
    conditions = [type_condition]
    if scope.entity_id is not None:
        conditions.append(Entity.id == scope.entity_id)
    if scope.project_id is not None:
        conditions.append(Entity.project_id == scope.project_id)
    elif scope.project_ids is not None:
        conditions.append(in_ids(Entity.project_id, scope.project_ids))
    if scope.assigned_to is not None and assigned_entities:
        conditions.append(assigned_entity_condition(scope.assigned_to))
    return conditions
