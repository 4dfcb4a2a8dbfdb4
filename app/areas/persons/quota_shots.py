"""The shots behind a person's quotas over a period (Zou's quota shots): each shot with its
`full_name` and the `weight` it carries in the period.

Weighted: a shot with time logged by the person in the period weighs the share of its task's
duration logged then; a shot of an assigned task without any time logged weighs the share of
its business days (work-in-progress date to feedback date) falling in the period. Raw: every shot
of an assigned task whose feedback (or approval) date falls in the period weighs 1. The period is
in the caller's local time: time spents are calendar days, task dates UTC instants."""

import datetime as dt
import uuid
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import exists, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from app.core.config import get_settings
from app.models import Entity, EntityType, Task, TaskPersonLink, TimeSpent

COUNT_MODES = ("weighted", "weighteddone", "feedback", "done")
_ENTITY_COLUMNS = tuple(Entity.__table__.columns)  # type: ignore[attr-defined]


def business_days(start: dt.datetime, end: dt.datetime) -> int:
    """Weekdays among the days after `start` up to `end`'s day count (Zou's get_business_days)."""
    return sum(1 for offset in range((end - start).days) if (start + dt.timedelta(offset + 1)).weekday() < 5)


def _midnight(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time.min)


def _to_utc(moment: dt.datetime, timezone: str | None) -> dt.datetime:
    try:
        zone = ZoneInfo(timezone or get_settings().default_timezone)
    except (ZoneInfoNotFoundError, ValueError):
        zone = ZoneInfo("UTC")
    return moment.replace(tzinfo=zone).astimezone(dt.UTC).replace(tzinfo=None)


def _shots(task_type_id: uuid.UUID | None, project_id: uuid.UUID | None) -> tuple[Any, list[Any]]:
    """The shot columns with their full name parts, and the conditions on their task."""
    sequence = aliased(Entity, name="sequence")
    episode = aliased(Entity, name="episode")
    shot_type = select(EntityType.id).where(EntityType.name == "Shot").scalar_subquery()
    columns = [*_ENTITY_COLUMNS, sequence.name.label("sequence_name"), episode.name.label("episode_name")]
    conditions = [Entity.entity_type_id == shot_type]
    if project_id is not None:
        conditions.append(Task.project_id == project_id)
    if task_type_id is not None:
        conditions.append(Task.task_type_id == task_type_id)
    return (columns, sequence, episode), conditions


def _shot_dict(row: Any) -> dict[str, Any]:
    shot = {column.name: row._mapping[column] for column in _ENTITY_COLUMNS}
    shot["type"] = "Entity"
    parts = [row.episode_name, row.sequence_name, shot["name"]]
    shot["full_name"] = " / ".join(part for part in parts if part is not None)
    return shot


def _from_shots(columns: tuple[Any, Any, Any], *extra: Any) -> Any:
    shot_columns, sequence, episode = columns
    return (
        select(*shot_columns, *extra)
        .select_from(Entity)
        .join(Task, Task.entity_id == Entity.id)
        .outerjoin(sequence, sequence.id == Entity.parent_id)
        .outerjoin(episode, episode.id == sequence.parent_id)
    )


async def weighted(
    session: AsyncSession, person_id: uuid.UUID, start: dt.date, end: dt.date, project_id: uuid.UUID | None,
    task_type_id: uuid.UUID | None, feedback: bool, timezone: str | None,
) -> list[dict[str, Any]]:  # fmt: skip
    columns, conditions = _shots(task_type_id, project_id)
    closing = Task.end_date if feedback else Task.done_date
    logged = (
        _from_shots(columns, Task.duration, TimeSpent.duration.label("logged"))  # type: ignore[attr-defined]
        .join(TimeSpent, TimeSpent.task_id == Task.id)
        .where(*conditions, TimeSpent.person_id == person_id, TimeSpent.date >= start, TimeSpent.date < end)
        .where(closing.is_not(None))
        .order_by(TimeSpent.date)
    )
    listed: dict[Any, dict[str, Any]] = {}
    for row in (await session.execute(logged)).all():
        share = round(row.logged / row.duration, 2) if row.duration else 0
        shot = listed.get(row.id)
        if shot is None:
            shot = listed[row.id] = _shot_dict(row)
            shot["weight"] = share or 0
        else:
            shot["weight"] += share
    local_start, local_end = _midnight(start), _midnight(end)
    utc_start, utc_end = _to_utc(local_start, timezone), _to_utc(local_end, timezone)
    unlogged = (
        _from_shots(columns, Task.real_start_date, closing.label("closing"))
        .where(*conditions, Task.real_start_date.is_not(None), closing.is_not(None))
        .where(Task.id.in_(select(TaskPersonLink.task_id).where(TaskPersonLink.person_id == person_id)))
        .where(~exists().where(TimeSpent.task_id == Task.id))
        .where(Task.real_start_date <= utc_end, closing >= utc_start)
    )
    for row in (await session.execute(unlogged)).all():
        if row.id in listed:
            continue
        task_start, task_end = row.real_start_date, row.closing
        days = business_days(task_start, task_end) + 1
        if task_start >= local_start and task_end <= local_end:
            inside = days
        elif task_start >= local_start:
            inside = business_days(task_start, local_end) + 1
        elif task_end <= local_end:
            inside = business_days(local_start, task_end) + 1
        else:
            inside = 1
        shot = listed[row.id] = _shot_dict(row)
        shot["weight"] = round(inside / days, 2)
    return sorted(listed.values(), key=lambda shot: shot["full_name"])


async def raw(
    session: AsyncSession, person_id: uuid.UUID, start: dt.date, end: dt.date, project_id: uuid.UUID | None,
    task_type_id: uuid.UUID | None, feedback: bool, timezone: str | None,
) -> list[dict[str, Any]]:  # fmt: skip
    columns, conditions = _shots(task_type_id, project_id)
    closing = Task.end_date if feedback else Task.done_date
    utc_start, utc_end = _to_utc(_midnight(start), timezone), _to_utc(_midnight(end), timezone)
    query = (
        _from_shots(columns)
        .join(TaskPersonLink, TaskPersonLink.task_id == Task.id)
        .where(*conditions, TaskPersonLink.person_id == person_id, closing.between(utc_start, utc_end))
    )
    shots = []
    for row in (await session.execute(query)).all():
        shot = _shot_dict(row)
        shot["weight"] = 1
        shots.append(shot)
    return sorted(shots, key=lambda shot: shot["full_name"])
