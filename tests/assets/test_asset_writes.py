"""Creating and deleting assets: Zou's soft cancel, forced removal and what goes with an asset."""

import uuid

from app.models import AssetInstance, OutputFile, Subscription
from tests.assets.support import add, get, link, make_entity, rows, set_fields
from tests.crud.conftest import events_named


def _new(studio) -> str:
    return f"/data/projects/{studio.project}/asset-types/{studio.character}/assets/new"


async def test_create_asset(client, studio, member):
    person, headers = await member("manager")
    episode = await make_entity(studio.project, "Episode", "E01")
    body = {"name": "Villain", "description": "bad", "data": {"size": 2}, "episode_id": episode}
    response = await client.post(_new(studio), json=body, headers=headers)
    assert response.status_code == 201
    asset = response.json()
    assert asset["type"] == "Asset" and asset["created_by"] == person["id"]
    assert asset["source_id"] == episode and asset["data"] == {"size": 2} and asset["is_shared"] is False
    stored = await get("Entity", asset["id"])
    assert stored.name == "Villain" and str(stored.entity_type_id) == studio.character
    (event,) = await events_named("asset:new")
    assert event == {"asset_id": asset["id"], "asset_type": studio.character, "project_id": studio.project}


async def test_create_asset_validates_and_checks_rights(client, studio, member):
    _, manager = await member("manager")
    response = await client.post(_new(studio), json={"description": "no name"}, headers=manager)
    assert response.status_code == 400 and response.json()["message"] == "Validation error."
    assert response.json()["data"]["errors"][0]["field"] == "name"
    wrong_type = f"/data/projects/{studio.project}/asset-types/{studio.shot_type}/assets/new"
    assert (await client.post(wrong_type, json={"name": "X"}, headers=manager)).status_code == 404
    _, artist = await member("user")
    assert (await client.post(_new(studio), json={"name": "X"}, headers=artist)).status_code == 403
    assert await events_named("asset:new") == []


async def test_delete_asset_with_tasks_only_cancels_it(client, studio, admin_headers):
    await link(studio.shot, studio.asset)
    response = await client.delete(f"/data/assets/{studio.asset}", headers=admin_headers)
    assert response.status_code == 204
    asset = await get("Entity", studio.asset)
    assert asset.canceled is True
    assert await rows("Task", entity_id=studio.asset)
    assert await events_named("asset:update") == [{"asset_id": studio.asset, "project_id": studio.project}]
    shot = await get("Entity", studio.shot)
    assert shot.nb_entities_out == 0  # a canceled asset no longer counts in the casting


async def test_forced_delete_removes_everything_pointing_at_the_asset(client, studio, admin_headers):
    prop = await make_entity(studio.project, "Prop", "Cup")
    await link(studio.shot, studio.asset)
    await link(studio.asset, prop)
    child = await make_entity(studio.project, "Prop", "Handle", parent_id=studio.asset)
    instance = await add(AssetInstance(asset_id=uuid.UUID(studio.asset), number=1, name="Hero_0001"))
    await add(
        OutputFile(
            name="out",
            revision=1,
            entity_id=uuid.UUID(studio.asset),
            file_status_id=uuid.UUID(studio.file_status),
        )
    )
    await add(Subscription(person_id=uuid.UUID(studio.admin), entity_id=uuid.UUID(studio.asset)))
    response = await client.delete(
        f"/data/assets/{studio.asset}", params={"force": "True"}, headers=admin_headers
    )
    assert response.status_code == 204
    assert await get("Entity", studio.asset) is None
    assert await rows("Task", entity_id=studio.asset) == []
    assert await rows("Comment", object_id=studio.task) == []
    assert await rows("EntityLink", entity_out_id=studio.asset) == []
    assert await rows("EntityLink", entity_in_id=studio.asset) == []
    assert await get("AssetInstance", instance) is None
    assert await rows("OutputFile", entity_id=studio.asset) == []
    assert await rows("Subscription", entity_id=studio.asset) == []
    assert (await get("Entity", child)).parent_id is None
    assert await events_named("asset:delete") == [{"asset_id": studio.asset, "project_id": studio.project}]
    assert [event["task_id"] for event in await events_named("task:delete")] == [studio.task]


async def test_delete_asset_without_tasks_removes_it(client, studio, admin_headers):
    prop = await make_entity(studio.project, "Prop", "Cup")
    assert (await client.delete(f"/data/assets/{prop}", headers=admin_headers)).status_code == 204
    assert await get("Entity", prop) is None


async def test_delete_asset_rights(client, studio, member, make_person):
    person, headers = await member("user")
    mine = await make_entity(studio.project, "Prop", "Mine", created_by=person["id"])
    assert (await client.delete(f"/data/assets/{studio.asset}", headers=headers)).status_code == 403
    assert (await client.delete(f"/data/assets/{mine}", headers=headers)).status_code == 204
    outsider, outsider_headers = await make_person("user")
    theirs = await make_entity(studio.project, "Prop", "Theirs", created_by=outsider["id"])
    # Zou lets a creator delete even once out of the production: here they must still belong.
    assert (await client.delete(f"/data/assets/{theirs}", headers=outsider_headers)).status_code == 403
    assert (await client.delete(f"/data/assets/{studio.shot}", headers=headers)).status_code == 404
    assert await get("Entity", theirs) is not None


async def test_canceled_asset_cast_in_a_shot_updates_the_shot_stats(client, studio, admin_headers):
    await link(studio.shot, studio.asset)
    await set_fields("Entity", studio.shot, nb_entities_out=1)
    assert (await client.delete(f"/data/assets/{studio.asset}", headers=admin_headers)).status_code == 204
    updates = await events_named("shot:casting-update")
    assert updates == [
        {
            "shot_id": studio.shot,
            "nb_entities_out": 0,
            "added_asset_ids": [],
            "removed_asset_ids": [],
            "project_id": studio.project,
        }
    ]
