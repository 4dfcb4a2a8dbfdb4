"""`/data/projects`: open projects of one's team, admin creation, manager edits, closed deletion."""

import uuid

from sqlalchemy import func, select

from app.core.unit_of_work import run_in_unit_of_work
from tests.crud.conftest import add_to_team, db_get, event_names


async def _count(model_name: str, **criteria) -> int:
    from app import models

    model = getattr(models, model_name)
    async with run_in_unit_of_work() as uow:
        query = select(func.count()).select_from(model)
        for key, value in criteria.items():
            query = query.where(getattr(model, key) == uuid.UUID(value))
        return (await uow.get_session().execute(query)).scalar_one()


async def test_list_shows_open_projects_of_the_team(client, admin_headers, studio, member):
    manager, headers = await member("manager")
    await add_to_team(studio.closed_project, manager["id"])
    _, outsider = await member("manager", in_team=False)
    assert len((await client.get("/data/projects", headers=admin_headers)).json()) == 2
    assert [p["id"] for p in (await client.get("/data/projects", headers=headers)).json()] == [studio.project]
    assert (await client.get("/data/projects", headers=outsider)).json() == []


async def test_get_one_needs_the_team_and_names_the_status(client, studio, member):
    _, client_headers = await member("client")
    _, outsider = await member("user", in_team=False)
    response = await client.get(f"/data/projects/{studio.project}", headers=client_headers)
    assert response.status_code == 200 and response.json()["project_status_name"] == "Open"
    assert "team" in response.json()
    assert (await client.get(f"/data/projects/{studio.project}", headers=outsider)).status_code == 403


async def test_get_one_is_served_as_the_open_listing_serves_it(client, studio, admin_headers):
    listed = (await client.get("/data/projects/open", headers=admin_headers)).json()
    read = (await client.get(f"/data/projects/{studio.project}", headers=admin_headers)).json()
    mine = next(row for row in listed if row["id"] == str(studio.project))
    assert read.pop("project_status_name") == "Open"
    assert read == mine  # descriptors, task_type_links, task_types_priority, task_statuses_link
    url = f"/data/projects/{studio.project}?relations=false"
    bare = (await client.get(url, headers=admin_headers)).json()
    assert "task_type_links" not in bare and "team" not in bare


async def test_create_defaults(client, admin_headers, studio, make_person):
    _, manager = await make_person("manager")
    assert (await client.post("/data/projects", json={"name": "X"}, headers=manager)).status_code == 403
    body = {"name": "Show", "production_style": None, "team": [studio.admin]}
    created = (await client.post("/data/projects", json=body, headers=admin_headers)).json()
    assert created["project_status_id"] == studio.open_status and created["production_style"] == "2d3d"
    assert created["team"] == [studio.admin]
    # Null bitrates inherit the instance's (/config), as in Zou.
    assert created["hd_bitrate_compression"] is None and created["ld_bitrate_compression"] is None
    bad = await client.post(
        "/data/projects", json={"name": "Y", "production_style": "opera"}, headers=admin_headers
    )
    assert bad.status_code == 400 and bad.json()["message"] == "Invalid production_style"
    bad = await client.post("/data/projects", json={"name": "Y", "resolution": "big"}, headers=admin_headers)
    assert bad.status_code == 400


async def test_tv_shows_get_a_first_episode(client, admin_headers):
    body = {"name": "Series", "production_type": "tvshow"}
    created = (await client.post("/data/projects", json=body, headers=admin_headers)).json()
    episode = await db_get("Entity", created["first_episode_id"])
    assert episode.name == "E01" and str(episode.project_id) == created["id"]
    assert episode.description == "" and episode.data == {}  # as Zou makes it
    assert "episode:new" in await event_names()
    again = await client.put(f"/data/projects/{created['id']}", json={"fps": "24"}, headers=admin_headers)
    assert again.json()["first_episode_id"] == created["first_episode_id"]


async def test_templates_seed_the_project(client, admin_headers, studio):
    template = await client.post(
        "/data/project-templates",
        json={"name": "Tpl", "fps": "50", "task_types": [studio.modeling], "task_statuses": [studio.todo]},
        headers=admin_headers,
    )
    body = {"name": "From template", "project_template_id": template.json()["id"], "ratio": "2:1"}
    created = (await client.post("/data/projects", json=body, headers=admin_headers)).json()
    assert created["fps"] == "50" and created["ratio"] == "2:1"
    assert created["task_types"] == [studio.modeling] and created["task_statuses"] == [studio.todo]
    missing = await client.post(
        "/data/projects", json={"name": "Z", "project_template_id": str(uuid.uuid4())}, headers=admin_headers
    )
    assert missing.status_code == 404
    assert await _count("Project") == 3


async def test_update_is_for_managers_of_the_project(client, studio, member, make_person):
    manager, headers = await member("manager")
    _, supervisor = await member("supervisor")
    _, outsider = await make_person("manager")
    url = f"/data/projects/{studio.project}"
    updated = await client.put(url, json={"fps": "24", "team": []}, headers=headers)
    assert updated.status_code == 200 and updated.json()["fps"] == "24"
    assert "team" not in updated.json()
    project = (await client.get(url, headers=headers)).json()
    assert project["team"] == [manager["id"]] or manager["id"] in project["team"], "team is protected"
    assert (await client.put(url, json={"fps": "30"}, headers=supervisor)).status_code == 403
    assert (await client.put(url, json={"fps": "30"}, headers=outsider)).status_code == 403
    _, promoted = await member("user", project_role="manager")
    assert (await client.put(url, json={"fps": "30"}, headers=promoted)).status_code == 200


async def test_only_closed_projects_are_deleted(client, admin_headers, studio, make_person):
    _, manager = await make_person("manager")
    open_delete = await client.delete(f"/data/projects/{studio.project}", headers=admin_headers)
    assert open_delete.status_code == 400
    assert open_delete.json() == {"error": True, "message": "Only closed projects can be deleted"}
    closed = f"/data/projects/{studio.closed_project}"
    assert (await client.delete(closed, headers=manager)).status_code == 403
    assert (await client.delete(closed, headers=admin_headers)).status_code == 204
    assert "project:delete" in await event_names()


async def test_force_deletes_everything_in_the_project(client, admin_headers, studio):
    url = f"/data/projects/{studio.project}"
    await client.put(url, json={"project_status_id": studio.closed_status}, headers=admin_headers)
    await client.post(
        "/data/playlists", json={"name": "Dailies", "project_id": studio.project}, headers=admin_headers
    )
    refused = await client.delete(url, headers=admin_headers)
    assert refused.status_code == 400 and await _count("Task", project_id=studio.project) == 2
    assert (await client.delete(f"{url}?force=true", headers=admin_headers)).status_code == 204
    for model in ("Task", "Entity", "Playlist"):
        assert await _count(model, project_id=studio.project) == 0
    assert await db_get("Comment", studio.comment) is None
    assert "project:delete" in await event_names()
