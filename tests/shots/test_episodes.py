"""`/data/episodes` and a production's episodes: lists, creation, full episode, its sequences,
shots, tasks, task types, statistics, and deletion."""

import uuid

from sqlalchemy import update

from app.core.unit_of_work import run_in_unit_of_work
from app.models import Task, TaskStatus
from tests.crud.conftest import assign, db_get, events_named
from tests.shots.conftest import rows


async def test_project_episodes_and_creation(client, studio, show, member):
    _, manager = await member("manager")
    url = f"/data/projects/{studio.project}/episodes"
    created = await client.post(
        url, json={"name": "E02", "status": "nope", "description": "Two"}, headers=manager
    )
    assert created.status_code == 201
    episode = created.json()
    assert (episode["type"], episode["status"], episode["description"], episode["data"]) == (
        "Episode",
        "running",
        "Two",
        {},
    )
    again = await client.post(url, json={"name": "E02"}, headers=manager)
    assert again.json()["id"] == episode["id"]
    assert await events_named("episode:new") == [{"episode_id": episode["id"], "project_id": studio.project}]
    assert [row["name"] for row in (await client.get(url, headers=manager)).json()] == ["E01", "E02"]
    _, user = await member("user")
    assert (await client.post(url, json={"name": "E03"}, headers=user)).status_code == 403
    assert (await client.post(url, json={"name": ""}, headers=manager)).status_code == 400
    assert await rows("Entity", name="E03") == []
    _, outsider = await member("user", in_team=False)
    assert (await client.get(url, headers=outsider)).status_code == 403


async def test_episode_lists_and_full_episode(client, admin_headers, studio, show, member):
    found = await client.get(f"/data/episodes?project_id={studio.project}&name=e01", headers=admin_headers)
    assert [row["id"] for row in found.json()] == [show.episode]
    full = (await client.get(f"/data/episodes/{show.episode}", headers=admin_headers)).json()
    assert full["project_name"] == "Big Buck" and full["type"] == "Episode"
    _, user = await member("user")
    assert (await client.get("/data/episodes", headers=user)).status_code == 403
    assert (await client.get(f"/data/episodes/{show.sequence}", headers=user)).status_code == 404
    vendor, vendor_headers = await member("vendor")
    assert (
        await client.get(f"/data/episodes?project_id={studio.project}", headers=vendor_headers)
    ).json() == []
    await assign(show.asset_task_in_episode, vendor["id"])
    mine = await client.get(f"/data/projects/{studio.project}/episodes", headers=vendor_headers)
    assert [row["id"] for row in mine.json()] == [show.episode]


async def test_episode_children(client, admin_headers, studio, show, member):
    base = f"/data/episodes/{show.episode}"
    sequences = (await client.get(f"{base}/sequences", headers=admin_headers)).json()
    assert [row["id"] for row in sequences] == [show.sequence]
    assert (await client.get("/data/episodes/not-an-id/sequences", headers=admin_headers)).json() == []
    shots = (await client.get(f"{base}/shots?relations=true", headers=admin_headers)).json()
    assert [row["id"] for row in shots] == [show.shot] and shots[0]["entities_out"] == [studio.asset]
    shot_tasks = (await client.get(f"{base}/shot-tasks", headers=admin_headers)).json()
    assert {task["id"] for task in shot_tasks} == {show.shot_task, show.scene_task}
    asset_tasks = (await client.get(f"{base}/asset-tasks", headers=admin_headers)).json()
    assert [task["id"] for task in asset_tasks] == [show.asset_task_in_episode]
    own = (await client.get(f"{base}/tasks", headers=admin_headers)).json()
    assert [task["id"] for task in own] == [show.episode_task]
    types = (await client.get(f"{base}/task-types", headers=admin_headers)).json()
    assert [row["id"] for row in types] == [studio.animation]
    vendor, vendor_headers = await member("vendor")
    await assign(show.episode_task, vendor["id"])
    for suffix in ("shot-tasks", "asset-tasks"):
        assert (await client.get(f"{base}/{suffix}", headers=vendor_headers)).status_code == 403
    assert len((await client.get(f"{base}/tasks", headers=vendor_headers)).json()) == 1
    _, outsider = await member("user", in_team=False)
    for suffix in ("sequences", "shots", "shot-tasks", "asset-tasks", "tasks", "task-types"):
        assert (await client.get(f"{base}/{suffix}", headers=outsider)).status_code == 403
        assert (
            await client.get(f"/data/episodes/{uuid.uuid4()}/{suffix}", headers=admin_headers)
        ).status_code == 404


async def test_episode_stats(client, admin_headers, studio, show, member):
    async with run_in_unit_of_work() as uow:
        session = uow.get_session()
        retake = (
            await session.execute(TaskStatus.__table__.select().where(TaskStatus.short_name == "retake"))
        ).first()
        await session.execute(
            update(Task)
            .where(Task.id == uuid.UUID(show.shot_task))
            .values(task_status_id=retake.id, nb_drawings=12)
        )
    stats = (
        await client.get(f"/data/projects/{studio.project}/episodes/stats", headers=admin_headers)
    ).json()
    entry = stats[show.episode][studio.animation][str(retake.id)]
    assert entry == {"name": "retake", "color": entry["color"], "count": 1, "frames": 48, "drawings": 12}
    assert stats["all"]["all"][studio.todo]["count"] == 1  # the scene's task
    retakes = (
        await client.get(f"/data/projects/{studio.project}/episodes/retake-stats", headers=admin_headers)
    ).json()
    episode = retakes[show.episode]["all"]
    assert episode["max_retake_count"] == 2
    assert episode["retake"] == {"count": 1, "frames": 48, "drawings": 12}
    assert episode["evolution"]["1"]["retake"]["count"] == 1 and episode["other"]["count"] == 1
    _, outsider = await member("user", in_team=False)
    for suffix in ("stats", "retake-stats"):
        assert (
            await client.get(f"/data/projects/{studio.project}/episodes/{suffix}", headers=outsider)
        ).status_code == 403
        assert (
            await client.get(f"/data/projects/{uuid.uuid4()}/episodes/{suffix}", headers=admin_headers)
        ).status_code == 404


async def test_episode_deletion(client, studio, show, member):
    _, user = await member("user")
    assert (await client.delete(f"/data/episodes/{show.episode}", headers=user)).status_code == 403
    _, manager = await member("manager")
    refused = await client.delete(f"/data/episodes/{show.episode}", headers=manager)
    assert (
        refused.status_code == 400
        and refused.json()["message"] == "Some data are still linked to this episode."
    )
    assert (
        await client.delete(f"/data/episodes/{show.episode}?force=true", headers=manager)
    ).status_code == 204
    for entity_id in (show.episode, show.sequence, show.shot, show.scene, show.edit, show.episode_asset):
        assert await db_get("Entity", entity_id) is None
    assert await rows("Task", entity_id=show.episode) == []
    assert [e["episode_id"] for e in await events_named("episode:delete")] == [show.episode]
    assert [e["asset_id"] for e in await events_named("asset:delete")] == [show.episode_asset]
    assert [e["edit_id"] for e in await events_named("edit:delete")] == [show.edit]
    assert await db_get("Entity", studio.shot) is not None
