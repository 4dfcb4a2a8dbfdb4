"""Asset instances of shots and scenes, and the camera instances of a scene."""

import uuid

from app.models import AssetInstance, AssetInstanceLink
from tests.assets.support import add, make_entity, rows
from tests.crud.conftest import assign, events_named


async def test_shot_asset_instances(client, studio, member):
    instance = await add(AssetInstance(asset_id=uuid.UUID(studio.asset), number=1, name="Hero_0001"))
    _, manager = await member("manager")
    path = f"/data/shots/{studio.shot}/asset-instances"
    response = await client.post(path, json={"asset_instance_id": instance}, headers=manager)
    assert response.status_code == 201
    assert response.json()["id"] == studio.shot and response.json()["type"] == "Entity"
    listed = (await client.get(path, headers=manager)).json()
    assert [row["id"] for row in listed[studio.asset]] == [instance]
    (event,) = await events_named("asset_instance:add-to-shot")
    assert event == {"shot_id": studio.shot, "asset_instance_id": instance}
    response = await client.delete(f"{path}/{instance}", headers=manager)
    assert response.status_code == 204
    assert await rows("AssetInstanceLink") == []
    assert len(await events_named("asset_instance:remove-from-shot")) == 1


async def test_shot_asset_instance_refusals(client, studio, member, make_person):
    instance = await add(AssetInstance(asset_id=uuid.UUID(studio.asset), number=1))
    await add(AssetInstanceLink(entity_id=uuid.UUID(studio.shot), asset_instance_id=uuid.UUID(instance)))
    path = f"/data/shots/{studio.shot}/asset-instances"
    _, artist = await member("user")
    assert (await client.get(path, headers=artist)).status_code == 200
    assert (await client.post(path, json={"asset_instance_id": instance}, headers=artist)).status_code == 403
    assert (await client.delete(f"{path}/{instance}", headers=artist)).status_code == 403
    _, manager = await member("manager")
    assert (await client.post(path, json={"asset_instance_id": "x"}, headers=manager)).status_code == 400
    missing = {"asset_instance_id": str(uuid.uuid4())}
    assert (await client.post(path, json=missing, headers=manager)).status_code == 404
    assert (
        await client.get(f"/data/shots/{studio.asset}/asset-instances", headers=manager)
    ).status_code == 404
    _, outsider = await make_person("user")
    assert (await client.get(path, headers=outsider)).status_code == 403
    assert len(await rows("AssetInstanceLink")) == 1


async def test_scene_asset_instances(client, studio, member):
    scene = await make_entity(studio.project, "Scene", "SC01", parent_id=studio.sequence)
    _, manager = await member("manager")
    path = f"/data/scenes/{scene}/asset-instances"
    first = await client.post(path, json={"asset_id": studio.asset, "description": "left"}, headers=manager)
    second = await client.post(path, json={"asset_id": studio.asset}, headers=manager)
    assert first.status_code == second.status_code == 201
    assert (first.json()["name"], first.json()["number"], first.json()["scene_id"]) == ("Hero_0001", 1, scene)
    assert second.json()["number"] == 2
    listed = (await client.get(path, headers=manager)).json()
    assert [row["number"] for row in listed[studio.asset]] == [1, 2]
    event = (await events_named("asset_instance:new"))[0]
    assert event == {"scene_id": scene, "asset_id": studio.asset, "asset_instance_id": first.json()["id"]}


async def test_scene_asset_instance_refusals(client, studio, member):
    scene = await make_entity(studio.project, "Scene", "SC01", parent_id=studio.sequence)
    path = f"/data/scenes/{scene}/asset-instances"
    _, artist = await member("user")
    assert (await client.post(path, json={"asset_id": studio.asset}, headers=artist)).status_code == 403
    _, manager = await member("manager")
    assert (await client.post(path, json={}, headers=manager)).status_code == 400
    assert (await client.post(path, json={"asset_id": studio.shot}, headers=manager)).status_code == 404
    assert (
        await client.get(f"/data/scenes/{studio.shot}/asset-instances", headers=manager)
    ).status_code == 404
    person, vendor = await member("vendor")
    assert (await client.get(path, headers=vendor)).status_code == 403
    assert await rows("AssetInstance") == []


async def test_scene_camera_instances(client, studio, member):
    scene = await make_entity(studio.project, "Scene", "SC01", parent_id=studio.sequence)
    _, headers = await member("user")
    path = f"/data/scenes/{scene}/camera-instances"
    assert (await client.get(path, headers=headers)).json() == {}
    camera = await make_entity(studio.project, "Camera", "Cam A")
    instance = await add(AssetInstance(asset_id=uuid.UUID(camera), scene_id=uuid.UUID(scene), number=1))
    await add(AssetInstance(asset_id=uuid.UUID(studio.asset), scene_id=uuid.UUID(scene), number=1))
    response = await client.get(path, headers=headers)
    assert response.status_code == 200
    assert [row["id"] for row in response.json()[camera]] == [instance] and len(response.json()) == 1
    person, vendor = await member("vendor")
    assert (await client.get(path, headers=vendor)).status_code == 403
    await assign(studio.task, person["id"])
    assert (
        await client.get(f"/data/scenes/{studio.asset}/camera-instances", headers=vendor)
    ).status_code == 404
