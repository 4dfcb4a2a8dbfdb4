"""An asset's side of the breakdown: its casting, where it is cast, its instances."""

import uuid

from app.models import AssetInstance, AssetInstanceLink
from tests.assets.support import add, link, make_entity, rows
from tests.crud.conftest import assign, events_named


async def test_asset_casting_and_linked_assets(client, studio, member):
    prop = await make_entity(studio.project, "Prop", "Sword")
    gone = await make_entity(studio.project, "Prop", "Old", canceled=True)
    await link(studio.asset, prop, 2, label="fixed")
    await link(studio.asset, gone)
    _, headers = await member("user")
    casting = (await client.get(f"/data/assets/{studio.asset}/casting", headers=headers)).json()
    assert [(row["asset_id"], row["nb_occurences"], row["label"]) for row in casting] == [(prop, 2, "fixed")]
    linked = (await client.get(f"/data/assets/{studio.asset}/assets", headers=headers)).json()
    assert sorted(row["id"] for row in linked) == sorted([prop, gone])


async def test_asset_casting_reads_are_for_members(client, studio, make_person):
    _, outsider = await make_person("user")
    for suffix in ("casting", "assets", "cast-in"):
        response = await client.get(f"/data/assets/{studio.asset}/{suffix}", headers=outsider)
        assert response.status_code == 403


async def test_update_asset_casting(client, studio, member):
    prop = await make_entity(studio.project, "Prop", "Sword")
    _, headers = await member("manager")
    body = [{"asset_id": prop, "nb_occurences": 3}]
    response = await client.put(f"/data/assets/{studio.asset}/casting", json=body, headers=headers)
    assert response.status_code == 200
    assert response.json() == [{"asset_id": prop, "nb_occurences": 3, "label": ""}]
    (stored,) = await rows("EntityLink", entity_in_id=studio.asset)
    assert str(stored.entity_out_id) == prop and stored.nb_occurences == 3
    (event,) = await events_named("asset:casting-update")
    assert event["asset_id"] == studio.asset and event["added_asset_ids"] == [prop]


async def test_update_asset_casting_refusals(client, studio, member):
    _, artist = await member("user")
    body = [{"asset_id": studio.asset, "nb_occurences": 1}]
    assert (
        await client.put(f"/data/assets/{studio.asset}/casting", json=body, headers=artist)
    ).status_code == 403
    _, manager = await member("manager")
    response = await client.put(f"/data/assets/{studio.asset}/casting", json={"a": 1}, headers=manager)
    assert response.status_code == 400
    bad = [{"asset_id": "nope", "nb_occurences": -1}]
    response = await client.put(f"/data/assets/{studio.asset}/casting", json=bad, headers=manager)
    assert response.status_code == 400 and response.json()["message"] == "Validation error."
    assert await rows("EntityLink", entity_in_id=studio.asset) == []


async def test_cast_in_lists_shots_then_assets(client, studio, member):
    environment = await make_entity(studio.project, "Environment", "Forest")
    await link(studio.shot, studio.asset, 2)
    await link(environment, studio.asset)
    _, headers = await member("user")
    response = await client.get(f"/data/assets/{studio.asset}/cast-in", headers=headers)
    assert response.status_code == 200
    shot, asset = response.json()
    assert shot["shot_id"] == studio.shot and shot["sequence_name"] == "SQ01" and shot["episode_id"] == "None"
    assert shot["nb_occurences"] == 2
    assert asset["asset_id"] == environment and asset["asset_type_name"] == "Environment"


async def test_asset_instances_in_an_asset(client, studio, member):
    prop = await make_entity(studio.project, "Prop", "Rock N'Roll")
    _, headers = await member("manager")
    path = f"/data/assets/{studio.asset}/asset-asset-instances"
    first = await client.post(
        path, json={"asset_to_instantiate_id": prop, "description": "a"}, headers=headers
    )
    second = await client.post(path, json={"asset_to_instantiate_id": prop}, headers=headers)
    assert first.status_code == second.status_code == 201
    assert (first.json()["name"], first.json()["number"]) == ("Rock_NRoll_0001", 1)
    assert (second.json()["target_asset_id"], second.json()["number"]) == (studio.asset, 2)
    listed = (await client.get(path, headers=headers)).json()
    assert [row["number"] for row in listed[prop]] == [1, 2]
    events = await events_named("asset_instance:new")
    assert events[0] == {
        "asset_id": studio.asset,
        "asset_instantiated": prop,
        "asset_instance_id": first.json()["id"],
    }


async def test_asset_instance_creation_refusals(client, studio, member):
    path = f"/data/assets/{studio.asset}/asset-asset-instances"
    _, artist = await member("user")
    response = await client.post(path, json={"asset_to_instantiate_id": studio.asset}, headers=artist)
    assert response.status_code == 403
    _, manager = await member("manager")
    assert (await client.post(path, json={}, headers=manager)).status_code == 400
    response = await client.post(path, json={"asset_to_instantiate_id": studio.shot}, headers=manager)
    assert response.status_code == 404
    assert await rows("AssetInstance") == []


async def test_asset_instances_by_shot_and_by_scene(client, studio, member, make_person):
    scene = await make_entity(studio.project, "Scene", "SC01", parent_id=studio.sequence)
    in_scene = await add(AssetInstance(asset_id=uuid.UUID(studio.asset), scene_id=uuid.UUID(scene), number=1))
    loose = await add(AssetInstance(asset_id=uuid.UUID(studio.asset), number=2))
    await add(AssetInstanceLink(entity_id=uuid.UUID(studio.shot), asset_instance_id=uuid.UUID(in_scene)))
    _, headers = await member("user")
    by_shot = (await client.get(f"/data/assets/{studio.asset}/shot-asset-instances", headers=headers)).json()
    assert [row["id"] for row in by_shot[studio.shot]] == [in_scene]
    by_scene = (
        await client.get(f"/data/assets/{studio.asset}/scene-asset-instances", headers=headers)
    ).json()
    assert [row["id"] for row in by_scene[scene]] == [in_scene]
    assert [row["id"] for row in by_scene["None"]] == [loose]
    _, outsider = await make_person("user")
    for suffix in ("shot-asset-instances", "scene-asset-instances", "asset-asset-instances"):
        assert (
            await client.get(f"/data/assets/{studio.asset}/{suffix}", headers=outsider)
        ).status_code == 403


async def test_vendor_reads_casting_of_their_assets_only(client, studio, member):
    person, headers = await member("vendor")
    other = await make_entity(studio.project, "Prop", "Other")
    await assign(studio.task, person["id"])
    assert (await client.get(f"/data/assets/{studio.asset}/casting", headers=headers)).status_code == 200
    assert (await client.get(f"/data/assets/{other}/casting", headers=headers)).status_code == 403
