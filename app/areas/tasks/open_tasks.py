"""The studio's open task pool (Zou's open tasks page): the filtered list with its stats, the
stats per production, the burndown, and the people's task dates for the team schedule."""

import dataclasses
import datetime
from collections import defaultdict
from typing import Any

from sqlalchemy import Select, and_, case, exists, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.areas.tasks import scopes, todo_rows
from app.auth import access_rules, permissions
from app.auth.identity import Identity
from app.core.sql import rows_of
from app.crud.registry import engine_for
from app.models import (
    DepartmentLink,
    Entity,
    EntityType,
    Person,
    Project,
    Task,
    TaskPersonLink,
    TaskStatus,
    TaskType,
)


@dataclasses.dataclass
class Filters:
    """What narrows the pool; the listing, its stats and the burndown read the same filters."""

    project_id: Any = None
    task_type_id: Any = None
    task_status_id: Any = None
    person_ids: list[Any] | None = None
    unassigned: bool = False
    studio_id: Any = None
    department_id: Any = None
    start_date: datetime.datetime | None = None
    due_date: datetime.datetime | None = None
    priority: int | None = None


async def _scope(session: AsyncSession, identity: Identity, filters: Filters) -> list[Any]:
    conditions: list[Any] = []
    if filters.project_id is not None:
        await permissions.check_project_access(session, identity, filters.project_id)
        conditions.append(Task.project_id == filters.project_id)
        if await access_rules.effective_role(session, identity, filters.project_id) == "vendor":
            conditions.append(Task.id.in_(access_rules.assigned_task_ids(identity.person.id)))
    else:
        conditions.append(Task.project_id.in_(await scopes.caller_project_ids(session, identity)))
        if identity.role == "vendor":
            conditions.append(Task.id.in_(access_rules.assigned_task_ids(identity.person.id)))
    if filters.task_type_id is not None:
        conditions.append(Task.task_type_id == filters.task_type_id)
    else:
        conditions.append(TaskType.for_entity != "Concept")
    if filters.task_status_id is not None:
        conditions.append(Task.task_status_id == filters.task_status_id)
    if filters.unassigned:
        conditions.append(~exists().where(TaskPersonLink.task_id == Task.id))
    elif filters.person_ids:
        conditions.append(
            Task.id.in_(
                select(TaskPersonLink.task_id).where(TaskPersonLink.person_id.in_(filters.person_ids))
            )
        )
    if filters.studio_id is not None:
        in_studio = (
            select(TaskPersonLink.task_id)
            .join(Person, Person.id == TaskPersonLink.person_id)
            .where(Person.studio_id == filters.studio_id)
        )
        conditions.append(Task.id.in_(in_studio))
    if filters.department_id is not None:
        in_department = (
            select(TaskPersonLink.task_id)
            .join(DepartmentLink, DepartmentLink.person_id == TaskPersonLink.person_id)
            .where(DepartmentLink.department_id == filters.department_id)
        )
        conditions.append(Task.id.in_(in_department))
    if filters.start_date is not None:
        conditions.append(Task.start_date >= filters.start_date)
    if filters.due_date is not None:
        conditions.append(Task.due_date <= filters.due_date)
    if filters.priority is not None:
        conditions.append(TaskType.priority == filters.priority)
    return conditions


def _joined(query: Select) -> Select:
    return (
        query.join(TaskType, TaskType.id == Task.task_type_id)
        .join(TaskStatus, TaskStatus.id == Task.task_status_id)
        .join(Entity, Entity.id == Task.entity_id)
        .join(Project, Project.id == Task.project_id)
    )


