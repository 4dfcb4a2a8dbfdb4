"""Shared by the assets, breakdown, entities and concepts tests: builders of breakdown data
straight in the database (cheaper than going through HTTP)."""

import uuid
from typing import Any

from sqlalchemy import select

from app.core.unit_of_work import run_in_unit_of_work


async def entity_type_id(name: str) -> str:
    from app.areas.entities import kinds as entity_kinds

    async with run_in_unit_of_work() as uow:
        entity_type = await entity_kinds.get_or_create_type(uow.get_session(), name)
        return str(entity_type.id)


async def make_entity(project_id: str, type_name: str, name: str, **fields: Any) -> str:
    from app.models import Entity

    type_id = await entity_type_id(type_name)

    def is_id(key: str, value: Any) -> bool:
        return isinstance(value, str) and (key.endswith("_id") or key in ("created_by", "ready_for"))

    values = {key: uuid.UUID(value) if is_id(key, value) else value for key, value in fields.items()}
    async with run_in_unit_of_work() as uow:
        entity = Entity(
            name=name, project_id=uuid.UUID(project_id), entity_type_id=uuid.UUID(type_id), **values
        )
        uow.get_session().add(entity)
    return str(entity.id)


async def make_task(
    project_id: str, entity_id: str, task_type_id: str, task_status_id: str, **fields: Any
) -> str:
    from app.models import Task

    async with run_in_unit_of_work() as uow:
        task = Task(
            name=fields.pop("name", "main"),
            project_id=uuid.UUID(project_id),
            entity_id=uuid.UUID(entity_id),
            task_type_id=uuid.UUID(task_type_id),
            task_status_id=uuid.UUID(task_status_id),
            **fields,
        )
        uow.get_session().add(task)
    return str(task.id)


async def link(entity_in_id: str, entity_out_id: str, nb_occurences: int = 1, **fields: Any) -> str:
    from app.models import EntityLink

    async with run_in_unit_of_work() as uow:
        row = EntityLink(
            entity_in_id=uuid.UUID(entity_in_id),
            entity_out_id=uuid.UUID(entity_out_id),
            nb_occurences=nb_occurences,
            **fields,
        )
        uow.get_session().add(row)
    return str(row.id)


async def add(instance: Any) -> str | None:
    async with run_in_unit_of_work() as uow:
        uow.get_session().add(instance)
    row_id = getattr(instance, "id", None)
    return None if row_id is None else str(row_id)


async def rows(model_name: str, **criteria: Any) -> list[Any]:
    from app import models

    model = getattr(models, model_name)
    query = select(model)
    for key, value in criteria.items():
        if isinstance(value, str) and key.endswith("id"):
            value = uuid.UUID(value)
        query = query.where(getattr(model, key) == value)
    async with run_in_unit_of_work() as uow:
        return list((await uow.get_session().execute(query)).scalars().all())


async def get(model_name: str, row_id: str) -> Any:
    from app import models

    async with run_in_unit_of_work() as uow:
        return await uow.get_session().get(getattr(models, model_name), uuid.UUID(row_id))


async def set_fields(model_name: str, row_id: str, **values: Any) -> None:
    from app import models

    async with run_in_unit_of_work() as uow:
        row = await uow.get_session().get(getattr(models, model_name), uuid.UUID(row_id))
        for key, value in values.items():
            setattr(row, key, value)
