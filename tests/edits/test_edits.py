"""`/data/edits`: lists, creation (gazu's `parent_id` read as the episode), the full edit, its
tasks, task types, previews and versions, an episode's edits, and deletion."""

import uuid

from tests.crud.conftest import assign, db_get, events_named
from tests.shots.conftest import rows


async def test_project_edits_and_creation(client, studio, show, member):
    _, manager = await member("manager")
    url = f"/data/projects/{studio.project}/edits"
    created = await client.post(
        url, json={"name": "ED_NEW", "parent_id": show.episode, "data": {"cut": 2}}, headers=manager
    )
    assert created.status_code == 201
    edit = created.json()
    assert (edit["type"], edit["parent_id"], edit["data"], edit["description"]) == (
        "Edit",
        show.episode,
        {"cut": 2},
        "",
    )
    again = await client.post(url, json={"name": "ED_NEW", "episode_id": show.episode}, headers=manager)
    assert again.json()["id"] == edit["id"]
    assert await events_named("edit:new") == [
        {"edit_id": edit["id"], "parent_id": show.episode, "project_id": studio.project}
    ]
    assert [row["name"] for row in (await client.get(url, headers=manager)).json()] == ["ED_E", "ED_NEW"]


async def test_edit_creation_refusals(client, studio, show, member):
    _, user = await member("user")
    _, manager = await member("manager")
    url = f"/data/projects/{studio.project}/edits"
    assert (await client.post(url, json={"name": "X"}, headers=user)).status_code == 403
    assert (await client.post(url, json={"name": None}, headers=manager)).status_code == 400
    assert (
        await client.post(url, json={"name": "X", "episode_id": show.shot}, headers=manager)
    ).status_code == 404
    assert await rows("Entity", name="X") == []
    _, outsider = await member("user", in_team=False)
    assert (await client.get(url, headers=outsider)).status_code == 403


async def test_edit_lists(client, admin_headers, studio, show, member):
    for path in ("/data/edits", "/data/edits/all"):
        found = (
            await client.get(f"{path}?project_id={studio.project}&name=ed_e", headers=admin_headers)
        ).json()
        assert [(row["id"], row["project_name"]) for row in found] == [(show.edit, "Big Buck")]
    _, user = await member("user")
    assert (await client.get("/data/edits/all", headers=user)).status_code == 403
    assert (
        await client.get(f"/data/edits?project_id={studio.project}&parent_id=bad", headers=user)
    ).status_code == 400
    vendor, vendor_headers = await member("vendor")
    assert (await client.get(f"/data/edits?project_id={studio.project}", headers=vendor_headers)).json() == []
    await assign(show.edit_task, vendor["id"])
    assert (
        len((await client.get(f"/data/edits/all?project_id={studio.project}", headers=vendor_headers)).json())
        == 1
    )


async def test_full_edit_and_what_hangs_on_it(client, admin_headers, studio, show, member):
    edit = (await client.get(f"/data/edits/{show.edit}", headers=admin_headers)).json()
    assert (edit["type"], edit["episode_name"], edit["project_name"]) == ("Edit", "E01", "Big Buck")
    assert [task["id"] for task in edit["tasks"]] == [show.edit_task]
    tasks = (await client.get(f"/data/edits/{show.edit}/tasks?relations=true", headers=admin_headers)).json()
    assert [task["id"] for task in tasks] == [show.edit_task] and tasks[0]["assignees"] == []
    types = (await client.get(f"/data/edits/{show.edit}/task-types", headers=admin_headers)).json()
    assert [row["id"] for row in types] == [show.compositing]
    assert (await client.get(f"/data/edits/{show.edit}/preview-files", headers=admin_headers)).json() == {}
    assert (await client.get(f"/data/edits/{show.edit}/versions", headers=admin_headers)).json() == []
    _, outsider = await member("user", in_team=False)
    for suffix in ("", "/tasks", "/task-types", "/preview-files", "/versions"):
        assert (await client.get(f"/data/edits/{show.edit}{suffix}", headers=outsider)).status_code == 403
        assert (
            await client.get(f"/data/edits/{show.shot}{suffix}", headers=admin_headers)
        ).status_code == 404


async def test_episode_edits_and_edit_tasks(client, admin_headers, studio, show, member):
    edits = (
        await client.get(f"/data/episodes/{show.episode}/edits?relations=true", headers=admin_headers)
    ).json()
    assert [row["id"] for row in edits] == [show.edit] and edits[0]["entities_out"] == []
    tasks = (await client.get(f"/data/episodes/{show.episode}/edit-tasks", headers=admin_headers)).json()
    assert [task["id"] for task in tasks] == [show.edit_task] and tasks[0]["entity_type_name"] == "Edit"
    vendor, vendor_headers = await member("vendor")
    await assign(show.episode_task, vendor["id"])
    assert (
        await client.get(f"/data/episodes/{show.episode}/edit-tasks", headers=vendor_headers)
    ).status_code == 403
    assert (
        await client.get(f"/data/episodes/{uuid.uuid4()}/edits", headers=admin_headers)
    ).status_code == 404


async def test_edit_deletion(client, studio, show, member):
    _, user = await member("user")
    _, manager = await member("manager")
    assert (await client.delete(f"/data/edits/{show.edit}", headers=user)).status_code == 403
    assert (await client.delete(f"/data/edits/{show.edit}", headers=manager)).status_code == 204
    assert (await db_get("Entity", show.edit)).canceled is True
    assert await events_named("edit:update") == [{"edit_id": show.edit, "project_id": studio.project}]
    assert (await client.delete(f"/data/edits/{show.edit}?force=true", headers=manager)).status_code == 204
    assert await db_get("Entity", show.edit) is None and await rows("Task", id=show.edit_task) == []
    assert await events_named("edit:delete") == [{"edit_id": show.edit, "project_id": studio.project}]
