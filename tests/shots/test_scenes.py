"""`/data/scenes` and a production's scenes: lists, full scene, creation, shots issued from a scene,
deletion (cancelled while referenced)."""

import uuid

from tests.crud.conftest import assign, db_get, events_named
from tests.shots.conftest import rows


async def test_project_scenes_and_creation(client, studio, show, member):
    _, manager = await member("manager")
    url = f"/data/projects/{studio.project}/scenes"
    created = await client.post(url, json={"name": "SC_NEW", "sequence_id": show.sequence}, headers=manager)
    assert created.status_code == 201 and created.json()["type"] == "Scene"
    again = await client.post(url, json={"name": "SC_NEW", "sequence_id": show.sequence}, headers=manager)
    assert again.status_code == 201 and again.json()["id"] == created.json()["id"]
    assert await events_named("scene:new") == [
        {"scene_id": created.json()["id"], "project_id": studio.project}
    ]
    listed = (await client.get(url, headers=manager)).json()
    assert [row["name"] for row in listed] == ["SC_E", "SC_NEW"]


async def test_scene_creation_refusals(client, studio, show, member):
    _, user = await member("user")
    _, manager = await member("manager")
    url = f"/data/projects/{studio.project}/scenes"
    assert (
        await client.post(url, json={"name": "X", "sequence_id": show.sequence}, headers=user)
    ).status_code == 403
    assert (await client.post(url, json={"sequence_id": show.sequence}, headers=manager)).status_code == 400
    wrong = await client.post(url, json={"name": "X", "sequence_id": show.shot}, headers=manager)
    assert wrong.status_code == 404
    assert (
        await client.post(f"/data/projects/{uuid.uuid4()}/scenes", json={"name": "X"}, headers=manager)
    ).status_code == 404
    assert await rows("Entity", name="X") == []
    _, outsider = await member("user", in_team=False)
    assert (await client.get(url, headers=outsider)).status_code == 403


async def test_all_scenes_and_full_scene(client, admin_headers, studio, show, member):
    listed = (
        await client.get(f"/data/scenes/all?parent_id={show.sequence}&name=sc_e", headers=admin_headers)
    ).json()
    assert [(row["id"], row["sequence_name"]) for row in listed] == [(show.scene, "SQ_E")]
    scene = (await client.get(f"/data/scenes/{show.scene}", headers=admin_headers)).json()
    assert (scene["sequence_id"], scene["episode_name"], scene["project_name"]) == (
        show.sequence,
        "E01",
        "Big Buck",
    )
    _, user = await member("user")
    assert (await client.get("/data/scenes/all", headers=user)).status_code == 403
    vendor, vendor_headers = await member("vendor")
    assert (
        await client.get(f"/data/scenes/all?project_id={studio.project}", headers=vendor_headers)
    ).status_code == 403
    assert (await client.get(f"/data/scenes/{show.shot}", headers=admin_headers)).status_code == 404


async def test_scene_tasks_and_task_types(client, admin_headers, studio, show, member):
    tasks = (await client.get(f"/data/scenes/{show.scene}/tasks", headers=admin_headers)).json()
    assert [task["id"] for task in tasks] == [show.scene_task] and tasks[0]["entity_type_name"] == "Scene"
    types = (await client.get(f"/data/scenes/{show.scene}/task-types", headers=admin_headers)).json()
    assert [row["id"] for row in types] == [studio.animation]
    vendor, vendor_headers = await member("vendor")
    assert (await client.get(f"/data/scenes/{show.scene}/tasks", headers=vendor_headers)).status_code == 403
    await assign(show.scene_task, vendor["id"])
    assert (
        await client.get(f"/data/scenes/{show.scene}/task-types", headers=vendor_headers)
    ).status_code == 200


async def test_scene_shots_link_and_unlink(client, studio, show, member):
    _, manager = await member("manager")
    _, user = await member("user")
    url = f"/data/scenes/{show.scene}/shots"
    assert (await client.post(url, json={"shot_id": show.shot}, headers=user)).status_code == 403
    assert (await client.post(url, json={"shot_id": "x"}, headers=manager)).status_code == 400
    linked = await client.post(url, json={"shot_id": show.shot}, headers=manager)
    assert linked.status_code == 201 and linked.json()["source_id"] == show.scene
    assert [row["id"] for row in (await client.get(url, headers=user)).json()] == [show.shot]
    assert await events_named("shot:add-to-scene") == [{"scene_id": show.scene, "shot_id": show.shot}]
    assert (await client.delete(f"{url}/{show.shot}", headers=user)).status_code == 403
    assert (await client.delete(f"{url}/{show.shot}", headers=manager)).status_code == 204
    assert (await db_get("Entity", show.shot)).source_id is None
    assert await events_named("shot:remove-from-scene") == [{"scene_id": show.scene, "shot_id": show.shot}]
    assert (await client.delete(f"{url}/{show.sequence}", headers=manager)).status_code == 404


async def test_scene_deletion(client, studio, show, member):
    _, manager = await member("manager")
    _, user = await member("user")
    assert (await client.delete(f"/data/scenes/{show.scene}", headers=user)).status_code == 403
    assert (await client.delete(f"/data/scenes/{show.scene}", headers=manager)).status_code == 204
    assert (await db_get("Entity", show.scene)).canceled is True  # it has a task
    assert (await client.delete(f"/data/scenes/{show.scene}?force=true", headers=manager)).status_code == 204
    assert await db_get("Entity", show.scene) is None and await rows("Task", entity_id=show.scene) == []
    assert len(await events_named("scene:delete")) == 2  # Zou announces the cancellation as a deletion
