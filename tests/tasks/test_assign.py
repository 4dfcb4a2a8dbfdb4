"""Assigning people to tasks, in one task, for one person, and taking them off."""

import uuid

from tests.tasks.conftest import add_department, add_to_team, assign, event_names, rows


async def test_admin_assigns_a_task(client, admin_headers, studio, make_person):
    artist, _ = await make_person("user")
    response = await client.put(
        f"/actions/tasks/{studio.task}/assign", json={"person_id": artist["id"]}, headers=admin_headers
    )
    assert response.status_code == 200
    body = response.json()
    assert body["assignees"] == [artist["id"]]
    assert body["assigner_id"] == studio.admin
    # The artist joins the team and hears of it.
    assert await rows("ProjectPersonLink", project_id=studio.project, person_id=artist["id"])
    notifications = await rows("Notification", person_id=artist["id"])
    assert [n.type for n in notifications] == ["assignation"]
    names = await event_names()
    assert "task:assign" in names and "task:update" in names and "project:update" in names
    # Assigning twice keeps one link.
    again = await client.put(
        f"/actions/tasks/{studio.task}/assign", json={"person_id": artist["id"]}, headers=admin_headers
    )
    assert again.json()["assignees"] == [artist["id"]]


async def test_assign_errors(client, admin_headers, studio):
    url = f"/actions/tasks/{studio.task}/assign"
    missing = await client.put(url, json={"person_id": str(uuid.uuid4())}, headers=admin_headers)
    assert missing.status_code == 400
    assert missing.json() == {"error": "Assignee doesn't exist in database."}
    malformed = await client.put(url, json={"person_id": "bad"}, headers=admin_headers)
    assert malformed.status_code == 400
    no_field = await client.put(url, json={}, headers=admin_headers)
    assert no_field.status_code == 400
    assert no_field.json()["message"] == "Validation error."
    unknown = await client.put(
        f"/actions/tasks/{uuid.uuid4()}/assign", json={"person_id": studio.admin}, headers=admin_headers
    )
    assert unknown.status_code == 404
    bad_task = await client.put(
        "/actions/tasks/bad/assign", json={"person_id": studio.admin}, headers=admin_headers
    )
    assert bad_task.status_code == 404
    assert await rows("TaskPersonLink") == []


async def test_artists_cannot_assign_others(client, studio, member, make_person):
    _, artist_headers = await member("user")
    other, _ = await make_person("user")
    response = await client.put(
        f"/actions/tasks/{studio.task}/assign", json={"person_id": other["id"]}, headers=artist_headers
    )
    assert response.status_code == 403
    assert await rows("TaskPersonLink") == []


async def test_artist_assigns_themselves_in_their_department(client, studio, member):
    artist, headers = await member("user")
    await add_department(artist["id"], studio.modeling_department)
    response = await client.put(
        f"/actions/tasks/{studio.task}/assign", json={"person_id": artist["id"]}, headers=headers
    )
    assert response.status_code == 200
    # Not on a task of another department.
    other = await client.put(
        f"/actions/tasks/{studio.shot_task}/assign", json={"person_id": artist["id"]}, headers=headers
    )
    assert other.status_code == 403


async def test_supervisors_assign_within_their_departments(client, studio, member, make_person):
    supervisor, headers = await member("supervisor")
    await add_department(supervisor["id"], studio.modeling_department)
    artist, _ = await make_person("user")
    outsider, _ = await make_person("user")
    await add_department(artist["id"], studio.modeling_department)
    ok = await client.put(
        f"/actions/tasks/{studio.task}/assign", json={"person_id": artist["id"]}, headers=headers
    )
    assert ok.status_code == 200
    refused = await client.put(
        f"/actions/tasks/{studio.task}/assign", json={"person_id": outsider["id"]}, headers=headers
    )
    assert refused.status_code == 403
    other_department = await client.put(
        f"/actions/tasks/{studio.shot_task}/assign", json={"person_id": artist["id"]}, headers=headers
    )
    assert other_department.status_code == 403


async def test_managers_outside_the_team_cannot_assign(client, studio, make_person):
    _, headers = await make_person("manager")
    artist, _ = await make_person("user")
    response = await client.put(
        f"/actions/tasks/{studio.task}/assign", json={"person_id": artist["id"]}, headers=headers
    )
    assert response.status_code == 403


