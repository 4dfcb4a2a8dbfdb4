"""The task lists and task pages (Zou's todos_service and task getters): a person's open and done
tasks, a project's tasks page by page, an entity's tasks of a type, a task with everything its
page shows, and the admin's per-project lists of previews, notifications and subscriptions."""

import math
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from app.areas.entities import tasks as entity_tasks
from app.areas.persons import service as persons_service
from app.areas.tasks import service, todo_rows
from app.areas.tasks.todo_rows import TASK_COLUMNS
from app.core.config import get_settings
from app.core.sql import rows_of
from app.crud.registry import engine_for
from app.models import (
    Entity,
    EntityType,
    Notification,
    Person,
    PreviewFile,
    Project,
    Subscription,
    Task,
    TaskPersonLink,
    TaskStatus,
    TaskType,
)


async def paginate(
    session: AsyncSession, collection: str, query: Select, page: int, relations: bool = False
) -> Any:
    """Zou's get_paginated_results: every row without `page`, else one page in its envelope."""
    if page < 1:
        return await _rows(session, collection, query, relations)
    limit = get_settings().nb_records_per_page
    total = (
        await session.execute(select(func.count()).select_from(query.order_by(None).subquery()))
    ).scalar()
    offset = (page - 1) * limit
    data = []
    if offset <= total:
        data = await _rows(session, collection, query.limit(limit).offset(offset), relations)
    return {
        "data": data,
        "total": total,
        "nb_pages": math.ceil(total / limit),
        "limit": limit,
        "offset": offset,
        "page": page,
    }


async def _rows(
    session: AsyncSession, collection: str, query: Select, relations: bool
) -> list[dict[str, Any]]:
    engine = engine_for(collection)
    rows = [engine.instance_dict(instance) for instance in (await session.execute(query)).scalars().all()]
    if relations:
        await engine.attach_relations(session, rows)
    return rows


# --- a person's tasks ---------------------------------------------------------------------------
async def person_tasks(
    session: AsyncSession, person_id: Any, project_ids: list[Any], done: bool
) -> list[dict[str, Any]]:
    """The person's tasks in those projects, open (or done) ones, with the names and colours the
    to-do lists show, their assignees and last comment."""
    chain = todo_rows.EntityChain()
    query = (
        chain.join(
            select(
                *TASK_COLUMNS,
                *chain.columns(),
                TaskType.name.label("task_type_name"),
                TaskType.for_entity.label("task_type_for_entity"),
                TaskType.color.label("task_type_color"),
                TaskStatus.name.label("task_status_name"),
                TaskStatus.color.label("task_status_color"),
                TaskStatus.short_name.label("task_status_short_name"),
            )
            .join(TaskPersonLink, TaskPersonLink.task_id == Task.id)
            .join(Project, Project.id == Task.project_id)
            .join(TaskType, TaskType.id == Task.task_type_id)
            .join(TaskStatus, TaskStatus.id == Task.task_status_id)
            .join(Entity, Entity.id == Task.entity_id)
        )
        .where(TaskPersonLink.person_id == person_id, Task.project_id.in_(project_ids))
        .where(TaskStatus.is_done.is_(bool(done)))
    )
    if done:
        query = query.order_by(Task.end_date.desc(), TaskType.name, Entity.name)
    rows = rows_of(await session.execute(query), "Task")
    parents = await todo_rows.parent_names(session, rows)
    episodes = await todo_rows.cast_episodes(session, [row["entity_id"] for row in rows])
    comments = await todo_rows.last_comments(session, [row["id"] for row in rows])
    for row in rows:
        todo_rows.shape_task_row(row, parents)
        row["task_estimation"] = row["estimation"]
        row["task_duration"] = row["duration"]
        row["task_start_date"] = row["start_date"]
        row["task_due_date"] = row["due_date"]
        todo_rows.add_cast_episodes(row, episodes)
        row["last_comment"] = comments.get(row["id"], {})
    await engine_for("tasks").attach_relations(session, rows)
    return rows


async def related_tasks(
    session: AsyncSession, person_id: Any, task_type_id: Any, projects: list[Any]
) -> list[dict[str, Any]]:
    """Tasks of that type on the entities (of those projects) where the person has a task."""
    entities = (
        select(Task.entity_id)
        .join(TaskPersonLink, TaskPersonLink.task_id == Task.id)
        .where(TaskPersonLink.person_id == person_id, Task.project_id.in_(projects))
    )
    query = select(Task).where(Task.entity_id.in_(entities), Task.task_type_id == task_type_id)
    return await _rows(session, "tasks", query, relations=False)


