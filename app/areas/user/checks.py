"""Tasks waiting for feedback (Zou's `get_tasks_to_check`): admins see every open production,
managers their open productions, supervisors those productions narrowed to their departments'
task types (all of them when they have no department); anyone else gets an empty list."""

import datetime
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.areas.user import todos
from app.areas.user.dates import optional_date
from app.areas.user.projects import open_team_project_ids
from app.auth.identity import Identity
from app.core.ids import check_id
from app.core.requests import WRONG_INT, int_value
from app.models import (
    Entity,
    EntityType,
    Person,
    Project,
    ProjectStatus,
    Task,
    TaskPersonLink,
    TaskStatus,
    TaskType,
)
from app.models.person import DepartmentLink

WRONG_DATE = "Wrong date format for before argument.Expected format: 2020-01-05T13:23:10 or 2020-01-05"
EMPTY_VALUES = ("project_ids", "task_type_ids", "task_status_ids", "episode_ids", "person_ids")


@dataclass
class Scope:
    allowed: bool
    project_ids: list[Any] | None = None
    department_ids: list[Any] | None = None


@dataclass
class CheckFilters:
    project_id: Any = None
    task_type_id: Any = None
    task_status_id: Any = None
    person_ids: list[Any] | None = None
    unassigned: bool = False
    episode_id: Any = None
    due_date_since: datetime.datetime | None = None
    due_date_until: datetime.datetime | None = None
    order_by: str | None = None
    page: int | None = None
    limit: int = 100


def parse_id(value: str | None) -> Any:
    return None if value is None else check_id(value)


def parse_filters(params: Any) -> CheckFilters:
    person = params.get("person_id")
    filters = CheckFilters(
        project_id=parse_id(params.get("project_id")),
        task_type_id=parse_id(params.get("task_type_id")),
        task_status_id=parse_id(params.get("task_status_id")),
        episode_id=parse_id(params.get("episode_id")),
        due_date_since=optional_date(params.get("due_date_since"), WRONG_DATE),
        due_date_until=optional_date(params.get("due_date_until"), WRONG_DATE),
        order_by=params.get("order_by"),
        page=int_value("page", params.get("page"), None, WRONG_INT),
        limit=int_value("limit", params.get("limit"), 100, WRONG_INT) or 0,
    )
    if person == "unassigned":
        filters.unassigned = True
    elif person is not None:
        filters.person_ids = [parse_id(value) for value in person.split(",")]
    return filters


async def scope(session: AsyncSession, identity: Identity) -> Scope:
    if identity.is_admin:
        return Scope(True)
    if identity.role in ("manager", "supervisor"):
        project_ids = await open_team_project_ids(session, identity.person.id)
        departments = None
        if identity.role == "supervisor":
            query = select(DepartmentLink.department_id).where(DepartmentLink.person_id == identity.person.id)
            departments = list((await session.execute(query)).scalars().all())
        return Scope(True, project_ids, departments)
    return Scope(False, [], None)


def _scoped(query: Any, scope: Scope) -> Any:
    query = query.where(TaskStatus.is_feedback_request.is_(True))
    if scope.project_ids is not None:
        query = query.where(Project.id.in_(scope.project_ids))
    else:
        query = query.where(ProjectStatus.name == "Open")
    if scope.department_ids:
        query = query.where(TaskType.department_id.in_(scope.department_ids))
    return query


def _filtered(query: Any, filters: CheckFilters) -> Any:
    if filters.project_id is not None:
        query = query.where(Project.id == filters.project_id)
    if filters.task_type_id is not None:
        query = query.where(TaskType.id == filters.task_type_id)
    if filters.task_status_id is not None:
        query = query.where(TaskStatus.id == filters.task_status_id)
    assigned = select(TaskPersonLink.task_id)
    if filters.unassigned:
        query = query.where(Task.id.not_in(assigned))
    elif filters.person_ids is not None:
        query = query.where(Task.id.in_(assigned.where(TaskPersonLink.person_id.in_(filters.person_ids))))
    if filters.episode_id is not None:
        query = query.where(todos.episode_condition(filters.episode_id))
    if filters.due_date_since is not None:
        query = query.where(Task.due_date >= filters.due_date_since)
    if filters.due_date_until is not None:
        query = query.where(Task.due_date <= filters.due_date_until)
    return query


