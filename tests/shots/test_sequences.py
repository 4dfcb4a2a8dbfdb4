"""`/data/sequences` and a production's sequences: lists, creation, full sequence, its scenes,
shots, tasks and task types, and deletion (refused with content unless forced, manager only)."""

import uuid

from tests.crud.conftest import assign, db_get, events_named
from tests.shots.conftest import rows


async def test_project_sequences_and_creation(client, studio, show, member):
    _, manager = await member("manager")
    url = f"/data/projects/{studio.project}/sequences"
    body = {"name": "SQ_NEW", "episode_id": show.episode, "data": {"look": "dark"}}
    created = await client.post(url, json=body, headers=manager)
    assert created.status_code == 201
    sequence = created.json()
    assert (sequence["type"], sequence["parent_id"], sequence["data"]) == (
        "Sequence",
        show.episode,
        {"look": "dark"},
    )
    again = await client.post(url, json=body, headers=manager)
    assert again.json()["id"] == sequence["id"]
    assert await events_named("sequence:new") == [
        {"sequence_id": sequence["id"], "project_id": studio.project}
    ]
    names = [row["name"] for row in (await client.get(url, headers=manager)).json()]
    assert names == ["SQ01", "SQ_E", "SQ_NEW"]


async def test_sequence_creation_refusals(client, studio, show, member):
    _, user = await member("user")
    _, manager = await member("manager")
    url = f"/data/projects/{studio.project}/sequences"
    assert (await client.post(url, json={"name": "X"}, headers=user)).status_code == 403
    invalid = await client.post(url, json={"name": "X", "episode_id": "nope"}, headers=manager)
    assert invalid.status_code == 400 and invalid.json()["data"]["errors"][0]["field"] == "episode_id"
    elsewhere = await client.post(url, json={"name": "X", "episode_id": show.sequence}, headers=manager)
    assert elsewhere.status_code == 404
    assert (await client.post(url, data={"name": "X"}, headers=manager)).status_code == 400
    assert await rows("Entity", name="X") == []
    _, outsider = await member("user", in_team=False)
    assert (await client.get(url, headers=outsider)).status_code == 403
    assert (await client.get(f"/data/sequences/{show.sequence}", headers=outsider)).status_code == 403
    assert (await client.get(f"/data/sequences/{show.shot}", headers=manager)).status_code == 404


async def test_sequence_lists_and_full_sequence(client, admin_headers, studio, show, member):
    by_episode = await client.get(
        f"/data/sequences?episode_id={show.episode}&name=SQ_E", headers=admin_headers
    )
    assert [row["id"] for row in by_episode.json()] == [show.sequence]
    full = (await client.get(f"/data/sequences/{show.sequence}", headers=admin_headers)).json()
    assert (full["episode_id"], full["episode_name"], full["project_name"]) == (
        show.episode,
        "E01",
        "Big Buck",
    )
    plain = (await client.get(f"/data/sequences/{studio.sequence}", headers=admin_headers)).json()
    assert "episode_id" not in plain
    _, user = await member("user")
    assert (await client.get("/data/sequences", headers=user)).status_code == 403
    assert (await client.get(f"/data/sequences?episode_id={uuid.uuid4()}", headers=user)).status_code == 404
    vendor, vendor_headers = await member("vendor")
    await assign(show.shot_task, vendor["id"])
    mine = (await client.get(f"/data/sequences?project_id={studio.project}", headers=vendor_headers)).json()
    assert [row["id"] for row in mine] == [show.sequence]
    assert (await client.get("/data/sequences", headers=vendor_headers)).status_code == 403


async def test_sequence_children(client, admin_headers, studio, show, member):
    base = f"/data/sequences/{show.sequence}"
    scenes = (await client.get(f"{base}/scenes", headers=admin_headers)).json()
    assert [row["id"] for row in scenes] == [show.scene]
    shots = (await client.get(f"{base}/shots", headers=admin_headers)).json()
    assert [(row["id"], row["sequence_name"]) for row in shots] == [(show.shot, "SQ_E")]
    shot_tasks = (await client.get(f"{base}/shot-tasks?relations=true", headers=admin_headers)).json()
    assert {task["id"] for task in shot_tasks} == {show.shot_task, show.scene_task}
    own = (await client.get(f"{base}/tasks", headers=admin_headers)).json()
    assert [task["id"] for task in own] == [show.sequence_task]
    types = (await client.get(f"{base}/task-types", headers=admin_headers)).json()
    assert [row["id"] for row in types] == [studio.animation]
    vendor, vendor_headers = await member("vendor")
    await assign(show.sequence_task, vendor["id"])
    assert (await client.get(f"{base}/shot-tasks", headers=vendor_headers)).status_code == 403
    assert [t["id"] for t in (await client.get(f"{base}/tasks", headers=vendor_headers)).json()] == [
        show.sequence_task
    ]
    _, outsider = await member("user", in_team=False)
    for suffix in ("scenes", "shots", "shot-tasks", "tasks", "task-types"):
        assert (await client.get(f"{base}/{suffix}", headers=outsider)).status_code == 403
        assert (
            await client.get(f"/data/sequences/{show.shot}/{suffix}", headers=admin_headers)
        ).status_code == 404


async def test_sequence_deletion_needs_a_manager(client, studio, show, member):
    """Zou lets any member delete a sequence they did not create: closed here."""
    _, user = await member("user")
    assert (await client.delete(f"/data/sequences/{studio.sequence}", headers=user)).status_code == 403
    _, manager = await member("manager")
    refused = await client.delete(f"/data/sequences/{show.sequence}", headers=manager)
    assert (
        refused.status_code == 400
        and refused.json()["message"] == "Some data are still linked to this sequence."
    )
    empty = await client.post(
        f"/data/projects/{studio.project}/sequences", json={"name": "SQ_EMPTY"}, headers=manager
    )
    assert (await client.delete(f"/data/sequences/{empty.json()['id']}", headers=manager)).status_code == 204
    assert await db_get("Entity", empty.json()["id"]) is None


async def test_forced_sequence_deletion_takes_everything_below(client, studio, show, member):
    _, manager = await member("manager")
    assert (
        await client.delete(f"/data/sequences/{show.sequence}?force=true", headers=manager)
    ).status_code == 204
    for entity_id in (show.sequence, show.shot, show.scene):
        assert await db_get("Entity", entity_id) is None
    assert await rows("Task", id=show.shot_task) == [] and await rows("Task", id=show.sequence_task) == []
    assert await rows("PreviewFile", id=show.preview) == []
    assert [e["shot_id"] for e in await events_named("shot:delete")] == [show.shot]
    assert [e["scene_id"] for e in await events_named("scene:delete")] == [show.scene]
    assert [e["sequence_id"] for e in await events_named("sequence:delete")] == [show.sequence]
    assert await db_get("Entity", show.episode) is not None
