"""Task pages and lists: a task with its rows, a person's to-do lists, a project's tasks."""

import uuid

from tests.tasks.conftest import add_to_team, assign


async def test_full_task(client, admin_headers, studio, make_person):
    artist, _ = await make_person("user")
    await assign(studio.shot_task, artist["id"])
    response = await client.get(f"/data/tasks/{studio.shot_task}/full", headers=admin_headers)
    assert response.status_code == 200
    body = response.json()
    assert body["assignees"] == [artist["id"]]
    assert [person["id"] for person in body["persons"]] == [artist["id"]]
    assert body["entity"]["id"] == studio.shot and body["entity_type"]["name"] == "Shot"
    assert body["project"]["id"] == studio.project and body["task_type"]["id"] == studio.animation
    assert body["sequence"]["id"] == studio.sequence and body["sequence"]["type"] == "Sequence"
    assert body["is_subscribed"] is False
    assert "password" not in body["persons"][0]
    for task_id in (str(uuid.uuid4()), "bad"):
        assert (await client.get(f"/data/tasks/{task_id}/full", headers=admin_headers)).status_code == 404


async def test_full_task_for_clients_and_outsiders(client, studio, member, make_person):
    _, client_headers = await member("client")
    response = await client.get(f"/data/tasks/{studio.task}/full", headers=client_headers)
    assert response.status_code == 200
    assert response.json()["persons"] == [] and "assigner" not in response.json()
    _, outsider = await make_person("user")
    assert (await client.get(f"/data/tasks/{studio.task}/full", headers=outsider)).status_code == 403
    _, vendor = await member("vendor")
    assert (await client.get(f"/data/tasks/{studio.task}/full", headers=vendor)).status_code == 403


async def test_task_previews(client, admin_headers, studio, member):
    response = await client.get(f"/data/tasks/{studio.task}/previews", headers=admin_headers)
    assert response.status_code == 200 and response.json() == []
    assert (await client.get("/data/tasks/bad/previews", headers=admin_headers)).status_code == 404
    _, vendor = await member("vendor")
    assert (await client.get(f"/data/tasks/{studio.task}/previews", headers=vendor)).status_code == 403


async def test_person_tasks(client, admin_headers, studio, member):
    artist, headers = await member("user")
    await assign(studio.task, artist["id"])
    own = await client.get(f"/data/persons/{artist['id']}/tasks", headers=headers)
    assert own.status_code == 200
    [task] = own.json()
    assert task["id"] == studio.task and task["entity_name"] == "Hero"
    assert task["task_type_name"] == "Modeling" and task["task_status_short_name"] == "todo"
    assert task["assignees"] == [artist["id"]] and task["last_comment"]["text"] == "Nice"
    assert task["episode_id"] == "" and task["entity_preview_file_id"] == ""
    by_admin = await client.get(f"/data/persons/{artist['id']}/tasks", headers=admin_headers)
    assert [t["id"] for t in by_admin.json()] == [studio.task]
    done = await client.get(f"/data/persons/{artist['id']}/done-tasks", headers=headers)
    assert done.status_code == 200 and done.json() == []


async def test_artists_cannot_read_another_artists_tasks(client, studio, member):
    artist, _ = await member("user")
    _, other = await member("user")
    await assign(studio.task, artist["id"])
    for path in ("tasks", "done-tasks", f"related-tasks/{studio.modeling}"):
        response = await client.get(f"/data/persons/{artist['id']}/{path}", headers=other)
        assert response.status_code == 403


async def test_supervisors_read_their_team(client, studio, member):
    artist, _ = await member("user")
    _, supervisor = await member("supervisor")
    await assign(studio.task, artist["id"])
    response = await client.get(f"/data/persons/{artist['id']}/tasks", headers=supervisor)
    assert [t["id"] for t in response.json()] == [studio.task]


async def test_vendors_and_clients(client, studio, member):
    vendor, vendor_headers = await member("vendor")
    artist, _ = await member("user")
    await assign(studio.task, vendor["id"])
    own = await client.get(f"/data/persons/{vendor['id']}/tasks", headers=vendor_headers)
    assert [t["id"] for t in own.json()] == [studio.task]
    other = await client.get(f"/data/persons/{artist['id']}/tasks", headers=vendor_headers)
    assert other.status_code == 403
    _, client_headers = await member("client")
    assert (await client.get(f"/data/persons/{vendor['id']}/tasks", headers=client_headers)).json() == []


async def test_person_tasks_errors(client, admin_headers, make_person):
    for person_id in (str(uuid.uuid4()), "bad"):
        assert (
            await client.get(f"/data/persons/{person_id}/tasks", headers=admin_headers)
        ).status_code == 404
    bot, _ = await make_person("user", is_bot=True)
    assert (await client.get(f"/data/persons/{bot['id']}/tasks", headers=admin_headers)).status_code == 403


