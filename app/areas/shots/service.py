"""Episodes, sequences, shots and scenes (Zou's shots_service): typed reads, lists filtered like
Zou's criteria, the "full" single reads, and the vendor narrowing of those lists.

Every temporal kind is a row of `entity` whose `entity_type` carries the kind's name."""

import uuid
from typing import Any

from sqlalchemy import exists, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from app.areas.boards.kinds import KINDS
from app.areas.boards.service import Scope, collect
from app.auth import access_rules, permissions
from app.auth.identity import Identity
from app.core.errors import not_found
from app.core.ids import as_uuid
from app.core.sql import rows_of
from app.crud.filters import apply_filters
from app.crud.hooks import CrudContext
from app.crud.registry import engine_for
from app.models import Entity, EntityType, Project, Task, TaskPersonLink

ENTITY_COLUMNS = list(Entity.__table__.columns)  # type: ignore[attr-defined]
# Query-string keys that are response options, never filters.
NOT_CRITERIA = frozenset({"page", "relations", "stream", "compact"})


def type_id_query(name: str) -> Any:
    return select(EntityType.id).where(EntityType.name == name).scalar_subquery()


def entity_select() -> Any:
    return select(*ENTITY_COLUMNS)


async def attach_relations(session: AsyncSession, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """`relations=true`: casting, concept links and instance casting as id lists."""
    await engine_for("entities").attach_relations(session, rows)
    return rows


async def get_typed(session: AsyncSession, entity_id: Any, type_name: str) -> dict[str, Any]:
    """One entity of a kind, or 404 (unknown, malformed id, or another kind: Zou's
    get_typed_instance)."""
    key = as_uuid(entity_id)
    if key is None:
        raise not_found()
    query = entity_select().where(Entity.id == key, Entity.entity_type_id == type_id_query(type_name))
    row = (await session.execute(query)).mappings().first()
    if row is None:
        raise not_found()
    return {**row, "type": type_name}


async def get_project(session: AsyncSession, project_id: Any) -> Project:
    """The project of a `/data/projects/<id>/...` route, 404 when unknown or malformed."""
    key = as_uuid(project_id)
    project = await session.get(Project, key) if key is not None else None
    if project is None:
        raise not_found()
    return project


async def check_read(session: AsyncSession, identity: Identity, entity: dict[str, Any]) -> None:
    """Zou's check_project_access then check_entity_access (vendors need an assigned task)."""
    await permissions.check_project_access(session, identity, entity["project_id"])
    await access_rules.check_entity_access(session, identity, entity["id"], entity["project_id"])


async def is_vendor(session: AsyncSession, identity: Identity, project_id: Any = None) -> bool:
    if project_id is not None:
        return await access_rules.effective_role(session, identity, project_id) == "vendor"
    return identity.role == "vendor"


def assigned_condition(person_id: uuid.UUID) -> Any:
    """The entity holds a task assigned to the person (an EXISTS: no duplicated rows)."""
    return exists().where(
        Task.entity_id == Entity.id,
        Task.id.in_(select(TaskPersonLink.task_id).where(TaskPersonLink.person_id == person_id)),
    )


# --- criteria lists ----------------------------------------------------------------------------
def criteria_of(query_params: Any) -> dict[str, str]:
    return {key: value for key, value in query_params.items() if key not in NOT_CRITERIA}


async def filtered(session: AsyncSession, identity: Identity, query: Any, criteria: dict[str, str]) -> Any:
    """Zou's apply_criterions_to_db_query: column equality, JSON lists, case-insensitive name."""
    engine = engine_for("entities")
    ctx = CrudContext(session=session, identity=identity, params=criteria)
    return apply_filters(ctx, engine.hooks, engine.info, engine.table, query, criteria)


async def list_kind(
    session: AsyncSession,
    identity: Identity,
    type_name: str,
    criteria: dict[str, str],
    assigned_to: uuid.UUID | None = None,
) -> list[dict[str, Any]]:
    """`GET /data/episodes`, `/data/sequences`: the kind's rows matching the criteria, by name."""
    query = entity_select().where(Entity.entity_type_id == type_id_query(type_name))
    query = await filtered(session, identity, query, criteria)
    if assigned_to is not None:
        query = query.where(assigned_condition(assigned_to))
    return rows_of(await session.execute(query.order_by(Entity.name)), type_name)


async def list_with_parent_names(
    session: AsyncSession,
    identity: Identity,
    type_name: str,
    criteria: dict[str, str],
    assigned_to: uuid.UUID | None = None,
) -> list[dict[str, Any]]:
    """`GET /data/shots`, `/data/scenes/all`: rows plus `project_name` and `sequence_name`
    (entities without a sequence are left out, as Zou's inner join does)."""
    sequence = aliased(Entity, name="sequence")
    query = (
        select(*ENTITY_COLUMNS, Project.name.label("project_name"), sequence.name.label("sequence_name"))
        .join(Project, Project.id == Entity.project_id)
        .join(sequence, sequence.id == Entity.parent_id)
        .where(Entity.entity_type_id == type_id_query(type_name))
    )
    query = await filtered(session, identity, query, criteria)
    if assigned_to is not None:
        query = query.where(assigned_condition(assigned_to))
    rows = rows_of(await session.execute(query), type_name)
    if type_name == "Shot":
        rows.sort(key=lambda row: row["name"].casefold())
    return rows


async def list_for_project(
    session: AsyncSession, project_id: Any, type_name: str, assigned_to: uuid.UUID | None = None
) -> list[dict[str, Any]]:
    """`GET /data/projects/<id>/<kind>` (Zou's get_entities_for_project), by name."""
    query = entity_select().where(
        Entity.entity_type_id == type_id_query(type_name), Entity.project_id == project_id
    )
    if assigned_to is not None:
        query = query.where(assigned_condition(assigned_to))
    return rows_of(await session.execute(query.order_by(Entity.name)), type_name)


async def children(
    session: AsyncSession, parent_id: Any, type_name: str, order: bool = True
) -> list[dict[str, Any]]:
    query = entity_select().where(
        Entity.entity_type_id == type_id_query(type_name), Entity.parent_id == parent_id
    )
    if order:
        query = query.order_by(Entity.name)
    return rows_of(await session.execute(query), type_name)


async def shots_of_episode(session: AsyncSession, episode_id: Any) -> list[dict[str, Any]]:
    sequence = aliased(Entity, name="sequence")
    query = (
        entity_select()
        .join(sequence, sequence.id == Entity.parent_id)
        .where(Entity.entity_type_id == type_id_query("Shot"), sequence.parent_id == episode_id)
    )
    return rows_of(await session.execute(query), "Shot")


async def assigned_sequences(
    session: AsyncSession, person_id: uuid.UUID, project_id: Any = None, episode_id: Any = None
) -> list[dict[str, Any]]:
    """Sequences holding a shot with a task assigned to the person (vendors' sequence lists)."""
    shot = aliased(Entity, name="shot")
    assigned = select(Task.entity_id).where(
        Task.id.in_(select(TaskPersonLink.task_id).where(TaskPersonLink.person_id == person_id))
    )
    query = entity_select().where(
        Entity.entity_type_id == type_id_query("Sequence"),
        Entity.id.in_(select(shot.parent_id).where(shot.id.in_(assigned))),
    )
    if project_id is not None:
        query = query.where(Entity.project_id == project_id)
    if episode_id is not None:
        query = query.where(Entity.parent_id == episode_id)
    return rows_of(await session.execute(query.order_by(Entity.name)), "Sequence")


async def assigned_episodes(session: AsyncSession, person_id: uuid.UUID, project_id: Any) -> list[dict]:
    """Episodes holding a shot (through its sequence) or an asset assigned to the person."""
    sequences = [row["parent_id"] for row in await assigned_sequences(session, person_id, project_id)]
    asset_episodes = select(Entity.source_id).where(assigned_condition(person_id))
    query = entity_select().where(
        Entity.entity_type_id == type_id_query("Episode"),
        Entity.project_id == project_id,
        Entity.id.in_(sequences) | Entity.id.in_(asset_episodes),
    )
    return rows_of(await session.execute(query.order_by(Entity.name)), "Episode")


# --- vendors' metadata -------------------------------------------------------------------------
async def mask_for_vendor(
    session: AsyncSession,
    identity: Identity,
    type_name: str,
    rows: list[dict[str, Any]],
    project_id: Any = None,
) -> list[dict[str, Any]]:
    """Zou's mask_metadata_for_vendor: a vendor does not see the metadata of descriptors held by
    departments that are not theirs."""
    if not rows or not await is_vendor(session, identity, project_id or rows[0].get("project_id")):
        return rows
    mine = await access_rules.department_ids(session, identity.person.id)
    project_ids = {row.get("project_id") or project_id for row in rows}
    hidden = await access_rules.hidden_metadata_fields(session, mine, type_name, project_ids)
    for row in rows:
        project = row.get("project_id") or project_id
        data = row.get("data") or {}
        fields = hidden.get(project, set())
        row["data"] = {k: v for k, v in data.items() if k not in fields}
    return rows


# --- full single reads -------------------------------------------------------------------------
async def _name_of(session: AsyncSession, model: Any, row_id: Any) -> str | None:
    if row_id is None:
        return None
    return (await session.execute(select(model.name).where(model.id == row_id))).scalar()


async def full_shot(session: AsyncSession, identity: Identity, shot: dict[str, Any]) -> dict[str, Any]:
    """Zou's get_full_shot: the with-tasks row of the shot merged with the shot's columns and
    relations (a shot outside any sequence has no such row: 404, as Zou)."""
    scope = Scope(user_id=identity.person.id, entity_id=shot["id"])
    rows = await collect(session, KINDS["shots"], scope)
    if not rows:
        raise not_found()
    full = rows[0]
    full.update((await attach_relations(session, [dict(shot)]))[0])
    return full


async def full_sequence(session: AsyncSession, sequence: dict[str, Any]) -> dict[str, Any]:
    full = dict(sequence)
    full["project_name"] = await _name_of(session, Project, sequence["project_id"])
    if sequence["parent_id"] is not None:
        full["episode_id"] = sequence["parent_id"]
        full["episode_name"] = await _name_of(session, Entity, sequence["parent_id"])
    return full


async def full_episode(session: AsyncSession, episode: dict[str, Any]) -> dict[str, Any]:
    return {**episode, "project_name": await _name_of(session, Project, episode["project_id"])}


async def full_scene(session: AsyncSession, scene: dict[str, Any]) -> dict[str, Any]:
    full = {**scene, "project_name": await _name_of(session, Project, scene["project_id"])}
    if scene["parent_id"] is not None:
        sequence = await get_typed(session, scene["parent_id"], "Sequence")
        full["sequence_id"] = sequence["id"]
        full["sequence_name"] = sequence["name"]
        if sequence["parent_id"] is not None:
            full["episode_id"] = sequence["parent_id"]
            full["episode_name"] = await _name_of(session, Entity, sequence["parent_id"])
    return full
