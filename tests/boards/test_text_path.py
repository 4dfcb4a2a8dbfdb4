"""PostgreSQL keeps the boards' task JSON itself (`task_json`, joined by
`app/areas/boards/text.py`): its bytes must be those of the general path (rows read, then
orjson), for every kind and form, including the awkward values (microseconds, floats at the edges
of orjson's notations, JSON data)."""

import datetime as dt
import importlib.util
import re
import uuid
from pathlib import Path
from typing import Any

import orjson
import pytest
from sqlalchemy import Float, delete, func, literal, select, update

from app.areas.boards import http as with_tasks_http
from app.areas.boards import service as with_tasks
from app.areas.boards.kinds import NOT_ASSET_TYPES, AssetKind, ShotKind
from app.core.sql import is_postgres
from app.core.unit_of_work import run_in_unit_of_work
from app.models import Entity, Subscription, Task, TaskPersonLink
from app.models.task_json import TASK_JSON
from tests.boards.test_boards import _write
from tests.crud.conftest import assign

# Floats whose JSON differs between PostgreSQL's and orjson's shortest forms unless rewritten.
EDGE_FLOATS = [
    0.0, -0.0, 480.0, 0.1, 1.5, 0.30000000000000004, 1e-4, 1.5e-5, 1e-5, 2.5e-7, 1e15, 1234567890123456.0,
    1234567890123456.5, 1e16, 1.2345678901234567e16, 1e300, -3.75, float("nan"), float("inf"), None,
]  # fmt: skip

BOARDS = ("assets", "shots", "sequences", "episodes", "scenes", "edits", "concepts")
FORMS = ("", "&compact=true", "&stream=true&compact=true", "&stream=true")


@pytest.fixture
async def busy_tasks(studio, show, member):
    if not is_postgres():
        pytest.skip("the text path is PostgreSQL's")
    first, _ = await member("user")
    second, _ = await member("user")
    for task_id in (studio.task, show.shot_task, show.sequence_task):
        await assign(task_id, second["id"])
        await assign(task_id, first["id"])
    stamp = dt.datetime(2024, 5, 6, 7, 8, 9, 654321)
    await _write(
        update(Task)
        .where(Task.id == uuid.UUID(studio.task))
        .values(due_date=stamp, start_date=dt.datetime(1999, 1, 2), data={"b": [1, "é\n"], "a": None}),
        update(Task).where(Task.id == uuid.UUID(show.shot_task)).values(estimation=None, duration=2.5e-7),
        add=[Subscription(person_id=uuid.UUID(studio.admin), task_id=uuid.UUID(show.shot_task))],
    )
    return [studio.task, show.shot_task, show.sequence_task, show.episode_task, show.edit_task]


async def _bodies(client, headers, project_id: str) -> dict[str, bytes]:
    bodies = {}
    for board in BOARDS:
        for form in FORMS:
            url = f"/data/{board}/with-tasks?project_id={project_id}{form}"
            response = await client.get(url, headers={**headers, "Accept": "application/x-ndjson"})
            assert response.status_code == 200, url
            bodies[url] = response.content
    return bodies


async def _bodies_agreeing(client, headers, project_id: str, monkeypatch) -> dict[str, bytes]:
    """Every board in every form, after checking the general path writes the same bytes."""
    fast = await _bodies(client, headers, project_id)
    with monkeypatch.context() as patch:
        patch.setattr(with_tasks, "text_tasks_enabled", lambda: False)
        general = await _bodies(client, headers, project_id)
    for url, body in general.items():
        assert fast[url] == body, url
    return fast


async def test_text_path_writes_the_general_paths_bytes(
    client, admin_headers, studio, busy_tasks, monkeypatch
):
    await _write(update(Task).where(Task.id == uuid.UUID(busy_tasks[-1])).values(duration=1234567890123456.5))
    fast = await _bodies_agreeing(client, admin_headers, studio.project, monkeypatch)
    assert b'"due_date":"2024-05-06T07:08:09"' in fast[f"/data/assets/with-tasks?project_id={studio.project}"]
    # The stored compact arrays write a missing preview null, as Zou (migration 0005; 0003 wrote "").
    compact = orjson.loads(fast[f"/data/assets/with-tasks?project_id={studio.project}&compact=true"])
    at = compact["task_fields"].index("last_preview_file_id")
    assert {task[at] for asset in compact["rows"] for task in asset[-1]} == {None}


async def test_floats_are_written_as_orjson_writes_them(busy_tasks):
    async with run_in_unit_of_work() as uow:
        session = uow.get_session()
        for value in EDGE_FLOATS:
            written = (
                await session.execute(select(func.task_json_float(literal(value, Float))))
            ).scalar_one()
            assert written == orjson.dumps(value).decode(), value


async def test_tasks_are_ordered_by_id_with_assignees_by_person(client, admin_headers, studio, busy_tasks):
    shots = (
        await client.get(f"/data/shots/with-tasks?project_id={studio.project}", headers=admin_headers)
    ).json()
    for shot in shots:
        ids = [task["id"] for task in shot["tasks"]]
        assert ids == sorted(ids)
        for task in shot["tasks"]:
            assert task["assignees"] == sorted(task["assignees"])
    task = next(task for shot in shots for task in shot["tasks"] if task["id"] == busy_tasks[1])
    assert (task["duration"], task["estimation"], task["is_subscribed"], len(task["assignees"])) == (
        2.5e-7,
        None,
        True,
        2,
    )


