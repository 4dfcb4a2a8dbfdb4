"""`/data/shots`: criteria lists, the full shot, update, soft and forced deletion, and what hangs on
a shot (casting, task types, tasks, previews, versions)."""

import uuid

from app.core.unit_of_work import run_in_unit_of_work
from tests.crud.conftest import assign, db_get, events_named
from tests.shots.conftest import rows


async def test_lists_filter_like_zou(client, admin_headers, studio, show):
    listed = (await client.get(f"/data/shots?project_id={studio.project}", headers=admin_headers)).json()
    assert [row["name"] for row in listed] == ["SH010", "SH_E"]
    assert {row["sequence_name"] for row in listed} == {"SQ01", "SQ_E"}
    assert all(row["type"] == "Shot" and row["project_name"] == "Big Buck" for row in listed)
    by_name = await client.get(
        f"/data/shots/all?sequence_id={show.sequence}&name=sh_e", headers=admin_headers
    )
    assert [row["id"] for row in by_name.json()] == [show.shot]
    bad = await client.get(f"/data/shots?project_id={studio.project}&parent_id=nope", headers=admin_headers)
    assert bad.status_code == 400
    unknown = await client.get(f"/data/shots/all?sequence_id={uuid.uuid4()}", headers=admin_headers)
    assert unknown.status_code == 404


async def test_lists_need_a_project_and_filter_vendors(client, studio, show, member):
    _, user = await member("user")
    assert (await client.get("/data/shots", headers=user)).status_code == 403
    assert (
        await client.get(f"/data/shots?project_id={studio.closed_project}", headers=user)
    ).status_code == 403
    assert len((await client.get(f"/data/shots/all?project_id={studio.project}", headers=user)).json()) == 2
    vendor, vendor_headers = await member("vendor")
    await assign(show.shot_task, vendor["id"])
    mine = (await client.get(f"/data/shots?project_id={studio.project}", headers=vendor_headers)).json()
    assert [row["id"] for row in mine] == [show.shot]


async def test_full_shot(client, admin_headers, studio, show, member):
    response = await client.get(f"/data/shots/{show.shot}", headers=admin_headers)
    assert response.status_code == 200
    shot = response.json()
    assert shot["type"] == "Shot" and shot["sequence_name"] == "SQ_E" and shot["episode_name"] == "E01"
    assert (shot["frame_in"], shot["frame_out"], shot["nb_frames"]) == (1, 48, 48)
    assert shot["entities_out"] == [studio.asset] and shot["project_name"] == "Big Buck"
    assert [task["id"] for task in shot["tasks"]] == [show.shot_task]
    assert shot["tasks"][0]["retake_count"] == 2 and shot["tasks"][0]["assignees"] == []
    assert (await client.get(f"/data/shots/{show.sequence}", headers=admin_headers)).status_code == 404
    assert (await client.get("/data/shots/not-an-id", headers=admin_headers)).status_code == 404
    vendor, vendor_headers = await member("vendor")
    assert (await client.get(f"/data/shots/{show.shot}", headers=vendor_headers)).status_code == 403


async def test_update_replaces_columns_and_announces(client, studio, show, member):
    _, manager = await member("manager")
    body = {"name": "SH_E2", "data": {"fps": 24}, "nb_frames": 24, "project_id": studio.closed_project}
    response = await client.put(f"/data/shots/{show.shot}", json=body, headers=manager)
    assert response.status_code == 200
    updated = response.json()
    assert updated["type"] == "Entity" and updated["data"] == {"fps": 24} and updated["nb_frames"] == 24
    assert updated["project_id"] == studio.project
    shot = await db_get("Entity", show.shot)
    assert shot.name == "SH_E2" and shot.data == {"fps": 24}
    assert await events_named("shot:update") == [{"shot_id": show.shot, "project_id": studio.project}]
    restored = await client.put(f"/data/shots/{show.shot}", json={"canceled": False}, headers=manager)
    assert restored.status_code == 200 and restored.json()["canceled"] is False


