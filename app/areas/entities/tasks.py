"""The tasks of entities as the entity pages show them (Zou's tasks_service / entities_service
parts): compact task summaries, detailed task lists, task types in use, task creation."""

from collections import defaultdict
from typing import Any

from sqlalchemy import exists, select
from sqlalchemy.ext.asyncio import AsyncSession

from app import events
from app.areas.entities import kinds as entity_kinds
from app.areas.entities import task_lists
from app.areas.entities.lookup import fetch_rows, row_of
from app.areas.entities.task_lists import attach_assignees
from app.core.errors import bad_request, not_found
from app.core.ids import as_uuid
from app.models import (
    Entity,
    ProjectTaskTypeLink,
    Subscription,
    Task,
    TaskPersonLink,
    TaskStatus,
    TaskType,
    TaskTypeAssetTypeLink,
)

# The task fields of Zou's asset page (ASSETS_AND_TASKS_TASK_FIELDS).
SUMMARY_FIELDS = (
    "id",
    "due_date",
    "done_date",
    "duration",
    "entity_id",
    "estimation",
    "end_date",
    "last_comment_date",
    "last_preview_file_id",
    "priority",
    "real_start_date",
    "retake_count",
    "start_date",
    "difficulty",
    "task_status_id",
    "task_type_id",
    "data",
)
# What a client never reads of a task (Zou's CLIENT_BLANK_TASK_VALUES): the keys stay, blank.
CLIENT_BLANK = {
    "assignees": [],
    "assigner_id": None,
    "completion_rate": 0,
    "difficulty": None,
    "done_date": None,
    "due_date": None,
    "duration": 0,
    "end_date": None,
    "estimation": 0,
    "last_comment_date": None,
    "nb_assets_ready": 0,
    "nb_drawings": 0,
    "priority": 0,
    "real_start_date": None,
    "retake_count": 0,
    "start_date": None,
}


def assigned_to(entity_id_column: Any, person_id: Any):
    """Entities holding a task assigned to the person (an EXISTS: rows never multiply)."""
    return exists().where(
        Task.entity_id == entity_id_column,
        Task.id.in_(select(TaskPersonLink.task_id).where(TaskPersonLink.person_id == person_id)),
    )


def blank_for_client(task: dict[str, Any]) -> dict[str, Any]:
    for name, value in CLIENT_BLANK.items():
        if name in task:
            task[name] = list(value) if isinstance(value, list) else value
    return task


