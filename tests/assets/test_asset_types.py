"""Asset types: the global list, one type, the types of a production and of a shot."""

import uuid

from tests.assets.support import entity_type_id, link, make_entity
from tests.crud.conftest import add_to_team


async def test_asset_types_list_only_asset_kinds_with_their_workflow(client, studio, make_person):
    _, headers = await make_person("user")
    response = await client.get("/data/asset-types", headers=headers)
    assert response.status_code == 200
    names = {row["name"] for row in response.json()}
    assert {"Character", "Prop", "Environment", "FX"} <= names
    assert not names & {"Shot", "Sequence", "Episode", "Edit"}
    assert {row["type"] for row in response.json()} == {"AssetType"}
    assert all(isinstance(row["task_types"], list) for row in response.json())


async def test_asset_types_filters_by_name_and_project(client, studio, admin_headers):
    response = await client.get("/data/asset-types", params={"name": "character"}, headers=admin_headers)
    assert [row["name"] for row in response.json()] == ["Character"]
    response = await client.get(
        "/data/asset-types", params={"project_id": studio.project}, headers=admin_headers
    )
    assert [row["id"] for row in response.json()] == [studio.character]


async def test_asset_types_refuse_a_bad_project_filter_and_anonymous_callers(client, studio, admin_headers):
    response = await client.get("/data/asset-types", params={"project_id": "nope"}, headers=admin_headers)
    assert response.status_code == 400
    assert (await client.get("/data/asset-types")).status_code == 401


async def test_get_asset_type(client, studio, admin_headers):
    response = await client.get(f"/data/asset-types/{studio.character}", headers=admin_headers)
    assert response.status_code == 200
    assert response.json()["name"] == "Character"
    assert response.json()["type"] == "AssetType"


async def test_get_asset_type_answers_404_for_other_entity_types(client, studio, admin_headers):
    assert (
        await client.get(f"/data/asset-types/{studio.shot_type}", headers=admin_headers)
    ).status_code == 404
    assert (await client.get(f"/data/asset-types/{uuid.uuid4()}", headers=admin_headers)).status_code == 404
    assert (await client.get("/data/asset-types/not-an-id", headers=admin_headers)).status_code == 404


async def test_project_asset_types_for_members_only(client, studio, member, make_person):
    _, headers = await member("user")
    response = await client.get(f"/data/projects/{studio.project}/asset-types", headers=headers)
    assert response.status_code == 200
    assert [row["name"] for row in response.json()] == ["Character"]
    _, outsider = await make_person("user")
    assert (
        await client.get(f"/data/projects/{studio.project}/asset-types", headers=outsider)
    ).status_code == 403
    missing = await client.get(f"/data/projects/{uuid.uuid4()}/asset-types", headers=outsider)
    assert missing.status_code == 404


async def test_shot_asset_types_are_the_types_cast_in_the_shot(client, studio, make_person):
    prop = await make_entity(studio.project, "Prop", "Chair")
    await link(studio.shot, prop)
    person, headers = await make_person("user")
    await add_to_team(studio.project, person["id"])
    response = await client.get(f"/data/shots/{studio.shot}/asset-types", headers=headers)
    assert response.status_code == 200
    assert [row["id"] for row in response.json()] == [await entity_type_id("Prop")]
    _, outsider = await make_person("user")
    assert (await client.get(f"/data/shots/{studio.shot}/asset-types", headers=outsider)).status_code == 403
    assert (await client.get(f"/data/shots/{studio.asset}/asset-types", headers=headers)).status_code == 404
