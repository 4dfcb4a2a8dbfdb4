"""The Alembic migrations and the SQLModel tables describe the same schema."""

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlmodel import SQLModel

import app.models  # noqa: F401
from app.db import get_engine


def _diff(connection):
    context = MigrationContext.configure(connection, opts={"compare_type": True})
    return compare_metadata(context, SQLModel.metadata)


async def test_models_and_migrations_do_not_drift():
    async with get_engine().connect() as connection:
        differences = await connection.run_sync(_diff)
    assert differences == []


async def test_every_zou_table_exists():
    async with get_engine().connect() as connection:
        tables = await connection.run_sync(
            lambda sync: set(sync.dialect.get_table_names(sync))
        )
    expected = {"person", "project", "entity", "task", "task_person_link", "comment_mentions", "api_event"}
    assert expected <= tables
    assert set(SQLModel.metadata.tables) <= tables
