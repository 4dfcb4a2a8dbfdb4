"""Milestones and schedule items: created on first read, one per task type and per planned object."""

import datetime
import uuid

from app.models.base import utcnow
from tests.crud.conftest import events_named
from tests.projects.support import entity_type, insert, link, rows

ITEMS = "/data/projects/{}/schedule-items"


async def test_milestones(client, studio, member):
    await insert("Milestone", name="Delivery", project_id=studio.project, date=datetime.date(2030, 1, 2))
    _, artist = await member("user")
    _, client_headers = await member("client")
    response = await client.get(f"/data/projects/{studio.project}/milestones", headers=artist)
    assert response.status_code == 200
    assert [(row["name"], row["date"]) for row in response.json()] == [("Delivery", "2030-01-02")]
    assert "type" not in response.json()[0]
    assert (
        await client.get(f"/data/projects/{studio.project}/milestones", headers=client_headers)
    ).status_code == 403


async def test_task_type_items_are_created_once(client, studio, member):
    _, artist = await member("user")
    url = ITEMS.format(studio.project) + "/task-types"
    first = await client.get(url, headers=artist)
    assert first.status_code == 200
    assert {row["task_type_id"] for row in first.json()} == {studio.modeling, studio.animation}
    today = utcnow().date()
    assert first.json()[0]["start_date"] == today.isoformat()
    assert first.json()[0]["end_date"] == (today + datetime.timedelta(days=1)).isoformat()
    assert len(await events_named("schedule-item:new")) == 2
    second = await client.get(url, headers=artist)
    assert {row["id"] for row in second.json()} == {row["id"] for row in first.json()}
    assert len(await events_named("schedule-item:new")) == 2
    # With task type settings, the other task types' items are left out (not deleted).
    await link("ProjectTaskTypeLink", project_id=studio.project, task_type_id=studio.modeling)
    narrowed = await client.get(url, headers=artist)
    assert [row["task_type_id"] for row in narrowed.json()] == [studio.modeling]
    assert len(await rows("ScheduleItem", project_id=studio.project)) == 2
    raw = await client.get(ITEMS.format(studio.project), headers=artist)
    assert len(raw.json()) == 2 and raw.json()[0]["type"] == "ScheduleItem"


async def test_schedule_item_refusals(client, studio, member):
    _, vendor = await member("vendor")
    _, client_headers = await member("client")
    _, outsider = await member("user", in_team=False)
    url = ITEMS.format(studio.project)
    assert (await client.get(f"{url}/task-types", headers=vendor)).status_code == 403
    assert (await client.get(url, headers=client_headers)).status_code == 403
    assert (await client.get(url, headers=vendor)).status_code == 403
    assert (await client.get(f"{url}/task-types", headers=outsider)).status_code == 403
    assert (await client.get(f"{url}/{studio.modeling}/episodes", headers=vendor)).status_code == 403
    _, artist = await member("user")
    bad = await client.get(f"{url}/not-an-id/episodes", headers=artist)
    assert bad.status_code == 400 and bad.json()["message"] == "Wrong UUID format."
    bad = await client.get(f"{url}/{studio.modeling}/episodes", params={"episode_id": "x"}, headers=artist)
    assert bad.status_code == 400
    assert await rows("ScheduleItem") == []


async def test_object_items(client, studio, member):
    _, artist = await member("user")
    episode_type = await entity_type("Episode")
    edit_type = await entity_type("Edit")
    episode = await insert("Entity", name="E01", project_id=studio.project, entity_type_id=episode_type)
    await insert("Entity", name="E02", project_id=studio.project, entity_type_id=episode_type)
    await insert(
        "Entity",
        name="SQ02",
        project_id=studio.project,
        entity_type_id=studio.sequence_type,
        parent_id=episode,
    )
    await insert("Entity", name="Cut", project_id=studio.project, entity_type_id=edit_type)
    await insert("Entity", name="Old cut", project_id=studio.project, entity_type_id=edit_type, canceled=True)
    url = ITEMS.format(studio.project) + f"/{studio.animation}"
    episodes = (await client.get(f"{url}/episodes", headers=artist)).json()
    assert [row["name"] for row in episodes] == ["E01", "E02"]
    assert all(row["task_type_id"] == studio.animation for row in episodes)
    only = (await client.get(f"{url}/episodes", params={"episode_id": episode}, headers=artist)).json()
    assert [row["name"] for row in only] == ["E01"]
    sequences = (await client.get(f"{url}/sequences", headers=artist)).json()
    assert [row["name"] for row in sequences] == ["SQ01", "SQ02"]
    in_episode = (await client.get(f"{url}/sequences", params={"episode_id": episode}, headers=artist)).json()
    assert [row["name"] for row in in_episode] == ["SQ02"]
    assert [row["name"] for row in (await client.get(f"{url}/edits", headers=artist)).json()] == ["Cut"]
    assets = (await client.get(f"{url}/asset-types", headers=artist)).json()
    assert [(row["name"], row["object_id"]) for row in assets] == [("Character", studio.character)]
    again = (await client.get(f"{url}/episodes", headers=artist)).json()
    assert {row["id"] for row in again} == {row["id"] for row in episodes}
    assert len(await rows("ScheduleItem", project_id=studio.project)) == 2 + 2 + 1 + 1


async def test_unknown_project(client, admin_headers):
    response = await client.get(ITEMS.format(uuid.uuid4()), headers=admin_headers)
    assert response.status_code == 404


async def test_object_items_refused_to_vendors(client, studio, member):
    _, vendor = await member("vendor")
    url = ITEMS.format(studio.project) + f"/{studio.animation}"
    for kind in ("asset-types", "sequences", "edits"):
        assert (await client.get(f"{url}/{kind}", headers=vendor)).status_code == 403
    assert await rows("ScheduleItem") == []