async def test_bots_are_assigned_only_where_bots_collaborate(client, admin_headers, studio, make_person):
    bot, _ = await make_person("user", is_bot=True)
    response = await client.put(
        f"/actions/tasks/{studio.task}/assign", json={"person_id": bot["id"]}, headers=admin_headers
    )
    assert response.status_code == 403


async def test_assign_tasks_to_a_person(client, admin_headers, studio, make_person):
    artist, _ = await make_person("user")
    response = await client.put(
        f"/actions/persons/{artist['id']}/assign",
        json={"task_ids": [studio.task, str(uuid.uuid4()), "bad", studio.shot_task]},
        headers=admin_headers,
    )
    assert response.status_code == 200
    assert sorted(task["id"] for task in response.json()) == sorted([studio.task, studio.shot_task])
    assert len(await rows("TaskPersonLink", person_id=artist["id"])) == 2
    assert await rows("ProjectPersonLink", project_id=studio.project, person_id=artist["id"])


async def test_assign_tasks_errors_and_refusals(client, admin_headers, studio, member, make_person):
    missing = await client.put(
        f"/actions/persons/{uuid.uuid4()}/assign", json={"task_ids": [studio.task]}, headers=admin_headers
    )
    assert missing.status_code == 400
    assert missing.json() == {"error": "Assignee doesn't exist in database."}
    artist, headers = await member("user")
    empty = await client.put(
        f"/actions/persons/{artist['id']}/assign", json={"task_ids": []}, headers=headers
    )
    assert empty.status_code == 400
    other, _ = await make_person("user")
    refused = await client.put(
        f"/actions/persons/{other['id']}/assign", json={"task_ids": [studio.task]}, headers=headers
    )
    assert refused.status_code == 200
    assert refused.json() == []
    assert await rows("TaskPersonLink") == []


async def test_clear_assignation(client, admin_headers, studio, make_person):
    first, _ = await make_person("user")
    second, _ = await make_person("user")
    await assign(studio.task, first["id"])
    await assign(studio.task, second["id"])
    await assign(studio.shot_task, first["id"])
    one = await client.put(
        "/actions/tasks/clear-assignation",
        json={"task_ids": [studio.task, str(uuid.uuid4())], "person_id": first["id"]},
        headers=admin_headers,
    )
    assert one.status_code == 200
    assert one.json() == [studio.task]
    assert [link.person_id for link in await rows("TaskPersonLink", task_id=studio.task)] == [
        uuid.UUID(second["id"])
    ]
    everyone = await client.put(
        "/actions/tasks/clear-assignation",
        json={"task_ids": [studio.task, studio.shot_task]},
        headers=admin_headers,
    )
    assert everyone.json() == [studio.task, studio.shot_task]
    assert await rows("TaskPersonLink") == []
    assert "task:unassign" in await event_names()
    bad = await client.put("/actions/tasks/clear-assignation", json={"task_ids": []}, headers=admin_headers)
    assert bad.status_code == 400


async def test_artists_only_take_themselves_off(client, studio, member, make_person):
    artist, headers = await member("user")
    other, _ = await make_person("user")
    await assign(studio.task, artist["id"])
    await assign(studio.task, other["id"])
    refused = await client.put(
        "/actions/tasks/clear-assignation",
        json={"task_ids": [studio.task], "person_id": other["id"]},
        headers=headers,
    )
    assert refused.json() == []
    own = await client.put(
        "/actions/tasks/clear-assignation",
        json={"task_ids": [studio.task], "person_id": artist["id"]},
        headers=headers,
    )
    assert own.json() == [studio.task]
    assert len(await rows("TaskPersonLink", task_id=studio.task)) == 1


async def test_team_role_counts(client, studio, make_person):
    """A global artist who is a manager of this production assigns on it."""
    person, headers = await make_person("user")
    await add_to_team(studio.project, person["id"], "manager")
    artist, _ = await make_person("user")
    response = await client.put(
        f"/actions/tasks/{studio.task}/assign", json={"person_id": artist["id"]}, headers=headers
    )
    assert response.status_code == 200
