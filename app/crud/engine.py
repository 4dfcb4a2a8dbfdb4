"""The one engine behind every `/data/<collection>`: list, get, create, update, delete.

Rows go from SQL to plain dicts to orjson; per-collection behaviour lives in hooks.
"""

import logging
import math
import uuid
from collections import defaultdict
from collections.abc import AsyncIterator
from contextlib import suppress
from datetime import datetime
from typing import Any

from sqlalchemy import (
    Column,
    Select,
    String,
    any_,
    bindparam,
    cast,
    delete,
    func,
    insert,
    literal_column,
    select,
)
from sqlalchemy.dialects.postgresql import ARRAY, aggregate_order_by
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.types import Uuid
from sqlmodel import SQLModel
from starlette.responses import Response

from app import events
from app.core.config import get_settings
from app.core.db import fetch_rows, needs_commit, open_cursor
from app.core.errors import ZouError, bad_request, not_found
from app.core.ids import as_uuid, parse_id
from app.core.requests import page_limit
from app.core.serialize import JSONArrayStream, json_response
from app.crud import integrity
from app.crud.coerce import INVALID_FORMAT, coerce_body
from app.crud.columns import ModelInfo, model_for_table, model_info
from app.crud.filters import apply_filters
from app.crud.hooks import GET, LIST, WRITE, CrudContext, CrudHooks
from app.models.base import utcnow

log = logging.getLogger("app.crud")
ALWAYS_PROTECTED = frozenset({"id", "created_at", "updated_at"})
IN_CHUNK = 5000
# Lists of these tables are streamed (see `list_response`): they grow with the production.
STREAMED_TABLES = frozenset(
    {"task", "entity", "comment", "notification", "api_event", "time_spent", "preview_file",
     "working_file", "output_file", "attachment_file", "subscription", "entity_link",
     "asset_instance", "chat_message", "schedule_item", "day_off", "news"}
)  # fmt: skip
# Rows per cursor fetch: each chunk in flight holds its records, dicts and JSON (~10 KB a task row);
# 250 rather than 500 takes ~3 MB off a worker's peak at two concurrent lists, same CPU per row.
STREAM_CHUNK = 250
RELATION_LABEL = "relation__"
# Module-level alias: inside the class, `list` is the list operation.
Rows = list[dict[str, Any]]
IdLists = dict[str, list[Any]]


def _int_param(params: dict[str, str], name: str, default: int) -> int:
    """Zou's get_integer_parameter: absent is the default; anything `int()` refuses, even empty, 400."""
    raw = params.get(name)
    if raw is None:
        return default
    try:
        return int(raw)
    except ValueError as exc:
        raise bad_request(f"{name} must be an integer.") from exc


