"""Comments, tasks and people as the comment routes look them up and send them."""

import uuid
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.areas.entities import lookup
from app.areas.persons.service import join_names
from app.core.ids import as_uuid
from app.crud.registry import engine_for
from app.models import AttachmentFile, Comment, Person, Task, TaskStatus

SHORT_PERSON = ("id", "first_name", "last_name", "full_name", "has_avatar", "role")


async def get_task(session: AsyncSession, task_id: Any) -> Task:
    """The task, or Zou's 404 (a malformed id is an unknown one there too)."""
    return await lookup.get_row(session, Task, task_id)


async def get_comment(session: AsyncSession, comment_id: Any) -> Comment:
    return await lookup.get_row(session, Comment, comment_id)


async def get_task_status(session: AsyncSession, status_id: Any) -> TaskStatus:
    return await lookup.get_row(session, TaskStatus, status_id)


def comment_dict(comment: Comment) -> dict[str, Any]:
    """Zou's `Comment.serialize()`: every column and the `type` key."""
    return engine_for("comments").instance_dict(comment)


async def comment_with_relations(session: AsyncSession, comment: Comment) -> dict[str, Any]:
    """Zou's `serialize(relations=True)`: the linked rows as id lists."""
    row = comment_dict(comment)
    await engine_for("comments").attach_relations(session, [row])
    return row


def row_dict(instance: Any) -> dict[str, Any]:
    """Any table row with Zou's `type` key (the class name)."""
    result = {column.name: getattr(instance, column.key) for column in instance.__table__.columns}
    result["type"] = type(instance).__name__
    return result


async def short_persons(session: AsyncSession, person_ids: list[Any]) -> dict[str, dict[str, Any]]:
    """Author summaries keyed by id (as text): what Zou embeds in replies."""
    ids = list({as_uuid(p) for p in person_ids if as_uuid(p) is not None})
    if not ids:
        return {}
    query = select(Person.id, Person.first_name, Person.last_name, Person.has_avatar, Person.role).where(
        Person.id.in_(ids)
    )
    result = {}
    for row in (await session.execute(query)).all():
        result[str(row.id)] = {
            "id": str(row.id),
            "first_name": row.first_name,
            "last_name": row.last_name,
            "full_name": join_names(row.first_name, row.last_name),
            "has_avatar": row.has_avatar,
            "role": row.role,
        }
    return result


def present_attachment(attachment: AttachmentFile) -> dict[str, Any]:
    """Zou's `AttachmentFile.present()`."""
    return {
        "id": attachment.id,
        "name": attachment.name,
        "extension": attachment.extension,
        "size": attachment.size,
    }


async def attachments_of(
    session: AsyncSession, comment_ids: list[uuid.UUID]
) -> dict[Any, list[dict[str, Any]]]:
    """Attachment summaries per comment, with the reply they belong to."""
    found: dict[Any, list[dict[str, Any]]] = {}
    if not comment_ids:
        return found
    query = (
        select(AttachmentFile)
        .where(AttachmentFile.comment_id.in_(comment_ids))
        .order_by(AttachmentFile.created_at)
    )
    for attachment in (await session.execute(query)).scalars():
        found.setdefault(attachment.comment_id, []).append(
            {**present_attachment(attachment), "reply_id": attachment.reply_id}
        )
    return found
