"""The caller's own records: subscriptions, entity chats, time spents, days off, desktop login logs
and avatar (Zou's user blueprint, the routes that are neither lists of tasks nor filters)."""

import datetime
import logging
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from app import events
from app.areas.entities import lookup
from app.areas.user.dates import day_of, naive_utc
from app.areas.user.entity_names import full_entity_names
from app.areas.user.rows import rows_of
from app.auth import access_rules, permissions
from app.auth.identity import Identity
from app.core.errors import bad_request, not_found
from app.core.ids import as_uuid, check_id
from app.core.unit_of_work import current_unit_of_work
from app.models import (
    Chat,
    ChatParticipant,
    DayOff,
    Entity,
    Person,
    Project,
    ProjectStatus,
    Subscription,
    Task,
    TaskType,
    TimeSpent,
)
from app.storage import get_storage, make_key

log = logging.getLogger("app.user")
WRONG_DATE = "Wrong date format."
WRONG_RANGE = "If querying for a range of dates, both a `start_date` and an `end_date` must be given."


def row_dict(instance: Any) -> dict[str, Any]:
    row = {column.name: getattr(instance, column.key) for column in type(instance).__table__.columns}
    row["type"] = type(instance).__name__
    return row


# --- subscriptions -------------------------------------------------------------------------------
async def task_or_404(session: AsyncSession, raw_id: str) -> Task:
    return await lookup.get_row(session, Task, raw_id)


async def _subscription(session: AsyncSession, **criteria: Any) -> Subscription | None:
    query = select(Subscription)
    for name, value in criteria.items():
        query = query.where(getattr(Subscription, name) == value)
    return (await session.execute(query.limit(1))).scalars().first()


async def is_subscribed(session: AsyncSession, person_id: Any, **criteria: Any) -> bool:
    """False as well for ids that are not ones (Zou reads them as no subscription)."""
    parsed = {name: as_uuid(value) for name, value in criteria.items()}
    if any(value is None for value in parsed.values()):
        return False
    return await _subscription(session, person_id=person_id, **parsed) is not None


async def subscribe(session: AsyncSession, person_id: Any, **criteria: Any) -> dict[str, Any]:
    subscription = await _subscription(session, person_id=person_id, **criteria)
    if subscription is None:
        subscription = Subscription(person_id=person_id, **criteria)
        session.add(subscription)
        await session.flush()
    return row_dict(subscription)


async def unsubscribe(session: AsyncSession, person_id: Any, **criteria: Any) -> None:
    parsed = {name: as_uuid(value) for name, value in criteria.items()}
    if any(value is None for value in parsed.values()):
        return
    await session.execute(
        delete(Subscription).where(
            Subscription.person_id == person_id,
            *(getattr(Subscription, name) == value for name, value in parsed.items()),
        )
    )


async def subscribe_to_tasks(
    session: AsyncSession, identity: Identity, raw_ids: list[str]
) -> list[dict[str, Any]]:
    """Every task is checked (exists, caller in its team) before anything is written."""
    tasks = [await task_or_404(session, raw_id) for raw_id in raw_ids]
    for task in tasks:
        await permissions.check_project_access(session, identity, task.project_id)
    return [await subscribe(session, identity.person.id, task_id=task.id) for task in tasks]


async def sequence_or_404(session: AsyncSession, raw_id: str) -> Entity:
    return await lookup.get_typed_entity(session, raw_id, "Sequence")


async def task_type_or_404(session: AsyncSession, raw_id: str) -> TaskType:
    return await lookup.get_row(session, TaskType, raw_id)


# --- chats ---------------------------------------------------------------------------------------
async def _chat_of(session: AsyncSession, entity_id: Any) -> Chat:
    chat = (await session.execute(select(Chat).where(Chat.object_id == entity_id).limit(1))).scalars().first()
    if chat is None:
        chat = Chat(object_id=entity_id)
        session.add(chat)
        await session.flush()
    return chat


async def readable_entity(session: AsyncSession, identity: Identity, raw_id: str) -> Entity:
    entity = await lookup.get_entity(session, raw_id)
    await permissions.check_project_access(session, identity, entity.project_id)
    await access_rules.check_entity_access(session, identity, entity.id, entity.project_id)
    return entity


async def join_chat(session: AsyncSession, identity: Identity, entity: Entity) -> dict[str, Any]:
    chat = await _chat_of(session, entity.id)
    link = await session.get(ChatParticipant, (chat.id, identity.person.id))
    if link is None:
        session.add(ChatParticipant(chat_id=chat.id, person_id=identity.person.id))
        await session.flush()
    data = {"chat_id": chat.id, "person_id": identity.person.id}
    events.emit(session, "chat:joined", data, user_id=identity.person.id, persist=False)
    return row_dict(chat)