# --- tasks of a project, of an entity -----------------------------------------------------------
def project_tasks_query(project_id: Any, task_type_id: Any, episode_id: Any) -> Select:
    query = select(Task).where(Task.project_id == project_id).order_by(Task.updated_at.desc())
    if task_type_id is not None:
        query = query.where(Task.task_type_id == task_type_id)
    if episode_id is not None:
        sequence = aliased(Entity)
        in_episode = (
            select(Entity.id)
            .join(sequence, sequence.id == Entity.parent_id)
            .where(sequence.parent_id == episode_id)
        )
        query = query.where(Task.entity_id.in_(in_episode))
    return query


async def entity_tasks_of_type(
    session: AsyncSession, entity_id: Any, task_type_id: Any, client: bool
) -> list[dict[str, Any]]:
    query = (
        select(Task).where(Task.entity_id == entity_id, Task.task_type_id == task_type_id).order_by(Task.name)
    )
    rows = await _rows(session, "tasks", query, relations=False)
    return [entity_tasks.blank_for_client(row) for row in rows] if client else rows


# --- one task -----------------------------------------------------------------------------------
async def full_task(session: AsyncSession, task: Task, user_id: Any) -> dict[str, Any]:
    """The task with its entity, entity type, project, type, status, assignees, assigner, and
    the sequence and episode of a shot, scene or sequence."""
    result = await service.task_row(session, task)
    entity = await session.get(Entity, task.entity_id)
    entity_type = await session.get(EntityType, entity.entity_type_id) if entity else None
    project = await session.get(Project, task.project_id)
    subscribed = (
        await session.execute(
            select(Subscription.id).where(Subscription.person_id == user_id, Subscription.task_id == task.id)
        )
    ).first() is not None
    persons = []
    if result["assignees"]:
        query = select(Person).where(Person.id.in_(result["assignees"]))
        persons = [_person(person) for person in (await session.execute(query)).scalars().all()]
    result.update(
        {
            "entity": service.row("entities", entity) if entity else None,
            "entity_type": service.row("entity-types", entity_type) if entity_type else None,
            "is_subscribed": subscribed,
            "persons": persons,
            "project": service.row("projects", project) if project else None,
            "task_status": service.row("task-status", await session.get(TaskStatus, task.task_status_id)),
            "task_type": service.row("task-types", await session.get(TaskType, task.task_type_id)),
        }
    )
    if task.assigner_id is not None:
        assigner = await session.get(Person, task.assigner_id)
        if assigner is not None:
            departments = await persons_service.department_ids(session, assigner.id)
            result["assigner"] = persons_service.serialize_safe(assigner, departments)
    if entity is None or entity.parent_id is None or entity_type is None:
        return result
    if entity_type.name == "Sequence":
        sequence = entity
    elif entity_type.name in ("Shot", "Scene"):
        sequence = await session.get(Entity, entity.parent_id)
    else:
        return result
    if sequence is None:
        return result
    result["sequence"] = _typed_entity(sequence, "Sequence")
    if sequence.parent_id is not None:
        episode = await session.get(Entity, sequence.parent_id)
        if episode is not None:
            result["episode"] = _typed_entity(episode, "Episode")
    return result


def _person(person: Person) -> dict[str, Any]:
    return persons_service.serialize_safe(person)


def _typed_entity(entity: Entity, type_name: str) -> dict[str, Any]:
    row = service.row("entities", entity)
    row["type"] = type_name
    return row


async def task_previews(session: AsyncSession, task_id: Any, client: bool) -> list[dict[str, Any]]:
    query = select(PreviewFile).where(PreviewFile.task_id == task_id)
    if client:
        query = query.where(PreviewFile.validation_status.is_distinct_from("rejected"))
    query = query.order_by(PreviewFile.revision.desc())
    return await _rows(session, "preview-files", query, relations=False)


# --- admin lists of a project -------------------------------------------------------------------
def project_preview_files(project_id: Any) -> Select:
    return (
        select(PreviewFile)
        .join(Task, Task.id == PreviewFile.task_id)
        .where(Task.project_id == project_id)
        .order_by(PreviewFile.updated_at.desc())
    )


def project_notifications(project_id: Any) -> Select:
    return (
        select(Notification)
        .join(Task, Task.id == Notification.task_id)
        .where(Task.project_id == project_id)
        .order_by(Notification.updated_at.desc())
    )


def project_subscriptions(project_id: Any) -> Select:
    return (
        select(Subscription).join(Task, Task.id == Subscription.task_id).where(Task.project_id == project_id)
    )
