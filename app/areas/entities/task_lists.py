"""What hangs on an episode, sequence, shot, scene or edit: its detailed tasks (Zou's
tasks_service.get_task_dicts_for_entity and the per-episode/sequence aggregations), task types,
previews by task type, casting and versions."""

from collections import defaultdict
from collections.abc import Callable
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from app.areas.entities.kinds import NOT_ASSET_TYPES
from app.areas.entities.lookup import entity_columns
from app.core.sql import chunks, in_ids, rows_of, table_dicts
from app.models import (
    Entity,
    EntityLink,
    EntityType,
    EntityVersion,
    PreviewFile,
    Project,
    Task,
    TaskPersonLink,
    TaskStatus,
    TaskType,
)

TASK_COLUMNS = list(Task.__table__.columns)  # type: ignore[attr-defined]
TASK_TYPE_COLUMNS = list(TaskType.__table__.columns)  # type: ignore[attr-defined]


async def detailed_tasks(
    session: AsyncSession, *conditions: Any, relations: bool = False, assigned_to: Any = None
) -> list[dict[str, Any]]:
    """Task rows plus project, task type, task status, entity type and entity names, sorted as
    Zou sorts them; `assignees` id lists with relations. Tasks without a status are left out
    (Zou's inner joins)."""
    query = (
        select(
            *TASK_COLUMNS,
            Project.name.label("project_name"),
            TaskType.name.label("task_type_name"),
            TaskStatus.name.label("task_status_name"),
            EntityType.name.label("entity_type_name"),
            Entity.name.label("entity_name"),
        )
        .join(Project, Project.id == Task.project_id)
        .join(TaskType, TaskType.id == Task.task_type_id)
        .join(TaskStatus, TaskStatus.id == Task.task_status_id)
        .join(Entity, Entity.id == Task.entity_id)
        .join(EntityType, EntityType.id == Entity.entity_type_id)
        .where(*conditions)
    )
    if assigned_to is not None:
        query = query.where(
            Task.id.in_(select(TaskPersonLink.task_id).where(TaskPersonLink.person_id == assigned_to))
        )
    tasks = rows_of(await session.execute(query), "Task")
    tasks.sort(
        key=lambda task: (
            task["name"].casefold(),
            task["project_name"].casefold(),
            task["task_type_name"].casefold(),
            task["entity_type_name"].casefold(),
            task["entity_name"].casefold(),
        )
    )
    if relations and tasks:
        await attach_assignees(session, tasks)
    return tasks


async def attach_assignees(session: AsyncSession, tasks: list[dict[str, Any]]) -> None:
    grouped: dict[Any, list[Any]] = defaultdict(list)
    ids = [task["id"] for task in tasks]
    for part in chunks(ids, 5000):
        query = select(TaskPersonLink.task_id, TaskPersonLink.person_id).where(
            in_ids(TaskPersonLink.task_id, part)
        )
        for task_id, person_id in (await session.execute(query)).all():
            grouped[task_id].append(person_id)
    for task in tasks:
        task["assignees"] = grouped.get(task["id"], [])


def tasks_of_entity(entity_id: Any) -> Any:
    return Task.entity_id == entity_id


def shot_tasks_of_sequence(sequence_id: Any) -> Any:
    """Tasks of the entities whose parent is the sequence (its shots, as Zou filters)."""
    return Task.entity_id.in_(select(Entity.id).where(Entity.parent_id == sequence_id))


def shot_tasks_of_episode(episode_id: Any) -> Any:
    sequence = aliased(Entity, name="sequence")
    shots = select(Entity.id).join(sequence, sequence.id == Entity.parent_id)
    return Task.entity_id.in_(shots.where(sequence.parent_id == episode_id))


def asset_tasks_of_episode(episode_id: Any) -> Any:
    """Tasks of the assets whose main episode (`source_id`) is the episode."""
    not_assets = select(EntityType.id).where(EntityType.name.in_(NOT_ASSET_TYPES))
    assets = select(Entity.id).where(Entity.source_id == episode_id, Entity.entity_type_id.not_in(not_assets))
    return Task.entity_id.in_(assets)


