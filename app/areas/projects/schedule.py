"""A production's schedule: milestones, schedule items (created on first read, one per task type
and per asset type / episode / sequence / edit), and production schedule versions' task links
(Zou's schedule_service)."""

import datetime
import uuid
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app import events
from app.areas.entities.kinds import TEMPORAL_TYPES
from app.areas.projects.service import emit_project_update, plain_rows
from app.auth.identity import Identity
from app.core.errors import bad_request, not_found
from app.core.ids import as_uuid, parse_id
from app.models import (
    Entity,
    EntityType,
    Milestone,
    ProductionScheduleVersion,
    ProductionScheduleVersionTaskLink,
    ProductionScheduleVersionTaskLinkPersonLink,
    Project,
    ProjectTaskTypeLink,
    ScheduleItem,
    Task,
    TaskPersonLink,
    TaskType,
)
from app.models.base import utcnow

SCHEDULED_KINDS = ("Asset", "Shot", "Sequence", "Episode", "Edit")
_ITEM = ScheduleItem.__table__  # type: ignore[attr-defined]
_LINK = ProductionScheduleVersionTaskLink
_PERSON_LINK = ProductionScheduleVersionTaskLinkPersonLink


# --- milestones and raw items -----------------------------------------------------------------
async def milestones(session: AsyncSession, project_id: uuid.UUID) -> list[dict[str, Any]]:
    """Zou's `Milestone.present()`: five keys, no `type`."""
    query = (
        select(Milestone.id, Milestone.date, Milestone.name, Milestone.project_id, Milestone.task_type_id)
        .where(Milestone.project_id == project_id)
        .order_by(Milestone.date, Milestone.name)
    )
    return plain_rows(await session.execute(query))


async def schedule_items(session: AsyncSession, project_id: uuid.UUID) -> list[dict[str, Any]]:
    query = select(_ITEM).where(ScheduleItem.project_id == project_id).order_by(ScheduleItem.start_date)
    return plain_rows(await session.execute(query), "ScheduleItem")


def _present(item: dict[str, Any]) -> dict[str, Any]:
    """Zou's `ScheduleItem.present()`."""
    keys = ("id", "start_date", "end_date", "man_days", "project_id", "task_type_id", "object_id")
    return {key: item[key] for key in keys}


async def _create_items(
    session: AsyncSession, identity: Identity, project_id: uuid.UUID, pairs: list[tuple[Any, Any]]
) -> list[dict[str, Any]]:
    """New items (task type, object) spanning today and tomorrow, each announced as Zou does."""
    if not pairs:
        return []
    today = utcnow().date()  # the UTC day, as every date the API stores
    rows = [
        {
            "id": uuid.uuid4(),
            "project_id": project_id,
            "task_type_id": task_type_id,
            "object_id": object_id,
            "start_date": today,
            "end_date": today + datetime.timedelta(days=1),
            "man_days": None,
        }
        for task_type_id, object_id in pairs
    ]
    await session.execute(insert(ScheduleItem), rows)
    for row in rows:
        events.emit(
            session,
            "schedule-item:new",
            {"schedule_item_id": row["id"]},
            project_id=project_id,
            user_id=identity.person.id,
        )
    return rows


def _by_start_date(item: dict[str, Any]) -> tuple[bool, Any]:
    return (item["start_date"] is None, item["start_date"] or datetime.date.min)


