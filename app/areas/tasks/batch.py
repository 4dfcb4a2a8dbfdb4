"""Work on many tasks at once (Zou's create_tasks, remove_tasks, set-priority and main preview
actions): one task of a type per entity, batch deletion, priorities, entity pictures."""

from typing import Any

from sqlalchemy import or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app import events
from app.areas.entities import kinds as entity_kinds
from app.areas.entities import lookup
from app.areas.entities import tasks as entity_tasks
from app.areas.tasks import service
from app.core.errors import not_found
from app.core.ids import as_uuid
from app.crud import cascade
from app.models import Entity, EntityLink, EntityType, PreviewFile, Task, TaskType
from app.models.base import utcnow

# The kinds the typed create-tasks routes take (Zou's typed getters).
KINDS = {"assets": "Asset", "shots": "Shot", "edits": "Edit", "concepts": "Concept"}


async def _kind_condition(session: AsyncSession, kind: str):
    """Entities of a kind: an asset is any entity whose type is not a temporal one."""
    names = await entity_kinds.type_names(session)
    if kind == "Asset":
        ids = [type_id for type_id, name in names.items() if name not in entity_kinds.NOT_ASSET_TYPES]
    else:
        ids = [type_id for type_id, name in names.items() if name == kind]
    return Entity.entity_type_id.in_(ids)


async def entities_by_ids(
    session: AsyncSession, project_id: Any, raw_ids: list[str], kind: str | None
) -> list[Entity]:
    """The listed entities of the project, in the given order; an unknown id (or one of another
    kind) is a 404, one of another project is skipped."""
    condition = await _kind_condition(session, kind) if kind else None
    result = []
    for raw in raw_ids:
        query = select(Entity).where(Entity.id == as_uuid(raw))
        if condition is not None:
            query = query.where(condition)
        entity = (await session.execute(query)).scalars().first()
        if entity is None:
            raise not_found()
        if entity.project_id == project_id and all(entity is not other for other in result):
            result.append(entity)
    return result


async def entities_by_criteria(
    session: AsyncSession, project_id: Any, kind: str, criteria: dict[str, str]
) -> list[Entity]:
    """Every entity of that kind in the project matching the query-string column filters."""
    query = select(Entity).where(Entity.project_id == project_id, await _kind_condition(session, kind))
    query = lookup.apply_criteria(query, {k: v for k, v in criteria.items() if k != "project_id"})
    episode_id = criteria.get("episode_id")
    if kind == "Asset" and episode_id is not None:
        # The assets of an episode: those it is the main episode of, and those cast in it.
        episode = lookup.uuid_or_404(episode_id)
        cast = select(EntityLink.entity_out_id).where(EntityLink.entity_in_id == episode)
        query = query.where(or_(Entity.source_id == episode, Entity.id.in_(cast)))
    return list((await session.execute(query.order_by(Entity.name))).scalars().all())


async def entities_of_type(
    session: AsyncSession, project_id: Any, entity_type: EntityType, episode_id: str | None
) -> list[Entity]:
    query = select(Entity).where(Entity.project_id == project_id, Entity.entity_type_id == entity_type.id)
    if episode_id is not None:
        query = query.where(Entity.parent_id == lookup.uuid_or_404(episode_id))
    return list((await session.execute(query.order_by(Entity.name))).scalars().all())


async def entity_type_named(session: AsyncSession, name: str) -> EntityType:
    query = select(EntityType).where(EntityType.name == name.capitalize())
    entity_type = (await session.execute(query)).scalars().first()
    if entity_type is None:
        raise not_found()
    return entity_type


async def create_tasks(
    session: AsyncSession, task_type: TaskType, entities: list[Entity], user_id: Any
) -> list[dict[str, Any]]:
    """A `main` task of the type for every entity that has no task of that type yet."""
    if not entities:
        return []
    query = select(Task.entity_id).where(
        Task.entity_id.in_([entity.id for entity in entities]), Task.task_type_id == task_type.id
    )
    existing = set((await session.execute(query)).scalars().all())
    first_kind = await entity_kinds.type_name_of(session, entities[0].entity_type_id)
    status = await entity_tasks.default_status(session, first_kind == "Concept")
    created = []
    for entity in entities:
        if entity.id in existing:
            continue
        existing.add(entity.id)
        task = entity_tasks.new_main_task(entity, task_type, status, user_id)
        session.add(task)
        created.append(task)
    await session.flush()
    results = []
    for task in created:
        results.append(entity_tasks.new_task_row(service.row("tasks", task), task_type, status))
        events.emit(session, "task:new", {"task_id": task.id}, project_id=task.project_id, user_id=user_id)
    return results


async def delete_tasks(session: AsyncSession, project_id: Any, raw_ids: list[str], user_id: Any) -> list[str]:
    """Remove the listed tasks of the project with what hangs on them; the others are skipped.
    Like Zou, the answer echoes every id asked for, removed or not (Kitsu drops them all)."""
    query = select(Task).where(Task.id.in_([as_uuid(raw) for raw in raw_ids]), Task.project_id == project_id)
    await cascade.remove_tasks(session, list((await session.execute(query)).scalars().all()), user_id)
    return list(raw_ids)


async def delete_tasks_of_type(
    session: AsyncSession, project_id: Any, task_type_id: Any, user_id: Any
) -> None:
    query = select(Task).where(Task.project_id == project_id, Task.task_type_id == task_type_id)
    await cascade.remove_tasks(session, list((await session.execute(query)).scalars().all()), user_id)


async def set_priority(session: AsyncSession, task: Task, priority: int, user_id: Any) -> dict[str, Any]:
    task.priority = priority
    task.updated_at = utcnow()
    await session.flush()
    events.emit(session, "task:update", {"task_id": task.id}, project_id=task.project_id, user_id=user_id)
    return service.row("tasks", task)


async def last_preview(session: AsyncSession, task_id: Any) -> PreviewFile | None:
    """The task's newest preview (highest revision, its first upload)."""
    query = (
        select(PreviewFile)
        .where(PreviewFile.task_id == task_id)
        .order_by(PreviewFile.revision.desc(), PreviewFile.created_at)
        .limit(1)
    )
    return (await session.execute(query)).scalars().first()


async def set_entity_preview(
    session: AsyncSession, entity_id: Any, preview: PreviewFile, project_id: Any, user_id: Any
) -> dict[str, Any]:
    """The preview becomes the entity's picture; the clients hear of it."""
    await session.execute(
        update(Entity).where(Entity.id == entity_id).values(preview_file_id=preview.id, updated_at=utcnow())
    )
    entity = await session.get(Entity, entity_id)
    await session.refresh(entity)
    type_name = await entity_kinds.type_name_of(session, entity.entity_type_id)
    kind = type_name.lower() if type_name in entity_kinds.TEMPORAL_TYPES else "asset"
    data = {"entity_id": entity.id, "preview_file_id": preview.id, "preview_file_status": preview.status}
    events.emit(session, "preview-file:set-main", data, project_id=project_id, user_id=user_id)
    events.emit(session, f"{kind}:update", {f"{kind}_id": entity.id}, project_id=project_id, user_id=user_id)
    return {**service.row("entities", entity), "type": "Entity", "preview_file_status": preview.status}
