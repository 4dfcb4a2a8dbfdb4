"""Production collections with their own rules: days off, time spents, playlists, comments,
previews, files, asset instances, milestones, schedule versions, templates."""

import uuid

from sqlalchemy import select

from app.core.unit_of_work import run_in_unit_of_work
from app.models import PreviewFile, Project, Task
from tests.crud.conftest import assign, db_get, events_named


async def test_day_offs(client, admin_headers, studio, make_person):
    person, headers = await make_person("user")
    other, _ = await make_person("user")
    await assign(studio.task, person["id"])
    time_spent = {"task_id": studio.task, "person_id": person["id"], "date": "2024-03-05", "duration": 60}
    ts = (await client.post("/data/time-spents", json=time_spent, headers=admin_headers)).json()
    body = {"date": "2024-03-04", "end_date": "2024-03-06", "person_id": person["id"]}
    assert (
        await client.post("/data/day-offs", json={**body, "person_id": other["id"]}, headers=headers)
    ).status_code == 403
    created = await client.post("/data/day-offs", json=body, headers=headers)
    assert created.status_code == 201
    assert await db_get("TimeSpent", ts["id"]) is None, "time logged inside a day off is removed"
    overlap = await client.post(
        "/data/day-offs", json={**body, "date": "2024-03-06", "end_date": "2024-03-08"}, headers=headers
    )
    assert (
        overlap.status_code == 400 and overlap.json()["message"] == "Day off already exists for this period"
    )
    url = f"/data/day-offs/{created.json()['id']}"
    assert (await client.get(url, headers=headers)).status_code == 200
    assert (await client.put(url, json={"person_id": other["id"]}, headers=headers)).status_code == 403
    assert (await client.put(url, json={"description": "rest"}, headers=headers)).status_code == 200
    _, stranger = await make_person("user")
    assert (await client.get(url, headers=stranger)).status_code == 403
    assert (await client.delete(url, headers=headers)).status_code == 204


async def test_time_spents(client, admin_headers, studio, member):
    artist, artist_headers = await member("user")
    await assign(studio.task, artist["id"])
    body = {"task_id": studio.task, "person_id": artist["id"], "date": "2024-03-05", "duration": 60}
    first = (await client.post("/data/time-spents", json=body, headers=admin_headers)).json()
    await client.post(
        "/data/time-spents", json={**body, "date": "2024-03-06", "duration": 30}, headers=admin_headers
    )
    assert (await db_get("Task", studio.task)).duration == 90
    assert {"task_id": studio.task, "project_id": studio.project} in await events_named("task:update")
    ranged = await client.get(
        "/data/time-spents?start_date=2024-03-06&end_date=2024-03-31", headers=admin_headers
    )
    assert [row["date"] for row in ranged.json()] == ["2024-03-06"]
    half = await client.get("/data/time-spents?start_date=2024-03-06", headers=admin_headers)
    assert half.status_code == 400 and half.json()["error"] is True
    await client.put(f"/data/time-spents/{first['id']}", json={"duration": 15}, headers=admin_headers)
    assert (await db_get("Task", studio.task)).duration == 45
    _, user = await member("user")
    assert (await client.delete(f"/data/time-spents/{first['id']}", headers=user)).status_code == 403
    assert (
        await client.delete(f"/data/time-spents/{first['id']}", headers=artist_headers)
    ).status_code == 204
    assert (await db_get("Task", studio.task)).duration == 30