async def task_type_items(session: AsyncSession, identity: Identity, project_id: uuid.UUID) -> list[dict]:
    """One item per task type the project has tasks for (narrowed to the project's task types
    when it lists some); missing ones are created, the others' items are left out."""
    settings = set(
        (
            await session.execute(
                select(ProjectTaskTypeLink.task_type_id).where(ProjectTaskTypeLink.project_id == project_id)
            )
        ).scalars()
    )
    used = select(Task.task_type_id).where(Task.project_id == project_id).distinct()
    query = select(TaskType.id).where(TaskType.id.in_(used), TaskType.for_entity.in_(SCHEDULED_KINDS))
    task_type_ids = [
        task_type_id
        for task_type_id in (await session.execute(query)).scalars()
        if not settings or task_type_id in settings
    ]
    existing_query = select(_ITEM).where(
        ScheduleItem.project_id == project_id, ScheduleItem.object_id.is_(None)
    )
    existing = plain_rows(await session.execute(existing_query))
    wanted = set(task_type_ids)
    covered = {item["task_type_id"] for item in existing}
    missing = [(task_type_id, None) for task_type_id in task_type_ids if task_type_id not in covered]
    created = await _create_items(session, identity, project_id, missing)
    kept = [item for item in existing if item["task_type_id"] is None or item["task_type_id"] in wanted]
    return sorted((_present(item) for item in kept + created), key=_by_start_date)


async def _entity_items(
    session: AsyncSession,
    identity: Identity,
    project_id: uuid.UUID,
    task_type_id: uuid.UUID,
    objects: list[tuple[Any, str]],
    existing: list[dict[str, Any]],
) -> list[dict[str, Any]]:
    """Complete the existing items with one per object, leave out the stale ones, add names."""
    names = dict(objects)
    covered = {item["object_id"] for item in existing}
    missing = [(task_type_id, object_id) for object_id, _ in objects if object_id not in covered]
    created = await _create_items(session, identity, project_id, missing)
    results = []
    for item in existing + created:
        if item["object_id"] in names:
            result = _present(item)
            result["name"] = names[item["object_id"]]
            results.append(result)
    return sorted(results, key=lambda item: item["name"])


def _items_query(project_id: uuid.UUID, task_type_id: uuid.UUID):
    return select(_ITEM).where(
        ScheduleItem.project_id == project_id, ScheduleItem.task_type_id == task_type_id
    )


async def asset_type_items(
    session: AsyncSession, identity: Identity, project_id: uuid.UUID, task_type_id: uuid.UUID, episode_id: Any
) -> list[dict[str, Any]]:
    """Items of the asset types the project's assets use (the episode's own assets when given)."""
    assets = select(Entity.entity_type_id).where(Entity.project_id == project_id)
    if episode_id is not None:
        assets = assets.where(Entity.source_id == episode_id)
    query = select(EntityType.id, EntityType.name).where(
        EntityType.id.in_(assets), EntityType.name.not_in(TEMPORAL_TYPES)
    )
    objects = [(row_id, name) for row_id, name in (await session.execute(query)).all()]
    existing_query = _items_query(project_id, task_type_id).join(
        EntityType, EntityType.id == ScheduleItem.object_id
    )
    if episode_id is not None:
        existing_query = existing_query.where(ScheduleItem.object_id.in_([row_id for row_id, _ in objects]))
    existing = plain_rows(await session.execute(existing_query))
    return await _entity_items(session, identity, project_id, task_type_id, objects, existing)


async def kind_items(
    session: AsyncSession,
    identity: Identity,
    project_id: uuid.UUID,
    task_type_id: uuid.UUID,
    kind: str,
    episode_id: Any,
) -> list[dict[str, Any]]:
    """Items of the project's episodes, sequences or (not canceled) edits; an episode narrows
    to itself (episodes) or to its children (sequences, edits)."""
    query = (
        select(Entity.id, Entity.name)
        .join(EntityType, EntityType.id == Entity.entity_type_id)
        .where(Entity.project_id == project_id, EntityType.name == kind)
    )
    if kind == "Edit":
        query = query.where(Entity.canceled.is_not(True))
    if episode_id is not None:
        query = query.where(Entity.id == episode_id if kind == "Episode" else Entity.parent_id == episode_id)
    objects = [(row_id, name) for row_id, name in (await session.execute(query)).all()]
    existing_query = (
        _items_query(project_id, task_type_id)
        .join(Entity, Entity.id == ScheduleItem.object_id)
        .join(EntityType, EntityType.id == Entity.entity_type_id)
        .where(EntityType.name == kind)
    )
    if episode_id is not None:
        existing_query = existing_query.where(
            ScheduleItem.object_id == episode_id if kind == "Episode" else Entity.parent_id == episode_id
        )
    existing = plain_rows(await session.execute(existing_query))
    return await _entity_items(session, identity, project_id, task_type_id, objects, existing)


