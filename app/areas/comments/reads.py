"""Reading comments: a task's thread as Kitsu shows it (filtered by the reader's role) and a
production's comments."""

import math
from collections import defaultdict
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.areas.comments import thread_query
from app.areas.comments.rows import attachments_of, comment_dict, short_persons
from app.areas.persons.service import join_names
from app.core.db import fetch_rows
from app.core.sql import is_postgres
from app.crud.registry import engine_for
from app.models import (
    Comment,
    CommentPreviewLink,
    PreviewFile,
    Project,
    Task,
)

PREVIEW_KEYS = (
    "id", "task_id", "revision", "extension", "width", "height", "duration", "status", "validation_status",
    "original_name", "position", "annotations",
)  # fmt: skip


async def _previews(
    session: AsyncSession, ids: list[Any], is_client: bool
) -> dict[Any, list[dict[str, Any]]]:
    grouped: dict[Any, list[dict[str, Any]]] = defaultdict(list)
    query = (
        select(PreviewFile, CommentPreviewLink.comment)
        .join(CommentPreviewLink, CommentPreviewLink.preview_file == PreviewFile.id)
        .where(CommentPreviewLink.comment.in_(ids))
        .order_by(PreviewFile.revision, PreviewFile.position)
    )
    for preview, comment_id in (await session.execute(query)).all():
        validation = preview.validation_status or "neutral"
        if is_client and validation == "rejected":
            continue
        entry = {key: getattr(preview, key) for key in PREVIEW_KEYS}
        entry.update(status=preview.status or "ready", validation_status=validation)
        grouped[comment_id].append(entry)
    return grouped


async def _link_lists(session: AsyncSession, task_id: Any) -> dict[str, dict[Any, list[Any]]]:
    """{answer key: {comment id: linked ids}} of the whole thread, in one query."""
    grouped: dict[str, dict[Any, list[Any]]] = {key: defaultdict(list) for key, _, _ in thread_query.LINKS}
    _, rows = await fetch_rows(session, thread_query.THREAD_LINKS, {"task_id": task_id})
    for index, comment_id, other_id in rows:
        grouped[thread_query.LINKS[int(index)][0]][comment_id].append(other_id)
    return grouped


def _thread_items(keys: list[str], records: Any) -> list[dict[str, Any]]:
    """The thread rows as Zou sends them: the comment's columns, author, editor and status (the
    statement's columns looked up once, each row read by position: 50 rows a request)."""
    at = {key: index for index, key in enumerate(keys)}
    size = len(thread_query.COMMENT_KEYS)
    assert tuple(keys[:size]) == thread_query.COMMENT_KEYS  # the statement starts with them
    first_name, last_name, has_avatar, role, person_id = (at[key] for key in (
        "author_first_name", "author_last_name", "author_has_avatar", "author_role", "person_id",
    ))  # fmt: skip
    editor_keys = ("editor_first_name", "editor_last_name", "editor_has_avatar", "editor_role", "editor_id")
    editor = [(key.removeprefix("editor_"), at[key]) for key in editor_keys]
    editor_id = at["editor_id"]
    status = [
        (key.removeprefix("status_"), at[key]) for key in ("status_name", "status_short_name", "status_color")
    ]
    status_id = at["task_status_id"]
    items = []
    for row in records:
        item = dict(zip(thread_query.COMMENT_KEYS, row[:size], strict=True))
        item["type"] = "Comment"
        first, last = row[first_name], row[last_name]
        item["person"] = {
            "first_name": first, "last_name": last, "full_name": join_names(first, last),
            "has_avatar": row[has_avatar], "role": row[role], "id": row[person_id],
        }  # fmt: skip
        if row[editor_id] is not None:
            item["editor"] = {key: row[index] for key, index in editor}
        item["task_status"] = {key: row[index] for key, index in status}
        item["task_status"]["id"] = row[status_id]
        items.append(item)
    return items


