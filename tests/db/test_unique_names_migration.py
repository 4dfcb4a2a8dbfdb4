"""Migration 0004 on a database that already holds duplicate names (any Zou database may): every
row is kept, the younger duplicates are renamed `<name> (2)`..., then the new rules hold."""

import asyncio
import os
import subprocess
import uuid
from datetime import datetime, timedelta

import pytest
from alembic.config import Config
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from alembic import command
from app.core.db import make_engine
from app.models import Entity, EntityType, Project, ProjectStatus, TaskType
from tests.conftest import BACKEND, PG_ADMIN_URL, ROOT

T0 = datetime(2024, 1, 1)


@pytest.fixture
def scratch_url(tmp_path):
    if BACKEND == "sqlite":
        yield f"sqlite+aiosqlite:///{tmp_path / 'scratch.db'}"
        return
    name = f"zou_scratch_{os.getpid()}"
    psql = ["psql", PG_ADMIN_URL + "/postgres", "-q", "-c"]
    subprocess.run([*psql, f'DROP DATABASE IF EXISTS "{name}"'], check=True, capture_output=True)
    subprocess.run([*psql, f'CREATE DATABASE "{name}"'], check=True, capture_output=True)
    yield f"postgresql+asyncpg://postgres@127.0.0.1:5432/{name}"
    subprocess.run([*psql, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'], check=True, capture_output=True)


def _migrate(url: str, revision: str) -> None:
    config = Config(str(ROOT / "alembic.ini"))
    config.set_main_option("script_location", str(ROOT / "alembic"))
    config.attributes["database_url"] = url
    command.upgrade(config, revision)


async def _in_session(url: str, work):
    engine = make_engine(url)
    try:
        async with AsyncSession(engine, expire_on_commit=False) as session:
            result = await work(session)
            await session.commit()
            return result
    finally:
        await engine.dispose()


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
    _migrate(scratch_url, "0003")
    asyncio.run(_in_session(scratch_url, _duplicates))
    _migrate(scratch_url, "head")

    async def names(session: AsyncSession):
        entities = (await session.execute(select(Entity.name).order_by(Entity.created_at, Entity.name))).all()
        task_types = (await session.execute(select(TaskType.name).order_by(TaskType.created_at))).all()
        return [row[0] for row in entities], [row[0] for row in task_types]

    entities, task_types = asyncio.run(_in_session(scratch_url, names))
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
        asyncio.run(_in_session(scratch_url, one_more))