async def _stored_tasks() -> tuple[int, int]:
    async with run_in_unit_of_work() as uow:
        session = uow.get_session()
        stored = (await session.execute(select(func.count()).select_from(TASK_JSON))).scalar_one()
        tasks = (await session.execute(select(func.count()).select_from(Task))).scalar_one()
    return stored, tasks


async def test_stored_texts_follow_every_write(client, admin_headers, studio, show, busy_tasks, monkeypatch):
    """The triggers keep `task_json` current through unassignment, a task moved to another
    entity, a task deleted and one created: both paths still write the same bytes."""
    first_person = (
        select(TaskPersonLink.person_id)
        .where(TaskPersonLink.task_id == uuid.UUID(studio.task))
        .order_by(TaskPersonLink.person_id)
        .limit(1)
        .scalar_subquery()
    )
    first_link = (TaskPersonLink.task_id == uuid.UUID(studio.task)) & (
        TaskPersonLink.person_id == first_person
    )
    await _write(
        delete(TaskPersonLink).where(first_link),
        update(Task)
        .where(Task.id == uuid.UUID(show.sequence_task))
        .values(entity_id=uuid.UUID(show.shot), name="moved"),
    )
    response = await client.delete(f"/data/tasks/{show.edit_task}", headers=admin_headers)
    assert response.status_code in (200, 204), response.text
    created = await client.post(
        "/data/tasks",
        json={
            "name": "extra",
            "project_id": studio.project,
            "entity_id": show.shot,
            "task_type_id": (await client.get(f"/data/tasks/{show.shot_task}", headers=admin_headers)).json()[
                "task_type_id"
            ],
            "task_status_id": (
                await client.get(f"/data/tasks/{show.shot_task}", headers=admin_headers)
            ).json()["task_status_id"],
        },
        headers=admin_headers,
    )
    assert created.status_code == 201, created.text
    stored, tasks = await _stored_tasks()
    assert stored == tasks
    fast = await _bodies_agreeing(client, admin_headers, studio.project, monkeypatch)
    shots = orjson.loads(fast[f"/data/shots/with-tasks?project_id={studio.project}"])
    tasks_of_shot = {task["id"] for shot in shots if shot["id"] == show.shot for task in shot["tasks"]}
    assert {show.sequence_task, created.json()["id"]} <= tasks_of_shot
    assets = orjson.loads(fast[f"/data/assets/with-tasks?project_id={studio.project}"])
    (task,) = [task for asset in assets for task in asset["tasks"] if task["id"] == studio.task]
    assert len(task["assignees"]) == 1


def test_stored_layouts_are_the_boards_layouts():
    """Migration 0003 froze the streamed boards' task layouts and what counts as an asset: a
    change to either in the kinds needs a migration rewriting `task_json`."""
    path = Path(__file__).parents[2] / "alembic" / "versions" / "0003_task_json.py"
    spec = importlib.util.spec_from_file_location("task_json_migration", path)
    migration = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(migration)
    assert migration.ASSET_LAYOUT == AssetKind.task_fields
    assert migration.SHOT_LAYOUT == ShotKind.task_fields
    assert set(re.findall(r"'(\w+)'", migration.NOT_ASSETS)) == set(NOT_ASSET_TYPES)


async def test_an_entity_changing_type_changes_its_tasks_layout(studio, busy_tasks):
    """Tasks of assets keep the asset board's array; once their entity is a sequence they keep
    none (the sequence board joins the fields one by one)."""

    async def heads() -> list[Any]:
        async with run_in_unit_of_work() as uow:
            query = select(TASK_JSON.c.compact_head).where(
                TASK_JSON.c.task_entity_id == uuid.UUID(studio.asset)
            )
            return list((await uow.get_session().execute(query)).scalars())

    before = await heads()
    assert before and all(head.startswith("[") for head in before)
    await _write(update(Entity).where(Entity.id == uuid.UUID(studio.asset)).values(name="retyped"))
    assert await heads() == before
    await _write(
        update(Entity)
        .where(Entity.id == uuid.UUID(studio.asset))
        .values(entity_type_id=uuid.UUID(studio.sequence_type))
    )
    assert await heads() == [None] * len(before)


async def test_chunks_read_on_one_or_two_connections_give_the_same_bytes(
    client, admin_headers, studio, busy_tasks, monkeypatch
):
    """One entity per chunk, so chunks alternate between the stream's connection and its
    helper: the rows still come out in order, as with a single connection."""
    monkeypatch.setattr(with_tasks, "CHUNK_ENTITIES", 1)
    two = await _bodies(client, admin_headers, studio.project)
    monkeypatch.setattr(with_tasks_http, "READ_CONNECTIONS", 1)
    one = await _bodies(client, admin_headers, studio.project)
    assert one == two
    shots = orjson.loads(two[f"/data/shots/with-tasks?project_id={studio.project}"])
    assert len(shots) >= 2  # two chunks at least: one on each connection
