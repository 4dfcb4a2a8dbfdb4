"""The departments' software licenses and hardware items (budget forecasts), and their members."""

import uuid
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.areas.persons.service import present_minimal, serialize_safe
from app.core.errors import not_found
from app.core.sql import all_columns, select_dicts
from app.models import Department, DepartmentLink, HardwareItem, Person, Software
from app.models.department import HardwareItemDepartmentLink, SoftwareDepartmentLink

# What a department holds: (item model, link model, the link's column naming the item).
KINDS = {
    "software": (Software, SoftwareDepartmentLink, "software_id"),
    "hardware": (HardwareItem, HardwareItemDepartmentLink, "hardware_item_id"),
}


async def check_department(session: AsyncSession, department_id: uuid.UUID) -> None:
    if (await session.execute(select(Department.id).where(Department.id == department_id))).first() is None:
        raise not_found()


async def _check_item(session: AsyncSession, kind: str, item_id: uuid.UUID) -> None:
    model = KINDS[kind][0]
    if (await session.execute(select(model.id).where(model.id == item_id))).first() is None:
        raise not_found()


async def by_department(session: AsyncSession, kind: str) -> dict[str, list[dict[str, Any]]]:
    """`{department_id: [item, ...]}` for every department holding items of that kind, each list in
    the order the items were linked: Zou sets no order, and its join reads the links as stored."""
    model, link, column = KINDS[kind]
    query = (
        select(*model.__table__.columns, link.department_id.label("linked_department_id"))  # type: ignore[attr-defined]
        .join(link, getattr(link, column) == model.id)
        .order_by(link.created_at, link.id)
    )
    result: dict[str, list[dict[str, Any]]] = {}
    for row in await select_dicts(session, query, model.__name__):
        result.setdefault(str(row.pop("linked_department_id")), []).append(row)
    return result


async def department_items(
    session: AsyncSession, kind: str, department_id: uuid.UUID
) -> list[dict[str, Any]]:
    await check_department(session, department_id)
    model, link, column = KINDS[kind]
    query = (
        all_columns(model)
        .join(link, getattr(link, column) == model.id)
        .where(link.department_id == department_id)
        .order_by(model.name)
    )
    return await select_dicts(session, query, model.__name__)


async def department_item(
    session: AsyncSession, kind: str, department_id: uuid.UUID, item_id: uuid.UUID
) -> dict[str, Any]:
    for item in await department_items(session, kind, department_id):
        if item["id"] == item_id:
            return item
    raise not_found()


def _link_dict(row: Any, kind: str) -> dict[str, Any]:
    link, column = KINDS[kind][1], KINDS[kind][2]
    return {
        "id": row.id,
        "created_at": row.created_at,
        "updated_at": row.updated_at,
        "department_id": row.department_id,
        column: getattr(row, column),
        "type": link.__name__,
    }


async def add_item(
    session: AsyncSession, kind: str, department_id: uuid.UUID, item_id: uuid.UUID
) -> dict[str, Any]:
    """Link the item to the department (the existing link when there is one)."""
    await check_department(session, department_id)
    await _check_item(session, kind, item_id)
    link, column = KINDS[kind][1], KINDS[kind][2]
    query = select(link).where(link.department_id == department_id, getattr(link, column) == item_id)
    row = (await session.execute(query)).scalars().first()
    if row is None:
        row = link(department_id=department_id, **{column: item_id})
        session.add(row)
        await session.flush()
    return _link_dict(row, kind)


async def remove_item(session: AsyncSession, kind: str, department_id: uuid.UUID, item_id: uuid.UUID) -> None:
    await check_department(session, department_id)
    await _check_item(session, kind, item_id)
    link, column = KINDS[kind][1], KINDS[kind][2]
    await session.execute(
        delete(link).where(link.department_id == department_id, getattr(link, column) == item_id)
    )


async def members(session: AsyncSession, department_id: uuid.UUID, minimal: bool) -> list[dict[str, Any]]:
    """The department's people by name, each with the ids of all their departments."""
    await check_department(session, department_id)
    in_department = select(DepartmentLink.person_id).where(DepartmentLink.department_id == department_id)
    persons = (
        (
            await session.execute(
                select(Person)
                .where(Person.id.in_(in_department))
                .order_by(Person.first_name, Person.last_name)  # type: ignore[union-attr]
            )
        )
        .scalars()
        .all()
    )
    departments: dict[uuid.UUID, list[uuid.UUID]] = {person.id: [] for person in persons}
    links = select(DepartmentLink.person_id, DepartmentLink.department_id).where(
        DepartmentLink.person_id.in_(in_department)
    )
    for person_id, linked in (await session.execute(links)).all():
        departments[person_id].append(linked)
    present = present_minimal if minimal else serialize_safe
    return [present(person, departments[person.id]) for person in persons]
