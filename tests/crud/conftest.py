"""A small production for the CRUD tests: an open and a closed project, an asset, a shot in a
sequence, tasks, a comment; plus helpers to put people in a team and to read events."""

import uuid
from dataclasses import dataclass, field
from typing import Any

import pytest
from sqlalchemy import select

from app.core.unit_of_work import run_in_unit_of_work


@dataclass
class Studio:
    """Ids of the rows every CRUD test can lean on (all as strings, as clients send them)."""

    admin: str
    project: str
    closed_project: str
    open_status: str
    closed_status: str
    character: str
    sequence_type: str
    shot_type: str
    asset: str
    sequence: str
    shot: str
    modeling: str
    shading: str
    animation: str
    modeling_department: str
    animation_department: str
    todo: str
    wip: str
    task: str
    shot_task: str
    comment: str
    file_status: str
    extra: dict[str, str] = field(default_factory=dict)


async def _by_name(session, model, name: str, **criteria: Any) -> Any:
    query = select(model).where(model.name == name)
    for key, value in criteria.items():
        query = query.where(getattr(model, key) == value)
    return (await session.execute(query)).scalars().first()


@pytest.fixture
async def studio(admin_id) -> Studio:
    from app import models as m

    async with run_in_unit_of_work() as uow:
        s = uow.get_session()
        open_status = await _by_name(s, m.ProjectStatus, "Open")
        closed_status = await _by_name(s, m.ProjectStatus, "Closed")
        project = m.Project(name="Big Buck", project_status_id=open_status.id)
        closed = m.Project(name="Old Show", project_status_id=closed_status.id)
        s.add_all([project, closed])
        character = await _by_name(s, m.EntityType, "Character")
        sequence_type = await _by_name(s, m.EntityType, "Sequence")
        shot_type = await _by_name(s, m.EntityType, "Shot")
        await s.flush()
        asset = m.Entity(name="Hero", project_id=project.id, entity_type_id=character.id, created_by=admin_id)
        sequence = m.Entity(name="SQ01", project_id=project.id, entity_type_id=sequence_type.id)
        s.add_all([asset, sequence])
        await s.flush()
        shot = m.Entity(
            name="SH010", project_id=project.id, entity_type_id=shot_type.id, parent_id=sequence.id
        )
        s.add(shot)
        modeling = await _by_name(s, m.TaskType, "Modeling", for_entity="Asset")
        shading = await _by_name(s, m.TaskType, "Shading", for_entity="Asset")
        animation = await _by_name(s, m.TaskType, "Animation", for_entity="Shot")
        todo = await _by_name(s, m.TaskStatus, "Todo")
        wip = await _by_name(s, m.TaskStatus, "Work In Progress")
        await s.flush()
        task = m.Task(
            name="main",
            project_id=project.id,
            entity_id=asset.id,
            task_type_id=modeling.id,
            task_status_id=todo.id,
        )
        shot_task = m.Task(
            name="main",
            project_id=project.id,
            entity_id=shot.id,
            task_type_id=animation.id,
            task_status_id=todo.id,
        )
        s.add_all([task, shot_task])
        await s.flush()
        comment = m.Comment(
            object_id=task.id, object_type="Task", person_id=admin_id, task_status_id=todo.id, text="Nice"
        )
        file_status = m.FileStatus(name="Created", color="#000000")
        s.add_all([comment, file_status])
        await s.flush()
        ids = {
            "admin": admin_id,
            "project": project.id,
            "closed_project": closed.id,
            "open_status": open_status.id,
            "closed_status": closed_status.id,
            "character": character.id,
            "sequence_type": sequence_type.id,
            "shot_type": shot_type.id,
            "asset": asset.id,
            "sequence": sequence.id,
            "shot": shot.id,
            "modeling": modeling.id,
            "shading": shading.id,
            "animation": animation.id,
            "modeling_department": modeling.department_id,
            "animation_department": animation.department_id,
            "todo": todo.id,
            "wip": wip.id,
            "task": task.id,
            "shot_task": shot_task.id,
            "comment": comment.id,
            "file_status": file_status.id,
        }
    return Studio(**{key: str(value) for key, value in ids.items()})


async def add_to_team(project_id: str, person_id: str, role: str | None = None) -> None:
    from app.models import ProjectPersonLink

    async with run_in_unit_of_work() as uow:
        uow.get_session().add(
            ProjectPersonLink(project_id=uuid.UUID(project_id), person_id=uuid.UUID(person_id), role=role)
        )


async def add_department(person_id: str, department_id: str) -> None:
    from app.models import DepartmentLink

    async with run_in_unit_of_work() as uow:
        uow.get_session().add(
            DepartmentLink(person_id=uuid.UUID(person_id), department_id=uuid.UUID(department_id))
        )


async def assign(task_id: str, person_id: str) -> None:
    from app.models import TaskPersonLink

    async with run_in_unit_of_work() as uow:
        uow.get_session().add(TaskPersonLink(task_id=uuid.UUID(task_id), person_id=uuid.UUID(person_id)))


async def db_get(model_name: str, row_id: str) -> Any:
    from app import models

    async with run_in_unit_of_work() as uow:
        return await uow.get_session().get(getattr(models, model_name), uuid.UUID(row_id))


async def event_names() -> list[str]:
    from app.models import ApiEvent

    async with run_in_unit_of_work() as uow:
        rows = await uow.get_session().execute(select(ApiEvent.name).order_by(ApiEvent.created_at))
        return list(rows.scalars().all())


async def events_named(name: str) -> list[dict]:
    from app.models import ApiEvent

    async with run_in_unit_of_work() as uow:
        rows = await uow.get_session().execute(select(ApiEvent.data).where(ApiEvent.name == name))
        return list(rows.scalars().all())


@pytest.fixture
def member(studio, make_person):
    """`await member("manager", project_role=None, in_team=True)` -> (person, headers)."""

    async def _make(role: str = "user", in_team: bool = True, project_role: str | None = None, **fields):
        person, headers = await make_person(role, **fields)
        if in_team:
            await add_to_team(studio.project, person["id"], project_role)
        return person, headers

    return _make
