"""Reading comments: a task's thread as Kitsu shows it (filtered by the reader's role) and a
production's comments."""

import math
from collections import defaultdict
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from app.areas.comments.rows import attachments_of, comment_dict, short_persons
from app.crud.registry import engine_for
from app.models import (
    Comment,
    CommentPreviewLink,
    Person,
    PreviewFile,
    Project,
    ProjectPersonLink,
    Task,
    TaskStatus,
    comment_acknoledgments,
    comment_department_mentions,
    comment_mentions,
)

PREVIEW_KEYS = (
    "id", "task_id", "revision", "extension", "width", "height", "duration", "status", "validation_status",
    "original_name", "position", "annotations",
)  # fmt: skip


async def _links(session: AsyncSession, table: Any, other: str, ids: list[Any]) -> dict[Any, list[Any]]:
    grouped: dict[Any, list[Any]] = defaultdict(list)
    query = select(table.c.comment, table.c[other]).where(table.c.comment.in_(ids))
    for comment_id, other_id in (await session.execute(query)).all():
        grouped[comment_id].append(other_id)
    return grouped


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


async def task_comments(session: AsyncSession, task: Task, role: str, reader_id: Any) -> list[dict[str, Any]]:
    """Newest first, with author, editor, status, previews, attachments and reply authors.

    Managers and supervisors read everything; artists not the clients' comments; clients the
    comments meant for them (and internal revisions with their text hidden)."""
    editor = aliased(Person)
    is_client, sees_all = role == "client", role in ("admin", "manager", "supervisor")
    query = (
        select(
            Comment,
            TaskStatus.name,
            TaskStatus.short_name,
            TaskStatus.color,
            Person.first_name,
            Person.last_name,
            Person.has_avatar,
            Person.role,
            editor.first_name,
            editor.last_name,
            editor.has_avatar,
            editor.role,
        )  # fmt: skip
        .join(Person, Person.id == Comment.person_id)
        .join(TaskStatus, TaskStatus.id == Comment.task_status_id)
        .outerjoin(editor, editor.id == Comment.editor_id)
        .where(Comment.object_id == task.id)
        .order_by(Comment.created_at.desc())
    )
    if not sees_all and not is_client:
        query = query.outerjoin(
            ProjectPersonLink,
            (ProjectPersonLink.person_id == Person.id) & (ProjectPersonLink.project_id == task.project_id),
        ).where(func.coalesce(ProjectPersonLink.role, Person.role) != "client")
    comments = []
    for row in (await session.execute(query)).all():
        (
            comment,
            status_name,
            short_name,
            color,
            first,
            last,
            avatar,
            person_role,
            e_first,
            e_last,
            e_avatar,
            e_role,
        ) = row
        item = comment_dict(comment)
        item["person"] = {
            "first_name": first, "last_name": last, "full_name": f"{first or ''} {last or ''}".strip(),
            "has_avatar": avatar, "role": person_role, "id": comment.person_id,
        }  # fmt: skip
        if comment.editor_id is not None:
            item["editor"] = {
                "first_name": e_first, "last_name": e_last, "has_avatar": e_avatar, "role": e_role,
                "id": comment.editor_id,
            }  # fmt: skip
        item["task_status"] = {
            "name": status_name,
            "short_name": short_name,
            "color": color,
            "id": comment.task_status_id,
        }
        comments.append(item)
    if not comments:
        return comments
    ids = [c["id"] for c in comments]
    acks = await _links(session, comment_acknoledgments, "person", ids)
    persons = await _links(session, comment_mentions, "person", ids)
    departments = await _links(session, comment_department_mentions, "department", ids)
    previews = await _previews(session, ids, is_client)
    attachments = await attachments_of(session, ids)
    authors = await short_persons(
        session, [r.get("person_id") for c in comments for r in c["replies"] or [] if isinstance(r, dict)]
    )
    for item in comments:
        key = item["id"]
        item.update(
            acknowledgements=acks.get(key, []), previews=previews.get(key, []), mentions=persons.get(key, []),
            department_mentions=departments.get(key, []), attachment_files=attachments.get(key, []),
        )  # fmt: skip
        for entry in item["replies"] or []:
            if isinstance(entry, dict):
                entry["person"] = authors.get(str(entry.get("person_id")))
    if is_client:
        comments = await _for_client(session, task, comments, reader_id)
    return comments


async def _for_client(
    session: AsyncSession, task: Task, comments: list[dict[str, Any]], reader_id: Any
) -> list[dict[str, Any]]:
    isolated = (
        await session.execute(select(Project.is_clients_isolated).where(Project.id == task.project_id))
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
