"""The values a metadata descriptor's field holds in the `data` of projects, tasks or entities:
moved on a rename, dropped with the descriptor."""

from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app.areas.entities.kinds import TEMPORAL_TYPES
from app.models import Entity, EntityType, Project, Task


def _has_key(session: AsyncSession, column: Any, key: str):
    if session.get_bind().dialect.name == "postgresql":
        return column.op("?")(key)
    return func.json_type(column, '$."' + key.replace('"', "") + '"').is_not(None)


async def _value_holders(
    session: AsyncSession, descriptor: dict[str, Any]
) -> tuple[Any, list[tuple[Any, Any]]]:
    """(model, [(id, data)]) of the rows whose `data` holds a value for the descriptor."""
    field_name, project_id = descriptor["field_name"], descriptor["project_id"]
    kind = descriptor["entity_type"]
    if kind == "Project":
        model: Any = Project
        query = select(Project.id, Project.data).where(Project.id == project_id)
    elif kind == "Task":
        model = Task
        query = select(Task.id, Task.data).where(
            Task.project_id == project_id,
            Task.task_type_id == descriptor["task_type_id"],
            _has_key(session, Task.data, field_name),
        )
    else:
        model = Entity
        query = (
            select(Entity.id, Entity.data)
            .join(EntityType, EntityType.id == Entity.entity_type_id)
            .where(Entity.project_id == project_id, _has_key(session, Entity.data, field_name))
        )
        if kind == "Asset":
            query = query.where(EntityType.name.not_in(TEMPORAL_TYPES))
        else:
            query = query.where(EntityType.name == kind)
    rows = [(row_id, data) for row_id, data in (await session.execute(query)).all() if isinstance(data, dict)]
    return model, [(row_id, data) for row_id, data in rows if field_name in data]


async def _rewrite_data(session: AsyncSession, model: Any, rows: list[tuple[Any, dict]]) -> None:
    if rows:
        await session.execute(update(model), [{"id": row_id, "data": data} for row_id, data in rows])


async def move_values(session: AsyncSession, descriptor: dict[str, Any], new_key: str) -> None:
    model, rows = await _value_holders(session, descriptor)
    moved = []
    for row_id, data in rows:
        data = dict(data)
        value = data.pop(descriptor["field_name"], None)
        if value is None:  # Zou moves only values that are set
            continue
        data[new_key] = value
        moved.append((row_id, data))
    await _rewrite_data(session, model, moved)


async def drop_values(session: AsyncSession, descriptor: dict[str, Any]) -> None:
    model, rows = await _value_holders(session, descriptor)
    cleaned = []
    for row_id, data in rows:
        data = dict(data)
        data.pop(descriptor["field_name"], None)
        cleaned.append((row_id, data))
    await _rewrite_data(session, model, cleaned)
