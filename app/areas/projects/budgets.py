"""Production budgets and their salary lines (Zou's budget_service), plus the monthly time
spent the budget view compares them with."""

import datetime
import uuid
from collections import defaultdict
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app import events
from app.areas.projects.service import plain_rows
from app.auth.identity import Identity
from app.core.errors import bad_request, not_found
from app.core.ids import as_uuid
from app.crud.registry import engine_for
from app.models import Budget, BudgetEntry, Department, Person, Task, TaskType, TimeSpent
from app.models.person import POSITION_TYPES, SENIORITY_TYPES

BUDGET_KEYS = ("id", "project_id", "revision", "name", "currency")
ENTRY_KEYS = (
    "id",
    "budget_id",
    "department_id",
    "person_id",
    "start_date",
    "months_duration",
    "daily_salary",
    "position",
    "seniority",
    "exceptions",
)


def _row(model_path: str, instance: Any) -> dict[str, Any]:
    return engine_for(model_path).instance_dict(instance)


def _emit(
    session: AsyncSession, name: str, data: dict[str, Any], project_id: Any, identity: Identity
) -> None:
    events.emit(session, name, data, project_id=project_id, user_id=identity.person.id)


# --- budgets ----------------------------------------------------------------------------------
async def get_budget(session: AsyncSession, project_id: uuid.UUID, budget_id: Any) -> Budget:
    """A budget of this project; one of another project is not found through it. (Zou checks the
    project only when reading: its PUT and DELETE let a manager of one production change another
    production's budget through their own project's URL. Closed here.)"""
    key = as_uuid(budget_id)
    budget = await session.get(Budget, key) if key is not None else None
    if budget is None or budget.project_id != project_id:
        raise not_found()
    return budget


async def list_budgets(session: AsyncSession, project_id: uuid.UUID) -> list[dict[str, Any]]:
    """Zou's `present()` rows: five keys, no dates, no `type`."""
    columns = [getattr(Budget, key) for key in BUDGET_KEYS]
    query = select(*columns).where(Budget.project_id == project_id).order_by(Budget.revision)
    return plain_rows(await session.execute(query))


def budget_row(budget: Budget) -> dict[str, Any]:
    return _row("budgets", budget)


async def create_budget(
    session: AsyncSession, identity: Identity, project_id: uuid.UUID, name: str, currency: str | None
) -> dict[str, Any]:
    """A new budget takes the next revision number of the project."""
    last = (
        await session.execute(select(func.max(Budget.revision)).where(Budget.project_id == project_id))
    ).scalar()
    if currency is not None and len(currency) > 3:
        raise bad_request("Invalid currency")
    budget = Budget(project_id=project_id, name=name, currency=currency, revision=(last or 0) + 1)
    session.add(budget)
    await session.flush()
    _emit(session, "budget:create", {"budget_id": budget.id}, project_id, identity)
    return budget_row(budget)


async def update_budget(
    session: AsyncSession, identity: Identity, budget: Budget, name: str | None, currency: str | None
) -> dict[str, Any]:
    if name is not None:
        budget.name = name
    if currency is not None:
        if len(currency) > 3:
            raise bad_request("Invalid currency")
        budget.currency = currency
    await session.flush()
    _emit(session, "budget:update", {"budget_id": budget.id}, budget.project_id, identity)
    return budget_row(budget)


async def delete_budget(session: AsyncSession, identity: Identity, budget: Budget) -> None:
    await session.execute(delete(BudgetEntry).where(BudgetEntry.budget_id == budget.id))
    await session.delete(budget)
    await session.flush()
    _emit(session, "budget:delete", {"budget_id": budget.id}, budget.project_id, identity)


# --- entries ----------------------------------------------------------------------------------
async def list_entries(session: AsyncSession, budget_id: uuid.UUID) -> list[dict[str, Any]]:
    columns = [getattr(BudgetEntry, key) for key in ENTRY_KEYS]
    query = select(*columns).where(BudgetEntry.budget_id == budget_id).order_by(BudgetEntry.start_date)
    return plain_rows(await session.execute(query))


async def get_entry(session: AsyncSession, budget: Budget, entry_id: Any) -> BudgetEntry:
    """An entry of this budget (Zou does not check it on PUT and DELETE: closed, as budgets)."""
    key = as_uuid(entry_id)
    entry = await session.get(BudgetEntry, key) if key is not None else None
    if entry is None or entry.budget_id != budget.id:
        raise not_found()
    return entry


def entry_row(entry: BudgetEntry) -> dict[str, Any]:
    return _row("budget-entries", entry)


