"""Time logged on one task (Zou's time_spents_service for a task): read per person, set, add to,
remove; the task's duration follows, and events tell the clients."""

import datetime
from collections import defaultdict
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app import events
from app.areas.persons import presence
from app.areas.tasks import service
from app.auth import permissions
from app.auth.identity import Identity
from app.core.errors import bad_request, forbidden, not_found
from app.models import Task, TimeSpent
from app.models.base import utcnow

INVALID_DATE = "Invalid date format."
WRONG_DATE = "Wrong date format."


def parse_day(raw: str, message: str = INVALID_DATE) -> datetime.date:
    """A `YYYY-MM-DD` path segment (Zou's strptime: a malformed one is a 400)."""
    try:
        return datetime.datetime.strptime(raw, "%Y-%m-%d").date()
    except ValueError as exc:
        raise bad_request(message) from exc


async def check_access(session: AsyncSession, identity: Identity, task: Task, person_id: Any) -> None:
    """Zou's check_time_spent_access: the person logs on a task assigned to them; besides them,
    admins and the project's managers log for them."""
    if person_id not in await service.assignee_ids(session, task.id):
        raise forbidden()
    if person_id == identity.person.id or await permissions.is_project_manager(
        session, identity, task.project_id
    ):
        return
    raise forbidden()


def _row(time_spent: TimeSpent) -> dict[str, Any]:
    return service.row("time-spents", time_spent)


async def for_task(session: AsyncSession, task: Task, day: datetime.date | None = None) -> dict[str, Any]:
    """`{"total": minutes, "<person_id>": [time spents]}`."""
    query = select(TimeSpent).where(TimeSpent.task_id == task.id)
    if day is not None:
        query = query.where(TimeSpent.date == day)
    result: dict[str, Any] = defaultdict(list)
    result["total"] = 0
    for time_spent in (await session.execute(query.order_by(TimeSpent.date, TimeSpent.created_at))).scalars():
        result[str(time_spent.person_id)].append(_row(time_spent))
        result["total"] += time_spent.duration
    return dict(result)


async def _find(session: AsyncSession, task: Task, person_id: Any, day: datetime.date) -> TimeSpent | None:
    query = select(TimeSpent).where(
        TimeSpent.task_id == task.id, TimeSpent.person_id == person_id, TimeSpent.date == day
    )
    return (await session.execute(query)).scalars().first()


async def _recompute(session: AsyncSession, task: Task, user_id: Any) -> None:
    total = select(func.coalesce(func.sum(TimeSpent.duration), 0)).where(TimeSpent.task_id == task.id)
    await session.execute(
        update(Task).where(Task.id == task.id).values(duration=total.scalar_subquery(), updated_at=utcnow())
    )
    events.emit(session, "task:update", {"task_id": task.id}, project_id=task.project_id, user_id=user_id)


async def set_duration(
    session: AsyncSession,
    task: Task,
    person_id: Any,
    day: datetime.date,
    duration: float,
    add: bool,
    user_id: Any,
) -> dict[str, Any]:
    """Create the day's entry or change it (`add`: by that many minutes)."""
    time_spent = await _find(session, task, person_id, day)
    if time_spent is None:
        time_spent = TimeSpent(task_id=task.id, person_id=person_id, date=day, duration=duration)
        session.add(time_spent)
        await session.flush()
        await presence.update_last_presence(session, person_id, user_id)
        name = "time-spent:new"
    else:
        time_spent.duration = time_spent.duration + duration if add else duration
        name = "time-spent:update"
    await session.flush()
    events.emit(session, name, {"time_spent_id": time_spent.id}, project_id=task.project_id, user_id=user_id)
    await _recompute(session, task, user_id)
    return _row(time_spent)


async def remove(
    session: AsyncSession, task: Task, person_id: Any, day: datetime.date, user_id: Any
) -> dict[str, Any]:
    time_spent = await _find(session, task, person_id, day)
    if time_spent is None:
        raise not_found()
    result = _row(time_spent)
    result["duration"] = 0
    await session.delete(time_spent)
    await session.flush()
    events.emit(
        session,
        "time-spent:delete",
        {"time_spent_id": time_spent.id},
        project_id=task.project_id,
        user_id=user_id,
    )
    await _recompute(session, task, user_id)
    return result
