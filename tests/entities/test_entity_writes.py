"""Creating an entity's tasks and deleting a batch of a production's entities."""

import uuid

from app.models import ProjectTaskTypeLink, TaskTypeAssetTypeLink
from tests.assets.support import add, get, make_entity, make_task, rows
from tests.crud.conftest import add_department, events_named


async def _enable(project_id: str, *task_type_ids: str) -> None:
    for priority, task_type_id in enumerate(task_type_ids, start=1):
        await add(
            ProjectTaskTypeLink(
                project_id=uuid.UUID(project_id), task_type_id=uuid.UUID(task_type_id), priority=priority
            )
        )


async def test_create_tasks_for_an_entity(client, studio, member):
    await _enable(studio.project, studio.modeling, studio.shading, studio.animation)
    prop = await make_entity(studio.project, "Prop", "Sword")
    person, headers = await member("manager")
    response = await client.post(
        f"/data/entities/{prop}/tasks", json={"task_type_ids": [studio.shading]}, headers=headers
    )
    assert response.status_code == 201
    (task,) = response.json()
    assert task["task_type_id"] == studio.shading and task["name"] == "main" and task["assignees"] == []
    assert task["task_status_short_name"] == "todo" and task["assigner_id"] == person["id"]
    assert (await get("Task", task["id"])).entity_id == uuid.UUID(prop)
    assert [event["task_id"] for event in await events_named("task:new")] == [task["id"]]


async def test_create_tasks_defaults_to_every_valid_task_type(client, studio, admin_headers):
    await _enable(studio.project, studio.modeling, studio.shading, studio.animation)
    await add(
        TaskTypeAssetTypeLink(
            asset_type_id=uuid.UUID(studio.character), task_type_id=uuid.UUID(studio.modeling)
        )
    )
    await add(
        TaskTypeAssetTypeLink(
            asset_type_id=uuid.UUID(studio.character), task_type_id=uuid.UUID(studio.shading)
        )
    )
    response = await client.post(f"/data/entities/{studio.asset}/tasks", json={}, headers=admin_headers)
    assert response.status_code == 201
    # Modeling exists already: only shading is created; animation is for shots.
    assert [task["task_type_id"] for task in response.json()] == [studio.shading]


async def test_create_tasks_checks_the_workflow(client, studio, admin_headers):
    await _enable(studio.project, studio.modeling)
    path = f"/data/entities/{studio.asset}/tasks"
    response = await client.post(path, json={"task_type_ids": [studio.animation]}, headers=admin_headers)
    assert response.status_code == 400 and "is for Shot entities" in response.json()["message"]
    response = await client.post(path, json={"task_type_ids": [studio.shading]}, headers=admin_headers)
    assert response.status_code == 400 and "not enabled in project" in response.json()["message"]
    response = await client.post(path, json={"task_type_ids": [str(uuid.uuid4())]}, headers=admin_headers)
    assert response.status_code == 404
    response = await client.post(path, json={"task_type_ids": "x"}, headers=admin_headers)
    assert response.status_code == 400
    assert len(await rows("Task", entity_id=studio.asset)) == 1


async def test_create_tasks_rights(client, studio, member):
    await _enable(studio.project, studio.modeling, studio.shading)
    prop = await make_entity(studio.project, "Prop", "Sword")
    path = f"/data/entities/{prop}/tasks"
    body = {"task_type_ids": [studio.modeling]}
    for role in ("user", "client", "vendor"):
        _, headers = await member(role)
        assert (await client.post(path, json=body, headers=headers)).status_code == 403
    supervisor, headers = await member("supervisor")
    await add_department(supervisor["id"], studio.animation_department)
    assert (await client.post(path, json=body, headers=headers)).status_code == 403
    assert await rows("Task", entity_id=prop) == []
    await add_department(supervisor["id"], studio.modeling_department)
    assert (await client.post(path, json=body, headers=headers)).status_code == 201
    assert len(await rows("Task", entity_id=prop)) == 1


async def test_delete_entities_of_a_production(client, studio, admin_headers):
    concept = await make_entity(studio.project, "Concept", "Idea")
    await make_task(studio.project, concept, studio.modeling, studio.todo)
    canceled = await make_entity(studio.project, "Prop", "Old", canceled=True)
    await make_task(studio.project, canceled, studio.modeling, studio.todo)
    elsewhere = await make_entity(studio.closed_project, "Prop", "Elsewhere")
    missing = str(uuid.uuid4())
    body = [studio.asset, studio.shot, concept, canceled, elsewhere, studio.sequence, missing]
    response = await client.post(
        f"/actions/projects/{studio.project}/delete-entities", json=body, headers=admin_headers
    )
    assert response.status_code == 200
    assert response.json() == [studio.asset, studio.shot, concept, canceled]
    assert (await get("Entity", studio.asset)).canceled is True
    assert (await get("Entity", studio.shot)).canceled is True
    assert await get("Entity", concept) is None and await get("Entity", canceled) is None
    assert await get("Entity", elsewhere) is not None and await get("Entity", studio.sequence) is not None
    assert len(await events_named("shot:update")) == 1 and len(await events_named("concept:delete")) == 1


async def test_delete_entities_with_force(client, studio, admin_headers):
    path = f"/actions/projects/{studio.project}/delete-entities"
    response = await client.post(path, params={"force": "true"}, json=[studio.asset], headers=admin_headers)
    assert response.json() == [studio.asset]
    assert await get("Entity", studio.asset) is None
    assert await rows("Task", entity_id=studio.asset) == []


async def test_delete_entities_refusals(client, studio, member):
    path = f"/actions/projects/{studio.project}/delete-entities"
    person, headers = await member("user")
    mine = await make_entity(studio.project, "Prop", "Mine", created_by=person["id"])
    assert (await client.post(path, json=[mine, studio.asset], headers=headers)).status_code == 403
    assert (await client.post(path, json={"ids": [mine]}, headers=headers)).status_code == 400
    assert (await client.post(path, json=["nope"], headers=headers)).status_code == 400
    assert (
        await client.post(f"/actions/projects/{uuid.uuid4()}/delete-entities", json=[], headers=headers)
    ).status_code == 404
    assert await get("Entity", mine) is not None and await get("Entity", studio.asset) is not None
    response = await client.post(path, json=[mine], headers=headers)
    assert response.status_code == 200 and await get("Entity", mine) is None


async def test_update_without_metadata_stores_an_empty_dict(client, studio, admin_headers):
    """Zou merges the body's `data` into the stored one on every PUT: a null becomes {}."""
    prop = await make_entity(studio.project, "Prop", "Lamp")
    response = await client.put(
        f"/data/entities/{prop}", json={"description": "Bright"}, headers=admin_headers
    )
    assert response.status_code == 200 and response.json()["data"] == {}
    assert (await get("Entity", prop)).data == {}
