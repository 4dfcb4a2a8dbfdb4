"""The time sheet tests: the CRUD tests' small production, a second production, and helpers that
log time, days off and desktop logins straight in the database."""

import datetime as dt
import uuid

import pytest

from app.core.unit_of_work import run_in_unit_of_work
from tests.crud.conftest import add_department, add_to_team, assign, member, studio  # noqa: F401


async def log_time(task_id: str, person_id: str, day: str, minutes: float) -> str:
    from app.models import TimeSpent

    async with run_in_unit_of_work() as uow:
        row = TimeSpent(
            task_id=uuid.UUID(task_id),
            person_id=uuid.UUID(person_id),
            date=dt.date.fromisoformat(day),
            duration=minutes,
        )
        uow.get_session().add(row)
    return str(row.id)


async def add_day_off(person_id: str, start: str, end: str, description: str | None = "Holidays") -> str:
    from app.models import DayOff

    async with run_in_unit_of_work() as uow:
        row = DayOff(
            person_id=uuid.UUID(person_id),
            date=dt.date.fromisoformat(start),
            end_date=dt.date.fromisoformat(end),
            description=description,
        )
        uow.get_session().add(row)
    return str(row.id)


@pytest.fixture
async def other_project(studio) -> dict[str, str]:  # noqa: F811
    """A second open production with an asset and a modeling task: `project`, `task`."""
    from app import models as m

    async with run_in_unit_of_work() as uow:
        s = uow.get_session()
        project = m.Project(name="Second Show", project_status_id=uuid.UUID(studio.open_status))
        s.add(project)
        await s.flush()
        asset = m.Entity(name="Villain", project_id=project.id, entity_type_id=uuid.UUID(studio.character))
        s.add(asset)
        await s.flush()
        task = m.Task(
            name="main",
            project_id=project.id,
            entity_id=asset.id,
            task_type_id=uuid.UUID(studio.modeling),
            task_status_id=uuid.UUID(studio.todo),
        )
        s.add(task)
    return {"project": str(project.id), "task": str(task.id)}