def edit_tasks_of_episode(episode_id: Any) -> Any:
    edit_type = select(EntityType.id).where(EntityType.name == "Edit").scalar_subquery()
    edits = select(Entity.id).where(Entity.parent_id == episode_id, Entity.entity_type_id == edit_type)
    return Task.entity_id.in_(edits)


# --- task types ----------------------------------------------------------------------------------
async def task_types_for(session: AsyncSession, task_condition: Any) -> list[dict[str, Any]]:
    """Task types of the tasks matching the condition (each once)."""
    used = select(Task.task_type_id).where(task_condition)
    query = select(*TASK_TYPE_COLUMNS).where(TaskType.id.in_(used)).order_by(TaskType.priority, TaskType.name)
    return table_dicts((await session.execute(query)).mappings().all(), "TaskType")


# --- previews, casting, versions -------------------------------------------------------------------
async def previews_by_task_type(session: AsyncSession, entity_id: Any) -> dict[str, list[dict[str, Any]]]:
    """Zou's get_preview_files_for_entity: per task type, one entry per revision (newest first),
    the other files of a revision nested in its `previews`."""
    query = (
        select(
            PreviewFile.id,
            PreviewFile.revision,
            PreviewFile.position,
            PreviewFile.original_name,
            PreviewFile.extension,
            PreviewFile.status,
            PreviewFile.annotations,
            PreviewFile.created_at,
            PreviewFile.task_id,
            Task.task_type_id,
        )
        .join(Task, Task.id == PreviewFile.task_id)
        .join(TaskType, TaskType.id == Task.task_type_id)
        .where(Task.entity_id == entity_id)
        .order_by(
            TaskType.priority.desc(), TaskType.name, PreviewFile.revision.desc(), PreviewFile.created_at
        )
    )
    by_task: dict[Any, list[dict[str, Any]]] = {}
    for row in (await session.execute(query)).mappings().all():
        by_task.setdefault(row["task_id"], []).append(dict(row))
    return revision_entries(by_task, lambda entry: {key: entry[key] for key in ENTRY_KEYS})


def revision_entries(
    by_task: dict[Any, list[dict[str, Any]]], shape: Callable[[dict[str, Any]], dict[str, Any]]
) -> dict[str, list[dict[str, Any]]]:
    """Per task type, one entry per revision in the files' order, shaped by `shape`; the other
    files of a revision are nested in the `previews` of its first one."""
    previews: dict[str, list[dict[str, Any]]] = {}
    for files in by_task.values():
        revisions: dict[Any, dict[str, Any]] = {}
        entries = []
        for preview in files:
            head = revisions.get(preview["revision"])
            if head is None:
                preview["previews"] = []
                revisions[preview["revision"]] = preview
                entries.append(preview)
            else:
                head["previews"].append(preview)
        previews[str(files[0]["task_type_id"])] = [shape(entry) for entry in entries]
    return previews


ENTRY_KEYS = (
    "id", "revision", "original_name", "extension", "status", "annotations", "previews",
    "created_at", "task_id",
)  # fmt: skip


async def casting(session: AsyncSession, entity_id: Any) -> list[dict[str, Any]]:
    """The assets cast in an entity (Zou's get_entity_casting: its `entities_out`)."""
    query = (
        select(*entity_columns())
        .join(EntityLink, EntityLink.entity_out_id == Entity.id)
        .where(EntityLink.entity_in_id == entity_id)
        .order_by(Entity.name)
    )
    return rows_of(await session.execute(query), "Asset")


async def versions(session: AsyncSession, entity_id: Any, type_name: str) -> list[dict[str, Any]]:
    """Former names and frame ranges of a shot or an edit, newest first."""
    query = (
        select(*EntityVersion.__table__.columns)  # type: ignore[attr-defined]
        .where(EntityVersion.entity_id == entity_id)
        .order_by(EntityVersion.created_at.desc())
    )
    return table_dicts((await session.execute(query)).mappings().all(), type_name)
