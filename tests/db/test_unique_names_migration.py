"""Migration 0004 on a database that already holds duplicate names (any Zou database may): every
row is kept, the younger duplicates are renamed `<name> (2)`..., then the new rules hold."""

import asyncio
import uuid
from datetime import datetime, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import Entity, EntityType, Project, ProjectStatus, TaskType
from tests.db.scratch import in_session, migrate

T0 = datetime(2024, 1, 1)


async def _duplicates(session: AsyncSession) -> str:
    status = ProjectStatus(name="Open", color="#000000")
    session.add(status)
    await session.flush()
    project = Project(name="Show", project_status_id=status.id)
    sequence_type, asset_type = EntityType(name="Sequence"), EntityType(name="Props")
    session.add_all([project, sequence_type, asset_type])
    await session.flush()
    for index in range(3):
        created = T0 + timedelta(days=index)
        session.add(
            Entity(name="SQ01", project_id=project.id, entity_type_id=sequence_type.id, created_at=created)
        )
        session.add(
            Entity(name="Chair", project_id=project.id, entity_type_id=asset_type.id, created_at=created)
        )
        session.add(TaskType(name="Layout", for_entity="Shot", created_at=created))
    return str(project.id)


def test_duplicates_are_renamed_and_then_refused(scratch_url):
    migrate(scratch_url, "0003")
    asyncio.run(in_session(scratch_url, _duplicates))
    migrate(scratch_url, "head")

    async def names(session: AsyncSession):
        entities = (await session.execute(select(Entity.name).order_by(Entity.created_at, Entity.name))).all()
        task_types = (await session.execute(select(TaskType.name).order_by(TaskType.created_at))).all()
        return [row[0] for row in entities], [row[0] for row in task_types]

    entities, task_types = asyncio.run(in_session(scratch_url, names))
    assert sorted(entities) == ["Chair", "Chair", "Chair", "SQ01", "SQ01 (2)", "SQ01 (3)"]  # assets kept
    assert task_types == ["Layout", "Layout (2)", "Layout (3)"]

    async def one_more(session: AsyncSession):
        sequence_type = (
            await session.execute(select(EntityType).where(EntityType.name == "Sequence"))
        ).scalar_one()
        project = (await session.execute(select(Project))).scalar_one()
        session.add(
            Entity(name="SQ01", project_id=project.id, entity_type_id=sequence_type.id, id=uuid.uuid4())
        )
        await session.flush()

    with pytest.raises(IntegrityError):
        asyncio.run(in_session(scratch_url, one_more))
