"""Reading entities the way Zou's typed services do: typed lookups (an asset id that names a shot
is not found), rows as plain dicts with Zou's `type`, id lists of the many-to-many collections,
query-string criteria, and the metadata a vendor may not see."""

import uuid
from collections import defaultdict
from typing import Any, TypeVar

import orjson
from sqlalchemy import Select, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.areas.entities import kinds as entity_kinds
from app.auth import access_rules
from app.core.errors import bad_request, not_found
from app.core.ids import as_uuid
from app.crud.coerce import parse_filter_value
from app.crud.columns import model_info
from app.models import AssetInstanceLink, Entity, EntityConceptLink, EntityLink, EntityType, Project

Row = TypeVar("Row")
ENTITY_TABLE = Entity.__table__  # type: ignore[attr-defined]
ENTITY_INFO = model_info(Entity)

# Entity id lists Zou adds with `relations=True`: (link table columns own -> other).
RELATIONS = {
    "entities_out": (EntityLink.entity_in_id, EntityLink.entity_out_id),
    "entities_in": (EntityLink.entity_out_id, EntityLink.entity_in_id),
    "entity_concept_links": (EntityConceptLink.entity_in_id, EntityConceptLink.entity_out_id),
    "instance_casting": (AssetInstanceLink.entity_id, AssetInstanceLink.asset_instance_id),
}


def uuid_or_404(value: Any) -> uuid.UUID:
    """Zou's typed lookups answer an id that is not a UUID as a missing row."""
    parsed = as_uuid(value)
    if parsed is None:
        raise not_found()
    return parsed


def temporal_type_ids():
    """Subquery of the entity types that are not asset types (shots, sequences, concepts...)."""
    return select(EntityType.id).where(EntityType.name.in_(entity_kinds.TEMPORAL_TYPES))


def is_asset_condition():
    return Entity.entity_type_id.not_in(temporal_type_ids())


def asset_type_condition():
    return EntityType.id.not_in(temporal_type_ids())


def entity_columns() -> list:
    return list(ENTITY_TABLE.columns)


async def fetch_rows(session: AsyncSession, query: Select) -> list[dict[str, Any]]:
    result = await session.execute(query)
    keys = list(result.keys())
    return [dict(zip(keys, values, strict=True)) for values in result.all()]


def row_of(instance: Any, type_name: str | None = None) -> dict[str, Any]:
    """Every column of an ORM row, plus `type` (the class name unless given)."""
    table = type(instance).__table__
    row = {column.name: getattr(instance, column.key) for column in table.columns}
    row["type"] = type_name or type(instance).__name__
    return row


async def typed_entity_rows(
    session: AsyncSession, query: Select, type_name: str | None = None
) -> list[dict[str, Any]]:
    """Entity rows of `query` (selecting the entity columns) typed as Zou names them."""
    rows = await fetch_rows(session, query)
    if type_name is not None:
        for row in rows:
            row["type"] = type_name
        return rows
    names = await entity_kinds.type_names(session)
    for row in rows:
        row["type"] = entity_kinds.base_type_name(names.get(row["entity_type_id"]))
    return rows


async def attach_relations(session: AsyncSession, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Zou's `serialize(relations=True)`: each collection as a list of ids, one query each."""
    ids = [row["id"] for row in rows]
    for name, (own, other) in RELATIONS.items():
        grouped: dict[Any, list[Any]] = defaultdict(list)
        if ids:
            for own_id, other_id in (await session.execute(select(own, other).where(own.in_(ids)))).all():
                grouped[own_id].append(other_id)
        for row in rows:
            row[name] = grouped.get(row["id"], [])
    return rows


async def get_row(session: AsyncSession, model: type[Row], raw_id: Any) -> Row:
    """The row of that table with that id; Zou's 404 for a missing or malformed id."""
    row = await session.get(model, uuid_or_404(raw_id))
    if row is None:
        raise not_found()
    return row


async def get_entity(session: AsyncSession, raw_id: Any) -> Entity:
    return await get_row(session, Entity, raw_id)


async def entity_type_name(session: AsyncSession, entity: Entity) -> str | None:
    return await entity_kinds.type_name_of(session, entity.entity_type_id)


async def get_typed_entity(session: AsyncSession, raw_id: Any, type_name: str) -> Entity:
    """An entity of the named type (Shot, Scene, Concept...), 404 otherwise."""
    query = (
        select(Entity)
        .join(EntityType, EntityType.id == Entity.entity_type_id)
        .where(Entity.id == uuid_or_404(raw_id), EntityType.name == type_name)
    )
    entity = (await session.execute(query)).scalars().first()
    if entity is None:
        raise not_found()
    return entity


async def get_asset(session: AsyncSession, raw_id: Any) -> Entity:
    query = select(Entity).where(Entity.id == uuid_or_404(raw_id), is_asset_condition())
    asset = (await session.execute(query)).scalars().first()
    if asset is None:
        raise not_found()
    return asset


async def get_asset_type(session: AsyncSession, raw_id: Any) -> EntityType:
    query = select(EntityType).where(EntityType.id == uuid_or_404(raw_id), asset_type_condition())
    asset_type = (await session.execute(query)).scalars().first()
    if asset_type is None:
        raise not_found()
    return asset_type


async def get_project(session: AsyncSession, raw_id: Any) -> Project:
    return await get_row(session, Project, raw_id)


def _condition(name: str, raw: str):
    info = ENTITY_INFO.columns[name]
    column = ENTITY_TABLE.c[name]
    if raw.startswith("["):
        try:
            items = orjson.loads(raw)
        except orjson.JSONDecodeError as exc:
            raise bad_request(f"Malformed list filter for field {name}.") from exc
        if not isinstance(items, list):
            raise bad_request(f"Malformed list filter for field {name}.")
        return column.in_([parse_filter_value(info, str(item)) for item in items])
    if name == "name":
        return column.ilike(raw)
    if raw.lower() in ("null", "none") and info.kind != "str":
        return column.is_(None)
    return column == parse_filter_value(info, raw)


def apply_criteria(query: Select, criteria: dict[str, str]) -> Select:
    """Zou's apply_criterions_to_db_query on entities: columns filter, other keys are ignored."""
    for name, raw in criteria.items():
        if name in ENTITY_INFO.columns:
            query = query.where(_condition(name, raw))
    return query


async def mask_vendor_metadata(
    session: AsyncSession, person_id: Any, entity_type: str, rows: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    departments = await access_rules.department_ids(session, person_id)
    project_ids = [row["project_id"] for row in rows]
    hidden = await access_rules.hidden_metadata_fields(session, departments, entity_type, project_ids)
    for row in rows:
        fields = hidden.get(row["project_id"], set())
        row["data"] = {key: value for key, value in (row.get("data") or {}).items() if key not in fields}
    return rows