async def open_tasks(
    session: AsyncSession, identity: Identity, filters: Filters, page: int | None, limit: int
) -> dict[str, Any]:
    conditions = await _scope(session, identity, filters)
    limit = max(limit, 1)
    chain = todo_rows.EntityChain()
    query = (
        chain.join(
            _joined(
                select(
                    *todo_rows.TASK_COLUMNS,
                    *chain.columns(),
                    TaskType.for_entity.label("task_type_for_entity"),
                    TaskType.name.label("type_name"),
                    TaskType.color.label("type_color"),
                    TaskStatus.name.label("status_name"),
                    TaskStatus.color.label("status_color"),
                    TaskStatus.short_name.label("status_short_name"),
                )
            )
        )
        .where(*conditions)
        .order_by(
            Project.name, chain.episode.name, chain.sequence.name, EntityType.name, Entity.name, TaskType.name
        )
    )
    if page is not None and page > 0:
        query = query.offset((page - 1) * limit)
    rows = rows_of(await session.execute(query.limit(limit)), "Task")
    result: dict[str, Any] = {
        "data": [],
        "stats": {"total_duration": 0, "total_estimation": 0, "total": 0, "status": []},
        "limit": limit,
        "is_more": False,
        "page": page or 1,
    }
    if not rows:
        return result
    parent_names = await todo_rows.parent_names(session, rows)
    for row in rows:
        todo_rows.shape_task_row(row, parent_names)
    await engine_for("tasks").attach_relations(session, rows)
    totals = _joined(select(func.count(), func.sum(Task.duration), func.sum(Task.estimation))).where(
        *conditions
    )
    count, duration, estimation = (await session.execute(totals)).one()
    per_status = _joined(select(Task.task_status_id, func.count()).where(*conditions)).group_by(
        Task.task_status_id
    )
    statuses = [
        {"task_status_id": status_id, "amount": amount}
        for status_id, amount in (await session.execute(per_status)).all()
    ]
    result.update(
        {
            "data": rows,
            "stats": {
                "total_duration": duration,
                "total_estimation": estimation,
                "total": count,
                "status": statuses,
            },
            "is_more": (page or 1) * limit < count,
        }
    )
    return result


async def stats(session: AsyncSession, identity: Identity) -> dict[str, dict[str, Any]]:
    """Per production of the caller, per task type and status: amounts, done ones, time."""
    conditions = [
        Task.project_id.in_(await scopes.caller_project_ids(session, identity)),
        TaskType.for_entity != "Concept",
    ]
    if identity.role == "vendor":
        conditions.append(Task.id.in_(access_rules.assigned_task_ids(identity.person.id)))
    query = (
        _joined(
            select(
                Task.project_id,
                Task.task_type_id,
                Task.task_status_id,
                func.count(),
                func.count(case((TaskStatus.is_done.is_(True), Task.id))),
                func.sum(Task.duration),
                func.sum(Task.estimation),
            )
        )
        .where(*conditions)
        .group_by(Task.project_id, Task.task_type_id, Task.task_status_id)
    )
    result: dict[str, dict[str, Any]] = {}
    for project_id, task_type_id, status_id, amount, done, duration, estimation in (
        await session.execute(query)
    ).all():
        project = result.setdefault(
            str(project_id),
            {"amount": 0, "amount_done": 0, "total_duration": 0.0, "total_estimation": 0.0, "task_types": []},
        )
        project["amount"] += amount
        project["amount_done"] += done
        project["total_duration"] += float(duration or 0)  # Zou's sums are floats, 0.0 included
        project["total_estimation"] += float(estimation or 0)
        project["task_types"].append(
            {
                "task_status_id": status_id,
                "task_type_id": task_type_id,
                "project_id": project_id,
                "amount": amount,
                "amount_done": done,
                "total_duration": duration,
                "total_estimation": estimation,
            }
        )
    return result


def _day(value: Any) -> datetime.date | None:
    if value is None or isinstance(value, datetime.date) and not isinstance(value, datetime.datetime):
        return value
    if isinstance(value, datetime.datetime):
        return value.date()
    return datetime.date.fromisoformat(str(value)[:10])


