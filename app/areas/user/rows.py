"""Rows of the user area's reads as plain dicts with Zou's `type` key."""

from collections import defaultdict
from typing import Any

from sqlalchemy import Select, Text, cast, func, literal_column, select
from sqlalchemy.dialects.postgresql import aggregate_order_by
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.db import fetch_rows
from app.core.sql import built_once, in_ids


async def rows_of(
    session: AsyncSession, query: Select, type_name: str, params: dict[str, Any] | None = None
) -> list[dict[str, Any]]:
    keys, records = await fetch_rows(session, query, params)
    rows = []
    for values in records:
        row = dict(zip(keys, values, strict=True))
        row["type"] = type_name
        rows.append(row)
    return rows


async def table_rows(session: AsyncSession, model: Any, type_name: str | None = None) -> list[dict[str, Any]]:
    """Every row of a small reference table (Zou's `serialize_models(Model.get_all())`)."""
    table = model.__table__
    return await rows_of(session, built_once(table, lambda: select(table)), type_name or model.__name__)


async def id_lists(session: AsyncSession, own: Any, other: Any, ids: list[Any]) -> dict[Any, list[Any]]:
    """`{own id: [other ids]}` read from a link table."""
    grouped: dict[Any, list[Any]] = defaultdict(list)
    if ids:
        _keys, rows = await fetch_rows(session, select(own, other).where(in_ids(own, ids)))
        for own_id, other_id in rows:
            grouped[own_id].append(other_id)
    return grouped


def linked_ids(own: Any, other: Any, parent_id: Any, as_text: bool = False) -> Any:
    """PostgreSQL only: `id_lists`' list of a row as a column of the row's own query (a round
    trip less), the links in their stored order as `id_lists` reads them. NULL when none.
    `as_text`: the ids as their text, for long lists only sent on (the driver's uuids go through
    a Python call each when serialised, ten times what text costs)."""
    ordered = aggregate_order_by(cast(other, Text) if as_text else other, literal_column("ctid"))
    return select(func.array_agg(ordered)).where(own == parent_id).scalar_subquery()
