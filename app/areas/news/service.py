"""The production news feed (Zou's news blueprint): pages of news with their task, status, entity
and author, the count of status changes by status, and one news item."""

import math
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from app.areas.entities.lookup import fetch_rows
from app.areas.news.names import full_entity_names
from app.auth import permissions
from app.auth.identity import Identity
from app.models import (
    Comment,
    Entity,
    News,
    Person,
    PreviewFile,
    Project,
    ProjectPersonLink,
    ProjectStatus,
    Task,
)

NEWS_COLUMNS = (
    News.id,
    News.author_id,
    News.comment_id,
    News.task_id,
    Task.task_type_id,
    Comment.task_status_id,
    Task.entity_id.label("task_entity_id"),
    News.preview_file_id,
    PreviewFile.extension.label("preview_file_extension"),
    PreviewFile.revision.label("preview_file_revision"),
    Project.id.label("project_id"),
    Project.name.label("project_name"),
    News.created_at,
    News.change,
    Entity.preview_file_id.label("entity_preview_file_id"),
)


@dataclass
class NewsFilters:
    """What narrows a feed. `project_ids` scopes it (None: every production); `project_id` is the
    production a single news item must belong to."""

    project_ids: list[uuid.UUID] | None = None
    project_id: uuid.UUID | None = None
    news_id: uuid.UUID | None = None
    task_status_id: uuid.UUID | None = None
    task_type_id: uuid.UUID | None = None
    author_id: uuid.UUID | None = None
    episode_id: uuid.UUID | None = None
    only_preview: bool = False
    after: datetime | None = None
    before: datetime | None = None


def _joined(query: Select, comments_required: bool = False) -> Select:
    query = (
        query.select_from(News)
        .join(Task, Task.id == News.task_id)
        .join(Project, Project.id == Task.project_id)
        .join(Entity, Entity.id == Task.entity_id)
    )
    if comments_required:
        query = query.join(Comment, Comment.id == News.comment_id)
    else:
        query = query.outerjoin(Comment, Comment.id == News.comment_id)
    return query.outerjoin(PreviewFile, PreviewFile.id == News.preview_file_id)


def _filtered(query: Select, filters: NewsFilters) -> Select:
    if filters.project_id is not None:
        query = query.where(Task.project_id == filters.project_id)
    if filters.project_ids is not None:
        query = query.where(Project.id.in_(filters.project_ids))
    if filters.news_id is not None:
        query = query.where(News.id == filters.news_id)
    if filters.episode_id is not None:
        sequence = aliased(Entity, name="sequence")
        query = query.join(sequence, sequence.id == Entity.parent_id).where(
            sequence.parent_id == filters.episode_id
        )
    if filters.task_status_id is not None:
        query = query.where(Comment.task_status_id == filters.task_status_id)
    if filters.task_type_id is not None:
        query = query.where(Task.task_type_id == filters.task_type_id)
    if filters.author_id is not None:
        query = query.where(News.author_id == filters.author_id)
    if filters.only_preview:
        query = query.where(News.preview_file_id.is_not(None))
    if filters.after is not None:
        query = query.where(News.created_at > filters.after)
    if filters.before is not None:
        query = query.where(News.created_at < filters.before)
    return query


async def _authors(session: AsyncSession, author_ids: set[Any]) -> dict[Any, dict[str, Any]]:
    """Zou's short persons: enough to draw an author, guests included."""
    if not author_ids:
        return {}
    query = select(Person.id, Person.first_name, Person.last_name, Person.has_avatar, Person.role).where(
        Person.id.in_(author_ids)
    )
    authors = {}
    for row in await fetch_rows(session, query):
        first, last = row["first_name"], row["last_name"]
        row["full_name"] = f"{first} {last}" if first and last else f"{first or ''}{last or ''}"
        authors[row["id"]] = row
    return authors


async def _preview_files(session: AsyncSession, data: list[dict[str, Any]]) -> None:
    """With `only_preview`: every preview of each news item's task revision, by position."""
    task_ids = {row["task_id"] for row in data}
    revisions = {row["preview_file_revision"] for row in data if row["preview_file_revision"] is not None}
    grouped: dict[tuple[Any, Any], list[dict[str, Any]]] = {}
    if task_ids and revisions:
        query = (
            select(
                PreviewFile.task_id,
                PreviewFile.id,
                PreviewFile.name,
                PreviewFile.extension,
                PreviewFile.revision,
                PreviewFile.position,
                PreviewFile.status,
            )
            .where(PreviewFile.task_id.in_(task_ids), PreviewFile.revision.in_(revisions))
            .order_by(PreviewFile.task_id, PreviewFile.revision, PreviewFile.position)
        )
        for row in await fetch_rows(session, query):
            key = (row.pop("task_id"), row["revision"])
            grouped.setdefault(key, []).append(row)
    for row in data:
        row["preview_files"] = grouped.get((row["task_id"], row["preview_file_revision"]), [])


async def news_page(
    session: AsyncSession, filters: NewsFilters, page: int = 1, limit: int = 50
) -> dict[str, Any]:
    """One page of the feed, newest first (the id breaks ties: news share their comment's second)."""
    offset = (page - 1) * limit
    total = (await session.execute(_filtered(_joined(select(func.count(News.id))), filters))).scalar_one()
    query = (
        _filtered(_joined(select(*NEWS_COLUMNS)), filters)
        .order_by(News.created_at.desc(), News.id.desc())
        .limit(limit)
        .offset(offset)
    )
    data = await fetch_rows(session, query)
    names = await full_entity_names(session, {row["task_entity_id"] for row in data})
    authors = await _authors(session, {row["author_id"] for row in data})
    for row in data:
        full_name, episode_id = names.get(row["task_entity_id"], ("", None))
        entity_preview_file_id = row.pop("entity_preview_file_id")
        row.update(
            {
                "type": "News",
                "full_entity_name": full_name,
                "episode_id": episode_id,
                "entity_preview_file_id": entity_preview_file_id,
                "person": authors.get(row["author_id"]),
            }
        )
    if filters.only_preview:
        await _preview_files(session, data)
    return {
        "data": data,
        "total": total,
        "nb_pages": math.ceil(total / limit),
        "limit": limit,
        "offset": offset,
        "page": page,
    }


async def news_stats(session: AsyncSession, filters: NewsFilters) -> dict[str, int]:
    """Status changes of the feed counted by the status their comment set."""
    query = (
        _filtered(
            _joined(select(Comment.task_status_id, func.count(Entity.id)), comments_required=True), filters
        )
        .where(News.change.is_(True))
        .group_by(Comment.task_status_id)
    )
    rows = (await session.execute(query)).all()
    return {str(status_id): count for status_id, count in rows if status_id is not None}


async def open_project_ids(session: AsyncSession, identity: Identity) -> list[uuid.UUID]:
    """Open productions whose news the caller reads: all for admins, else those of their teams
    where they are not a client (clients are refused a production's feed, so here too)."""
    query = (
        select(Project.id, ProjectPersonLink.role)
        .join(ProjectStatus, ProjectStatus.id == Project.project_status_id)
        .where(ProjectStatus.name == "Open")
    )
    if identity.is_admin:
        return list((await session.execute(query.with_only_columns(Project.id))).scalars().all())
    query = query.join(ProjectPersonLink, ProjectPersonLink.project_id == Project.id).where(
        ProjectPersonLink.person_id == identity.person.id
    )
    return [
        project_id
        for project_id, role in (await session.execute(query)).all()
        if (role if role in permissions.PROJECT_ROLES else identity.role) != "client"
    ]
