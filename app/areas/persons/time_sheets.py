"""Time spents read for time sheets: a person's rows, their per-task totals over a period, and the
studio tables (minutes per person per day, week, month or year)."""

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import Integer, Text, cast, func, literal_column, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from app.areas.persons.access import Scope
from app.core.db import fetch_rows
from app.core.sql import all_columns, is_postgres, select_dicts, uuid_text
from app.models import Entity, EntityType, Person, Project, Task, TaskType, TimeSpent

DETAIL_LEVELS = ("day", "week", "month", "year")


def _scoped(query: Any, scope: Scope) -> Any:
    """The scope's filters on a query of time spents (the task joined when needed)."""
    if scope.person_id is not None:
        query = query.where(TimeSpent.person_id == scope.person_id)
    if scope.project_ids is not None or scope.department_ids:
        query = query.where(
            TimeSpent.task_id.in_(_task_ids(scope.project_ids, scope.department_ids))  # type: ignore[union-attr]
        )
    if scope.studio_id is not None:
        query = query.where(
            TimeSpent.person_id.in_(select(Person.id).where(Person.studio_id == scope.studio_id))  # type: ignore[union-attr]
        )
    return query


def _task_ids(project_ids: list[uuid.UUID] | None, department_ids: list[uuid.UUID] | None) -> Any:
    query = select(Task.id)
    if project_ids is not None:
        query = query.where(Task.project_id.in_(project_ids))
    if department_ids:
        query = query.where(
            Task.task_type_id.in_(select(TaskType.id).where(TaskType.department_id.in_(department_ids)))
        )
    return query


async def day_rows(session: AsyncSession, scope: Scope, day: dt.date) -> list[dict[str, Any]]:
    """The time spents of one day."""
    query = _scoped(all_columns(TimeSpent).where(TimeSpent.date == day), scope)
    return await select_dicts(session, query.order_by(TimeSpent.created_at), "TimeSpent")


async def range_rows(
    session: AsyncSession, scope: Scope, start: dt.date, end: dt.date
) -> list[dict[str, Any]]:
    """The time spents from `start` to `end` (both included), with their task's project and type."""
    query = (
        select(*TimeSpent.__table__.columns, Task.project_id, Task.task_type_id)  # type: ignore[attr-defined]
        .join(Task, Task.id == TimeSpent.task_id)
        .where(TimeSpent.date >= start, TimeSpent.date <= end)
    )
    return await select_dicts(session, _scoped(query, scope).order_by(TimeSpent.date), "TimeSpent")


async def period_rows(
    session: AsyncSession, scope: Scope, start: dt.date | None, end: dt.date | None
) -> list[dict[str, Any]]:
    """The time spents of `[start, end[` (no bound when None)."""
    query = all_columns(TimeSpent)
    if start is not None:
        query = query.where(TimeSpent.date >= start)
    if end is not None:
        query = query.where(TimeSpent.date < end)
    return await select_dicts(session, _scoped(query, scope).order_by(TimeSpent.date), "TimeSpent")


async def task_totals(
    session: AsyncSession, scope: Scope, start: dt.date, end: dt.date
) -> list[dict[str, Any]]:
    """Minutes per task of `[start, end[`, with what a time sheet shows of the task."""
    sequence = aliased(Entity, name="sequence")
    episode = aliased(Entity, name="episode")
    per_task = (
        Task.id, Task.task_type_id, Project.id, Project.name, Entity.name, EntityType.name,
        sequence.name, episode.name,
    )  # fmt: skip
    query = (
        select(*per_task, func.sum(TimeSpent.duration))
        .select_from(TimeSpent)
        .join(Task, Task.id == TimeSpent.task_id)
        .join(Entity, Entity.id == Task.entity_id)
        .join(Project, Project.id == Task.project_id)
        .join(EntityType, EntityType.id == Entity.entity_type_id)
        .outerjoin(sequence, sequence.id == Entity.parent_id)
        .outerjoin(episode, episode.id == sequence.parent_id)
        .where(TimeSpent.date >= start, TimeSpent.date < end)
        .group_by(*per_task)
        .order_by(Project.name, Entity.name)
    )
    keys = (
        "task_id", "task_type_id", "project_id", "project_name", "entity_name", "entity_type_name",
        "sequence_name", "episode_name", "duration",
    )  # fmt: skip
    rows = (await session.execute(_scoped(query, scope))).all()
    return [dict(zip(keys, row, strict=True)) for row in rows]


async def table(
    session: AsyncSession, scope: Scope, detail_level: str, start: dt.date | None, end: dt.date | None
) -> dict[str, dict[str, float]]:
    """`{unit: {person_id: minutes}}` over `[start, end[` (no bound when None); the unit is a day
    of the month, an ISO week number, a month number or a year, as text.

    Summed by the database per unit and person (a year of a studio's time sheets is a hundred
    thousand rows, a month table a few thousand): units and, in each, persons come in the order
    of their first day, as reading the days in order would meet them. The ISO week 1 ending a
    year (from 29 to 31 December) is the same unit as the one starting it."""
    # Grouped by the unit's number and the uuid, turned to text only for the few thousand sums:
    # casting each of a year's hundred thousand rows first costs PostgreSQL a quarter more. The
    # uuid's order is its text's (fixed-place hyphens, lowercase hex).
    number = _unit_number(TimeSpent.date, detail_level)
    query = (
        select(cast(number, Text), uuid_text(TimeSpent.person_id), func.sum(TimeSpent.duration))
        .group_by(number, TimeSpent.person_id)
        .order_by(func.min(TimeSpent.date), TimeSpent.person_id)
    )
    if start is not None:
        query = query.where(TimeSpent.date >= start)
    if end is not None:
        query = query.where(TimeSpent.date < end)
    _, rows = await fetch_rows(session, _scoped(query, scope))
    result: dict[str, dict[str, float]] = {}
    for unit_text, person_id, minutes in rows:
        result.setdefault(unit_text, {})[person_id] = float(minutes)
    return result


def _unit_number(day: Any, detail_level: str) -> Any:
    """A day's unit as an integer: its day of the month, ISO week, month or year."""
    if is_postgres():
        # date_part (double precision) and not extract, whose numeric result costs more per row;
        # PostgreSQL's week is ISO's.
        return cast(func.date_part(_constant(detail_level), day), Integer)
    if detail_level == "week":
        # SQLite has no ISO week: the day of the year of the week's Thursday, by 7.
        thursday = func.date(day, _constant("-3 days"), _constant("weekday 4"))
        return (cast(func.strftime(_constant("%j"), thursday), Integer) - 1) // 7 + 1
    return cast(func.strftime(_constant(_SQLITE_FORMATS[detail_level]), day), Integer)


_SQLITE_FORMATS = {"day": "%d", "month": "%m", "year": "%Y"}


def _constant(text: str) -> Any:
    # Written in the SQL, not bound: the grouped expression must be the selected one.
    return literal_column(f"'{text}'")