async def task_summaries(
    session: AsyncSession,
    entity_ids: list[Any],
    person_id: Any,
    client: bool,
    fields: tuple[str, ...] = SUMMARY_FIELDS,
) -> dict[Any, list[dict[str, Any]]]:
    """Per entity, its tasks reduced to the board `fields`, with assignees and subscription."""
    names = list(dict.fromkeys(("id", "entity_id", *fields)))
    columns = [Task.__table__.c[name] for name in names]  # type: ignore[attr-defined]
    rows = await fetch_rows(session, select(*columns).where(Task.entity_id.in_(entity_ids)))
    ids = [row["id"] for row in rows]
    await attach_assignees(session, rows)
    subscribed: set[Any] = set()
    if ids:
        query = select(Subscription.task_id).where(
            Subscription.person_id == person_id, Subscription.task_id.in_(ids)
        )
        subscribed = set((await session.execute(query)).scalars().all())
    grouped: dict[Any, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        entity_id = row["entity_id"]
        if "priority" in row:
            row["priority"] = row["priority"] or 0
        summary = {name: row[name] for name in fields}
        summary["is_subscribed"] = row["id"] in subscribed
        summary["assignees"] = row["assignees"]
        grouped[entity_id].append(blank_for_client(summary) if client else summary)
    return grouped


async def detailed_tasks(
    session: AsyncSession, entity_id: Any, relations: bool, client: bool
) -> list[dict[str, Any]]:
    """Zou's get_task_dicts_for_entity: task rows with project, type, status and entity names."""
    rows = await task_lists.detailed_tasks(session, Task.entity_id == entity_id, relations=relations)
    return [blank_for_client(row) for row in rows] if client else rows


async def task_types_in_use(session: AsyncSession, entity_id: Any) -> list[dict[str, Any]]:
    used = select(Task.task_type_id).where(Task.entity_id == entity_id)
    query = select(*TaskType.__table__.columns).where(TaskType.id.in_(used)).order_by(TaskType.name)  # type: ignore[attr-defined]
    rows = await fetch_rows(session, query)
    for row in rows:
        row["type"] = "TaskType"
    return rows


async def default_status(session: AsyncSession, for_concept: bool) -> TaskStatus:
    """Zou's get_default_task_status: `Neutral` for concepts, `Todo` otherwise (made if missing)."""
    name, short_name, color = (
        ("Neutral", "neutral", "#CCCCCC") if for_concept else ("Todo", "todo", "#f5f5f5")
    )
    query = select(TaskStatus).where(TaskStatus.is_default.is_(True), TaskStatus.for_concept.is_(for_concept))
    status = (await session.execute(query.order_by(TaskStatus.created_at))).scalars().first()
    if status is None:
        query = select(TaskStatus).where(TaskStatus.short_name == short_name)
        status = (await session.execute(query)).scalars().first()
    if status is None:
        status = TaskStatus(
            name=name, short_name=short_name, color=color, is_default=True, for_concept=for_concept
        )
        session.add(status)
        await session.flush()
    return status


async def _task_types(session: AsyncSession, raw_ids: list[Any]) -> list[TaskType]:
    ids = []
    for raw in raw_ids:
        value = as_uuid(raw)
        if value is None:
            raise not_found()
        ids.append(value)
    found = {
        row.id: row for row in (await session.execute(select(TaskType).where(TaskType.id.in_(ids)))).scalars()
    }
    if any(value not in found for value in ids):
        raise not_found()
    return [found[value] for value in dict.fromkeys(ids)]


async def create_tasks_for_entity(
    session: AsyncSession, entity: Entity, task_type_ids: list[Any], user_id: Any
) -> list[dict[str, Any]]:
    """Zou's create_tasks_for_entity: one `main` task per task type, checked against the project
    workflow, the asset type workflow and the kind of entity; existing ones are skipped. No
    task type given: every task type valid for the entity."""
    type_name = await entity_kinds.type_name_of(session, entity.entity_type_id)
    kind = entity_kinds.base_type_name(type_name)
    project_query = select(ProjectTaskTypeLink.task_type_id).where(
        ProjectTaskTypeLink.project_id == entity.project_id
    )
    in_project = set((await session.execute(project_query)).scalars().all())
    in_workflow: set[Any] | None = None
    if kind == "Asset":
        workflow_query = select(TaskTypeAssetTypeLink.task_type_id).where(
            TaskTypeAssetTypeLink.asset_type_id == entity.entity_type_id
        )
        in_workflow = set((await session.execute(workflow_query)).scalars().all()) or None
    if task_type_ids:
        task_types = await _task_types(session, task_type_ids)
        for task_type in task_types:
            if task_type.for_entity and task_type.for_entity != kind:
                raise bad_request(
                    f"Task type {task_type.id} is for {task_type.for_entity} entities, got {kind}."
                )
            if task_type.id not in in_project:
                raise bad_request(f"Task type {task_type.id} is not enabled in project {entity.project_id}.")
            if in_workflow is not None and task_type.id not in in_workflow:
                raise bad_request(
                    f"Task type {task_type.id} is not in the workflow of asset type {entity.entity_type_id}."
                )
    else:
        candidates = in_project if in_workflow is None else in_project & in_workflow
        query = select(TaskType).where(TaskType.id.in_(candidates)).order_by(TaskType.priority, TaskType.name)
        task_types = [
            t for t in (await session.execute(query)).scalars() if not t.for_entity or t.for_entity == kind
        ]
    if not task_types:
        return []
    existing_query = select(Task.task_type_id).where(
        Task.entity_id == entity.id, Task.task_type_id.in_([t.id for t in task_types]), Task.name == "main"
    )
    existing = set((await session.execute(existing_query)).scalars().all())
    status = await default_status(session, kind == "Concept")
    created = []
    for task_type in task_types:
        if task_type.id in existing:
            continue
        task = new_main_task(entity, task_type, status, user_id)
        session.add(task)
        created.append((task_type, task))
    await session.flush()
    results = []
    for task_type, task in created:
        results.append(new_task_row(row_of(task), task_type, status))
        events.emit(session, "task:new", {"task_id": task.id}, project_id=entity.project_id, user_id=user_id)
    return results


def new_main_task(entity: Entity, task_type: TaskType, status: TaskStatus, user_id: Any) -> Task:
    """The `main` task of that type Zou creates on an entity: its default status, the caller as
    assigner, no time spent or estimated."""
    return Task(
        name="main",
        project_id=entity.project_id,
        task_type_id=task_type.id,
        task_status_id=status.id,
        entity_id=entity.id,
        assigner_id=user_id,
        duration=0.0,
        estimation=0.0,
        completion_rate=0,
    )


def new_task_row(row: dict[str, Any], task_type: TaskType, status: TaskStatus) -> dict[str, Any]:
    """Zou's answer for a task it created: the task's row, no assignees yet, the names and colours
    of its status and type."""
    row.update(
        {
            "assignees": [],
            "task_status_name": status.name,
            "task_status_short_name": status.short_name,
            "task_status_color": status.color,
            "task_type_name": task_type.name,
            "task_type_color": task_type.color,
            "task_type_priority": task_type.priority,
        }
    )
    return row