def _order(filters: CheckFilters) -> list[Any]:
    by_name = [
        Project.name,
        todos.Episode.name,
        todos.Sequence.name,
        EntityType.name,
        Entity.name,
        TaskType.name,
    ]
    orders = {
        "priority": [Task.priority.desc().nulls_last(), Task.due_date.asc().nulls_last(), *by_name],
        "due_date": [Task.due_date.asc().nulls_last(), *by_name],
        "estimation": [Task.estimation.desc().nulls_last(), *by_name],
        "entity_name": [Project.name, TaskType.name, todos.Episode.name, todos.Sequence.name, Entity.name],
    }
    return [*orders.get(filters.order_by or "", by_name), Task.id]


async def tasks_to_check(session: AsyncSession, identity: Identity, filters: CheckFilters) -> Any:
    """A bare list, or with `page` an envelope `{data, stats, page, limit, is_more}`."""
    allowed = await scope(session, identity)
    query = _filtered(_scoped(todos.base_query(), allowed), filters)
    stats = None
    page, limit = filters.page, filters.limit
    if page is not None:
        page, limit = max(page, 1), max(limit, 1)
        totals = query.with_only_columns(
            func.count(Task.id),
            func.sum(Task.duration),
            func.sum(Task.estimation),
            maintain_column_froms=True,
        )
        total, duration, estimation = (await session.execute(totals)).one()
        stats = {"total": total, "total_duration": duration or 0, "total_estimation": estimation or 0}
    if page is not None or filters.order_by is not None:
        query = query.order_by(*_order(filters))
    if page is not None:
        query = query.offset((page - 1) * limit).limit(limit)
    tasks = await todos.build_rows(session, query)
    await todos.attach_assignees_and_comments(session, tasks)
    if page is None or stats is None:
        return tasks
    return {
        "data": tasks,
        "stats": stats,
        "page": page,
        "limit": limit,
        "is_more": page * limit < stats["total"],
    }


async def filter_values(session: AsyncSession, identity: Identity) -> dict[str, list[str]]:
    """The distinct production, task type, status, episode and assignee ids of those tasks."""
    allowed = await scope(session, identity)
    if not allowed.allowed:
        return {key: [] for key in EMPTY_VALUES}
    base = todos.base_query().with_only_columns(
        Task.project_id,
        Task.task_type_id,
        Task.task_status_id,
        todos.Episode.id,
        Entity.source_id,
        Entity.parent_id,
        EntityType.name,
        maintain_column_froms=True,
    )
    values: dict[str, set[Any]] = {key: set() for key in EMPTY_VALUES}
    for project_id, task_type_id, status_id, episode_id, source_id, parent_id, type_name in (
        await session.execute(_scoped(base, allowed).distinct())
    ).all():
        values["project_ids"].add(project_id)
        values["task_type_ids"].add(task_type_id)
        values["task_status_ids"].add(status_id)
        if episode_id is None:
            episode_id = source_id
        if type_name == "Sequence" and parent_id is not None:
            episode_id = parent_id
        if episode_id is not None:
            values["episode_ids"].add(episode_id)
    persons = (
        todos.base_query()
        .with_only_columns(TaskPersonLink.person_id, maintain_column_froms=True)
        .join(TaskPersonLink, TaskPersonLink.task_id == Task.id)
        .join(Person, Person.id == TaskPersonLink.person_id)
    )
    values["person_ids"] = set((await session.execute(_scoped(persons, allowed).distinct())).scalars().all())
    return {key: sorted(str(value) for value in found) for key, found in values.items()}