async def test_playlists(client, admin_headers, studio, member, make_person):
    _, supervisor = await member("supervisor")
    _, user = await member("user")
    _, client_headers = await member("client")
    _, vendor = await member("vendor")
    body = {"name": "Dailies", "project_id": studio.project, "episode_id": "all", "task_type_id": "nope"}
    assert (await client.post("/data/playlists", json=body, headers=user)).status_code == 403
    created = await client.post("/data/playlists", json=body, headers=supervisor)
    assert created.status_code == 201
    playlist = created.json()
    assert playlist["episode_id"] is None and playlist["task_type_id"] is None
    bad = await client.post(
        "/data/playlists", json={**body, "name": "x", "for_entity": "movie"}, headers=supervisor
    )
    assert bad.status_code == 400
    shared = {"name": "Client review", "project_id": studio.project, "for_client": True}
    await client.post("/data/playlists", json=shared, headers=admin_headers)
    assert (await client.get("/data/playlists", headers=vendor)).status_code == 403
    assert [p["name"] for p in (await client.get("/data/playlists", headers=client_headers)).json()] == [
        "Client review"
    ]
    assert len((await client.get("/data/playlists", headers=user)).json()) == 2
    url = f"/data/playlists/{playlist['id']}"
    assert (await client.get(url, headers=client_headers)).status_code == 403
    shots = [{"entity_id": studio.shot, "preview_file_id": None}, {"id": studio.asset}, {"nothing": 1}]
    updated = await client.put(url, json={"shots": shots}, headers=supervisor)
    assert updated.status_code == 200
    assert updated.json()["shots"] == [
        {"entity_id": studio.shot, "preview_file_id": None},
        {"entity_id": studio.asset, "preview_file_id": None},
    ]
    _, other_supervisor = await member("supervisor")
    assert (await client.put(url, json={"name": "Mine"}, headers=other_supervisor)).status_code == 403
    assert (await client.delete(url, headers=user)).status_code == 403
    assert (await client.delete(url, headers=supervisor)).status_code == 204


async def test_comment_reading_rules(client, admin_headers, studio, member):
    _, client_headers = await member("client")
    client_person, client_author = await member("client")
    _, user = await member("user")
    url = f"/data/comments/{studio.comment}"
    assert (await client.get(url, headers=client_headers)).status_code == 403, "not a client-side comment"
    await client.put(url, json={"for_client": True}, headers=admin_headers)
    blanked = (await client.get(url, headers=client_headers)).json()
    assert blanked["text"] == "" and blanked["checklist"] == [] and blanked["attachment_files"] == []
    body = {"object_id": studio.task, "object_type": "Task", "person_id": client_person["id"], "text": "hmm"}
    from_client = (await client.post("/data/comments", json=body, headers=admin_headers)).json()
    assert (await client.get(f"/data/comments/{from_client['id']}", headers=user)).status_code == 403
    assert (await client.get(f"/data/comments/{from_client['id']}", headers=client_headers)).json()[
        "text"
    ] == "hmm"


async def test_comment_editing_rules(client, admin_headers, studio, member):
    author, author_headers = await member("user")
    await assign(studio.task, author["id"])
    _, manager = await member("manager")
    _, other = await member("user")
    body = {
        "object_id": studio.task,
        "object_type": "Task",
        "person_id": author["id"],
        "task_status_id": studio.todo,
        "text": "first",
        "checklist": [{"text": "a", "checked": False}],
    }
    comment = (await client.post("/data/comments", json=body, headers=admin_headers)).json()
    url = f"/data/comments/{comment['id']}"
    mention = f"ping @User {author['email'][5:13]}"
    edited = await client.put(url, json={"text": mention}, headers=author_headers)
    assert edited.status_code == 200 and edited.json()["editor_id"] == author["id"]
    assert (await client.get(url, headers=admin_headers)).json()["mentions"] == [author["id"]]
    assert (await client.put(url, json={"text": "x"}, headers=other)).status_code == 403
    assert (await client.put(url, json={"for_client": True}, headers=author_headers)).status_code == 403
    ticked = [{"text": "a", "checked": True}]
    assert (await client.put(url, json={"checklist": ticked}, headers=other)).status_code == 403
    changed = await client.put(url, json={"task_status_id": studio.wip}, headers=manager)
    assert changed.status_code == 200
    assert (await db_get("Task", studio.task)).task_status_id == uuid.UUID(studio.wip)
    assert await events_named("task:status-changed")
    assert (await client.delete(url, headers=other)).status_code == 403
    assert (await client.delete(url, headers=author_headers)).status_code == 204
    assert (await db_get("Task", studio.task)).task_status_id == uuid.UUID(studio.todo), (
        "back to the last comment"
    )
    assert {"comment_id": comment["id"], "project_id": studio.project} in await events_named("comment:delete")