# --- production schedule versions -------------------------------------------------------------
async def get_version(session: AsyncSession, version_id: Any) -> ProductionScheduleVersion:
    version = await session.get(ProductionScheduleVersion, parse_id(version_id))
    if version is None:
        raise not_found()
    return version


async def task_links(
    session: AsyncSession, version_id: uuid.UUID, task_type_id: Any, relations: bool
) -> list[dict[str, Any]]:
    query = select(_LINK.__table__).where(_LINK.production_schedule_version_id == version_id)  # type: ignore[attr-defined]
    if task_type_id is not None:
        query = query.join(Task, Task.id == _LINK.task_id).where(Task.task_type_id == as_uuid(task_type_id))
    rows = plain_rows(await session.execute(query), "ProductionScheduleVersionTaskLink")
    if relations and rows:
        assignees: dict[Any, list[Any]] = {row["id"]: [] for row in rows}
        people = select(_PERSON_LINK.production_schedule_version_task_link_id, _PERSON_LINK.person_id).where(
            _PERSON_LINK.production_schedule_version_task_link_id.in_(list(assignees))
        )
        for link_id, person_id in (await session.execute(people)).all():
            assignees[link_id].append(person_id)
        for row in rows:
            row["assignees"] = assignees[row["id"]]
    return rows


def _summary(count: int) -> dict[str, Any]:
    return {"success": True, "task_link_count": count}


async def _upsert_links(session: AsyncSession, version_id: uuid.UUID, source) -> int:
    """Copy (task_id, start_date, due_date, estimation) rows of `source` (a subquery) into the
    version's links: existing links are updated in one statement, missing ones inserted."""
    linked = select(_LINK.task_id).where(_LINK.production_schedule_version_id == version_id)
    values = {
        name: select(source.c[name]).where(source.c.task_id == _LINK.task_id).scalar_subquery()
        for name in ("start_date", "due_date", "estimation")
    }
    updated = await session.execute(
        update(_LINK)
        .where(
            _LINK.production_schedule_version_id == version_id, _LINK.task_id.in_(select(source.c.task_id))
        )
        .values(**values)
        .execution_options(synchronize_session=False)
    )
    missing = (await session.execute(select(source).where(source.c.task_id.not_in(linked)))).all()
    if missing:
        await session.execute(
            insert(_LINK),
            [
                {
                    "id": uuid.uuid4(),
                    "production_schedule_version_id": version_id,
                    "task_id": task_id,
                    "start_date": start_date,
                    "due_date": due_date,
                    "estimation": estimation,
                }
                for task_id, start_date, due_date, estimation in missing
            ],
        )
    return (updated.rowcount or 0) + len(missing)


async def _replace_assignees(session: AsyncSession, refreshed_links, people) -> None:
    """Assignees of the refreshed links (a select of link ids) replaced by `people`, a select of
    (link id, person id) rows, all in the database."""
    await session.execute(
        delete(_PERSON_LINK).where(_PERSON_LINK.production_schedule_version_task_link_id.in_(refreshed_links))
    )
    await session.execute(
        insert(_PERSON_LINK).from_select(
            ["production_schedule_version_task_link_id", "person_id"], people.distinct()
        )
    )


