"""The caller's task lists (Zou's todos_service): to-do, done, and the tasks waiting for feedback.

Each task comes as Zou's to-do row: the task's columns, its production, entity, sequence, episode,
type and status names and colours, assignee ids and its last comment (not a client's).
"""

from typing import Any

from sqlalchemy import Select, or_, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from app.areas.tasks import todo_rows
from app.areas.user.rows import id_lists
from app.core.db import fetch_rows
from app.core.sql import in_ids
from app.models import (
    Entity,
    EntityType,
    Project,
    ProjectStatus,
    Task,
    TaskPersonLink,
    TaskStatus,
    TaskType,
)

Sequence = aliased(Entity, name="sequence")
Episode = aliased(Entity, name="episode")
EXTRA_COLUMNS = [
    Project.name.label("project_name"),
    Project.has_avatar.label("project_has_avatar"),
    Entity.name.label("entity_name"),
    Entity.description.label("entity_description"),
    Entity.data.label("entity_data"),
    Entity.preview_file_id.label("entity_preview_file_id"),
    EntityType.name.label("entity_type_name"),
    Entity.canceled.label("entity_canceled"),
    Entity.parent_id.label("entity_parent_id"),
    Entity.source_id.label("entity_source_id"),
    Sequence.name.label("sequence_name"),
    Episode.id.label("episode_id"),
    Episode.name.label("episode_name"),
    TaskType.name.label("task_type_name"),
    TaskType.for_entity.label("task_type_for_entity"),
    TaskStatus.name.label("task_status_name"),
    TaskType.color.label("task_type_color"),
    TaskStatus.color.label("task_status_color"),
    TaskStatus.short_name.label("task_status_short_name"),
]
TASK_KEYS = [column.name for column in todo_rows.TASK_COLUMNS]


def base_query(assignee_id: Any = None) -> Select:
    """The to-do rows' joins; with `assignee_id`, only that person's tasks."""
    query = select(*todo_rows.TASK_COLUMNS, *EXTRA_COLUMNS)
    if assignee_id is not None:
        # From the person's links first: past 8 joins PostgreSQL keeps the written join order,
        # and starting from the whole task table cost half a second a list.
        query = (
            query.select_from(TaskPersonLink)
            .join(Task, Task.id == TaskPersonLink.task_id)
            .where(TaskPersonLink.person_id == assignee_id)
        )
    return (
        query.join(Project, Project.id == Task.project_id)
        .join(ProjectStatus, ProjectStatus.id == Project.project_status_id)
        .join(TaskType, TaskType.id == Task.task_type_id)
        .join(TaskStatus, TaskStatus.id == Task.task_status_id)
        .join(Entity, Entity.id == Task.entity_id)
        .join(EntityType, EntityType.id == Entity.entity_type_id)
        .outerjoin(Sequence, Sequence.id == Entity.parent_id)
        .outerjoin(Episode, Episode.id == Sequence.parent_id)
    )


async def _episode_names(session: AsyncSession, ids: set[Any]) -> dict[Any, str]:
    if not ids:
        return {}
    query = (
        select(Entity.id, Entity.name)
        .join(EntityType, EntityType.id == Entity.entity_type_id)
        .where(Entity.id.in_(ids), EntityType.name == "Episode")
    )
    return dict((await session.execute(query)).all())  # type: ignore[arg-type]


async def _entity_names(session: AsyncSession, ids: set[Any]) -> dict[Any, str]:
    if not ids:
        return {}
    return dict((await session.execute(select(Entity.id, Entity.name).where(Entity.id.in_(ids)))).all())  # type: ignore[arg-type]


async def build_rows(session: AsyncSession, query: Select) -> list[dict[str, Any]]:
    """Zou's to-do rows of a `base_query()`."""
    keys, values = await fetch_rows(session, query)
    records = [dict(zip(keys, record, strict=True)) for record in values]
    sources = {record["entity_source_id"] for record in records if record["episode_id"] is None}
    source_episodes = await _episode_names(session, {source for source in sources if source is not None})
    sequence_parents = {
        record["entity_parent_id"]
        for record in records
        if record["entity_type_name"] == "Sequence" and record["entity_parent_id"] is not None
    }
    parent_names = await _entity_names(session, sequence_parents)
    tasks = []
    for record in records:
        task = {key: record[key] for key in TASK_KEYS}
        task["type"] = "Task"
        source_id = record["entity_source_id"]
        episode_id, episode_name = record["episode_id"], record["episode_name"]
        if episode_id is None:
            episode_id = source_id if source_id is not None else ""
            if source_id is not None:
                episode_name = source_episodes.get(source_id, "MP")
        if record["entity_type_name"] == "Sequence" and record["entity_parent_id"] is not None:
            episode_id = record["entity_parent_id"]
            episode_name = parent_names.get(episode_id)
        preview = record["entity_preview_file_id"]
        task.update(
            {
                "project_name": record["project_name"],
                "project_has_avatar": record["project_has_avatar"],
                "entity_name": record["entity_name"],
                "entity_description": record["entity_description"],
                "entity_data": record["entity_data"],
                "entity_preview_file_id": str(preview) if preview is not None else "",
                "entity_source_id": str(source_id) if source_id is not None else "",
                "entity_type_name": record["entity_type_name"],
                "entity_canceled": record["entity_canceled"],
                "sequence_name": record["sequence_name"],
                "episode_id": str(episode_id),
                "episode_name": episode_name,
                "task_type_for_entity": record["task_type_for_entity"],
                "task_estimation": record["estimation"],
                "task_duration": record["duration"],
                "task_start_date": record["start_date"],
                "task_due_date": record["due_date"],
                "task_type_name": record["task_type_name"],
                "task_status_name": record["task_status_name"],
                "task_type_color": record["task_type_color"],
                "task_status_color": record["task_status_color"],
                "task_status_short_name": record["task_status_short_name"],
            }
        )
        tasks.append(task)
    return tasks


async def attach_assignees_and_comments(session: AsyncSession, tasks: list[dict[str, Any]]) -> None:
    ids = [task["id"] for task in tasks]
    assignees = await id_lists(session, TaskPersonLink.task_id, TaskPersonLink.person_id, ids)
    comments = await todo_rows.last_comments(session, ids)
    for task in tasks:
        task["assignees"] = assignees.get(task["id"], [])
        task["last_comment"] = comments.get(task["id"], {})


async def _cast_episodes(session: AsyncSession, tasks: list[dict[str, Any]]) -> None:
    """Assets cast in episodes carry those episodes' ids and names."""
    episodes = await todo_rows.cast_episodes(session, [task["entity_id"] for task in tasks])
    for task in tasks:
        todo_rows.add_cast_episodes(task, episodes)


async def person_tasks(
    session: AsyncSession, person_id: Any, project_ids: list[Any], done: bool
) -> list[dict[str, Any]]:
    """The person's tasks in the given productions, unfinished or done."""
    query = base_query(person_id).where(in_ids(Project.id, project_ids), TaskStatus.is_done.is_(done))
    if done:
        query = query.order_by(Task.end_date.desc(), TaskType.name, Entity.name)
    else:
        query = query.order_by(Project.name, Entity.name, TaskType.name)
    tasks = await build_rows(session, query)
    await _cast_episodes(session, tasks)
    await attach_assignees_and_comments(session, tasks)
    return tasks


def episode_condition(episode_id: Any):
    """Every way a row finds its episode: the sequence chain, its source, a sequence's parent."""
    return or_(Episode.id == episode_id, Entity.source_id == episode_id, Entity.parent_id == episode_id)
