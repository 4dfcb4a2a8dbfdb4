"""Reading comments: a task's thread as Kitsu shows it (filtered by the reader's role) and a
production's comments."""

import math
from collections import defaultdict
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.requests import Request

from app.areas.comments import thread_query
from app.areas.comments.rows import attachments_of, comment_dict, short_persons
from app.areas.persons.service import join_names
from app.auth import access_rules
from app.auth.identity import checked_identity, person_row, read_claims, reader_params, resolve_identity
from app.core.db import fetch_rows, loads_json
from app.core.errors import not_found
from app.core.ids import as_uuid
from app.core.sql import is_postgres
from app.core.unit_of_work import current_unit_of_work
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
) -> dict[str, list[dict[str, Any]]]:
    """The previews of these comments, by comment id as text."""
    grouped: dict[str, list[dict[str, Any]]] = defaultdict(list)
    query = (
        select(PreviewFile, CommentPreviewLink.comment)
        .join(CommentPreviewLink, CommentPreviewLink.preview_file == PreviewFile.id)
        .where(CommentPreviewLink.comment.in_([as_uuid(i) for i in ids]))
        .order_by(PreviewFile.revision, PreviewFile.position)
    )
    for preview, comment_id in (await session.execute(query)).all():
        validation = preview.validation_status or "neutral"
        if is_client and validation == "rejected":
            continue
        entry = {key: getattr(preview, key) for key in PREVIEW_KEYS}
        entry.update(status=preview.status or "ready", validation_status=validation)
        grouped[str(comment_id)].append(entry)
    return grouped


async def _link_lists(session: AsyncSession, task_id: Any) -> dict[str, dict[str, list[Any]]]:
    """{answer key: {comment id as text: linked ids}} of the whole thread, in one query."""
    grouped: dict[str, dict[str, list[Any]]] = {key: defaultdict(list) for key, _, _ in thread_query.LINKS}
    _, rows = await fetch_rows(session, thread_query.THREAD_LINKS, {"task_id": task_id})
    for index, comment_id, other_id in rows:
        grouped[thread_query.LINKS[int(index)][0]][str(comment_id)].append(other_id)
    return grouped


def _thread_items(
    keys: list[str],
    records: Any,
    previews: dict[str, list[dict[str, Any]]],
    attachments: dict[Any, list[dict[str, Any]]],
    links: dict[str, dict[str, list[Any]]] | None,
) -> list[dict[str, Any]]:
    """The thread rows as Zou sends them: the comment's columns, author, editor, status and link
    lists (the statement's columns looked up once, each row read by position: 50 rows a request).
    `links` None: the link lists are columns of the rows (PostgreSQL), as are the JSON columns'
    texts, decoded here."""
    at = {key: index for index, key in enumerate(keys)}
    assert tuple(keys[: len(thread_query.COMMENT_KEYS)]) == thread_query.COMMENT_KEYS  # they come first
    first_name, last_name, has_avatar, role, person_id, editor_id, status_id = (at[key] for key in (
        "author_first_name", "author_last_name", "author_has_avatar", "author_role", "person_id",
        "editor_id", "task_status_id",
    ))  # fmt: skip
    editor_keys = ("editor_first_name", "editor_last_name", "editor_has_avatar", "editor_role", "editor_id")
    editor = [(key.removeprefix("editor_"), at[key]) for key in editor_keys]
    status_name, status_short_name, status_color = (at[key] for key in (
        "status_name", "status_short_name", "status_color",
    ))  # fmt: skip
    json_keys = thread_query.JSON_KEYS if links is None else ()
    mentions, acknowledgements, department_mentions = (
        (at["mentions"], at["acknowledgements"], at["department_mentions"]) if links is None else (0, 0, 0)
    )
    by_id = bool(previews or attachments or links is not None)
    items = []
    for row in records:
        item = dict(zip(thread_query.COMMENT_KEYS, row, strict=False))  # the rows go on past them
        for key in json_keys:
            text = item[key]
            if text is not None:
                item[key] = [] if text == "[]" else {} if text == "{}" else loads_json(text)
        item["type"] = "Comment"
        first, last = row[first_name], row[last_name]
        item["person"] = {
            "first_name": first, "last_name": last, "full_name": join_names(first, last),
            "has_avatar": row[has_avatar], "role": row[role], "id": row[person_id],
        }  # fmt: skip
        if row[editor_id] is not None:
            item["editor"] = {key: row[index] for key, index in editor}
        item["task_status"] = {
            "name": row[status_name], "short_name": row[status_short_name], "color": row[status_color],
            "id": row[status_id],
        }  # fmt: skip
        # Assigned one by one, in Zou's key order: cheaper than update(**keywords).
        key = str(item["id"]) if by_id else ""
        if links is None:
            item["acknowledgements"] = row[acknowledgements] or []
            item["previews"] = previews.get(key, []) if previews else []
            item["mentions"] = row[mentions] or []
            item["department_mentions"] = row[department_mentions] or []
        else:
            item["acknowledgements"] = links["acknowledgements"].get(key, [])
            item["previews"] = previews.get(key, [])
            item["mentions"] = links["mentions"].get(key, [])
            item["department_mentions"] = links["department_mentions"].get(key, [])
        item["attachment_files"] = attachments.get(key, []) if attachments else []
        items.append(item)
    return items