class CrudEngine:
    def __init__(self, model: type[SQLModel], hooks_class: type[CrudHooks] = CrudHooks):
        self.model = model
        self.info: ModelInfo = model_info(model)
        self.hooks = hooks_class(self.info)
        self.table = model.__table__  # type: ignore[attr-defined]
        self.type_name = self.hooks.type_name or model.__name__
        self.has_type_column = "type" in self.table.c
        self._columns: dict[Any, list[Any]] = {}
        self._selects: dict[tuple[frozenset[str], bool], Select] = {}
        # `type` last, as in `columns()`; link tables with a composite key may hold an id twice.
        self._by_id = select(*self.columns(frozenset())).where(self.table.c.id == bindparam("id")).limit(1)
        self._by_id_with_relations = self._by_id.add_columns(
            *(self._relation_ids(name).label(RELATION_LABEL + name) for name in self.info.relations)
        )
        # PostgreSQL: every relation of a batch of rows in one query (see `attach_relations`).
        self._relations_by_ids = select(
            self.table.c.id, *(self._relation_ids(name, stored_order=True) for name in self.info.relations)
        ).where(self.table.c.id == any_(bindparam("ids", type_=ARRAY(Uuid()))))
        self.order_by = [
            self.table.c[name].desc() for name in ("updated_at", "created_at") if name in self.table.c
        ] + [self.table.c[name] for name in ("id",) if name in self.table.c]

    # --- serialisation -------------------------------------------------------------------
    def columns(self, hidden: frozenset[str]) -> list[Column]:
        """The selected columns; a real `type` column last, where `_typed` used to move it."""
        columns = self._columns.get(hidden)
        if columns is None:
            columns = [c for c in self.table.columns if c.name not in hidden and c.name != "type"]
            if self.has_type_column and "type" not in hidden:
                columns.append(self.table.c.type)
            self._columns[hidden] = columns
        return columns

    def _typed(self, row: dict[str, Any]) -> dict[str, Any]:
        if self.has_type_column and "type" in row:
            row[self.hooks.type_column_key] = row.pop("type")
        row["type"] = self.type_name
        return row

    def instance_dict(self, instance: SQLModel) -> dict[str, Any]:
        """Every column of the row: what permission hooks look at, never sent as is."""
        return self._typed({c.name: getattr(instance, c.key) for c in self.table.columns})

    def _hide(self, row: dict[str, Any], hidden: frozenset[str]) -> dict[str, Any]:
        for name in hidden:
            row.pop(name, None)
        return row

    def _dicts(self, keys: list[str], records) -> Rows:
        """Rows as dicts with Zou's `type` key (a real `type` column renamed, as `_typed` does)."""
        if self.has_type_column:
            keys = [self.hooks.type_column_key if key == "type" else key for key in keys]
        type_name, rows = self.type_name, []
        append = rows.append
        for values in records:
            row = dict(zip(keys, values, strict=True))
            row["type"] = type_name
            append(row)
        return rows

    async def _rows(self, session: AsyncSession, query) -> Rows:
        keys, records = await self._execute_filtered(session, query)
        return self._dicts(keys, records)

    async def _execute_filtered(self, session: AsyncSession, query):
        """A filter value the database cannot take (an integer out of range) is the caller's error."""
        try:
            return await fetch_rows(session, query)
        except DBAPIError as exc:
            if integrity.is_constraint_error(exc):
                raise bad_request("One of the value of the filter has not the proper format.") from exc
            raise

    def _relation_ids(self, name: str, stored_order: bool = False):
        """`(SELECT array_agg(other) FROM link WHERE own = <table>.id)`: a relation's id list;
        with `stored_order`, in the link table's physical order, which is what reading the links
        of a few rows by their own column gives (as `attach_relations` did one query each)."""
        relation = self.info.relations[name]
        link = self.table.metadata.tables[relation.link_table]
        own, other = link.c[relation.own_column], link.c[relation.other_column]
        ids = func.array_agg(aggregate_order_by(other, literal_column("ctid")) if stored_order else other)
        return select(ids).where(own == self.table.c.id).scalar_subquery()

    async def attach_relations(self, session: AsyncSession, rows: Rows) -> None:
        if not rows or not self.info.relations:
            return
        ids = [row["id"] for row in rows]
        if session.bind.dialect.name == "postgresql":
            await self._attach_relations_at_once(session, rows, ids)
            return
        for name, relation in self.info.relations.items():
            link = self.table.metadata.tables[relation.link_table]
            own, other = link.c[relation.own_column], link.c[relation.other_column]
            grouped: dict[Any, list[Any]] = defaultdict(list)
            for start in range(0, len(ids), IN_CHUNK):
                query = select(own, other).where(own.in_(ids[start : start + IN_CHUNK]))
                for own_id, other_id in (await fetch_rows(session, query))[1]:
                    grouped[own_id].append(other_id)
            for row in rows:
                row[name] = grouped.get(row["id"], [])

    async def _attach_relations_at_once(self, session: AsyncSession, rows: Rows, ids: list[Any]) -> None:
        """One query a batch for all the relations (an `array_agg` each), not one a relation:
        round trips were most of a short list's time (a project's six)."""
        found: dict[Any, Any] = {}
        for start in range(0, len(ids), IN_CHUNK):
            _keys, records = await fetch_rows(
                session, self._relations_by_ids, {"ids": ids[start : start + IN_CHUNK]}
            )
            found.update((record[0], record) for record in records)
        names = list(self.info.relations)
        for row in rows:
            record = found.get(row["id"])
            for position, name in enumerate(names, 1):
                row[name] = (record[position] if record is not None else None) or []

    async def attach_scalar_relations(self, session: AsyncSession, rows: Rows) -> None:
        """Zou always nests many-to-one backrefs (an attachment's `comment`, an output's `source_file`)."""
        for name, (column_name, target_table) in self.info.scalar_relations.items():
            target = self.table.metadata.tables[target_table]
            type_name = model_for_table(target_table).__name__
            wanted = list({row[column_name] for row in rows if row.get(column_name) is not None})
            found: dict[Any, dict[str, Any]] = {}
            for start in range(0, len(wanted), IN_CHUNK):
                query = select(target).where(target.c.id.in_(wanted[start : start + IN_CHUNK]))
                result = await session.execute(query)
                keys = list(result.keys())
                for values in result.all():
                    nested = dict(zip(keys, values, strict=True))
                    nested["type"] = type_name
                    found[nested["id"]] = nested
            for row in rows:
                row[name] = found.get(row.get(column_name))

    async def _finish(self, ctx: CrudContext, rows: Rows, purpose: str, relations: bool) -> Rows:
        if relations:
            await self.attach_relations(ctx.session, rows)
        if self.info.scalar_relations and rows:
            await self.attach_scalar_relations(ctx.session, rows)
        if self.hooks.needs_present:
            rows = await self.hooks.present_rows(ctx, rows, purpose)
        return rows

    async def _finish_one(self, ctx: CrudContext, row: dict[str, Any], purpose: str) -> dict[str, Any]:
        self._hide(row, self.hooks.hidden_columns(ctx, purpose))
        return (await self._finish(ctx, [row], purpose, relations=False))[0]

    # --- operations ------------------------------------------------------------------
    def text_uuid_columns(self, hidden: frozenset[str]) -> list[Any]:
        """`columns()`, with the UUIDs rendered as text by PostgreSQL (`CAST(id AS VARCHAR)`):
        the very string orjson would write, without a UUID object per value nor a `default`
        call to serialise it (12,000 of each for 2,000 tasks). For rows sent as they are."""
        key = (hidden, "text")
        columns = self._columns.get(key)
        if columns is None:
            columns = [
                cast(c, String).label(c.name) if self.info.columns[c.name].kind == "uuid" else c
                for c in self.columns(hidden)
            ]
            self._columns[key] = columns
        return columns

    def _select(self, hidden: frozenset[str], text_uuids: bool) -> Select:
        """The list's base SELECT, built once: an unchanged statement object keeps its SQL cache
        key (SQLAlchemy memoises it per object; ~80 µs to compute for 30 columns)."""
        key = (hidden, text_uuids)
        query = self._selects.get(key)
        if query is None:
            query = select(*(self.text_uuid_columns(hidden) if text_uuids else self.columns(hidden)))
            self._selects[key] = query
        return query

    async def _list_query(self, ctx: CrudContext) -> tuple[Select, int, bool]:
        """The list's query (filters, permissions), its `page` (-1: all rows) and `relations`."""
        hooks = self.hooks
        if not hooks.reads_query_string:
            ctx.params = {}
        params = ctx.params
        await hooks.check_read_list(ctx)
        hidden = hooks.hidden_columns(ctx, LIST)
        relations = hooks.always_relations or ctx.flag("relations")
        # Rows read as they are sent (no hook nor relation looks at their ids) get text UUIDs.
        plain = not (relations or self.info.scalar_relations or hooks.needs_present)
        query = self._select(hidden, plain and ctx.session.bind.dialect.name == "postgresql")
        if params:
            query = apply_filters(ctx, hooks, self.info, self.table, query, params)
        query = await hooks.filter_list(ctx, query)
        page = _int_param(params, "page", -1)
        if page == -1 and not params and hooks.unfiltered_list_limit:
            query = query.limit(hooks.unfiltered_list_limit)
        return query, page, relations

    async def list(self, ctx: CrudContext) -> Any:
        query, page, relations = await self._list_query(ctx)
        if page > -1:
            return await self._page(ctx, query, page, relations)
        rows = await self._rows(ctx.session, query)
        return self._pick_fields(ctx, await self._finish(ctx, rows, LIST, relations))

    async def _page(self, ctx: CrudContext, query: Select, page: int, relations: bool) -> dict[str, Any]:
        limit = _int_param(ctx.params, "limit", 0) or get_settings().nb_records_per_page
        if limit < 1:
            raise bad_request("limit must be a positive integer.")
        limit = page_limit(limit)
        count = select(func.count()).select_from(query.order_by(None).subquery())
        total = (await self._execute_filtered(ctx.session, count))[1][0][0]
        offset = (page - 1) * limit
        rows: Rows = []
        if page >= 1 and offset < total:
            rows = await self._rows(ctx.session, query.order_by(*self.order_by).limit(limit).offset(offset))
        rows = self._pick_fields(ctx, await self._finish(ctx, rows, LIST, relations))
        return {
            "data": rows,
            "total": total,
            "nb_pages": math.ceil(total / limit),
            "limit": limit,
            "offset": offset,
            "page": page,
        }

    async def list_response(self, ctx: CrudContext) -> Response:
        """The list as a response: on PostgreSQL, the collections that grow with a production are
        read through a cursor, STREAM_CHUNK rows at a time, and sent as they come (bounded
        memory, whatever the length); a list that fits in one chunk is answered at once."""
        query, page, relations = await self._list_query(ctx)
        if page > -1:
            return json_response(await self._page(ctx, query, page, relations))
        if self.info.table_name not in STREAMED_TABLES or self.hooks.needs_present:
            rows = await self._rows(ctx.session, query)
            return json_response(self._pick_fields(ctx, await self._finish(ctx, rows, LIST, relations)))
        session = ctx.session
        cursor = None
        if not await needs_commit(session):  # a cursor lives in a transaction: only over reads
            try:
                cursor = await open_cursor(session, query)
                records = await cursor.fetch(STREAM_CHUNK) if cursor is not None else None
            except Exception:  # noqa: BLE001 - re-run below, to fail (or not) the usual way
                with suppress(Exception):
                    await session.rollback()
                cursor = None
        if cursor is None:
            rows = await self._rows(session, query)
            return json_response(self._pick_fields(ctx, await self._finish(ctx, rows, LIST, relations)))
        keys = list(records[0].keys()) if records else []

        async def chunk(records) -> Rows:
            rows = await self._finish(ctx, self._dicts(keys, records), LIST, relations)
            return self._pick_fields(ctx, rows)

        first = await chunk(records)
        if len(records) < STREAM_CHUNK:
            return json_response(first)

        async def rest() -> AsyncIterator[Rows]:
            while records := await cursor.fetch(STREAM_CHUNK):
                yield await chunk(records)

        return JSONArrayStream(first, rest())

    def _pick_fields(self, ctx: CrudContext, rows: Rows) -> Rows:
        fields = ctx.params.get("fields")
        if not fields:
            return rows
        wanted = {f.strip() for f in fields.split(",") if f.strip()} | {"id", "type"}
        return [{k: v for k, v in row.items() if k in wanted} for row in rows]

    async def fetch_instance(self, session: AsyncSession, instance_id: Any) -> SQLModel:
        key = parse_id(instance_id)
        if self.info.composite_key:
            query = select(self.model).where(self.table.c.id == key)
            instance = (await session.execute(query)).scalars().first()
        else:
            instance = await session.get(self.model, key)
        if instance is None:
            raise self.hooks.row_not_found()
        return instance

    async def fetch_row(
        self, session: AsyncSession, instance_id: Any, relations: bool = False
    ) -> tuple[dict[str, Any], IdLists | None]:
        """Every column of a row, as `instance_dict` gives it, read without an ORM instance.

        With `relations`, on PostgreSQL, the relation id lists come in the same query (one
        `array_agg` subquery each, instead of one query each): returned apart, None otherwise.
        """
        combined = relations and self.info.relations and session.bind.dialect.name == "postgresql"
        query = self._by_id_with_relations if combined else self._by_id
        keys, records = await fetch_rows(session, query, {"id": parse_id(instance_id)})
        if not records:
            raise not_found()
        row = self._dicts(keys, records[:1])[0]
        if not combined:
            return row, None
        return row, {name: row.pop(RELATION_LABEL + name) or [] for name in self.info.relations}

    def _malformed_is_unknown(self, instance_id: str, method: str) -> None:
        if method in self.hooks.malformed_id_not_found and as_uuid(instance_id) is None:
            raise not_found()

    async def get(self, ctx: CrudContext, instance_id: str) -> dict[str, Any]:
        self._malformed_is_unknown(instance_id, "GET")
        relations = ctx.flag("relations", default=True)
        result, linked = await self.fetch_row(ctx.session, instance_id, relations)
        await self.hooks.check_read_one(ctx, result)
        self._hide(result, self.hooks.hidden_columns(ctx, GET))
        if linked is not None:
            result.update(linked)  # where `attach_relations` puts them
            relations = False
        result = (await self._finish(ctx, [result], GET, relations))[0]
        return await self.hooks.clean_get_result(ctx, result)

    def require_object(self, body: Any) -> dict[str, Any]:
        if not isinstance(body, dict):
            raise self.hooks.not_an_object()
        return body

    async def create(self, ctx: CrudContext, body: Any) -> dict[str, Any]:
        data = self.require_object(body)
        hooks = self.hooks
        missing = hooks.missing_key(data)
        if missing is not None:
            raise missing
        await hooks.check_create(ctx, data)
        unknown = [k for k in data if k not in self.info.columns and k not in self.info.relations]
        if unknown:
            raise ZouError(
                400, {"message": f"'{unknown[0]}' is an invalid keyword argument for {self.model.__name__}"}
            )
        await hooks.check_creation_integrity(ctx, data)
        data = {k: v for k, v in data.items() if k not in ALWAYS_PROTECTED}
        links = {k: data.pop(k) for k in list(data) if k in self.info.relations}
        values = await hooks.prepare_create(ctx, coerce_body(self.info.columns, data))
        for name, info in self.info.columns.items():
            if info.required and values.get(name) is None:
                raise ZouError(400, {"message": integrity.REQUIRED})
        instance = self.model(**values)
        ctx.session.add(instance)
        await self.flush(ctx.session, "new")
        for name, ids in links.items():
            await self.replace_links(ctx.session, instance.id, name, ids)  # type: ignore[attr-defined]
        await self.flush(ctx.session, "new")
        # Relations are read after the hook, which may link more rows (a project's template).
        result = await hooks.post_create(ctx, instance, self.instance_dict(instance))
        if links or type(hooks).post_create is not CrudHooks.post_create:
            await self.attach_relations(ctx.session, [result])
        else:  # a new id nothing has linked yet: its relation lists are empty, no need to ask
            result.update({name: [] for name in self.info.relations})
        self.emit(ctx, "new", result)
        return await self._finish_one(ctx, result, WRITE)

    async def update(self, ctx: CrudContext, instance_id: str, body: Any) -> dict[str, Any]:
        data = self.require_object(body)
        instance = await self.fetch_instance(ctx.session, instance_id)
        hooks = self.hooks
        before = self.instance_dict(instance)
        await hooks.check_update(ctx, before, data)
        protected = ALWAYS_PROTECTED | hooks.protected(ctx, before)
        if self.info.has_project_id:
            protected = protected | {"project_id"}
        data = {k: v for k, v in data.items() if k not in protected}
        self._check_dates(data)
        links = {k: data.pop(k) for k in list(data) if k in self.info.relations}
        values = self._merge(instance, coerce_body(self.info.columns, data))
        values = await hooks.prepare_update(ctx, instance, values)
        for key, value in values.items():
            setattr(instance, key, value)
        if "updated_at" in self.info.columns:
            instance.updated_at = utcnow()  # type: ignore[attr-defined]
        changes = ctx.state.setdefault("link_changes", {})
        for name, ids in links.items():
            changes[name] = await self.replace_links(ctx.session, instance.id, name, ids)  # type: ignore[attr-defined]
        await self.flush(ctx.session, "update")
        result = await hooks.post_update(ctx, instance, self.instance_dict(instance))
        if hooks.update_relations:
            await self.attach_relations(ctx.session, [result])
        self.emit(ctx, "update", result)
        return await self._finish_one(ctx, result, WRITE)

    async def delete(self, ctx: CrudContext, instance_id: str) -> None:
        self._malformed_is_unknown(instance_id, "DELETE")
        instance = await self.fetch_instance(ctx.session, instance_id)
        result = self.instance_dict(instance)
        await self.hooks.check_delete(ctx, result)
        await self.hooks.pre_delete(ctx, instance)
        for relation in self.info.relations.values():
            if relation.other_column != "id":
                link = self.table.metadata.tables[relation.link_table]
                own_id = instance.id  # type: ignore[attr-defined]
                await ctx.session.execute(delete(link).where(link.c[relation.own_column] == own_id))
        await ctx.session.delete(instance)
        await self.flush(ctx.session, "delete")
        self.emit(ctx, "delete", result)
        await self.hooks.post_delete(ctx, result)

    # --- helpers ---------------------------------------------------------------------
    def _merge(self, instance: SQLModel, values: dict[str, Any]) -> dict[str, Any]:
        """Zou merges some JSON bags (entity/task `data`); a null merges nothing."""
        for name in self.hooks.merged_fields & values.keys():
            incoming = values[name]
            if incoming is None:
                incoming = {}
            if not isinstance(incoming, dict):
                raise ZouError(400, {"message": INVALID_FORMAT})
            values[name] = {**(getattr(instance, name) or {}), **incoming}
        return values

    def _check_dates(self, data: dict[str, Any]) -> None:
        for key, value in data.items():
            info = self.info.columns.get(key)
            if info is None or info.kind not in ("date", "datetime") or not isinstance(value, str):
                continue
            try:
                datetime.fromisoformat(value.replace("Z", "+00:00"))
            except ValueError as exc:
                raise bad_request(
                    f"Invalid date format for '{key}': '{value}'. Expected an ISO 8601 date or datetime."
                ) from exc

    async def flush(self, session: AsyncSession, action: str = "update") -> None:
        try:
            await session.flush()
        except DBAPIError as exc:
            if integrity.is_constraint_error(exc):
                # The client gets Zou's sanitised message; the log keeps the constraint's name.
                log.info("%s refused by the database: %s", self.info.table_name, exc.orig)
                raise self.hooks.write_error(action, integrity.translate(exc)) from exc
            raise

    async def replace_links(
        self, session: AsyncSession, own_id: Any, name: str, ids: Any
    ) -> tuple[set[uuid.UUID], set[uuid.UUID]]:
        """Replace a many-to-many collection; unknown ids are dropped silently, as Zou does.

        Returns the ids before and after, for hooks that react to the difference.
        """
        relation = self.info.relations[name]
        if relation.other_column == "id":
            return set(), set()  # one-to-many lists are read-only views
        link = self.table.metadata.tables[relation.link_table]
        own, other = link.c[relation.own_column], link.c[relation.other_column]
        wanted = []
        for item in ids if isinstance(ids, list) else []:
            value = item.get("id") if isinstance(item, dict) else item
            try:
                wanted.append(uuid.UUID(str(value)))
            except ValueError:
                continue
        target = next(iter(other.foreign_keys)).column if other.foreign_keys else None
        if target is not None and wanted:
            existing = set((await session.execute(select(target).where(target.in_(wanted)))).scalars().all())
            wanted = [w for w in dict.fromkeys(wanted) if w in existing]
        before = set((await session.execute(select(other).where(own == own_id))).scalars().all())
        await session.execute(delete(link).where(own == own_id))
        if wanted:
            await session.execute(
                insert(link), [{relation.own_column: own_id, relation.other_column: w} for w in wanted]
            )
        return before, set(wanted)

    def emit(self, ctx: CrudContext, action: str, instance: dict[str, Any]) -> None:
        name = self.hooks.event_name(action, instance)
        if name is None:
            return
        events.emit(
            ctx.session,
            name,
            self.hooks.event_data(action, instance),
            project_id=self.hooks.project_id_of(ctx, instance),
            user_id=ctx.identity.person.id,
        )
