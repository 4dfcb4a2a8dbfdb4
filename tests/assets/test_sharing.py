"""Assets shared between productions: sharing actions and the shared assets a production uses."""

from tests.assets.support import get, link, make_entity
from tests.crud.conftest import add_to_team, events_named


async def test_share_listed_assets(client, studio, member):
    prop = await make_entity(studio.project, "Prop", "Chair")
    _, headers = await member("manager")
    response = await client.post("/actions/assets/share", json={"asset_ids": [prop]}, headers=headers)
    assert response.status_code == 200
    assert [(row["id"], row["is_shared"]) for row in response.json()] == [(prop, True)]
    assert (await get("Entity", prop)).is_shared is True
    assert (await get("Entity", studio.asset)).is_shared is False
    assert await events_named("asset:update") == [{"asset_id": prop, "project_id": studio.project}]


async def test_share_listed_assets_needs_their_manager(client, studio, member):
    other = await make_entity(studio.closed_project, "Prop", "Elsewhere")
    _, headers = await member("manager")
    response = await client.post(
        "/actions/assets/share", json={"asset_ids": [studio.asset, other]}, headers=headers
    )
    assert response.status_code == 403
    response = await client.post("/actions/assets/share", json={"asset_ids": [studio.shot]}, headers=headers)
    assert response.status_code == 404
    response = await client.post("/actions/assets/share", json={"asset_ids": "x"}, headers=headers)
    assert response.status_code == 400
    assert (await get("Entity", studio.asset)).is_shared is False


async def test_share_and_unshare_project_assets(client, studio, member):
    prop = await make_entity(studio.project, "Prop", "Chair")
    _, headers = await member("manager")
    path = f"/actions/projects/{studio.project}/assets/share"
    response = await client.post(path, json={}, headers=headers)
    assert sorted(row["id"] for row in response.json()) == sorted([prop, studio.asset])
    assert (await get("Entity", prop)).is_shared is True
    response = await client.post(path, json={"is_shared": False, "asset_ids": [prop]}, headers=headers)
    assert [row["id"] for row in response.json()] == [prop]
    assert (await get("Entity", prop)).is_shared is False
    assert (await get("Entity", studio.asset)).is_shared is True


async def test_share_assets_of_a_type(client, studio, member):
    prop = await make_entity(studio.project, "Prop", "Chair")
    _, headers = await member("manager")
    path = f"/actions/projects/{studio.project}/asset-types/{studio.character}/assets/share"
    response = await client.post(path, json={"is_shared": True}, headers=headers)
    assert [row["id"] for row in response.json()] == [studio.asset]
    assert (await get("Entity", prop)).is_shared is False


async def test_project_sharing_is_for_managers(client, studio, member):
    _, headers = await member("supervisor")
    assert (
        await client.post(f"/actions/projects/{studio.project}/assets/share", json={}, headers=headers)
    ).status_code == 403
    path = f"/actions/projects/{studio.project}/asset-types/{studio.character}/assets/share"
    assert (await client.post(path, json={}, headers=headers)).status_code == 403
    assert (await get("Entity", studio.asset)).is_shared is False


async def test_shared_assets_used_by_a_production(client, studio, member, make_person):
    library = studio.closed_project
    shared = await make_entity(library, "Prop", "Tree", is_shared=True)
    unshared = await make_entity(library, "Prop", "Rock")
    episode = await make_entity(studio.project, "Episode", "E01")
    sequence = await make_entity(studio.project, "Sequence", "SQ02", parent_id=episode)
    shot = await make_entity(studio.project, "Shot", "SH020", parent_id=sequence)
    await link(shot, shared)
    await link(shot, unshared)
    await link(studio.shot, studio.asset)
    _, headers = await member("user")
    response = await client.get(f"/data/projects/{studio.project}/assets/shared-used", headers=headers)
    assert response.status_code == 200
    assert [row["id"] for row in response.json()] == [shared]
    path = f"/data/projects/{studio.project}/episodes/{episode}/assets/shared-used"
    assert [row["id"] for row in (await client.get(path, headers=headers)).json()] == [shared]
    main = f"/data/projects/{studio.project}/episodes/main/assets/shared-used"
    assert [row["id"] for row in (await client.get(main, headers=headers)).json()] == [shared]
    other_episode = await make_entity(studio.project, "Episode", "E02")
    path = f"/data/projects/{studio.project}/episodes/{other_episode}/assets/shared-used"
    assert (await client.get(path, headers=headers)).json() == []
    outsider, outsider_headers = await make_person("user")
    refused = await client.get(
        f"/data/projects/{studio.project}/assets/shared-used", headers=outsider_headers
    )
    assert refused.status_code == 403
    await add_to_team(library, outsider["id"])
    refused = await client.get(
        f"/data/projects/{studio.project}/episodes/{episode}/assets/shared-used", headers=outsider_headers
    )
    assert refused.status_code == 403
