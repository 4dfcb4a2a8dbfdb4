"""Castings of several entities at once, and one asset cast in (or out of) several entities."""

import uuid

from tests.assets.support import get, link, make_entity, rows
from tests.crud.conftest import events_named


async def test_update_several_castings(client, studio, member):
    other_shot = await make_entity(studio.project, "Shot", "SH020", parent_id=studio.sequence)
    prop = await make_entity(studio.project, "Prop", "Sword")
    _, headers = await member("manager")
    body = {
        studio.shot: [{"asset_id": prop, "nb_occurences": 1}],
        other_shot: [{"asset_id": studio.asset, "nb_occurences": 3}],
    }
    response = await client.put(
        f"/data/projects/{studio.project}/entities/casting", json=body, headers=headers
    )
    assert response.status_code == 200
    assert response.json() == body
    assert [str(row.entity_out_id) for row in await rows("EntityLink", entity_in_id=studio.shot)] == [prop]
    assert [row.nb_occurences for row in await rows("EntityLink", entity_in_id=other_shot)] == [3]
    assert len(await events_named("shot:casting-update")) == 2


async def test_several_castings_are_checked_before_anything_changes(client, studio, member):
    elsewhere = await make_entity(studio.closed_project, "Shot", "SH")
    _, headers = await member("manager")
    body = {studio.shot: [{"asset_id": studio.asset, "nb_occurences": 1}], elsewhere: []}
    path = f"/data/projects/{studio.project}/entities/casting"
    assert (await client.put(path, json=body, headers=headers)).status_code == 403
    response = await client.put(path, json={studio.shot: {"asset_id": studio.asset}}, headers=headers)
    assert response.status_code == 400
    bad = {studio.shot: [{"asset_id": studio.asset, "nb_occurences": 1}], str(uuid.uuid4()): []}
    assert (await client.put(path, json=bad, headers=headers)).status_code == 404
    _, artist = await member("user")
    ok = {studio.shot: [{"asset_id": studio.asset, "nb_occurences": 1}]}
    assert (await client.put(path, json=ok, headers=artist)).status_code == 403
    assert await rows("EntityLink") == []


async def test_cast_one_asset_in_several_entities(client, studio, member):
    other_shot = await make_entity(studio.project, "Shot", "SH020", parent_id=studio.sequence)
    prop = await make_entity(studio.project, "Prop", "Sword")
    await link(studio.shot, prop, 4, label="kept")
    _, headers = await member("manager")
    path = f"/data/projects/{studio.project}/entities/casting/assets/{prop}"
    response = await client.put(path, json={"entity_ids": [studio.shot, other_shot]}, headers=headers)
    assert response.status_code == 200
    result = response.json()
    assert [(row["asset_id"], row["nb_occurences"], row["label"]) for row in result[studio.shot]] == [
        (prop, 4, "kept")
    ]
    assert [(row["nb_occurences"], row["label"]) for row in result[other_shot]] == [(1, "")]
    assert (await get("Entity", other_shot)).nb_entities_out == 1
    updates = {event["shot_id"]: event for event in await events_named("shot:casting-update")}
    assert updates[other_shot]["added_asset_ids"] == [prop] and updates[studio.shot]["added_asset_ids"] == []


async def test_uncast_one_asset_from_several_entities(client, studio, admin_headers):
    prop = await make_entity(studio.project, "Prop", "Sword")
    await link(studio.shot, prop)
    await link(studio.shot, studio.asset)
    path = f"/data/projects/{studio.project}/entities/casting/assets/{prop}"
    response = await client.put(
        path, json={"entity_ids": [studio.shot], "nb_occurences": 0}, headers=admin_headers
    )
    assert response.status_code == 200
    assert [row["asset_id"] for row in response.json()[studio.shot]] == [studio.asset]
    assert [str(row.entity_out_id) for row in await rows("EntityLink", entity_in_id=studio.shot)] == [
        studio.asset
    ]
    (update,) = await events_named("shot:casting-update")
    assert update["removed_asset_ids"] == [prop] and update["nb_entities_out"] == 1


async def test_cast_asset_refusals(client, studio, member):
    path = f"/data/projects/{studio.project}/entities/casting/assets/{studio.asset}"
    _, manager = await member("manager")
    response = await client.put(path, json={"entity_ids": []}, headers=manager)
    assert response.status_code == 400 and response.json()["message"] == "Validation error."
    response = await client.put(
        path, json={"entity_ids": [studio.shot], "nb_occurences": -1}, headers=manager
    )
    assert response.status_code == 400
    wrong = f"/data/projects/{studio.project}/entities/casting/assets/{studio.shot}"
    assert (await client.put(wrong, json={"entity_ids": [studio.shot]}, headers=manager)).status_code == 404
    _, artist = await member("user")
    assert (await client.put(path, json={"entity_ids": [studio.shot]}, headers=artist)).status_code == 403
    assert await rows("EntityLink") == []
