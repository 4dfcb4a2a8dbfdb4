"""The caller's own to-do and done lists (`/data/user/tasks`, `/data/user/done-tasks`).

On PostgreSQL the whole list is one statement: the to-do rows of `todos.base_query` with their
episode resolved by CASE, the episodes an asset is cast in, the assignees and the last visible
comment as subqueries, and the caller's open productions as a subquery. Ids and json columns
leave the database as text (json embedded as it is): the six round trips and the per-row Python
of the general path (`todos.person_tasks`, kept for SQLite) were two thirds of a 200-task list.
"""

from typing import Any

import orjson
from sqlalchemy import Select, Text, and_, bindparam, case, cast, func, literal_column, select, true
from sqlalchemy.dialects.postgresql import aggregate_order_by
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from app.areas.tasks import todo_rows
from app.areas.user import todos
from app.areas.user.projects import OPEN, open_team_project_ids, team_project_ids
from app.areas.user.rows import linked_ids
from app.core.db import fetch_rows
from app.core.sql import built_once, is_postgres, sent_as_text
from app.models import (
    Entity,
    EntityLink,
    EntityType,
    Project,
    ProjectStatus,
    Task,
    TaskPersonLink,
    TaskStatus,
    TaskType,
)


async def own_tasks(session: AsyncSession, person_id: Any, done: bool) -> list[dict[str, Any]]:
    """The person's tasks in the open productions whose team holds them, unfinished or done."""
    if not is_postgres():
        project_ids = await open_team_project_ids(session, person_id)
        return await todos.person_tasks(session, person_id, project_ids, done)
    statement = built_once((own_tasks, done), lambda: _statement(done))
    keys, records = await fetch_rows(session, statement, {"person_id": person_id})
    return _rows(keys, records)


def _episode_columns(source_episode_name: Any) -> list[Any]:
    """Zou's episode of a to-do row: a sequence's parent, else the sequence's episode, else the
    asset's main episode (its source; "MP" when that is not an episode)."""
    sequence, episode = todos.Sequence, todos.Episode
    of_sequence = and_(EntityType.name == "Sequence", Entity.parent_id.is_not(None))
    episode_id = case(
        (of_sequence, cast(Entity.parent_id, Text)),
        (episode.id.is_not(None), cast(episode.id, Text)),
        (Entity.source_id.is_not(None), cast(Entity.source_id, Text)),
        else_="",
    )
    episode_name = case(
        (of_sequence, sequence.name),
        (episode.id.is_not(None), episode.name),
        (Entity.source_id.is_not(None), func.coalesce(source_episode_name, "MP")),
        else_=episode.name,
    )
    return [episode_id.label("episode_id"), episode_name.label("episode_name")]


def _source_episode_name() -> Any:
    source, source_type = aliased(Entity), aliased(EntityType)
    return (
        select(source.name)
        .join(source_type, source_type.id == source.entity_type_id)
        .where(source.id == Entity.source_id, source_type.name == "Episode")
        .scalar_subquery()
    )


def _cast_episodes() -> list[Any]:
    """Ids and names of the episodes the entity is cast in, by name (NULL when none)."""
    episode, episode_type = aliased(Entity), aliased(EntityType)

    def listed(value: Any, label: str) -> Any:
        ordered = aggregate_order_by(value, episode.name, episode.id)
        return (
            select(func.array_agg(ordered))
            .select_from(EntityLink)
            .join(episode, episode.id == EntityLink.entity_in_id)
            .join(episode_type, episode_type.id == episode.entity_type_id)
            .where(EntityLink.entity_out_id == Entity.id, episode_type.name == "Episode")
            .scalar_subquery()
            .label(label)
        )

    return [listed(cast(episode.id, Text), "cast_episode_ids"), listed(episode.name, "cast_episode_names")]


def _statement(done: bool) -> Select:
    assignee = aliased(TaskPersonLink)  # not the list's own link, which the query starts from
    assignees = linked_ids(assignee.task_id, assignee.person_id, Task.id, as_text=True).label("assignees")
    latest = todo_rows.newest_visible_comment(sent_on=True)
    columns = [
        *(sent_as_text(column) for column in todo_rows.TASK_COLUMNS),
        literal_column("'Task'", Text).label("type"),
        Project.name.label("project_name"),
        Project.has_avatar.label("project_has_avatar"),
        Entity.name.label("entity_name"),
        Entity.description.label("entity_description"),
        sent_as_text(Entity.data, "entity_data"),
        func.coalesce(cast(Entity.preview_file_id, Text), "").label("entity_preview_file_id"),
        func.coalesce(cast(Entity.source_id, Text), "").label("entity_source_id"),
        EntityType.name.label("entity_type_name"),
        Entity.canceled.label("entity_canceled"),
        todos.Sequence.name.label("sequence_name"),
        *_episode_columns(_source_episode_name()),
        TaskType.for_entity.label("task_type_for_entity"),
        Task.estimation.label("task_estimation"),
        Task.duration.label("task_duration"),
        Task.start_date.label("task_start_date"),
        Task.due_date.label("task_due_date"),
        TaskType.name.label("task_type_name"),
        TaskStatus.name.label("task_status_name"),
        TaskType.color.label("task_type_color"),
        TaskStatus.color.label("task_status_color"),
        TaskStatus.short_name.label("task_status_short_name"),
        *_cast_episodes(),
        assignees,
        latest.c.text.label("latest_comment_text"),
        latest.c.created_at.label("latest_comment_date"),
        latest.c.person_id.label("latest_comment_person_id"),
        latest.c.found.label("latest_comment_found"),
    ]
    person_id = bindparam("person_id")
    order = (
        (Task.end_date.desc(), TaskType.name, Entity.name)
        if done
        else (Project.name, Entity.name, TaskType.name)
    )
    return (
        todos.base_query(person_id)
        .with_only_columns(*columns)
        .outerjoin(latest, true())
        .where(
            ProjectStatus.name == OPEN,
            Project.id.in_(team_project_ids(person_id)),
            TaskStatus.is_done.is_(done),
        )
        .order_by(*order)
    )


def _rows(keys: list[str], records: Any) -> list[dict[str, Any]]:
    """The rows as Zou sends them, each read by position (the statement's keys looked up once)."""
    if not records:
        return []
    fixed = keys[: keys.index("cast_episode_ids")]
    data, entity_data = fixed.index("data"), fixed.index("entity_data")
    cast_ids, cast_names, assignees, text, date, author, found = (keys.index(name) for name in _TAIL)
    fragment = orjson.Fragment
    rows = []
    for record in records:
        row = dict(zip(fixed, record, strict=False))  # the leading columns only
        if row["data"] is not None:
            row["data"] = fragment(record[data])
        if row["entity_data"] is not None:
            row["entity_data"] = fragment(record[entity_data])
        if record[cast_ids] is not None:
            row["episode_ids"], row["episode_names"] = record[cast_ids], record[cast_names]
        row["assignees"] = record[assignees] or []
        row["last_comment"] = (
            {"text": record[text], "date": record[date], "person_id": record[author]} if record[found] else {}
        )
        rows.append(row)
    return rows


_TAIL = (
    "cast_episode_ids", "cast_episode_names", "assignees", "latest_comment_text", "latest_comment_date",
    "latest_comment_person_id", "latest_comment_found",
)  # fmt: skip