async def test_preview_files(client, admin_headers, studio, member):
    artist, artist_headers = await member("user")
    vendor, vendor_headers = await member("vendor")
    _, user = await member("user")
    first = (
        await client.post(
            "/data/preview-files",
            json={"name": "a", "task_id": studio.task, "revision": 1},
            headers=admin_headers,
        )
    ).json()
    extra = {"name": "b", "task_id": studio.task, "revision": 1, "position": 2}
    second = (await client.post("/data/preview-files", json=extra, headers=admin_headers)).json()
    third = (
        await client.post(
            "/data/preview-files",
            json={"name": "c", "task_id": studio.task, "revision": 2},
            headers=admin_headers,
        )
    ).json()
    assert len((await client.get("/data/preview-files", headers=user)).json()) == 3
    assert (await client.get("/data/preview-files", headers=vendor_headers)).json() == []
    assert (await client.get(f"/data/preview-files/{first['id']}", headers=vendor_headers)).status_code == 403
    await assign(studio.task, vendor["id"])
    assert (await client.get(f"/data/preview-files/{first['id']}", headers=vendor_headers)).status_code == 200
    url = f"/data/preview-files/{first['id']}"
    assert (await client.put(url, json={"description": "x"}, headers=user)).status_code == 403
    await assign(studio.task, artist["id"])
    taken = await client.put(url, json={"revision": 2}, headers=artist_headers)
    assert taken.status_code == 400 and "Revision 2 already exists" in taken.json()["message"]
    moved = await client.put(url, json={"revision": 5}, headers=artist_headers)
    assert moved.status_code == 200 and moved.json()["revision"] == 5
    assert (await db_get("PreviewFile", second["id"])).revision == 5, "extras follow their main preview"
    async with run_in_unit_of_work() as uow:
        task = await uow.get_session().get(Task, uuid.UUID(studio.task))
        task.last_preview_file_id = uuid.UUID(third["id"])
    assert (
        await client.delete(f"/data/preview-files/{third['id']}", headers=artist_headers)
    ).status_code == 403
    assert (
        await client.delete(f"/data/preview-files/{third['id']}", headers=admin_headers)
    ).status_code == 204
    async with run_in_unit_of_work() as uow:
        last = (
            await uow.get_session().execute(
                select(Task.last_preview_file_id).where(Task.id == uuid.UUID(studio.task))
            )
        ).scalar()
        remaining = (await uow.get_session().execute(select(PreviewFile.id))).scalars().all()
    assert last in remaining


async def test_working_and_output_files(client, admin_headers, studio, member):
    artist, artist_headers = await member("user")
    _, vendor = await member("vendor")
    _, user = await member("user")
    working = (
        await client.post(
            "/data/working-files",
            json={"name": "wf", "task_id": studio.task, "revision": 1},
            headers=admin_headers,
        )
    ).json()
    assert (await client.get("/data/working-files", headers=vendor)).status_code == 403
    assert len((await client.get("/data/working-files", headers=user)).json()) == 1
    url = f"/data/working-files/{working['id']}"
    assert (await client.put(url, json={"comment": "x"}, headers=user)).status_code == 403
    await assign(studio.task, artist["id"])
    assert (await client.put(url, json={"comment": "x"}, headers=artist_headers)).status_code == 200
    body = {"name": "out", "revision": 1, "file_status_id": studio.file_status, "entity_id": studio.asset}
    output = (await client.post("/data/output-files", json=body, headers=admin_headers)).json()
    assert output["source_file"] is None
    assert {"output_file_id": output["id"], "project_id": studio.project} in await events_named(
        "output-file:new"
    )
    out_url = f"/data/output-files/{output['id']}"
    assert (await client.put(out_url, json={"comment": "y"}, headers=artist_headers)).status_code == 200
    assert (await client.put(out_url, json={"comment": "y"}, headers=user)).status_code == 403
    linked = await client.put(out_url, json={"source_file_id": working["id"]}, headers=admin_headers)
    assert (
        linked.json()["source_file"]["id"] == working["id"]
        and linked.json()["source_file"]["type"] == "WorkingFile"
    )


