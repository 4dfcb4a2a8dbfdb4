"""Time logged on a production's tasks and the days off of its team (Zou's time_spents_service
project queries)."""

import datetime
import uuid
from collections import defaultdict
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.areas.projects.service import plain_rows
from app.core.errors import bad_request
from app.models import DayOff, ProjectPersonLink, Task, TimeSpent

_TIME_SPENT = TimeSpent.__table__  # type: ignore[attr-defined]
_DAY_OFF = DayOff.__table__  # type: ignore[attr-defined]


def date_range(start: str | None, end: str | None) -> tuple[datetime.date | None, datetime.date | None]:
    """Optional `start_date` / `end_date` query values; a bad one answers Zou's 400."""
    try:
        return (
            datetime.date.fromisoformat(start[:10]) if start else None,
            datetime.date.fromisoformat(end[:10]) if end else None,
        )
    except ValueError as exc:
        raise bad_request(f"Wrong date format for {start} and/or {end}") from exc


async def project_time_spents(session: AsyncSession, project_id: uuid.UUID) -> list[dict[str, Any]]:
    query = (
        select(_TIME_SPENT)
        .join(Task, Task.id == TimeSpent.task_id)
        .where(Task.project_id == project_id)
        .order_by(TimeSpent.date, TimeSpent.id)
    )
    return plain_rows(await session.execute(query), "TimeSpent")


async def task_type_time_spents(
    session: AsyncSession, project_id: uuid.UUID, task_type_id: uuid.UUID, start: str | None, end: str | None
) -> dict[str, list[dict[str, Any]]]:
    """The time spent on the project's tasks of a task type, by person, newest first."""
    start_date, end_date = date_range(start, end)
    query = (
        select(_TIME_SPENT)
        .join(Task, Task.id == TimeSpent.task_id)
        .where(Task.project_id == project_id, Task.task_type_id == task_type_id)
        .order_by(TimeSpent.date.desc())
    )
    if start_date is not None:
        query = query.where(TimeSpent.date >= start_date)
    if end_date is not None:
        query = query.where(TimeSpent.date <= end_date)
    grouped: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in plain_rows(await session.execute(query), "TimeSpent"):
        grouped[str(row["person_id"])].append(row)
    return dict(grouped)


async def team_day_offs(
    session: AsyncSession,
    project_id: uuid.UUID,
    start: str | None,
    end: str | None,
    full: bool,
    viewer_id: uuid.UUID,
) -> dict[str, list[dict[str, Any]]]:
    """Days off of the team overlapping the range, by person. Only managers (`full`) and the
    person themselves see the description."""
    start_date, end_date = date_range(start, end)
    team = select(ProjectPersonLink.person_id).where(ProjectPersonLink.project_id == project_id)
    query = select(_DAY_OFF).where(DayOff.person_id.in_(team)).order_by(DayOff.date)
    if start_date is not None:
        query = query.where(DayOff.end_date >= start_date)
    if end_date is not None:
        query = query.where(DayOff.date <= end_date)
    grouped: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in plain_rows(await session.execute(query), "DayOff"):
        if not full and row["person_id"] != viewer_id:
            row.pop("description", None)
        grouped[str(row["person_id"])].append(row)
    return dict(grouped)
