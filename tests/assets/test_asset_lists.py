"""Asset lists: criteria, episodes, project scoping for non-administrators, vendors."""

import uuid

from tests.assets.support import link, make_entity
from tests.crud.conftest import assign


async def test_all_assets_filters_by_name_type_and_project(client, studio, admin_headers):
    await make_entity(studio.project, "Prop", "Chair")
    params = {"project_id": studio.project, "name": "hero", "entity_type_id": studio.character}
    response = await client.get("/data/assets/all", params=params, headers=admin_headers)
    assert response.status_code == 200
    assert [(row["name"], row["type"]) for row in response.json()] == [("Hero", "Asset")]
    everything = await client.get("/data/assets", headers=admin_headers)
    assert sorted(row["name"] for row in everything.json()) == ["Chair", "Hero"]


async def test_assets_of_an_episode_are_made_for_it_or_cast_in_it(client, studio, admin_headers):
    episode = await make_entity(studio.project, "Episode", "E01")
    own = await make_entity(studio.project, "Prop", "Own", source_id=episode)
    cast = await make_entity(studio.project, "Prop", "Cast")
    await make_entity(studio.project, "Prop", "Other")
    await link(episode, cast)
    response = await client.get("/data/assets", params={"episode_id": episode}, headers=admin_headers)
    assert sorted(row["id"] for row in response.json()) == sorted([own, cast])


async def test_non_admins_only_list_their_productions(client, studio, member, make_person):
    other = await make_entity(studio.closed_project, "Prop", "Elsewhere")
    _, headers = await member("user")
    response = await client.get("/data/assets", headers=headers)
    assert [row["id"] for row in response.json()] == [studio.asset]
    assert other not in {row["id"] for row in response.json()}
    refused = await client.get("/data/assets", params={"project_id": studio.closed_project}, headers=headers)
    assert refused.status_code == 403


async def test_asset_list_refuses_bad_criteria(client, studio, admin_headers):
    response = await client.get("/data/assets", params={"project_id": "nope"}, headers=admin_headers)
    assert response.status_code == 400
    response = await client.get(
        "/data/assets/all", params={"episode_id": str(uuid.uuid4())}, headers=admin_headers
    )
    assert response.status_code == 404


async def test_vendors_list_the_assets_they_work_on(client, studio, member):
    await make_entity(studio.project, "Prop", "Not mine")
    person, headers = await member("vendor")
    await assign(studio.task, person["id"])
    response = await client.get(f"/data/projects/{studio.project}/assets", headers=headers)
    assert [row["id"] for row in response.json()] == [studio.asset]
    response = await client.get("/data/assets", params={"project_id": studio.project}, headers=headers)
    assert [row["id"] for row in response.json()] == [studio.asset]


async def test_project_assets_and_assets_of_a_type(client, studio, member, make_person):
    prop = await make_entity(studio.project, "Prop", "Chair")
    _, headers = await member("user")
    response = await client.get(f"/data/projects/{studio.project}/assets", headers=headers)
    assert sorted(row["id"] for row in response.json()) == sorted([prop, studio.asset])
    typed = await client.get(
        f"/data/projects/{studio.project}/asset-types/{studio.character}/assets", headers=headers
    )
    assert [row["id"] for row in typed.json()] == [studio.asset]
    _, outsider = await make_person("supervisor")
    assert (await client.get(f"/data/projects/{studio.project}/assets", headers=outsider)).status_code == 403
    path = f"/data/projects/{studio.project}/asset-types/{studio.character}/assets"
    assert (await client.get(path, headers=outsider)).status_code == 403


async def test_get_asset_page(client, studio, member):
    episode = await make_entity(studio.project, "Episode", "E01")
    await link(episode, studio.asset)
    person, headers = await member("user")
    response = await client.get(f"/data/assets/{studio.asset}", headers=headers)
    assert response.status_code == 200
    asset = response.json()
    assert asset["project_name"] == "Big Buck" and asset["asset_type_name"] == "Character"
    assert asset["casting_episode_ids"] == [episode]
    assert asset["entities_in"] == [episode]
    assert asset["preview_file_id"] == "" and asset["ready_for"] == "None" and asset["episode_id"] == ""
    assert "source_id" not in asset and "nb_frames" not in asset
    (task,) = asset["tasks"]
    assert task["id"] == studio.task and task["assignees"] == [] and task["is_subscribed"] is False


async def test_get_asset_for_clients_blanks_the_studio_side_of_tasks(client, studio, member):
    await assign(studio.task, studio.admin)
    _, headers = await member("client")
    (task,) = (await client.get(f"/data/assets/{studio.asset}", headers=headers)).json()["tasks"]
    assert task["assignees"] == [] and task["difficulty"] is None


async def test_get_asset_refusals(client, studio, member, make_person):
    _, outsider = await make_person("user")
    assert (await client.get(f"/data/assets/{studio.asset}", headers=outsider)).status_code == 403
    _, vendor = await member("vendor")
    assert (await client.get(f"/data/assets/{studio.asset}", headers=vendor)).status_code == 403
    _, headers = await member("user")
    assert (await client.get(f"/data/assets/{studio.shot}", headers=headers)).status_code == 404
    assert (await client.get("/data/assets/12", headers=headers)).status_code == 404


async def test_asset_tasks_and_task_types(client, studio, member):
    await assign(studio.task, studio.admin)
    _, headers = await member("user")
    response = await client.get(
        f"/data/assets/{studio.asset}/tasks", params={"relations": "true"}, headers=headers
    )
    assert response.status_code == 200
    (task,) = response.json()
    assert task["task_type_name"] == "Modeling" and task["entity_name"] == "Hero"
    assert task["assignees"] == [studio.admin]
    types = await client.get(f"/data/assets/{studio.asset}/task-types", headers=headers)
    assert [row["id"] for row in types.json()] == [studio.modeling]


async def test_asset_tasks_refused_outside_the_production(client, studio, make_person):
    _, outsider = await make_person("user")
    assert (await client.get(f"/data/assets/{studio.asset}/tasks", headers=outsider)).status_code == 403
    assert (await client.get(f"/data/assets/{studio.asset}/task-types", headers=outsider)).status_code == 403
