"""The production news feed (Zou's news blueprint): pages of news with their task, status, entity
and author, the count of status changes by status, and one news item."""

import functools
import math
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Integer, Select, String, and_, bindparam, case, cast, exists, func, select, true
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from app.areas.entities.lookup import fetch_rows, uuid_or_404
from app.areas.news.names import full_entity_name, join_names, name_columns
from app.auth import permissions
from app.auth.identity import Identity
from app.core import db
from app.core.errors import not_found
from app.core.sql import uuid_text
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
from app.models.news_scope import NEWS_SCOPE as SCOPE


def _sent_columns() -> tuple[Any, ...]:
    """The page's columns, ids as their text: they are only sent on, and the driver's uuids cost a
    Python call each when serialised (ten to a news item)."""
    ids = (
        (News.id, "id"), (News.author_id, "author_id"), (News.comment_id, "comment_id"),
        (News.task_id, "task_id"), (Task.task_type_id, "task_type_id"),
        (Comment.task_status_id, "task_status_id"), (Task.entity_id, "task_entity_id"),
        (News.preview_file_id, "preview_file_id"),
    )  # fmt: skip
    return (
        *(uuid_text(column).label(name) for column, name in ids),
        PreviewFile.extension.label("preview_file_extension"),
        PreviewFile.revision.label("preview_file_revision"),
        uuid_text(Project.id).label("project_id"),
        Project.name.label("project_name"),
        News.created_at,
        News.change,
        uuid_text(Entity.preview_file_id).label("entity_preview_file_id"),
        uuid_text(Person.id).label("person_id"),
        Person.first_name.label("person_first_name"),
        Person.last_name.label("person_last_name"),
        Person.has_avatar.label("person_has_avatar"),
        Person.role.label("person_role"),
        *name_columns(),
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


def _project_ids(filters: NewsFilters) -> list[uuid.UUID] | None:
    if filters.project_id is None:
        return filters.project_ids
    if filters.project_ids is None or filters.project_id in filters.project_ids:
        return [filters.project_id]
    return []


def _parameters(filters: NewsFilters) -> tuple[frozenset[str], dict[str, Any]]:
    """The feed's shape (the names of the filters that narrow it) and their values by name."""
    values = {
        "news_id": filters.news_id,
        "task_status_id": filters.task_status_id,
        "after": filters.after,
        "before": filters.before,
        "task_type_id": filters.task_type_id,
        "author_id": filters.author_id,
        "episode_id": filters.episode_id,
        "project_ids": _project_ids(filters),
    }
    values = {name: value for name, value in values.items() if value is not None}
    shape = frozenset(values) | ({"only_preview"} if filters.only_preview else set())
    return shape, values


def _scoped(query: Select, shape: frozenset[str]) -> Select:
    """The news of the feed, read from `news_scope` (each news item's feed production and status,
    in the feed's order), joined to the news and their task only for the filters that read them.
    `shape` names the filters given; their values are the statement's parameters."""
    query = query.select_from(SCOPE)
    if "project_ids" in shape:
        query = query.where(SCOPE.c.project_id.in_(bindparam("project_ids", expanding=True)))
    else:
        query = query.where(SCOPE.c.project_id.is_not(None))
    if "news_id" in shape:
        query = query.where(SCOPE.c.news_id == bindparam("news_id"))
    if "task_status_id" in shape:
        query = query.where(SCOPE.c.task_status_id == bindparam("task_status_id"))
    if "after" in shape:
        query = query.where(SCOPE.c.created_at > bindparam("after"))
    if "before" in shape:
        query = query.where(SCOPE.c.created_at < bindparam("before"))
    by_task = bool(shape & {"task_type_id", "episode_id"})
    if by_task or shape & {"author_id", "only_preview"}:
        query = query.join(News, News.id == SCOPE.c.news_id)
    if by_task:
        query = query.join(Task, Task.id == News.task_id)
    if "episode_id" in shape:
        sequence = aliased(Entity, name="sequence")
        query = (
            query.join(Entity, Entity.id == Task.entity_id)
            .join(sequence, sequence.id == Entity.parent_id)
            .where(sequence.parent_id == bindparam("episode_id"))
        )
    if "task_type_id" in shape:
        query = query.where(Task.task_type_id == bindparam("task_type_id"))
    if "author_id" in shape:
        query = query.where(News.author_id == bindparam("author_id"))
    if "only_preview" in shape:
        query = query.where(News.preview_file_id.is_not(None))
    return query


async def _preview_files(session: AsyncSession, data: list[dict[str, Any]]) -> None:
    """With `only_preview`: every preview of each news item's task revision, by position."""
    task_ids = {uuid.UUID(row["task_id"]) for row in data}
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
            key = (str(row.pop("task_id")), row["revision"])
            grouped.setdefault(key, []).append(row)
    for row in data:
        row["preview_files"] = grouped.get((row["task_id"], row["preview_file_revision"]), [])


@functools.cache
def _page_statement(shape: frozenset[str]) -> Select:
    """The page of a feed of this shape with its details, built once: building the statement and
    its cache key cost more than its execution's Python side."""
    page_ids = (
        _scoped(select(SCOPE.c.news_id.label("id")), shape)
        .order_by(SCOPE.c.created_at.desc(), SCOPE.c.news_id.desc())
        # Written into the SQL: with them as parameters, PostgreSQL's generic plan of the prepared
        # statement guesses a tenth of the feed in the page (hash joins over whole tables), so it
        # plans every execution anew (a few ms for this join); with them known it reuses its plan.
        .limit(bindparam("page_limit", type_=Integer, literal_execute=True))
        .offset(bindparam("page_offset", type_=Integer, literal_execute=True))
        .subquery("page")
    )
    # The page first, then its details (with the entity's names: no round trip of their own).
    query = (
        select(*_sent_columns())
        .select_from(page_ids)
        .join(News, News.id == page_ids.c.id)
        .join(Task, Task.id == News.task_id)
        .join(Project, Project.id == Task.project_id)
        .join(Entity, Entity.id == Task.entity_id)
        .outerjoin(Comment, Comment.id == News.comment_id)
        .outerjoin(PreviewFile, PreviewFile.id == News.preview_file_id)
        .outerjoin(Person, Person.id == News.author_id)
    )
    return join_names(query).order_by(News.created_at.desc(), News.id.desc())


_AUTHOR_KEYS = ("id", "first_name", "last_name", "has_avatar", "role")


def _news_items(keys: list[str], records: Any, start: int) -> list[dict[str, Any]]:
    """The page's rows (their columns from `start` on) as Zou answers them, each read by position:
    the news' own columns, `type`, the entity's full name and episode, its preview, the author."""
    at = {key: index for index, key in enumerate(keys)}
    own = keys[start : at["entity_preview_file_id"]]
    entity_preview, author, names = at["entity_preview_file_id"], at["person_id"], at["entity_name"]
    items = []
    for record in records:
        if record[start] is None:  # the feed's row of counts, without a page row
            continue
        item = dict(zip(own, record[start:entity_preview], strict=True))
        item["type"] = "News"
        item["full_entity_name"], item["episode_id"] = full_entity_name(*record[names : names + 7])
        item["entity_preview_file_id"] = record[entity_preview]
        person = None
        if record[author] is not None:
            person = dict(zip(_AUTHOR_KEYS, record[author : author + 5], strict=True))
            first, last = person["first_name"], person["last_name"]
            person["full_name"] = f"{first} {last}" if first and last else f"{first or ''}{last or ''}"
        item["person"] = person
        items.append(item)
    return items


async def news_rows(
    session: AsyncSession, filters: NewsFilters, page: int = 1, limit: int = 50
) -> list[dict]:
    """One page of the feed, newest first (the id breaks ties: news share their comment's second)."""
    shape, values = _parameters(filters)
    values.update(page_limit=limit, page_offset=(page - 1) * limit)
    keys, rows = await db.fetch_rows(session, _page_statement(shape), values)
    data = _news_items(keys, rows, 0) if rows else []
    if filters.only_preview:
        await _preview_files(session, data)
    return data


@functools.cache
def _counts(shape: frozenset[str]) -> Select:
    """The feed's news counted by change flag and status, grouped in the order of the counts'
    index (change, status): counted as the index is read."""
    counted = select(SCOPE.c.change, SCOPE.c.task_status_id, func.count().label("news_count"))
    return _scoped(counted, shape).group_by(SCOPE.c.change, SCOPE.c.task_status_id)


@functools.cache
def _feed_statement(shape: frozenset[str], with_access: bool = False) -> Select:
    """The feed's size and its status changes by status (one row, `feed_total` and `feed_stats`:
    `status:count` items) joined to each row of the page: one round trip for the whole answer; an
    empty page still brings the row of counts. `with_access`: that row also tells whether the
    production `access_project_id` exists and the reader's (`person_id`) team link to it."""
    counts = _counts(shape).subquery("counts")
    is_status_change = and_(counts.c.change, counts.c.task_status_id.is_not(None))
    status_count = cast(counts.c.task_status_id, String) + ":" + cast(counts.c.news_count, String)
    summary_columns = [
        func.sum(counts.c.news_count).label("feed_total"),
        func.aggregate_strings(case((is_status_change, status_count)), ",").label("feed_stats"),
    ]
    if with_access:
        summary_columns += _access_columns()
    summary = select(*summary_columns).subquery("summary")
    page = _page_statement(shape).subquery("page_rows")
    return (
        select(summary, page)
        .select_from(summary)
        .outerjoin(page, true())
        .order_by(page.c.created_at.desc(), page.c.id.desc())
    )


def _access_columns() -> list[Any]:
    production = Project.id == bindparam("access_project_id")
    team_link = and_(
        ProjectPersonLink.project_id == bindparam("access_project_id"),
        ProjectPersonLink.person_id == bindparam("person_id"),
    )
    return [
        exists().where(production).label("project_found"),
        exists().where(team_link).label("member"),
        select(ProjectPersonLink.role).where(team_link).scalar_subquery().label("link_role"),
    ]


def _stats(text: str | None) -> dict[str, int]:
    """`feed_stats` read back: {status id: count} (ids as SQLite or PostgreSQL write them)."""
    stats = {}
    for item in (text or "").split(","):
        if item:
            status_id, count = item.split(":")
            stats[str(uuid.UUID(status_id))] = int(count)
    return stats


async def news_feed(
    session: AsyncSession,
    filters: NewsFilters,
    page: int,
    limit: int,
    reader: tuple[Identity, uuid.UUID] | None = None,
) -> dict[str, Any]:
    """A page of the feed with its size and the count of status changes by status. With `reader`
    (the caller and the production asked for), Zou's 404 when that production is missing, and the
    caller's role in it read along (remembered for the access checks that follow: a round trip
    less; their answer decides whether the page is sent)."""
    shape, values = _parameters(filters)
    values.update(page_limit=limit, page_offset=(page - 1) * limit)
    if reader is not None:
        values.update(access_project_id=reader[1], person_id=reader[0].person.id)
    keys, rows = await db.fetch_rows(session, _feed_statement(shape, reader is not None), values)
    total, stats = int(rows[0][0] or 0), _stats(rows[0][1])  # PostgreSQL sums to a numeric
    start = 2
    if reader is not None:
        start = 5
        found, member, link_role = rows[0][2:5]
        if not found:
            raise not_found()
        permissions.remember_project_role(reader[0], reader[1], bool(member), link_role)
    data = _news_items(keys, rows, start)
    if filters.only_preview:
        await _preview_files(session, data)
    return {
        "data": data,
        "total": total,
        "nb_pages": math.ceil(total / limit),
        "limit": limit,
        "offset": (page - 1) * limit,
        "page": page,
        "stats": stats,
    }


# The production and the caller's team link to it, in one plain SELECT.
_PROJECT_WITH_TEAM_LINK = (
    select(Project.id, ProjectPersonLink.person_id.label("member"), ProjectPersonLink.role.label("link_role"))
    .outerjoin(
        ProjectPersonLink,
        and_(
            ProjectPersonLink.project_id == Project.id,
            ProjectPersonLink.person_id == bindparam("person_id"),
        ),
    )
    .where(Project.id == bindparam("project_id"))
)


async def project_id_or_404(session: AsyncSession, identity: Identity, raw_id: str) -> uuid.UUID:
    """The production's id, Zou's 404 for a missing or malformed one (its row is not needed); the
    caller's role in it is read along and remembered for the access checks that follow."""
    params = {"project_id": uuid_or_404(raw_id), "person_id": identity.person.id}
    rows = (await db.fetch_rows(session, _PROJECT_WITH_TEAM_LINK, params))[1]
    if not rows:
        raise not_found()
    project_id, member, link_role = rows[0]
    permissions.remember_project_role(identity, project_id, member is not None, link_role)
    return project_id


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
