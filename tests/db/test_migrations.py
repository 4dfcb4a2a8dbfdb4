"""The Alembic migrations and the SQLModel tables describe the same schema."""

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlmodel import SQLModel

import app.models  # noqa: F401
from app.core.db import get_engine
from app.models.derived import is_derived_table
from app.models.task_json import TASK_JSON


def _not_derived(name, type_, _parents):
    return not (type_ == "table" and is_derived_table(name))


def _diff(connection):
    context = MigrationContext.configure(
        connection, opts={"compare_type": True, "include_name": _not_derived}
    )
    return compare_metadata(context, SQLModel.metadata)


async def test_models_and_migrations_do_not_drift():
    async with get_engine().connect() as connection:
        differences = await connection.run_sync(_diff)
    assert differences == []


async def test_every_zou_table_exists():
    async with get_engine().connect() as connection:
        tables = await connection.run_sync(lambda sync: set(sync.dialect.get_table_names(sync)))
    expected = {"person", "project", "entity", "task", "task_person_link", "comment_mentions", "api_event"}
    assert expected <= tables
    assert set(SQLModel.metadata.tables) <= tables


async def test_task_json_is_the_table_the_boards_read():
    """The triggers' table (PostgreSQL only) has the columns `app/models/task_json.py` declares."""
    async with get_engine().connect() as connection:
        if connection.dialect.name != "postgresql":
            return
        columns = await connection.run_sync(
            lambda sync: [(c["name"], str(c["type"])) for c in sync.dialect.get_columns(sync, "task_json")]
        )
    assert columns == [(c.name, str(c.type.compile(connection.dialect))) for c in TASK_JSON.columns]
