"""Migration 0005 on a database whose asset board arrays (0003) hold "" for a missing preview: the
stored arrays and the triggers then write null, as Zou 1.0.97 answers."""

import asyncio

import pytest
from sqlalchemy import text

from app.models import Entity, EntityType, Project, ProjectStatus, Task, TaskStatus, TaskType
from tests.conftest import BACKEND
from tests.db.scratch import in_session, migrate

pytestmark = pytest.mark.skipif(BACKEND == "sqlite", reason="task_json is PostgreSQL's")
TAILS = text("SELECT compact_tail FROM task_json ORDER BY compact_tail")


async def _asset_task(session) -> None:
    status = ProjectStatus(name="Open", color="#000000")
    props, task_status = EntityType(name="Props"), TaskStatus(name="Todo", short_name="todo", color="#ffffff")
    task_type = TaskType(name="Modeling", for_entity="Asset")
    session.add_all([status, props, task_status, task_type])
    await session.flush()
    project = Project(name="Show", project_status_id=status.id)
    session.add(project)
    await session.flush()
    asset = Entity(name="Chair", project_id=project.id, entity_type_id=props.id)
    session.add(asset)
    await session.flush()
    session.add(
        Task(
            name="main",
            project_id=project.id,
            entity_id=asset.id,
            task_type_id=task_type.id,
            task_status_id=task_status.id,
        )
    )


async def _tails(session) -> list[str]:
    return list((await session.execute(TAILS)).scalars())


def test_missing_previews_become_null(scratch_url):
    migrate(scratch_url, "0004")
    asyncio.run(in_session(scratch_url, _asset_task))
    (before,) = asyncio.run(in_session(scratch_url, _tails))
    assert before.startswith(',null,"",')
    migrate(scratch_url, "head")
    (after,) = asyncio.run(in_session(scratch_url, _tails))
    assert after == before.replace(',null,"",', ",null,null,", 1)

    async def rewrite(session) -> list[str]:  # the triggers write null from now on
        await session.execute(text("UPDATE task SET priority = 2"))
        return await _tails(session)

    (rewritten,) = asyncio.run(in_session(scratch_url, rewrite))
    assert rewritten.startswith(",null,null,2,")