async def burndown(session: AsyncSession, identity: Identity, filters: Filters) -> dict[str, Any]:
    """Totals, the schedule window (task dates, else the productions'), and tasks done per day;
    days before the window count on its first day."""
    conditions = await _scope(session, identity, filters)
    query = _joined(
        select(
            Task.estimation,
            Task.start_date,
            Task.due_date,
            Task.done_date,
            Project.start_date,
            Project.end_date,
        )
    ).where(*conditions)
    rows = (await session.execute(query)).all()
    total_estimation = sum(row[0] or 0 for row in rows)
    starts = [_day(row[1]) for row in rows if row[1] is not None]
    dues = [_day(row[2]) for row in rows if row[2] is not None]
    project_starts = [_day(row[4]) for row in rows if row[4] is not None]
    project_ends = [_day(row[5]) for row in rows if row[5] is not None]
    done: dict[datetime.date, list[float]] = defaultdict(lambda: [0, 0])
    for row in rows:
        if row[3] is not None:
            day = done[_day(row[3])]
            day[0] += 1
            day[1] += row[0] or 0
    schedule_start = min(starts) if starts else (min(project_starts) if project_starts else None)
    schedule_end = max(dues) if dues else (max(project_ends) if project_ends else None)
    planning = [day for day in (schedule_start, schedule_end) if day is not None]
    window_start = min(planning) if schedule_start is not None else None
    days = sorted(done.items())
    if window_start is not None and any(day < window_start for day, _ in days):
        folded = [values for day, values in days if day <= window_start]
        first = (window_start, [sum(v[0] for v in folded), sum(v[1] for v in folded)])
        days = [first] + [(day, values) for day, values in days if day > window_start]
    bounds = list(planning) + ([days[0][0], days[-1][0]] if days else [])
    return {
        "total": len(rows),
        "total_estimation": total_estimation,
        "start_date": min(bounds) if bounds else None,
        "end_date": max(bounds) if bounds else None,
        "done_by_day": [
            {"date": day, "done": int(values[0]), "done_estimation": values[1]} for day, values in days
        ],
    }


def _merge(intervals: list[tuple[Any, Any]]) -> list[tuple[Any, Any]]:
    merged: list[list[Any]] = []
    for start, end in sorted(intervals):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(start, end) for start, end in merged]


async def persons_task_dates(
    session: AsyncSession, project_ids: list[Any], busy_project_ids: list[Any]
) -> list[dict[str, Any]]:
    """Per active person, the first start and last due date of their tasks in those projects;
    their tasks elsewhere only as anonymous busy periods."""
    query = (
        select(Person.id, func.min(Task.start_date), func.max(Task.due_date))
        .join(TaskPersonLink, TaskPersonLink.person_id == Person.id)
        .join(Task, Task.id == TaskPersonLink.task_id)
        .where(Person.active.is_(True), Task.project_id.in_(project_ids))
        .group_by(Person.id)
    )
    entries: dict[Any, dict[str, Any]] = {}
    for person_id, min_date, max_date in (await session.execute(query)).all():
        entries[person_id] = {
            "person_id": person_id,
            "min_date": min_date,
            "max_date": max_date,
            "busy_periods": [],
        }
    if busy_project_ids:
        busy = (
            select(Person.id, Task.start_date, Task.due_date)
            .join(TaskPersonLink, TaskPersonLink.person_id == Person.id)
            .join(Task, Task.id == TaskPersonLink.task_id)
            .where(
                Person.active.is_(True),
                Task.project_id.in_(busy_project_ids),
                and_(Task.start_date.is_not(None), Task.due_date.is_not(None)),
            )
        )
        intervals: dict[Any, list[tuple[Any, Any]]] = defaultdict(list)
        for person_id, start, due in (await session.execute(busy)).all():
            intervals[person_id].append((start, due))
        for person_id, periods in intervals.items():
            entry = entries.setdefault(
                person_id, {"person_id": person_id, "min_date": None, "max_date": None, "busy_periods": []}
            )
            entry["busy_periods"] = [{"start_date": str(s), "end_date": str(e)} for s, e in _merge(periods)]
    return list(entries.values())
