"""`task_json` stays right when a task is updated and assigned by two transactions at once, in
either order (the triggers lock the task before computing its row)."""

import asyncio
import os
import uuid

import asyncpg
import pytest

from app.core.sql import is_postgres
from tests.crud.conftest import db_get

DUE = "2031-02-03 04:05:06"


@pytest.fixture
async def two_sessions(studio):
    if not is_postgres():
        pytest.skip("task_json is PostgreSQL's")
    dsn = os.environ["DATABASE_URL"].replace("+asyncpg", "")
    first, second = await asyncpg.connect(dsn), await asyncpg.connect(dsn)
    yield first, second
    await first.close()
    await second.close()


async def _stored(connection, task_id: str) -> tuple[str, str]:
    row = await connection.fetchrow(
        "SELECT due_date, assignees FROM task_json WHERE task_id = $1", uuid.UUID(task_id)
    )
    return row["due_date"], row["assignees"]


async def _update_due_date(connection, task_id: str) -> None:
    await connection.execute(f"UPDATE task SET due_date = '{DUE}' WHERE id = $1", uuid.UUID(task_id))


async def _assign(connection, task_id: str, person_id: str) -> None:
    await connection.execute(
        "INSERT INTO task_person_link (task_id, person_id) VALUES ($1, $2)",
        uuid.UUID(task_id),
        uuid.UUID(person_id),
    )


@pytest.mark.parametrize("update_first", [True, False])
async def test_concurrent_update_and_assignment_both_land(studio, member, two_sessions, update_first):
    person, _ = await member("user")
    first, second = two_sessions
    one, other = (_update_due_date, _assign) if update_first else (_assign, _update_due_date)
    args = {_update_due_date: (studio.task,), _assign: (studio.task, person["id"])}
    async with first.transaction():
        await one(first, *args[one])
        second_tx = second.transaction()
        await second_tx.start()
        blocked = asyncio.ensure_future(other(second, *args[other]))
        await asyncio.sleep(0.3)
        assert not blocked.done()  # waits for the first transaction's task lock
    await blocked
    await second_tx.commit()
    due_date, assignees = await _stored(first, studio.task)
    assert due_date == '"2031-02-03T04:05:06"'
    assert assignees == f'["{person["id"]}"]'
    assert (await db_get("Task", studio.task)).due_date.isoformat() == "2031-02-03T04:05:06"