async def test_update_refusals(client, studio, show, member):
    _, user = await member("user")
    _, manager = await member("manager")
    url = f"/data/shots/{show.shot}"
    assert (await client.put(url, json={"name": "X"}, headers=user)).status_code == 403
    bad = await client.put(url, json={"nb_frames": "many"}, headers=manager)
    assert bad.status_code == 400 and bad.json()["message"] == "Validation error."
    assert (await client.put(url, json={"name": ""}, headers=manager)).status_code == 400
    assert (await client.put(url, content=b"x", headers=manager)).status_code == 400
    elsewhere = await client.put(url, json={"parent_id": str(uuid.uuid4())}, headers=manager)
    assert elsewhere.status_code == 404
    assert (await db_get("Entity", show.shot)).name == "SH_E"


async def test_delete_cancels_a_shot_with_tasks(client, studio, show, member):
    _, manager = await member("manager")
    assert (await client.delete(f"/data/shots/{show.shot}", headers=manager)).status_code == 204
    assert (await db_get("Entity", show.shot)).canceled is True
    assert await events_named("shot:update") == [{"shot_id": show.shot, "project_id": studio.project}]
    assert (await client.delete(f"/data/shots/{show.shot}?force=True", headers=manager)).status_code == 204
    assert await db_get("Entity", show.shot) is None
    assert await rows("Task", entity_id=show.shot) == []
    assert await rows("PreviewFile", task_id=show.shot_task) == []
    assert await rows("EntityLink", entity_in_id=show.shot) == []
    assert await rows("EntityVersion", entity_id=show.shot) == []
    assert await events_named("shot:delete") == [{"shot_id": show.shot, "project_id": studio.project}]
    deleted = await events_named("task:delete")
    assert [event["task_id"] for event in deleted] == [show.shot_task]


async def test_delete_rights(client, studio, show, member):
    _, user = await member("user")
    assert (await client.delete(f"/data/shots/{show.shot}", headers=user)).status_code == 403
    creator, creator_headers = await member("user")
    async with run_in_unit_of_work() as uow:
        from app.models import Entity

        shot = await uow.get_session().get(Entity, uuid.UUID(studio.shot))
        shot.created_by = uuid.UUID(creator["id"])
    assert (await client.delete(f"/data/shots/{studio.shot}", headers=creator_headers)).status_code == 204
    assert (await db_get("Entity", studio.shot)).canceled is True


async def test_shot_casting_task_types_tasks(client, admin_headers, studio, show, member):
    assets = (await client.get(f"/data/shots/{show.shot}/assets", headers=admin_headers)).json()
    assert [(row["id"], row["type"]) for row in assets] == [(studio.asset, "Asset")]
    types = (await client.get(f"/data/shots/{show.shot}/task-types", headers=admin_headers)).json()
    assert [row["id"] for row in types] == [studio.animation] and types[0]["type"] == "TaskType"
    tasks = (await client.get(f"/data/shots/{show.shot}/tasks?relations=true", headers=admin_headers)).json()
    assert [task["id"] for task in tasks] == [show.shot_task]
    assert tasks[0]["entity_name"] == "SH_E" and tasks[0]["task_type_name"] == "Animation"
    assert tasks[0]["task_status_name"] == "Todo" and tasks[0]["assignees"] == []
    assert (
        "assignees"
        not in (await client.get(f"/data/shots/{show.shot}/tasks", headers=admin_headers)).json()[0]
    )
    _, outsider = await member("user", in_team=False)
    for suffix in ("assets", "task-types", "tasks", "preview-files", "versions"):
        assert (await client.get(f"/data/shots/{show.shot}/{suffix}", headers=outsider)).status_code == 403
        assert (
            await client.get(f"/data/shots/{uuid.uuid4()}/{suffix}", headers=admin_headers)
        ).status_code == 404


async def test_shot_previews_and_versions(client, admin_headers, studio, show):
    previews = (await client.get(f"/data/shots/{show.shot}/preview-files", headers=admin_headers)).json()
    assert list(previews) == [studio.animation]
    assert previews[studio.animation][0]["id"] == show.preview
    assert previews[studio.animation][0]["previews"] == []
    versions = (await client.get(f"/data/shots/{show.shot}/versions", headers=admin_headers)).json()
    assert [(row["name"], row["type"]) for row in versions] == [("SH_OLD", "ShotVersion")]