async def test_asset_instances_and_attachments(client, admin_headers, studio, member, make_person):
    _, user = await member("user")
    _, outsider = await make_person("user")
    instance = (
        await client.post(
            "/data/asset-instances", json={"asset_id": studio.asset, "number": 1}, headers=admin_headers
        )
    ).json()
    url = f"/data/asset-instances/{instance['id']}"
    assert (await client.get(url, headers=user)).status_code == 200
    assert (await client.get(url, headers=outsider)).status_code == 403
    updated = await client.put(url, json={"number": 9, "description": "x"}, headers=user)
    assert updated.status_code == 200 and updated.json()["number"] == 1
    attachment = (
        await client.post(
            "/data/attachment-files",
            json={"name": "a.png", "comment_id": studio.comment},
            headers=admin_headers,
        )
    ).json()
    assert attachment["comment"]["id"] == studio.comment and attachment["comment"]["type"] == "Comment"
    assert (await client.get(f"/data/attachment-files/{attachment['id']}", headers=user)).status_code == 200
    assert (
        await client.get(f"/data/attachment-files/{attachment['id']}", headers=outsider)
    ).status_code == 403


async def test_milestones_and_schedule_versions(client, studio, member, make_person):
    _, manager = await member("manager")
    _, user = await member("user")
    _, vendor = await member("vendor")
    _, outsider = await make_person("manager")
    body = {"project_id": studio.project, "name": "Lock", "date": "2024-06-01"}
    assert (await client.post("/data/milestones", json=body, headers=outsider)).status_code == 403
    milestone = (await client.post("/data/milestones", json=body, headers=manager)).json()
    assert (await client.get(f"/data/milestones/{milestone['id']}", headers=user)).status_code == 200
    assert (await client.get(f"/data/milestones/{milestone['id']}", headers=vendor)).status_code == 403
    assert (
        await client.put(f"/data/milestones/{milestone['id']}", json={"name": "x"}, headers=user)
    ).status_code == 403
    version = (
        await client.post(
            "/data/production-schedule-versions",
            json={"name": "V1", "project_id": studio.project},
            headers=manager,
        )
    ).json()
    listed = await client.get(f"/data/production-schedule-versions?project_id={studio.project}", headers=user)
    assert [v["id"] for v in listed.json()] == [version["id"]]
    assert (await client.get("/data/production-schedule-versions", headers=user)).status_code == 403
    assert (
        await client.get(f"/data/production-schedule-versions?project_id={studio.project}", headers=vendor)
    ).status_code == 403
    closed_task = {"production_schedule_version_id": version["id"], "task_id": studio.task}
    link = await client.post(
        "/data/production-schedule-version-task-links", json=closed_task, headers=manager
    )
    assert link.status_code == 201
    links = await client.get(
        f"/data/production-schedule-version-task-links?project_id={studio.project}", headers=user
    )
    assert [row["id"] for row in links.json()] == [link.json()["id"]]
    moved = await client.put(
        f"/data/production-schedule-version-task-links/{link.json()['id']}",
        json={"task_id": studio.shot_task, "estimation": 2},
        headers=manager,
    )
    assert moved.json()["task_id"] == studio.task and moved.json()["estimation"] == 2


async def test_schedule_links_stay_in_their_project(client, admin_headers, studio):
    async with run_in_unit_of_work() as uow:
        session = uow.get_session()
        project = await session.get(Project, uuid.UUID(studio.closed_project))
        other_task = Task(
            name="x",
            project_id=project.id,
            entity_id=uuid.UUID(studio.asset),
            task_type_id=uuid.UUID(studio.shading),
        )
        session.add(other_task)
        await session.flush()
        other_task_id = str(other_task.id)
    version = (
        await client.post(
            "/data/production-schedule-versions",
            json={"name": "V", "project_id": studio.project},
            headers=admin_headers,
        )
    ).json()
    body = {"production_schedule_version_id": version["id"], "task_id": other_task_id}
    response = await client.post(
        "/data/production-schedule-version-task-links", json=body, headers=admin_headers
    )
    assert response.status_code == 400
    assert (
        response.json()["message"]
        == "The task and the production schedule version must be in the same project."
    )


async def test_project_templates_are_read_by_managers(client, admin_headers, make_person):
    _, manager = await make_person("manager")
    _, supervisor = await make_person("supervisor")
    template = (
        await client.post("/data/project-templates", json={"name": "T"}, headers=admin_headers)
    ).json()
    assert (await client.get(f"/data/project-templates/{template['id']}", headers=manager)).status_code == 200
    assert (
        await client.get(f"/data/project-templates/{template['id']}", headers=supervisor)
    ).status_code == 403
    assert (
        await client.post("/data/project-templates", json={"name": "U"}, headers=manager)
    ).status_code == 403
