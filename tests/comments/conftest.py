"""The comment tests: the CRUD tests' small production, statuses by short name, and readers of
what a request wrote (rows, events)."""

import uuid

import pytest
from sqlalchemy import select

from app.core.unit_of_work import run_in_unit_of_work
from tests.crud.conftest import add_department, add_to_team, assign, db_get, events_named, member, studio  # noqa: F401


async def status_id(short_name: str) -> str:
    from app.models import TaskStatus

    async with run_in_unit_of_work() as uow:
        query = select(TaskStatus.id).where(TaskStatus.short_name == short_name)
        return str((await uow.get_session().execute(query)).scalar_one())


@pytest.fixture
async def statuses() -> dict[str, str]:
    """Ids of Zou's init statuses by short name (todo, wip, wfa, retake, done, ready)."""
    return {name: await status_id(name) for name in ("todo", "wip", "wfa", "retake", "done")}


async def rows(model_name: str, **criteria):
    """Rows of a table matching column values."""
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


async def update_row(model_name: str, row_id: str, **values) -> None:
    from sqlalchemy import update

    from app import models

    model = getattr(models, model_name)
    async with run_in_unit_of_work() as uow:
        await uow.get_session().execute(update(model).where(model.id == uuid.UUID(row_id)).values(**values))


async def post_comment(client, task_id: str, headers, status: str, text: str = "", **extra):
    body = {"task_status_id": status, "comment": text, **extra}
    return await client.post(f"/actions/tasks/{task_id}/comment", json=body, headers=headers)


__all__ = ["add_department", "add_to_team", "assign", "db_get", "events_named", "member", "studio"]
