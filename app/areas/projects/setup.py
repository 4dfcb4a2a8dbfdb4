"""A project's workflow set-up: its status and the ordered task type and task status links (Zou's
projects_service parts the CRUD needs)."""

import uuid
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import SQLModel

from app.core.sql import dialect_insert
from app.models import ProjectStatus

STATUS_COLORS = {"Open": "#000000", "Closed": "#000000"}


async def get_or_create_status(session: AsyncSession, name: str) -> ProjectStatus:
    status = (
        (await session.execute(select(ProjectStatus).where(ProjectStatus.name == name))).scalars().first()
    )
    if status is None:
        status = ProjectStatus(name=name, color=STATUS_COLORS.get(name, "#000000"))
        session.add(status)
        await session.flush()
    return status


async def upsert_link(session: AsyncSession, table, values: dict[str, Any]) -> None:
    """Insert a project link row, or update its extra columns when it already exists."""
    keys = [name for name in values if name.endswith("_id")]
    if "id" in table.c:
        values = {"id": uuid.uuid4(), **values}
    extras = {k: v for k, v in values.items() if k not in keys and k != "id"}
    statement = dialect_insert(session, table).values(**values)
    if extras:
        statement = statement.on_conflict_do_update(index_elements=keys, set_=extras)
    else:
        statement = statement.on_conflict_do_nothing(index_elements=keys)
    await session.execute(statement)


async def set_link(
    session: AsyncSession, model: type[SQLModel], project_id: Any, key: str, value: Any, **extra: Any
) -> dict:
    """Create or update the link of a task type / status to a project; the row as Zou serialises it."""
    await upsert_link(session, model.__table__, {"project_id": project_id, key: value, **extra})  # type: ignore[attr-defined]
    link_column = getattr(model, key)
    query = select(model).where(model.project_id == project_id, link_column == value)  # type: ignore[attr-defined]
    link = (await session.execute(query)).scalars().one()
    await session.refresh(link)
    return row_dict(link)


def row_dict(link: SQLModel) -> dict[str, Any]:
    result = {c.name: getattr(link, c.key) for c in link.__table__.columns}  # type: ignore[attr-defined]
    result["type"] = type(link).__name__
    return result


async def reorder_links(
    session: AsyncSession, model: type[SQLModel], project_id: Any, key: str, ids: list[Any]
) -> list[dict]:
    """Priorities 1..n in the given order; ids not linked to the project are linked."""
    results = []
    for priority, value in enumerate(ids, start=1):
        results.append(await set_link(session, model, project_id, key, value, priority=priority))
    return results
