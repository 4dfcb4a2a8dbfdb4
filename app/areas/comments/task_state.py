"""A task's state follows its comments: status, last comment date, retakes, start, end and done
dates. Applied when a comment is posted, recomputed from the remaining ones when comments leave."""

import datetime
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app import events
from app.models import Comment, Entity, EntityType, Task, TaskStatus, TimeSpent
from app.models.base import utcnow


def task_event(session: AsyncSession, task: Task, user_id: Any) -> None:
    events.emit(session, "task:update", {"task_id": task.id}, project_id=task.project_id, user_id=user_id)


def status_changed_event(
    session: AsyncSession, task: Task, previous: Any, person_id: Any, user_id: Any
) -> dict[str, Any]:
    """`task:status-changed`, from `previous` to the task's status, credited to the comment's
    author; returns its data, which `task:to-review` repeats."""
    data = {
        "task_id": task.id,
        "new_task_status_id": task.task_status_id,
        "previous_task_status_id": previous,
        "person_id": person_id,
    }
    events.emit(session, "task:status-changed", data, project_id=task.project_id, user_id=user_id)
    return data


async def _default_status_id(session: AsyncSession, task: Task) -> Any:
    """The default status (the concept one for concepts), or the task's own when none is set."""
    is_concept = (
        await session.execute(
            select(EntityType.name)
            .join(Entity, Entity.entity_type_id == EntityType.id)
            .where(Entity.id == task.entity_id)
        )
    ).scalar() == "Concept"
    query = select(TaskStatus.id).where(TaskStatus.is_default.is_(True))
    query = query.where(
        TaskStatus.for_concept.is_(True) if is_concept else TaskStatus.for_concept.isnot(True)
    )
    return (await session.execute(query.limit(1))).scalar() or task.task_status_id


async def apply_comment(
    session: AsyncSession, task: Task, status: TaskStatus, comment: Comment, user_id: Any
) -> bool:
    """Zou's status change on a new comment; True when the task changed status. A comment dated
    before the task's last one only makes the task recompute its state from all its comments."""
    if task.last_comment_date is not None and task.last_comment_date > comment.created_at:
        await reset_task_data(session, task, user_id)
        return False
    previous = task.task_status_id
    changed = status.id != previous
    values: dict[str, Any] = {"task_status_id": status.id, "last_comment_date": comment.created_at}
    if changed:
        if status.is_retake:
            values["retake_count"] = (task.retake_count or 0) + 1
        if status.is_wip and task.real_start_date is None:
            values["real_start_date"] = utcnow().replace(microsecond=0)
        now = utcnow().replace(microsecond=0)
        # Leaving a feedback or done status takes its date back, as Zou's task update does.
        if status.is_feedback_request:
            values["end_date"] = now
        elif not status.is_done:
            values["end_date"] = None
        values["done_date"] = now if status.is_done else None
    await session.execute(update(Task).where(Task.id == task.id).values(updated_at=utcnow(), **values))
    await session.refresh(task)
    task_event(session, task, user_id)
    if changed:
        data = status_changed_event(session, task, previous, comment.person_id, user_id)
        if status.is_feedback_request:
            events.emit(
                session,
                "task:to-review",
                {**data, "comment_id": comment.id},
                project_id=task.project_id,
                user_id=user_id,
            )
    return changed


async def reset_task_data(session: AsyncSession, task: Task, user_id: Any) -> Task:
    """Status, dates, retakes and duration as the task's comments and time spents give them."""
    rows = (
        await session.execute(
            select(
                Comment.task_status_id,
                Comment.created_at,
                TaskStatus.is_retake,
                TaskStatus.is_feedback_request,
                TaskStatus.is_done,
                TaskStatus.is_wip,
            )
            .join(TaskStatus, TaskStatus.id == Comment.task_status_id)
            .where(Comment.object_id == task.id)
            .order_by(Comment.created_at)
        )
    ).all()
    retakes, previous_is_retake = 0, False
    real_start: datetime.datetime | None = None
    end: datetime.datetime | None = None
    done: datetime.datetime | None = None
    last: datetime.datetime | None = None
    status_id = await _default_status_id(session, task)
    for row in rows:
        if row.is_retake and not previous_is_retake:
            retakes += 1
        previous_is_retake = bool(row.is_retake)
        if row.is_wip and real_start is None:
            real_start = row.created_at
        if row.is_feedback_request and end is None:
            end = row.created_at
        if row.is_done:
            done = row.created_at
        status_id, last = row.task_status_id, row.created_at
    duration = (
        await session.execute(
            select(func.coalesce(func.sum(TimeSpent.duration), 0)).where(TimeSpent.task_id == task.id)
        )
    ).scalar()
    values = {
        "duration": duration,
        "retake_count": retakes,
        "real_start_date": real_start,
        "last_comment_date": last,
        "end_date": end,
        "done_date": done,
        "task_status_id": status_id,
        "updated_at": utcnow(),
    }
    await session.execute(update(Task).where(Task.id == task.id).values(**values))
    await session.refresh(task)
    task_event(session, task, user_id)
    return task
