"""Batch actions: tasks created per task type, deleted, prioritised; entity pictures."""

import uuid

from tests.tasks.conftest import add_department, db_get, event_names, rows


def create_url(studio, kind, task_type):
    return f"/actions/projects/{studio.project}/task-types/{task_type}/{kind}/create-tasks"


async def test_create_tasks_for_every_shot(client, admin_headers, studio):
    response = await client.post(create_url(studio, "shots", studio.shading), headers=admin_headers)
    assert response.status_code == 201
    [task] = response.json()
    assert task["entity_id"] == studio.shot and task["name"] == "main"
    assert task["task_status_name"] == "Todo" and task["task_type_name"] == "Shading"
    assert task["assigner_id"] == studio.admin and task["assignees"] == []
    assert "task:new" in await event_names()
    # Entities that have a task of that type already are skipped.
    again = await client.post(create_url(studio, "shots", studio.shading), headers=admin_headers)
    assert again.json() == []


async def test_create_tasks_for_listed_assets(client, admin_headers, studio):
    response = await client.post(
        create_url(studio, "assets", studio.shading), json=[studio.asset], headers=admin_headers
    )
    assert response.status_code == 201
    assert [task["entity_id"] for task in response.json()] == [studio.asset]
    # A shot is not an asset.
    wrong = await client.post(
        create_url(studio, "assets", studio.animation), json=[studio.shot], headers=admin_headers
    )
    assert wrong.status_code == 404


async def test_create_tasks_errors(client, admin_headers, studio):
    not_array = await client.post(
        create_url(studio, "shots", studio.shading), json={"a": 1}, headers=admin_headers
    )
    assert not_array.status_code == 400
    assert not_array.json()["message"] == "Request body must be a JSON array."
    bad_ids = await client.post(
        create_url(studio, "shots", studio.shading), json=["bad"], headers=admin_headers
    )
    assert bad_ids.json()["message"] == "Request body must only contain valid UUIDs."
    unknown = await client.post(
        create_url(studio, "shots", studio.shading), json=[str(uuid.uuid4())], headers=admin_headers
    )
    assert unknown.status_code == 404
    bad_type = await client.post(create_url(studio, "shots", "bad"), headers=admin_headers)
    assert bad_type.status_code == 404
    assert len(await rows("Task")) == 2


async def test_create_tasks_for_an_entity_type(client, admin_headers, studio):
    path = f"/actions/projects/{studio.project}/task-types/{studio.animation}/create-tasks"
    response = await client.post(f"{path}/sequence", headers=admin_headers)
    assert response.status_code == 201
    assert [task["entity_id"] for task in response.json()] == [studio.sequence]
    assert (await client.post(f"{path}/foo", headers=admin_headers)).status_code == 404


async def test_edits_and_concepts(client, admin_headers, studio):
    for kind in ("edits", "concepts"):
        response = await client.post(create_url(studio, kind, studio.animation), headers=admin_headers)
        assert response.status_code == 201 and response.json() == []


async def test_only_managers_create_tasks(client, studio, member):
    _, artist = await member("user")
    _, supervisor = await member("supervisor")
    for headers in (artist, supervisor):
        response = await client.post(create_url(studio, "shots", studio.shading), headers=headers)
        assert response.status_code == 403
    _, vendor = await member("vendor")
    assert (
        await client.post(create_url(studio, "concepts", studio.shading), headers=vendor)
    ).status_code == 403
    _, manager = await member("manager")
    assert (
        await client.post(create_url(studio, "shots", studio.shading), headers=manager)
    ).status_code == 201


async def test_delete_tasks(client, admin_headers, studio, member):
    path = f"/actions/projects/{studio.project}/delete-tasks"
    _, artist = await member("user")
    refused = await client.post(path, json=[studio.task], headers=artist)
    assert refused.status_code == 403
    bad = await client.post(path, json={"task_id": studio.task}, headers=admin_headers)
    assert bad.status_code == 400
    unknown = str(uuid.uuid4())
    response = await client.post(path, json=[studio.task, unknown], headers=admin_headers)
    assert response.status_code == 200
    # Zou echoes every id asked for, the unknown ones too.
    assert response.json() == [studio.task, unknown]
    assert await db_get("Task", studio.task) is None
    assert await db_get("Task", studio.shot_task) is not None
    assert "task:delete" in await event_names()