async def test_related_tasks(client, admin_headers, studio, make_person):
    from app.core.unit_of_work import run_in_unit_of_work
    from app.models import Task

    artist, _ = await make_person("user")
    await assign(studio.task, artist["id"])
    async with run_in_unit_of_work() as uow:
        shading = Task(
            name="main",
            project_id=uuid.UUID(studio.project),
            entity_id=uuid.UUID(studio.asset),
            task_type_id=uuid.UUID(studio.shading),
            task_status_id=uuid.UUID(studio.todo),
        )
        uow.get_session().add(shading)
    response = await client.get(
        f"/data/persons/{artist['id']}/related-tasks/{studio.shading}", headers=admin_headers
    )
    assert response.status_code == 200
    assert [t["id"] for t in response.json()] == [str(shading.id)]
    bad = await client.get(f"/data/persons/{artist['id']}/related-tasks/bad", headers=admin_headers)
    assert bad.status_code == 404
    # An unknown task type is only a filter that finds nothing, as with Zou.
    unknown_type = f"/data/persons/{artist['id']}/related-tasks/{uuid.uuid4()}"
    unknown = await client.get(unknown_type, headers=admin_headers)
    assert unknown.status_code == 200 and unknown.json() == []


async def test_project_tasks(client, admin_headers, studio, member):
    response = await client.get(f"/data/projects/{studio.project}/tasks", headers=admin_headers)
    assert response.status_code == 200
    assert sorted(t["id"] for t in response.json()) == sorted([studio.task, studio.shot_task])
    page = await client.get(f"/data/projects/{studio.project}/tasks?page=1", headers=admin_headers)
    assert page.json()["total"] == 2 and len(page.json()["data"]) == 2
    typed = await client.get(
        f"/data/projects/{studio.project}/tasks?task_type_id={studio.animation}", headers=admin_headers
    )
    assert [t["id"] for t in typed.json()] == [studio.shot_task]
    bad = await client.get(f"/data/projects/{studio.project}/tasks?task_type_id=bad", headers=admin_headers)
    assert bad.status_code == 400
    assert (
        await client.get(f"/data/projects/{uuid.uuid4()}/tasks", headers=admin_headers)
    ).status_code == 404
    vendor, vendor_headers = await member("vendor")
    await assign(studio.task, vendor["id"])
    mine = await client.get(f"/data/projects/{studio.project}/tasks", headers=vendor_headers)
    assert [t["id"] for t in mine.json()] == [studio.task]


async def test_project_tasks_need_the_team(client, studio, make_person):
    _, outsider = await make_person("user")
    assert (await client.get(f"/data/projects/{studio.project}/tasks", headers=outsider)).status_code == 403


async def test_entity_tasks_of_type(client, admin_headers, studio, member, make_person):
    path = f"/data/entities/{studio.asset}/task-types/{studio.modeling}/tasks"
    response = await client.get(path, headers=admin_headers)
    assert [t["id"] for t in response.json()] == [studio.task]
    assert (
        await client.get(f"/data/entities/bad/task-types/{studio.modeling}/tasks", headers=admin_headers)
    ).status_code == 404
    assert (
        await client.get(f"/data/entities/{studio.asset}/task-types/bad/tasks", headers=admin_headers)
    ).status_code == 404
    _, outsider = await make_person("user")
    assert (await client.get(path, headers=outsider)).status_code == 403
    person, client_headers = await make_person("client")
    await add_to_team(studio.project, person["id"])
    blanked = await client.get(path, headers=client_headers)
    assert blanked.json()[0]["difficulty"] is None and blanked.json()[0]["assigner_id"] is None


async def test_admin_project_lists(client, admin_headers, studio, member):
    for kind in ("preview-files", "notifications", "subscriptions"):
        response = await client.get(f"/data/projects/{studio.project}/{kind}", headers=admin_headers)
        assert response.status_code == 200 and response.json() == []
        missing = await client.get(f"/data/projects/{uuid.uuid4()}/{kind}", headers=admin_headers)
        assert missing.status_code == 404
    paged = await client.get(f"/data/projects/{studio.project}/notifications?page=1", headers=admin_headers)
    assert paged.json()["total"] == 0
    _, manager = await member("manager")
    assert (
        await client.get(f"/data/projects/{studio.project}/notifications", headers=manager)
    ).status_code == 403


async def test_project_tasks_revalidate(client, admin_headers, studio, member):
    path = f"/data/projects/{studio.project}/tasks"
    first = await client.get(path, headers=admin_headers)
    etag = first.headers["etag"]
    assert first.headers["cache-control"] == "private, no-cache"
    fresh = await client.get(path, headers={**admin_headers, "If-None-Match": etag})
    assert fresh.status_code == 304 and fresh.content == b""
    # Another caller, or a change of the tasks, gets another tag.
    _, manager = await member("manager")
    other = await client.get(path, headers={**manager, "If-None-Match": etag})
    assert other.status_code == 200
    await client.put(
        "/actions/tasks/set-priority", json={"task_ids": [studio.task], "priority": 4}, headers=admin_headers
    )
    changed = await client.get(path, headers={**admin_headers, "If-None-Match": etag})
    assert changed.status_code == 200 and changed.headers["etag"] != etag
