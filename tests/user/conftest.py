"""The user tests: the CRUD tests' small production, an artist in its team with two tasks."""

import uuid
from dataclasses import dataclass

import pytest
from sqlalchemy import select

from app.core.unit_of_work import run_in_unit_of_work
from tests.crud.conftest import add_to_team, assign, member, studio  # noqa: F401


@dataclass
class Desk:
    """An artist of the studio's open production, assigned its asset task and its shot task."""

    artist: dict
    headers: dict


@pytest.fixture
async def desk(studio, member) -> Desk:
    artist, headers = await member("user")
    await assign(studio.task, artist["id"])
    await assign(studio.shot_task, artist["id"])
    return Desk(artist, headers)


async def rows(model_name: str, **criteria):
    """Rows of a table matching column values (to check what a request wrote)."""
    from app import models

    model = getattr(models, model_name)
    query = select(model)
    for key, value in criteria.items():
        is_id = key == "id" or key.endswith("_id")
        query = query.where(
            getattr(model, key) == (uuid.UUID(value) if is_id and isinstance(value, str) else value)
        )
    async with run_in_unit_of_work() as uow:
        return list((await uow.get_session().execute(query)).scalars().all())


async def add_row(model_name: str, **values):
    """A row straight in the database (ids given as strings)."""
    from app import models

    model = getattr(models, model_name)
    converted = {
        key: uuid.UUID(value) if (key == "id" or key.endswith("_id")) and isinstance(value, str) else value
        for key, value in values.items()
    }
    async with run_in_unit_of_work() as uow:
        row = model(**converted)
        uow.get_session().add(row)
    return str(row.id) if hasattr(row, "id") else None


__all__ = ["Desk", "add_row", "add_to_team", "assign", "desk", "member", "rows", "studio"]
