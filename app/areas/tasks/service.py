"""Looking up the rows the task routes act on, and serialising them as Zou does (its
tasks_service / persons_service getters): a missing or malformed id is a 404."""

from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.areas.entities import lookup
from app.core.ids import as_uuid
from app.crud.registry import engine_for
from app.models import Person, Project, Task, TaskPersonLink, TaskType


async def get_task(session: AsyncSession, raw_id: Any) -> Task:
    return await lookup.get_row(session, Task, raw_id)


async def get_person(session: AsyncSession, raw_id: Any) -> Person:
    return await lookup.get_row(session, Person, raw_id)


async def find_person(session: AsyncSession, raw_id: Any) -> Person | None:
    value = as_uuid(raw_id)
    return None if value is None else await session.get(Person, value)


async def get_project(session: AsyncSession, raw_id: Any) -> Project:
    return await lookup.get_project(session, raw_id)


async def get_task_type(session: AsyncSession, raw_id: Any) -> TaskType:
    return await lookup.get_row(session, TaskType, raw_id)


def row(collection: str, instance: Any) -> dict[str, Any]:
    """Zou's `serialize()` of a row of a `/data` collection: every column and `type`."""
    return engine_for(collection).instance_dict(instance)


async def with_relations(
    session: AsyncSession, collection: str, rows: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """Zou's `serialize(relations=True)`: the many-to-many collections as id lists."""
    await engine_for(collection).attach_relations(session, rows)
    return rows


async def task_row(session: AsyncSession, task: Task) -> dict[str, Any]:
    """A task with its `assignees` id list, as Zou answers a task."""
    return (await with_relations(session, "tasks", [row("tasks", task)]))[0]


async def assignee_ids(session: AsyncSession, task_id: Any) -> list[Any]:
    query = select(TaskPersonLink.person_id).where(TaskPersonLink.task_id == task_id)
    return list((await session.execute(query)).scalars().all())