async def test_delete_tasks_of_a_type(client, admin_headers, studio, member):
    path = f"/actions/projects/{studio.project}/task-types/{studio.modeling}/delete-tasks"
    _, manager = await member("manager")
    assert (await client.delete(path, headers=manager)).status_code == 403
    response = await client.delete(path, headers=admin_headers)
    assert response.status_code == 204
    assert await db_get("Task", studio.task) is None
    assert await db_get("Task", studio.shot_task) is not None
    missing = await client.delete(
        f"/actions/projects/{uuid.uuid4()}/task-types/{studio.modeling}/delete-tasks", headers=admin_headers
    )
    assert missing.status_code == 404


async def test_set_priority(client, admin_headers, studio, member):
    response = await client.put(
        "/actions/tasks/set-priority",
        json={"task_ids": [studio.task, str(uuid.uuid4())], "priority": 3},
        headers=admin_headers,
    )
    assert response.status_code == 200
    assert [task["priority"] for task in response.json()] == [3]
    negative = await client.put(
        "/actions/tasks/set-priority", json={"task_ids": [studio.task], "priority": -1}, headers=admin_headers
    )
    assert negative.status_code == 400
    _, artist = await member("user")
    refused = await client.put(
        "/actions/tasks/set-priority", json={"task_ids": [studio.task], "priority": 1}, headers=artist
    )
    assert refused.json() == []
    supervisor, headers = await member("supervisor")
    await add_department(supervisor["id"], studio.modeling_department)
    mine = await client.put(
        "/actions/tasks/set-priority",
        json={"task_ids": [studio.task, studio.shot_task], "priority": 2},
        headers=headers,
    )
    assert [task["id"] for task in mine.json()] == [studio.task]
    assert (await db_get("Task", studio.task)).priority == 2


async def _preview(task_id: str) -> str:
    from app.core.unit_of_work import run_in_unit_of_work
    from app.models import PreviewFile

    async with run_in_unit_of_work() as uow:
        preview = PreviewFile(
            name="v1", revision=1, extension="png", task_id=uuid.UUID(task_id), status="ready"
        )
        uow.get_session().add(preview)
    return str(preview.id)


async def test_set_main_preview(client, admin_headers, studio, member):
    none_yet = await client.put(f"/actions/tasks/{studio.task}/set-main-preview", headers=admin_headers)
    assert none_yet.status_code == 400
    preview = await _preview(studio.task)
    response = await client.put(f"/actions/tasks/{studio.task}/set-main-preview", headers=admin_headers)
    assert response.status_code == 200
    assert response.json()["preview_file_id"] == preview and response.json()["preview_file_status"] == "ready"
    assert str((await db_get("Entity", studio.asset)).preview_file_id) == preview
    assert "preview-file:set-main" in await event_names()
    many = await client.put(
        "/actions/tasks/set-main-preview",
        json={"task_ids": [studio.task, studio.shot_task]},
        headers=admin_headers,
    )
    assert [entity["id"] for entity in many.json()] == [studio.asset]
    unknown = await client.put(
        "/actions/tasks/set-main-preview", json={"task_ids": [str(uuid.uuid4())]}, headers=admin_headers
    )
    assert unknown.status_code == 404
    _, client_headers = await member("client")
    assert (
        await client.put(f"/actions/tasks/{studio.task}/set-main-preview", headers=client_headers)
    ).status_code == 403
    assert (await client.put("/actions/tasks/bad/set-main-preview", headers=admin_headers)).status_code == 404


async def test_create_tasks_for_the_assets_of_an_episode(client, admin_headers, studio, show):
    """An episode's assets: those whose main episode it is, and those cast in it."""
    from app.core.unit_of_work import run_in_unit_of_work
    from app.models import EntityLink

    async with run_in_unit_of_work() as uow:
        uow.get_session().add(
            EntityLink(entity_in_id=uuid.UUID(show.episode), entity_out_id=uuid.UUID(studio.asset))
        )
    path = create_url(studio, "assets", studio.shading) + f"?episode_id={show.episode}"
    response = await client.post(path, headers=admin_headers)
    assert response.status_code == 201
    assert sorted(task["entity_id"] for task in response.json()) == sorted([show.episode_asset, studio.asset])