async def task_comments(
    session: AsyncSession, task_id: Any, project_id: Any, role: str, reader_id: Any
) -> list[dict[str, Any]]:
    """Newest first, with author, editor, status, previews, attachments and reply authors.

    Managers and supervisors read everything; artists not the clients' comments; clients the
    comments meant for them (and internal revisions with their text hidden). One query on
    PostgreSQL for a thread without previews, attachments nor replies (the usual one)."""
    is_client, sees_all = role == "client", role in ("admin", "manager", "supervisor")
    aggregates = is_postgres()
    statement = thread_query.thread(not sees_all and not is_client, aggregates)
    keys, records = await fetch_rows(session, statement, {"task_id": task_id, "project_id": project_id})
    if not records:
        return []
    comments = _thread_items(keys, records)
    at = {key: index for index, key in enumerate(keys)}
    links = None if aggregates else await _link_lists(session, task_id)
    with_previews = [
        item["id"] for item, row in zip(comments, records, strict=True) if row[at["has_previews"]]
    ]
    previews = await _previews(session, with_previews, is_client) if with_previews else {}
    with_files = [
        item["id"] for item, row in zip(comments, records, strict=True) if row[at["has_attachments"]]
    ]
    attachments = await attachments_of(session, with_files) if with_files else {}
    link_columns = [(name, at[name]) for name, _, _ in thread_query.LINKS] if links is None else []
    for item, row in zip(comments, records, strict=True):
        key = item["id"]
        linked = (
            {name: row[index] or [] for name, index in link_columns}
            if links is None
            else {name: ids.get(key, []) for name, ids in links.items()}
        )
        item.update(
            acknowledgements=linked["acknowledgements"], previews=previews.get(key, []),
            mentions=linked["mentions"], department_mentions=linked["department_mentions"],
            attachment_files=attachments.get(key, []),
        )  # fmt: skip
    replies = [r for c in comments for r in c["replies"] or [] if isinstance(r, dict)]
    if replies:
        authors = await short_persons(session, [r.get("person_id") for r in replies])
        for entry in replies:
            entry["person"] = authors.get(str(entry.get("person_id")))
    if is_client:
        comments = await _for_client(session, project_id, comments, reader_id)
    return comments


async def _for_client(
    session: AsyncSession, project_id: Any, comments: list[dict[str, Any]], reader_id: Any
) -> list[dict[str, Any]]:
    isolated = (
        await session.execute(select(Project.is_clients_isolated).where(Project.id == project_id))
    ).scalar()
    kept = []
    for item in comments:
        is_author = item["person_id"] == reader_id
        by_client = item["person"]["role"] == "client"
        for_client = bool(item.get("for_client"))
        allowed = for_client or (is_author if isolated else by_client)
        if item["previews"] and not by_client and not for_client:
            # A studio revision shows, without what the studio wrote about it.
            item.update(text="", attachment_files=[], checklist=[], replies=[])
            kept.append(item)
        elif allowed:
            kept.append(item)
    return kept


async def project_comments(session: AsyncSession, project_id: Any, page: int, limit: int) -> Any:
    """Most recently updated first, with their relations as id lists; a page when `page` > 0."""
    query = (
        select(Comment)
        .join(Task, Task.id == Comment.object_id)
        .where(Task.project_id == project_id)
        .order_by(Comment.updated_at.desc(), Comment.id)
    )
    page_info: dict[str, Any] | None = None
    if page >= 1:
        limit = limit or 100
        total = (
            await session.execute(
                select(func.count(Comment.id))
                .join(Task, Task.id == Comment.object_id)
                .where(Task.project_id == project_id)
            )
        ).scalar() or 0
        offset = (page - 1) * limit
        page_info = {
            "total": total,
            "nb_pages": math.ceil(total / limit),
            "limit": limit,
            "offset": offset,
            "page": page,
        }
        query = query.limit(limit).offset(offset)
    rows = [comment_dict(c) for c in (await session.execute(query)).scalars().all()]
    await engine_for("comments").attach_relations(session, rows)
    if page_info is None:
        return rows
    return {"data": rows, **page_info}
