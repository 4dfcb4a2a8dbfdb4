"""Replies (kept inside `comment.replies`) and acknowledgements of comments."""

import uuid
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.datastructures import UploadFile

from app import events
from app.areas.comments import attachments as attachment_store
from app.areas.comments import mentions, notify
from app.areas.comments.rows import comment_dict, comment_with_relations, short_persons
from app.core.errors import not_found
from app.models import AttachmentFile, Comment, Notification, Task, comment_acknoledgments
from app.models.base import utcnow


def _now_text() -> str:
    return utcnow().strftime("%Y-%m-%dT%H:%M:%S")


async def reply(
    session: AsyncSession,
    comment: Comment,
    task: Task,
    author_id: uuid.UUID,
    text: str,
    files: list[UploadFile],
) -> dict[str, Any]:
    """The new reply, its attachments and its author; notifies as Zou does."""
    persons = await mentions.mentioned_persons(session, task.project_id, text)
    departments = await mentions.mentioned_departments(session, text)
    now = _now_text()
    entry: dict[str, Any] = {
        "id": str(uuid.uuid4()),
        "date": now,
        "person_id": str(author_id),
        "text": text,
        "mentions": [str(p) for p in persons],
        "department_mentions": [str(d) for d in departments],
        "created_at": now,
    }
    replies = [*(comment.replies or []), entry]
    await session.execute(
        update(Comment).where(Comment.id == comment.id).values(replies=replies, updated_at=utcnow())
    )
    await session.refresh(comment)
    result = dict(entry)
    if files:
        stored = await attachment_store.store(session, comment.id, files, reply_id=uuid.UUID(entry["id"]))
        result["attachment_files"] = [
            {**attachment_store.presented([a])[0], "reply_id": a.reply_id} for a in stored
        ]
    data = {"task_id": task.id, "comment_id": comment.id, "reply_id": entry["id"]}
    events.emit(session, "comment:reply", data, project_id=task.project_id, user_id=author_id)
    await notify.notify_reply(session, task, comment_dict(comment), entry, author_id)
    result["person"] = (await short_persons(session, [author_id])).get(str(author_id))
    return result


def find_reply(comment: Comment, reply_id: str) -> dict[str, Any]:
    for entry in comment.replies or []:
        if isinstance(entry, dict) and entry.get("id") == reply_id:
            return entry
    raise not_found()


async def delete_reply(
    session: AsyncSession, comment: Comment, task: Task, reply_id: str, user_id: Any
) -> dict[str, Any]:
    """The reply, its attachments and its notifications go; the comment as it is left."""
    reply_uuid = uuid.UUID(reply_id) if _is_uuid(reply_id) else None
    if reply_uuid is not None:
        attached = (
            (
                await session.execute(
                    select(AttachmentFile).where(
                        AttachmentFile.comment_id == comment.id, AttachmentFile.reply_id == reply_uuid
                    )
                )
            )
            .scalars()
            .all()
        )
        await attachment_store.remove(session, list(attached))
        await session.execute(delete(Notification).where(Notification.reply_id == reply_uuid))
    replies = [r for r in comment.replies or [] if not (isinstance(r, dict) and r.get("id") == reply_id)]
    await session.execute(
        update(Comment).where(Comment.id == comment.id).values(replies=replies, updated_at=utcnow())
    )
    await session.refresh(comment)
    data = {"task_id": task.id, "comment_id": comment.id, "reply_id": reply_id}
    events.emit(
        session, "comment:delete-reply", data, project_id=task.project_id, user_id=user_id, persist=False
    )
    return comment_dict(comment)


def _is_uuid(value: str) -> bool:
    try:
        uuid.UUID(value)
    except ValueError:
        return False
    return True


async def toggle_acknowledgement(
    session: AsyncSession, comment: Comment, task: Task, person_id: uuid.UUID
) -> dict[str, Any]:
    """Acknowledge the comment, or take the acknowledgement back when already given."""
    link = comment_acknoledgments
    given = (
        await session.execute(
            select(link.c.person).where(link.c.comment == comment.id, link.c.person == person_id)
        )
    ).first()
    if given:
        await session.execute(delete(link).where(link.c.comment == comment.id, link.c.person == person_id))
        name = "comment:unacknowledge"
    else:
        await session.execute(insert(link).values(comment=comment.id, person=person_id))
        name = "comment:acknowledge"
    await session.execute(update(Comment).where(Comment.id == comment.id).values(updated_at=utcnow()))
    await session.refresh(comment)
    data = {"comment_id": comment.id, "person_id": person_id}
    events.emit(session, name, data, project_id=task.project_id, user_id=person_id, persist=False)
    return await comment_with_relations(session, comment)
