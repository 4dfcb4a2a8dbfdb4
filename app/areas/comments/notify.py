"""Who hears of a comment or a reply: notifications for assignees, subscribers and the mentioned
(people and departments), and the news row of the production feed."""

import uuid
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from app import events
from app.areas.comments.mentions import department_team
from app.models import Entity, EntityType, News, Notification, Subscription, Task, TaskPersonLink
from app.models.base import utcnow


def _uuid(value: Any) -> uuid.UUID:
    return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))


async def recipients(session: AsyncSession, task: Task, extra: list[Any] = ()) -> list[uuid.UUID]:
    """Assignees, the task's subscribers and those of its sequence for its task type."""
    found: list[uuid.UUID] = list(
        (await session.execute(select(TaskPersonLink.person_id).where(TaskPersonLink.task_id == task.id)))
        .scalars()
        .all()
    )
    found += (
        await session.execute(select(Subscription.person_id).where(Subscription.task_id == task.id))
    ).scalars()
    parent = (await session.execute(select(Entity.parent_id).where(Entity.id == task.entity_id))).scalar()
    if parent is not None:
        query = select(Subscription.person_id).where(
            Subscription.entity_id == parent, Subscription.task_type_id == task.task_type_id
        )
        found += (await session.execute(query)).scalars()
    found += [_uuid(person_id) for person_id in extra]
    return list(dict.fromkeys(found))


async def mentioned(
    session: AsyncSession, project_id: Any, persons: list[Any], departments: list[Any]
) -> list[uuid.UUID]:
    ids = [_uuid(p) for p in persons] + await department_team(session, project_id, departments)
    return list(dict.fromkeys(ids))


def _notify(
    session: AsyncSession, person_id: Any, kind: str, task: Task, author_id: Any, user_id: Any, **values: Any
) -> None:
    notification = Notification(
        id=uuid.uuid4(),
        person_id=_uuid(person_id),
        author_id=_uuid(author_id),
        task_id=task.id,
        type=kind,
        read=False,
        **values,
    )
    session.add(notification)
    events.emit(
        session,
        "notification:new",
        {"notification_id": notification.id, "person_id": notification.person_id},
        project_id=task.project_id,
        user_id=user_id,
        persist=False,
    )


async def notify_comment(
    session: AsyncSession, task: Task, comment: dict[str, Any], change: bool, user_id: Any
) -> None:
    author = _uuid(comment["person_id"])
    for person_id in await recipients(session, task):
        if person_id != author:
            _notify(
                session, person_id, "comment", task, author, user_id, comment_id=comment["id"], change=change
            )
    for person_id in await mentioned(
        session, task.project_id, comment["mentions"], comment["department_mentions"]
    ):
        if person_id != author:
            _notify(session, person_id, "mention", task, author, user_id, comment_id=comment["id"])
    await session.flush()


async def reset_mention_notifications(
    session: AsyncSession, task: Task, comment: dict[str, Any], user_id: Any
) -> None:
    """An edited text mentions others: its mention notifications are made again (the reply ones
    stay with their replies)."""
    await session.execute(
        delete(Notification).where(Notification.comment_id == comment["id"], Notification.type == "mention")
    )
    author = _uuid(comment["person_id"])
    for person_id in await mentioned(
        session, task.project_id, comment["mentions"], comment["department_mentions"]
    ):
        _notify(
            session, person_id, "mention", task, author, user_id,
            comment_id=comment["id"], created_at=comment["created_at"],
        )  # fmt: skip
    await session.flush()


async def notify_reply(
    session: AsyncSession, task: Task, comment: dict[str, Any], reply: dict[str, Any], user_id: Any
) -> None:
    author = _uuid(reply["person_id"])
    others = [r["person_id"] for r in comment.get("replies") or [] if r.get("person_id")]
    targets = [p for p in await recipients(session, task, others) if p != author]
    if author != _uuid(comment["person_id"]) and _uuid(comment["person_id"]) not in targets:
        targets.append(_uuid(comment["person_id"]))
    created_at = utcnow().replace(microsecond=0)
    for person_id in targets:
        _notify(
            session, person_id, "reply", task, author, user_id,
            comment_id=comment["id"], reply_id=_uuid(reply["id"]), created_at=created_at,
        )  # fmt: skip
    for person_id in await mentioned(
        session, task.project_id, reply["mentions"], reply["department_mentions"]
    ):
        if person_id != author:
            _notify(
                session, person_id, "reply-mention", task, author, user_id,
                comment_id=comment["id"], reply_id=_uuid(reply["id"]),
            )  # fmt: skip
    await session.flush()


async def is_concept_task(session: AsyncSession, task: Task) -> bool:
    query = (
        select(EntityType.name)
        .join(Entity, Entity.entity_type_id == EntityType.id)
        .where(Entity.id == task.entity_id)
    )
    return (await session.execute(query)).scalar() == "Concept"


async def add_news(
    session: AsyncSession, task: Task, comment: dict[str, Any], change: bool, user_id: Any
) -> None:
    """The feed shows comments on everything but concepts."""
    if await is_concept_task(session, task):
        return
    news = News(
        id=uuid.uuid4(),
        change=change,
        author_id=_uuid(comment["person_id"]),
        comment_id=_uuid(comment["id"]),
        task_id=task.id,
        preview_file_id=comment.get("preview_file_id"),
        created_at=comment["created_at"],
    )
    session.add(news)
    await session.flush()
    data = {
        "news_id": news.id,
        "task_status_id": comment["task_status_id"],
        "task_type_id": task.task_type_id,
    }
    events.emit(session, "news:new", data, project_id=task.project_id, user_id=user_id)


async def forget_comment(session: AsyncSession, comment_id: Any, project_id: Any, user_id: Any) -> None:
    """Drop the notifications and news of a comment (it moves to another task)."""
    await session.execute(delete(Notification).where(Notification.comment_id == comment_id))
    news_ids = (await session.execute(select(News.id).where(News.comment_id == comment_id))).scalars().all()
    if news_ids:
        await session.execute(delete(News).where(News.id.in_(news_ids)))
    for news_id in news_ids:
        events.emit(session, "news:delete", {"news_id": news_id}, project_id=project_id, user_id=user_id)