async def links_from_production(session: AsyncSession, version: ProductionScheduleVersion) -> dict[str, Any]:
    """Every task of the project copied into the version, assignees included."""
    source = (
        select(Task.id.label("task_id"), Task.start_date, Task.due_date, Task.estimation)
        .where(Task.project_id == version.project_id)
        .subquery()
    )
    count = await _upsert_links(session, version.id, source)
    version_links = select(_LINK.id).where(_LINK.production_schedule_version_id == version.id)
    people = (
        select(_LINK.id, TaskPersonLink.person_id)
        .join(TaskPersonLink, TaskPersonLink.task_id == _LINK.task_id)
        .where(_LINK.production_schedule_version_id == version.id)
    )
    await _replace_assignees(session, version_links, people)
    return _summary(count)


def _emit_version_update(
    session: AsyncSession, version: ProductionScheduleVersion, identity: Identity
) -> None:
    # Zou names this event with underscores (not the CRUD `production-schedule-version:update`).
    events.emit(
        session,
        "production_schedule_version:update",
        {"production_schedule_version_id": version.id},
        project_id=version.project_id,
        user_id=identity.person.id,
    )


async def links_from_version(
    session: AsyncSession,
    identity: Identity,
    version: ProductionScheduleVersion,
    other: ProductionScheduleVersion,
) -> dict[str, Any]:
    """Another version's links copied into this one; links whose task the other version lacks
    keep their values and assignees. The version remembers where it was copied from."""
    if version.id == other.id:
        raise bad_request("A production schedule version cannot be copied onto itself.")
    if version.project_id != other.project_id:
        raise bad_request("Production schedule versions must belong to the same project.")
    source = (
        select(_LINK.task_id, _LINK.start_date, _LINK.due_date, _LINK.estimation)
        .where(_LINK.production_schedule_version_id == other.id)
        .subquery()
    )
    count = await _upsert_links(session, version.id, source)
    source_tasks = select(source.c.task_id)
    refreshed = select(_LINK.id).where(
        _LINK.production_schedule_version_id == version.id, _LINK.task_id.in_(source_tasks)
    )
    theirs = (
        select(_LINK.id, _LINK.task_id).where(_LINK.production_schedule_version_id == other.id).subquery()
    )
    mine = (
        select(_LINK.id, _LINK.task_id).where(_LINK.production_schedule_version_id == version.id).subquery()
    )
    people = (
        select(mine.c.id, _PERSON_LINK.person_id)
        .join(theirs, theirs.c.task_id == mine.c.task_id)
        .join(_PERSON_LINK, _PERSON_LINK.production_schedule_version_task_link_id == theirs.c.id)
    )
    await _replace_assignees(session, refreshed, people)
    version.production_schedule_from = other.id
    await session.flush()
    _emit_version_update(session, version, identity)
    return _summary(count)


async def apply_to_production(
    session: AsyncSession, identity: Identity, version: ProductionScheduleVersion
) -> dict[str, Any]:
    """The version's dates and estimations written on the tasks; the version gets locked and
    the project remembers it was scheduled from it."""
    linked = select(_LINK.task_id).where(_LINK.production_schedule_version_id == version.id)
    tasks = (await session.execute(select(Task.id, Task.project_id).where(Task.id.in_(linked)))).all()
    values = {
        name: select(getattr(_LINK, name))
        .where(_LINK.task_id == Task.id, _LINK.production_schedule_version_id == version.id)
        .scalar_subquery()
        for name in ("start_date", "due_date", "estimation")
    }
    await session.execute(
        update(Task).where(Task.id.in_(linked)).values(**values).execution_options(synchronize_session=False)
    )
    for task_id, project_id in tasks:
        events.emit(
            session, "task:update", {"task_id": task_id}, project_id=project_id, user_id=identity.person.id
        )
    version.locked = True
    project = await session.get(Project, version.project_id)
    if project is not None:
        project.from_schedule_version_id = version.id
    await session.flush()
    _emit_version_update(session, version, identity)
    emit_project_update(session, version.project_id, identity)
    return {"success": True, "task_count": len(tasks)}
