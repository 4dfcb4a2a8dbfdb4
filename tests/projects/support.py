"""Shared by the projects and project templates tests: small builders straight in the database."""

import uuid
from typing import Any

from sqlalchemy import select

from app.core.unit_of_work import run_in_unit_of_work


def _uuid(value: Any) -> Any:
    return uuid.UUID(value) if isinstance(value, str) else value


async def insert(model_name: str, **fields: Any) -> str:
    """A row straight in the database; `*_id` strings become UUIDs. Returns its id."""
    from app import models

    values = {key: _uuid(value) if key.endswith("_id") else value for key, value in fields.items()}
    async with run_in_unit_of_work() as uow:
        row = getattr(models, model_name)(**values)
        uow.get_session().add(row)
    return str(row.id)


async def link(model_name: str, **fields: Any) -> None:
    """A link row (no id of its own)."""
    from app import models

    async with run_in_unit_of_work() as uow:
        values = {key: _uuid(value) if key.endswith("_id") else value for key, value in fields.items()}
        uow.get_session().add(getattr(models, model_name)(**values))


async def rows(model_name: str, **criteria: Any) -> list[Any]:
    from app import models

    model = getattr(models, model_name)
    query = select(model)
    for key, value in criteria.items():
        query = query.where(getattr(model, key) == _uuid(value))
    async with run_in_unit_of_work() as uow:
        return list((await uow.get_session().execute(query)).scalars().all())


async def entity_type(name: str) -> str:
    from app.areas.entities import kinds as entity_kinds

    async with run_in_unit_of_work() as uow:
        return str((await entity_kinds.get_or_create_type(uow.get_session(), name)).id)