def _date(value: Any) -> datetime.date:
    try:
        return datetime.date.fromisoformat(str(value)[:10])
    except ValueError as exc:
        raise bad_request(f"Invalid date format for 'start_date': '{value}'.") from exc


async def _check_entry_fields(session: AsyncSession, values: dict[str, Any]) -> dict[str, Any]:
    """Typed, checked column values: a wrong reference or choice is the caller's 400."""
    checks = (("department_id", Department), ("person_id", Person))
    for key, model in checks:
        if values.get(key) is not None:
            row_id = as_uuid(values[key])
            if row_id is None or await session.get(model, row_id) is None:
                raise bad_request(f"{model.__name__} with id {values[key]} not found")
            values[key] = row_id
    if values.get("start_date") is not None:
        values["start_date"] = _date(values["start_date"])
    if values.get("position") is not None and values["position"] not in POSITION_TYPES:
        raise bad_request("Invalid position")
    if values.get("seniority") is not None and values["seniority"] not in SENIORITY_TYPES:
        raise bad_request("Invalid seniority")
    return values


def _clean_exceptions(exceptions: dict[str, Any] | None) -> dict[str, int]:
    """Zou keeps only the months with a positive number of days off the line."""
    cleaned = {}
    for month, value in (exceptions or {}).items():
        try:
            days = int(value) if value is not None else 0
        except (TypeError, ValueError) as exc:
            raise bad_request(f"Invalid exception for {month}") from exc
        if days > 0:
            cleaned[month] = days
    return cleaned


async def create_entry(
    session: AsyncSession, identity: Identity, budget: Budget, fields: dict[str, Any]
) -> dict[str, Any]:
    values = await _check_entry_fields(session, dict(fields))
    # Zou's columns are NOT NULL: it fails with a 500 without them, this answers 400.
    missing = [key for key in ("start_date", "months_duration", "daily_salary") if values.get(key) is None]
    if missing:
        raise bad_request(f"Missing required fields: {', '.join(missing)}")
    values = {key: value for key, value in values.items() if value is not None}
    entry = BudgetEntry(budget_id=budget.id, exceptions={}, **values)
    session.add(entry)
    await session.flush()
    data = {"budget_id": budget.id, "budget_entry_id": entry.id}
    _emit(session, "budget-entry:create", data, budget.project_id, identity)
    return entry_row(entry)


async def update_entry(
    session: AsyncSession, identity: Identity, budget: Budget, entry: BudgetEntry, changes: dict[str, Any]
) -> dict[str, Any]:
    """Only the given fields change (Zou nulls the absent ones and fails on its NOT NULL columns)."""
    for key in ("department_id", "start_date", "months_duration", "daily_salary"):
        if key in changes and changes[key] is None:
            raise bad_request(f"{key} cannot be null")
    values = await _check_entry_fields(session, dict(changes))
    if "exceptions" in values:
        values["exceptions"] = _clean_exceptions(values["exceptions"])
    for key, value in values.items():
        setattr(entry, key, value)
    await session.flush()
    data = {"budget_id": budget.id, "budget_entry_id": entry.id}
    _emit(session, "budget-entry:update", data, budget.project_id, identity)
    return entry_row(entry)


async def delete_entry(session: AsyncSession, identity: Identity, budget: Budget, entry: BudgetEntry) -> None:
    await session.delete(entry)
    await session.flush()
    data = {"budget_id": budget.id, "budget_entry_id": entry.id}
    _emit(session, "budget-entry:delete", data, budget.project_id, identity)


# --- time spent by month ----------------------------------------------------------------------
async def month_time_spents(session: AsyncSession, project_id: uuid.UUID) -> dict[Any, Any]:
    """{department: {total, person: {total, "YYYY-MM": minutes}}} for the project's tasks whose
    task type has a department (a logged day is a calendar day: no timezone shift)."""
    query = (
        select(TaskType.department_id, TimeSpent.person_id, TimeSpent.date, TimeSpent.duration)
        .join(Task, Task.id == TimeSpent.task_id)
        .join(TaskType, TaskType.id == Task.task_type_id)
        .where(Task.project_id == project_id, TaskType.department_id.is_not(None))
        .order_by(TimeSpent.date)
    )
    data: dict[Any, Any] = defaultdict(lambda: {"total": 0})
    for department_id, person_id, date, duration in (await session.execute(query)).all():
        department = data[str(department_id)]
        person = department.setdefault(str(person_id), {"total": 0})
        month = date.strftime("%Y-%m")
        person[month] = person.get(month, 0) + duration
        person["total"] += duration
        department["total"] += duration
    return dict(data)
