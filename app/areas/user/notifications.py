"""The caller's notifications (Zou's `user_service` notification functions): the last 100, newest
first, each joined with what it points at (task, comment, reply, playlist, entity name)."""

from typing import Any

from sqlalchemy import Select, and_, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from app import events
from app.areas.user.dates import optional_date
from app.areas.user.entity_names import full_entity_names
from app.areas.user.rows import id_lists
from app.auth.identity import Identity
from app.core.db import fetch_rows
from app.core.errors import bad_request, not_found
from app.core.ids import as_uuid
from app.models import (
    Comment,
    CommentPreviewLink,
    Notification,
    Person,
    Playlist,
    Project,
    Subscription,
    Task,
    comment_department_mentions,
    comment_mentions,
)

LIMIT = 100
WRONG_DATE = "Wrong date format for after or before."
Author = aliased(Person, name="author")


def _check_id(name: str, value: str | None) -> Any:
    if value is None:
        return None
    parsed = as_uuid(value)
    if parsed is None:
        raise bad_request(f"Invalid UUID format for {name}: {value}")
    return parsed


def unread_count_query(person_id: Any) -> Select:
    return select(func.count()).where(Notification.person_id == person_id, Notification.read.is_(False))


async def unread_count(session: AsyncSession, person_id: Any) -> int:
    return (await fetch_rows(session, unread_count_query(person_id)))[1][0][0]


def _query(person_id: Any):
    return (
        select(
            Notification,
            Project.id,
            Project.name,
            Task.task_type_id,
            Comment.id,
            Comment.task_status_id,
            Comment.text,
            Comment.replies,
            Task.entity_id,
            Subscription.id,
            Author.role,
        )
        .join(Author, Author.id == Notification.author_id)
        .outerjoin(Task, Task.id == Notification.task_id)
        .outerjoin(Project, Project.id == Task.project_id)
        .outerjoin(Subscription, and_(Subscription.task_id == Task.id, Subscription.person_id == person_id))
        .outerjoin(Comment, Comment.id == Notification.comment_id)
        .where(Notification.person_id == person_id)
        .order_by(Notification.created_at.desc())
        .limit(LIMIT)
    )


async def last_notifications(
    session: AsyncSession,
    identity: Identity,
    notification_id: str | None = None,
    after: str | None = None,
    before: str | None = None,
    task_type_id: str | None = None,
    task_status_id: str | None = None,
    notification_type: str | None = None,
    read: bool | None = None,
    watching: bool | None = None,
) -> list[dict[str, Any]]:
    query = _query(identity.person.id)
    if notification_id is not None:
        query = query.where(Notification.id == _check_id("notification_id", notification_id))
    task_type = _check_id("task_type_id", task_type_id)
    task_status = _check_id("task_status_id", task_status_id)
    if after is not None:
        query = query.where(Notification.created_at > optional_date(after, WRONG_DATE))
    if before is not None:
        query = query.where(Notification.created_at < optional_date(before, WRONG_DATE))
    if task_type is not None:
        query = query.where(Task.task_type_id == task_type)
    if task_status is not None:
        query = query.where(Task.task_status_id == task_status)
    if notification_type is not None:
        query = query.where(Notification.type == notification_type)
    if read is not None:
        query = query.where(Notification.read.is_(read))
    if watching is not None:
        query = query.where(Subscription.id.is_not(None) if watching else Subscription.id.is_(None))
    rows = (await session.execute(query)).all()
    context = await _context(session, rows)
    blank_clients = identity.role == "user"
    return [_serialize(row, blank_clients, context) for row in rows]


async def _context(session: AsyncSession, rows: list[Any]) -> dict[str, Any]:
    """What the rows point at, in a fixed number of queries."""
    comment_ids = [row[4] for row in rows if row[4] is not None]
    playlist_ids = [row[0].playlist_id for row in rows if row[0].playlist_id is not None]
    entity_ids = [row[8] for row in rows if row[0].playlist_id is None and row[8] is not None]
    playlists = {}
    if playlist_ids:
        query = (
            select(Playlist, Project.name)
            .join(Project, Project.id == Playlist.project_id)
            .where(Playlist.id.in_(playlist_ids))
        )
        playlists = {playlist.id: (playlist, name) for playlist, name in (await session.execute(query)).all()}
    return {
        "previews": await id_lists(
            session, CommentPreviewLink.comment, CommentPreviewLink.preview_file, comment_ids
        ),
        "mentions": await id_lists(
            session, comment_mentions.c.comment, comment_mentions.c.person, comment_ids
        ),
        "department_mentions": await id_lists(
            session,
            comment_department_mentions.c.comment,
            comment_department_mentions.c.department,
            comment_ids,
        ),
        "playlists": playlists,
        "entity_names": await full_entity_names(session, entity_ids),
    }


