"""Zou's list filters: `?column=value`, `?column=[json list]`, `?name=` ILIKE, `?relation=id`."""

from types import SimpleNamespace
from typing import Any

import orjson
from sqlalchemy import Select, Table, select

from app.core.errors import bad_request
from app.crud.coerce import parse_filter_value
from app.crud.columns import ColumnInfo, ModelInfo
from app.crud.hooks import CrudContext, CrudHooks

RESERVED_PARAMS = frozenset({"page", "limit", "relations", "fields"})


class _UuidInfo:
    kind = "uuid"
    name = "id"


_UUID_INFO = _UuidInfo()


def _json_list(raw: str, message: str) -> list[Any]:
    try:
        items = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise bad_request(message) from exc
    if not isinstance(items, list):
        raise bad_request(message)
    return items


def _column_condition(table: Table, info: ColumnInfo, raw: str):
    column = table.c[info.name]
    if raw.startswith("["):
        items = _json_list(raw, f"Malformed list filter for field {info.name}.")
        return column.in_([parse_filter_value(info, str(item)) for item in items])
    if info.name == "name":
        return column.ilike(raw)
    if raw.lower() in ("null", "none") and info.kind != "str":
        return column.is_(None)
    return column == parse_filter_value(info, raw)


# The widest caller, for `filterable_names`: other roles may filter on fewer names.
_ADMIN = SimpleNamespace(identity=SimpleNamespace(is_admin=True))


def filterable_names(hooks: CrudHooks, info: ModelInfo) -> list[str]:
    """The query parameters that filter a collection's list: its columns and many-to-many
    collections, less the reserved and hook-owned ones and what even an admin may not filter on.
    The contract declares each as a parameter of `list_<collection>` (the tests compare)."""
    names = [*info.columns, *info.relations]
    return sorted(
        name
        for name in names
        if name not in RESERVED_PARAMS and name not in hooks.own_params and hooks.filter_allowed(_ADMIN, name)  # type: ignore[arg-type]
    )


def apply_filters(
    ctx: CrudContext, hooks: CrudHooks, info: ModelInfo, table: Table, query: Select, params: dict[str, str]
) -> Select:
    """Names that are neither columns nor relations are ignored, as Zou does."""
    for name, raw in params.items():
        if name in RESERVED_PARAMS or name in hooks.own_params:
            continue
        column = info.columns.get(name)
        relation = info.relations.get(name)
        if column is None and relation is None:
            continue
        if not hooks.filter_allowed(ctx, name):
            raise bad_request(f"Filtering on {name} is not allowed.")
        if column is not None:
            query = query.where(_column_condition(table, column, raw))
            continue
        assert relation is not None
        link = table.metadata.tables[relation.link_table]
        raw_ids = _json_list(raw, "Malformed list filter.") if raw.startswith("[") else [raw]
        ids = [parse_filter_value(_UUID_INFO, str(value)) for value in raw_ids]  # type: ignore[arg-type]
        members = select(link.c[relation.own_column]).where(link.c[relation.other_column].in_(ids))
        query = query.where(table.c.id.in_(members))
    return query
