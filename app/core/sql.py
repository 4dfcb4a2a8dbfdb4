"""Small SQL building blocks shared by the with-tasks lists and the shot/edit services: ids as text
straight from the database, id-list filters that bind one array on PostgreSQL, rows as dicts."""

import uuid
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from sqlalchemy import (
    JSON,
    ColumnElement,
    Select,
    Text,
    any_,
    bindparam,
    cast,
    func,
    literal,
    select,
    type_coerce,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.ext.asyncio import AsyncConnection
from sqlalchemy.types import Uuid

from app.core.db import get_engine


def is_postgres() -> bool:
    return get_engine().dialect.name == "postgresql"


_BUILT: dict[Any, Select] = {}


def built_once(key: Any, build: Callable[[], Select]) -> Select:
    """The statement `build()` makes, built at its first use on this backend and kept.

    Building a statement again on every request (its columns, operators and cache key) costs
    more than running a small read: the user context's twenty reads spent a third of their time
    there. Whatever changes between requests is a `bindparam`, given to `fetch_rows` as a parameter."""
    key = (key, is_postgres())
    statement = _BUILT.get(key)
    if statement is None:
        statement = _BUILT[key] = build()
    return statement


def dialect_insert(session: Any, table: Any) -> Any:
    """The session's dialect's INSERT: it knows ON CONFLICT, on PostgreSQL and SQLite alike."""
    dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    return dialect.insert(table)


def uuid_text(column: Any) -> ColumnElement[str]:
    """A uuid column read as its lowercase hyphenated text.

    Casting in SQL spares a Python conversion per value on lists of tens of thousands of rows;
    SQLite keeps uuids as 32 hex digits, so the hyphens are put back there.
    """
    if is_postgres():
        return cast(column, Text)
    raw = type_coerce(column, Text)
    parts = [func.substr(raw, start, length, type_=Text) for start, length in _HEX_GROUPS]
    text = parts[0]
    for part in parts[1:]:
        text = text + literal("-", Text) + part
    return type_coerce(text, Text)


_HEX_GROUPS = ((1, 8), (9, 4), (13, 4), (17, 4), (21, 12))


def is_json(column: Any) -> bool:
    """A json/jsonb column (its type as PostgreSQL stores it)."""
    return isinstance(column.type.dialect_impl(postgresql.dialect()), JSON)


def sent_as_text(column: Any, name: str | None = None) -> Any:
    """PostgreSQL: a uuid or JSON column read as its text, for values only sent on (the driver's
    uuids cost a Python call each when serialised, a JSON value a decode and an encode); other
    columns as they are. Under `name`, the column's own by default."""
    name = name or column.name
    if isinstance(column.type, Uuid) or is_json(column):
        return cast(column, Text).label(name)
    return column.label(name)


def datetime_text(column: Any) -> ColumnElement[str]:
    """A naive datetime as Zou writes it (`YYYY-MM-DDTHH:MM:SS`), formatted by the database:
    decoding tens of thousands of timestamps into Python datetimes was the costliest read."""
    if is_postgres():
        return func.to_char(column, 'YYYY-MM-DD"T"HH24:MI:SS', type_=Text)
    return func.strftime("%Y-%m-%dT%H:%M:%S", column, type_=Text)


def json_text(column: Any) -> ColumnElement[str]:
    """A JSON column as its stored text, embedded as is in the answer (no parse, no re-dump)."""
    return cast(column, Text) if is_postgres() else type_coerce(column, Text)


def in_ids(column: Any, ids: Sequence[uuid.UUID]) -> ColumnElement[bool]:
    """`column IN ids`: one array parameter on PostgreSQL instead of one parameter per id."""
    if is_postgres():
        return column == any_(bindparam(None, list(ids), type_=ARRAY(Uuid())))
    return column.in_(list(ids))


def in_ids_param(column: Any, name: str) -> ColumnElement[bool]:
    """`column IN :name`, the list bound at execution (see `Prepared`)."""
    if is_postgres():
        return column == any_(bindparam(name, type_=ARRAY(Uuid())))
    return column.in_(bindparam(name, expanding=True))


def chunks(items: Sequence[Any], size: int) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def table_dicts(rows: Iterable[Any], type_name: str) -> list[dict[str, Any]]:
    """Mappings of full table rows as Zou serialises them, with their `type`."""
    result = []
    for row in rows:
        item = dict(row)
        item["type"] = type_name
        result.append(item)
    return result


def rows_of(result: Any, type_name: str) -> list[dict[str, Any]]:
    return table_dicts(result.mappings().all(), type_name)


async def select_dicts(session: Any, query: Any, type_name: str) -> list[dict[str, Any]]:
    return table_dicts((await session.execute(query)).mappings().all(), type_name)


def all_columns(model: Any) -> Any:
    """`SELECT` of every column of a model's table (plain values, no ORM instances)."""
    return select(*model.__table__.columns)


class Prepared:
    """A statement compiled once and run chunk after chunk with one id-list parameter changing
    (compiling the three statements of every chunk again was a fifth of a big list's time).

    On PostgreSQL the statement goes straight to the driver, rows coming back as plain records:
    building a SQLAlchemy Row per task cost more than reading it. Only for statements whose
    columns need no result processing (text, numbers), which is what the with-tasks reads select.
    """

    def __init__(self, query: Any, list_param: str):
        self.query = query
        self.list_param = list_param
        self._compiled: tuple[str, list[str], dict[str, Any]] | None = None

    async def rows(self, db: Any, ids: Sequence[Any]) -> Sequence[Sequence[Any]]:
        if not is_postgres():
            return (await db.execute(self.query, {self.list_param: list(ids)})).all()
        connection = db if isinstance(db, AsyncConnection) else await db.connection()
        if self._compiled is None:
            # Expanding IN lists become plain positional parameters too.
            compiled = self.query.compile(
                dialect=connection.dialect, compile_kwargs={"render_postcompile": True}
            )
            self._compiled = (str(compiled), list(compiled.positiontup or ()), dict(compiled.params))
        sql, names, values = self._compiled
        params = [list(ids) if name == self.list_param else values[name] for name in names]
        raw = await connection.get_raw_connection()
        return await raw.driver_connection.fetch(sql, *params)


async def fetch_dicts(db: Any, query: Any) -> list[dict[str, Any]]:
    """Every row of a statement as a plain dict. On PostgreSQL straight from the driver: for
    thousands of rows SQLAlchemy's Row objects cost twice the query itself. Only for statements
    whose columns need no result processing beyond the driver's (text, numbers, JSON)."""
    if not is_postgres():
        return [row._asdict() for row in await db.execute(query)]
    return [dict(record) for record in await Prepared(query, "").rows(db, ())]