def _serialize(row: Any, blank_clients: bool, context: dict[str, Any]) -> dict[str, Any]:
    (
        notification,
        project_id,
        project_name,
        task_type_id,
        comment_id,
        task_status_id,
        comment_text,
        comment_replies,
        entity_id,
        subscription_id,
        author_role,
    ) = row
    full_entity_name, episode_id, entity_preview_file_id = "", None, None
    playlist_name, playlist_for_entity, playlist_is_for_all = "", "", False
    if notification.playlist_id is None:
        full_entity_name, episode_id, entity_preview_file_id = context["entity_names"].get(
            entity_id, ("", None, None)
        )
    elif notification.playlist_id in context["playlists"]:
        playlist, project_name = context["playlists"][notification.playlist_id]
        episode_id, project_id = playlist.episode_id, playlist.project_id
        playlist_name, playlist_for_entity = playlist.name, playlist.for_entity
        playlist_is_for_all = playlist.is_for_all
    previews = context["previews"].get(comment_id, [])
    reply_text, reply_mentions, reply_department_mentions = "", [], []
    if notification.type in ("reply", "reply-mention"):
        reply = next(
            (
                reply
                for reply in comment_replies or []
                if isinstance(reply, dict) and reply.get("id") == str(notification.reply_id)
            ),
            None,
        )
        if reply is not None:
            reply_text = reply.get("text")
            reply_mentions = reply.get("mentions") or []
            reply_department_mentions = reply.get("department_mentions") or []
    if author_role == "client" and blank_clients:
        comment_text, reply_text = "", ""
    return {
        "id": notification.id,
        "type": "Notification",
        "notification_type": notification.type,
        "author_id": notification.author_id,
        "comment_id": notification.comment_id,
        "task_id": notification.task_id,
        "task_type_id": task_type_id,
        "task_status_id": task_status_id,
        "mentions": context["mentions"].get(comment_id, []),
        "department_mentions": context["department_mentions"].get(comment_id, []),
        "reply_mentions": reply_mentions,
        "reply_department_mentions": reply_department_mentions,
        "preview_file_id": previews[0] if previews else None,
        "project_id": project_id,
        "project_name": project_name,
        "comment_text": comment_text,
        "reply_text": reply_text,
        "created_at": notification.created_at,
        "read": notification.read,
        "change": notification.change,
        "full_entity_name": full_entity_name,
        "episode_id": episode_id,
        "entity_preview_file_id": entity_preview_file_id,
        "subscription_id": subscription_id,
        "playlist_id": notification.playlist_id,
        "playlist_name": playlist_name,
        "playlist_for_entity": playlist_for_entity,
        "playlist_is_for_all": playlist_is_for_all,
    }


async def get_notification(session: AsyncSession, identity: Identity, raw_id: str) -> dict[str, Any]:
    found = await last_notifications(session, identity, notification_id=raw_id)
    if not found:
        raise not_found()
    return found[0]


def notification_row(notification: Notification) -> dict[str, Any]:
    """Zou's `Notification.serialize()`: the `type` column sent as `notification_type`."""
    row = {column.name: getattr(notification, column.key) for column in Notification.__table__.columns}  # type: ignore[attr-defined]
    row["notification_type"] = row.pop("type")
    row["type"] = "Notification"
    return row


async def update_notification(
    session: AsyncSession, identity: Identity, raw_id: str, read: bool | None
) -> dict[str, Any]:
    """Mark one of the caller's notifications read or unread (no `read`: left as it is)."""
    parsed = _check_id("notification_id", raw_id)
    notification = await session.get(Notification, parsed)
    if notification is None or notification.person_id != identity.person.id:
        raise not_found()
    if read is not None:
        notification.read = read
        await session.flush()
        await session.refresh(notification)
        name = "notification:read" if read else "notification:unread"
        data = {"person_id": identity.person.id, "notification_id": notification.id}
        events.emit(session, name, data, user_id=identity.person.id)
    return notification_row(notification)


async def mark_all_as_read(session: AsyncSession, identity: Identity) -> None:
    await session.execute(
        update(Notification)
        .where(Notification.person_id == identity.person.id, Notification.read.is_(False))
        .values(read=True)
    )
    events.emit(
        session, "notification:all-read", {"person_id": identity.person.id}, user_id=identity.person.id
    )
