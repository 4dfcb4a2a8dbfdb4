"""The artist's views of a production (Zou's `user_service` entity reads): only the entities and
tasks of open productions that carry a task assigned to the caller."""

from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from app.areas.entities import lookup
from app.areas.user.rows import rows_of
from app.models import Entity, EntityType, Project, ProjectStatus, Task, TaskPersonLink, TaskType

TASK_TABLE = Task.__table__  # type: ignore[attr-defined]
TASK_TYPE_TABLE = TaskType.__table__  # type: ignore[attr-defined]
ENTITY_TABLE = Entity.__table__  # type: ignore[attr-defined]
ENTITY_TYPE_TABLE = EntityType.__table__  # type: ignore[attr-defined]


def _assigned_open(query: Select, person_id: Any) -> Select:
    """Tasks (`Task` joined in `query`) assigned to the person, in open productions."""
    mine = select(TaskPersonLink.task_id).where(TaskPersonLink.person_id == person_id)
    return (
        query.join(Project, Project.id == Task.project_id)
        .join(ProjectStatus, ProjectStatus.id == Project.project_status_id)
        .where(Task.id.in_(mine), ProjectStatus.name == "Open")
    )


async def typed(session: AsyncSession, raw_id: str, type_name: str) -> Entity:
    """The entity of that kind (an asset: any asset type); 404 for anything else or a bad id."""
    if type_name == "Asset":
        return await lookup.get_asset(session, raw_id)
    return await lookup.get_typed_entity(session, raw_id, type_name)


async def project_or_404(session: AsyncSession, raw_id: str) -> Project:
    return await lookup.get_project(session, raw_id)


async def asset_type_or_404(session: AsyncSession, raw_id: str) -> EntityType:
    return await lookup.get_asset_type(session, raw_id)


async def entity_tasks(session: AsyncSession, person_id: Any, entity_id: Any) -> list[dict[str, Any]]:
    query = _assigned_open(select(TASK_TABLE).where(Task.entity_id == entity_id), person_id)
    return await rows_of(session, query.order_by(Task.created_at), "Task")


async def entity_task_types(session: AsyncSession, person_id: Any, entity_id: Any) -> list[dict[str, Any]]:
    tasks = _assigned_open(select(Task.task_type_id).where(Task.entity_id == entity_id), person_id)
    query = select(TASK_TYPE_TABLE).where(TaskType.id.in_(tasks)).order_by(TaskType.priority, TaskType.name)
    return await rows_of(session, query, "TaskType")


def _entities_with_my_tasks(person_id: Any, entity_column: Any = Task.entity_id):
    return _assigned_open(select(entity_column).select_from(Task), person_id)


async def asset_types_of_project(
    session: AsyncSession, person_id: Any, project_id: Any
) -> list[dict[str, Any]]:
    assets = select(Entity.entity_type_id).where(
        Entity.id.in_(_entities_with_my_tasks(person_id)), Entity.project_id == project_id
    )
    query = (
        select(ENTITY_TYPE_TABLE)
        .where(EntityType.id.in_(assets), lookup.asset_type_condition())
        .order_by(EntityType.name)
    )
    return await rows_of(session, query, "AssetType")


async def assets_of_type(
    session: AsyncSession, person_id: Any, project_id: Any, asset_type_id: Any
) -> list[dict[str, Any]]:
    query = (
        select(ENTITY_TABLE)
        .where(
            Entity.id.in_(_entities_with_my_tasks(person_id)),
            Entity.project_id == project_id,
            Entity.entity_type_id == asset_type_id,
        )
        .order_by(Entity.name)
    )
    return await rows_of(session, query, "Asset")


async def _type_id(session: AsyncSession, name: str) -> Any:
    return (await session.execute(select(EntityType.id).where(EntityType.name == name))).scalar()


async def children_with_my_tasks(
    session: AsyncSession, person_id: Any, parent_id: Any, type_name: str
) -> list[dict[str, Any]]:
    """Shots or scenes of a sequence holding a task of the caller."""
    query = (
        select(ENTITY_TABLE)
        .where(
            Entity.id.in_(_entities_with_my_tasks(person_id)),
            Entity.parent_id == parent_id,
            Entity.entity_type_id == await _type_id(session, type_name),
        )
        .order_by(Entity.name)
    )
    return await rows_of(session, query, type_name)


async def sequences_of_project(
    session: AsyncSession, person_id: Any, project_id: Any
) -> list[dict[str, Any]]:
    """Sequences of the production with a shot holding a task of the caller."""
    shot = aliased(Entity, name="shot")
    parents = select(shot.parent_id).where(
        shot.id.in_(_entities_with_my_tasks(person_id)),
        shot.entity_type_id == await _type_id(session, "Shot"),
    )
    query = (
        select(ENTITY_TABLE)
        .where(
            Entity.id.in_(parents),
            Entity.project_id == project_id,
            Entity.entity_type_id == await _type_id(session, "Sequence"),
        )
        .order_by(Entity.name)
    )
    return await rows_of(session, query, "Sequence")


async def episodes_of_project(session: AsyncSession, person_id: Any, project_id: Any) -> list[dict[str, Any]]:
    """Episodes of the production with a shot holding a task of the caller."""
    shot = aliased(Entity, name="shot")
    sequence = aliased(Entity, name="sequence")
    grandparents = (
        select(sequence.parent_id)
        .join(shot, shot.parent_id == sequence.id)
        .where(
            shot.id.in_(_entities_with_my_tasks(person_id)),
            shot.entity_type_id == await _type_id(session, "Shot"),
            sequence.entity_type_id == await _type_id(session, "Sequence"),
        )
    )
    query = (
        select(ENTITY_TABLE)
        .where(
            Entity.id.in_(grandparents),
            Entity.project_id == project_id,
            Entity.entity_type_id == await _type_id(session, "Episode"),
        )
        .order_by(Entity.name)
    )
    return await rows_of(session, query, "Episode")
