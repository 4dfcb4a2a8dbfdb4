"""Alembic runs our migrations with the app's async engine, on PostgreSQL or SQLite."""

import asyncio

from sqlalchemy.engine import Connection
from sqlmodel import SQLModel

import app.models  # noqa: F401 - registers every table on the metadata
from alembic import context
from app.core.db import make_engine
from app.models.derived import is_derived_table

target_metadata = SQLModel.metadata


def _not_derived(name: str | None, type_: str, _parents: dict) -> bool:
    """Tables written by triggers (`app/models/task_json.py`) are not the models' business."""
    return not (type_ == "table" and name is not None and is_derived_table(name))


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        # SQLite cannot ALTER most things in place: batch mode rebuilds tables instead.
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        include_name=_not_derived,
    )
    with context.begin_transaction():
        context.run_migrations()


async def _run_online() -> None:
    url = context.config.attributes.get("database_url")
    engine = make_engine(url)
    async with engine.connect() as connection:
        await connection.run_sync(_run)
        await connection.commit()
    await engine.dispose()


def run_migrations_online() -> None:
    connection = context.config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    asyncio.run(_run_online())


if context.is_offline_mode():
    raise SystemExit("Offline migrations are not supported; run against a database.")
run_migrations_online()