async def caller_task_thread(request: Request, raw_task_id: Any) -> list[dict[str, Any]]:
    """A task's thread as its caller may read it (`task_comments`), after Zou's checks in Zou's
    order: the caller's (`CurrentReader`'s), then 404 for an unknown or malformed task id, 403
    outside the production's team (vendors: on a task of theirs). On PostgreSQL the caller, the
    task, the caller's team link and the thread come in one statement."""
    session = current_unit_of_work().get_session()
    task_id = as_uuid(raw_task_id)
    if task_id is None or not is_postgres():
        caller = await resolve_identity(request, session, orm=False)
        task = await access_rules.task_access_row(session, caller, raw_task_id)
        await access_rules.check_task_access(session, caller, task)
        role = await access_rules.effective_role(session, caller, task["project_id"])
        return await task_comments(session, task["id"], task["project_id"], role, caller.person.id)
    read = read_claims(request)
    params = {"task_id": task_id, **reader_params(read.person_id, read.claims.get("jti"))}
    keys, records = await fetch_rows(session, thread_query.task_thread(), params)
    at = {key: index for index, key in enumerate(keys)}
    head = records[0] if records and records[0][at["is_task"]] else None  # none: no such person
    reader, revoked = (head[at[key]] for key in thread_query.READER_KEYS) if head else (None, False)
    caller = checked_identity(request, read, None if reader is None else person_row(reader), bool(revoked))
    first = at[thread_query.TASK_KEYS[0]]
    if head[first] is None:
        raise not_found()
    task = access_rules.task_with_team_link(caller, *head[first : first + len(thread_query.TASK_KEYS)])
    await access_rules.check_task_access(session, caller, task)
    role = await access_rules.effective_role(session, caller, task["project_id"])
    comments = records[1:]  # after the reader's row
    if not comments:
        return []
    return await _thread(session, keys, comments, task["id"], task["project_id"], role, caller.person.id)


async def task_comments(
    session: AsyncSession, task_id: Any, project_id: Any, role: str, reader_id: Any
) -> list[dict[str, Any]]:
    """Newest first, with author, editor, status, previews, attachments and reply authors.

    Managers and supervisors read everything; artists not the clients' comments; clients the
    comments meant for them (and internal revisions with their text hidden). One query on
    PostgreSQL for a thread without previews, attachments nor replies (the usual one)."""
    is_client, sees_all = role == "client", role in ("admin", "manager", "supervisor")
    statement = thread_query.thread(not sees_all and not is_client, is_postgres())
    keys, records = await fetch_rows(session, statement, {"task_id": task_id, "project_id": project_id})
    if not records:
        return []
    return await _thread(session, keys, records, task_id, project_id, role, reader_id)


async def _thread(
    session: AsyncSession,
    keys: list[str],
    records: Any,
    task_id: Any,
    project_id: Any,
    role: str,
    reader_id: Any,
) -> list[dict[str, Any]]:
    """The thread's answer from its rows (`thread_query`): what they only flag (previews,
    attachments, reply authors; link lists on SQLite) read now, then the client's filter."""
    is_client = role == "client"
    at = {key: index for index, key in enumerate(keys)}
    comment_id, has_previews, has_files = at["id"], at["has_previews"], at["has_attachments"]
    with_previews = [row[comment_id] for row in records if row[has_previews]]
    previews = await _previews(session, with_previews, is_client) if with_previews else {}
    with_files = [as_uuid(row[comment_id]) for row in records if row[has_files]]
    attachments = await attachments_of(session, with_files) if with_files else {}
    if attachments:
        attachments = {str(key): found for key, found in attachments.items()}
    links = None if "mentions" in at else await _link_lists(session, task_id)
    comments = _thread_items(keys, records, previews, attachments, links)
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
    reader = str(reader_id)
    kept = []
    for item in comments:
        is_author = str(item["person_id"]) == reader
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