async def leave_chat(session: AsyncSession, identity: Identity, entity: Entity) -> None:
    chat = await _chat_of(session, entity.id)
    await session.execute(
        delete(ChatParticipant).where(
            ChatParticipant.chat_id == chat.id, ChatParticipant.person_id == identity.person.id
        )
    )
    data = {"chat_id": chat.id, "person_id": identity.person.id}
    events.emit(session, "chat:left", data, user_id=identity.person.id, persist=False)


async def my_chats(session: AsyncSession, person_id: Any) -> list[dict[str, Any]]:
    """The chats the person takes part in, on entities of open productions."""
    query = (
        select(Chat.id, Chat.object_id, Chat.last_message, Entity.project_id, Entity.preview_file_id)
        .join(ChatParticipant, ChatParticipant.chat_id == Chat.id)
        .join(Entity, Entity.id == Chat.object_id)
        .join(Project, Project.id == Entity.project_id)
        .join(ProjectStatus, ProjectStatus.id == Project.project_status_id)
        .where(ChatParticipant.person_id == person_id, ProjectStatus.name == "Open")
    )
    rows = (await session.execute(query)).all()
    names = await full_entity_names(session, [row.object_id for row in rows])
    return [
        {
            "id": row.id,
            "object_id": row.object_id,
            "last_message": row.last_message,
            "entity_name": names.get(row.object_id, ("", None, None))[0],
            "project_id": row.project_id,
            "preview_file_id": row.preview_file_id,
        }
        for row in rows
    ]


# --- time ----------------------------------------------------------------------------------------
def parse_day(value: str, message: str = WRONG_DATE) -> datetime.date:
    try:
        return day_of(value)
    except ValueError as exc:
        raise bad_request(message) from exc


async def time_spents_of_day(session: AsyncSession, person_id: Any, raw_date: str) -> list[dict[str, Any]]:
    day = parse_day(raw_date)
    query = select(TimeSpent.__table__).where(TimeSpent.person_id == person_id, TimeSpent.date == day)  # type: ignore[attr-defined]
    return await rows_of(session, query, "TimeSpent")


async def time_spents_between(
    session: AsyncSession, person_id: Any, start: str, end: str
) -> list[dict[str, Any]]:
    message = f"Wrong date format for {start} and/or {end}"
    first, last = parse_day(start, message), parse_day(end, message)
    query = (
        select(TimeSpent.__table__, Task.project_id, Task.task_type_id)  # type: ignore[attr-defined]
        .join(Task, Task.id == TimeSpent.task_id)
        .where(TimeSpent.person_id == person_id, TimeSpent.date.between(first, last))
        .order_by(TimeSpent.date)
    )
    return await rows_of(session, query, "TimeSpent")


async def task_time_spent(
    session: AsyncSession, person_id: Any, raw_task_id: str, raw_date: str
) -> dict[str, Any]:
    day = parse_day(raw_date)
    task_id = check_id(raw_task_id)
    query = select(TimeSpent).where(
        TimeSpent.person_id == person_id, TimeSpent.task_id == task_id, TimeSpent.date == day
    )
    time_spent = (await session.execute(query.limit(1))).scalars().first()
    return row_dict(time_spent) if time_spent is not None else {}


async def day_off(session: AsyncSession, person_id: Any, raw_date: str) -> dict[str, Any]:
    day = parse_day(raw_date)
    query = select(DayOff).where(DayOff.person_id == person_id, DayOff.date <= day, DayOff.end_date >= day)
    found = (await session.execute(query.limit(1))).scalars().first()
    return row_dict(found) if found is not None else {}


# --- desktop login logs --------------------------------------------------------------------------
def parse_login_date(value: Any) -> datetime.datetime:
    if value is None:
        return datetime.datetime.now(datetime.UTC).replace(tzinfo=None, microsecond=0)
    try:
        return naive_utc(str(value))
    except ValueError as exc:
        raise bad_request(f"Wrong date format: {value}") from exc


# --- avatar --------------------------------------------------------------------------------------
async def clear_avatar(session: AsyncSession, person_id: Any) -> None:
    """`has_avatar` off, `person:update` sent; the picture goes once that is committed."""
    person = await session.get(Person, person_id)
    if person is None:
        raise not_found()
    person.has_avatar = False
    await session.flush()
    events.emit(session, "person:update", {"person_id": person_id}, user_id=person_id)

    async def remove_picture() -> None:
        try:
            await get_storage().delete("pictures", make_key("thumbnails", person_id))
        except Exception:  # the row is right; a leftover file is only disk space
            log.warning("the avatar file of person %s could not be removed", person_id, exc_info=True)

    current_unit_of_work().on_commit(remove_picture)
