"""The extra CRUD routes: task type order and a project's task type / task status links."""

import uuid


async def test_reorder_task_types(client, admin_headers, studio, make_person):
    _, manager = await make_person("manager")
    ids = [studio.animation, studio.shading, "not-an-id", str(uuid.uuid4()), studio.modeling]
    refused = await client.post("/actions/task-types/reorder", json={"task_type_ids": ids}, headers=manager)
    assert refused.status_code == 403
    response = await client.post(
        "/actions/task-types/reorder", json={"task_type_ids": ids}, headers=admin_headers
    )
    assert response.status_code == 200
    assert [(t["id"], t["priority"]) for t in response.json()] == [
        (studio.animation, 1),
        (studio.shading, 2),
        (studio.modeling, 3),
    ]
    bad = await client.post("/actions/task-types/reorder", json={"ids": []}, headers=admin_headers)
    assert bad.status_code == 400
    assert bad.json()["message"] == "Request body must be a JSON object with a 'task_type_ids' list."
    form = await client.post(
        "/actions/task-types/reorder", data={"task_type_ids": "x"}, headers=admin_headers
    )
    assert form.status_code == 415


async def test_task_type_links(client, studio, member, make_person):
    _, manager = await member("manager")
    _, outsider = await make_person("manager")
    body = {"project_id": studio.project, "task_type_id": studio.modeling, "priority": 4}
    assert (await client.post("/data/task-type-links", json=body, headers=outsider)).status_code == 403
    created = await client.post("/data/task-type-links", json=body, headers=manager)
    assert created.status_code == 201
    link = created.json()
    assert (
        link["priority"] == 4
        and link["task_type_id"] == studio.modeling
        and link["type"] == "ProjectTaskTypeLink"
    )
    again = await client.post("/data/task-type-links", json={**body, "priority": 2}, headers=manager)
    assert again.json()["id"] == link["id"] and again.json()["priority"] == 2
    missing = await client.post("/data/task-type-links", json={"project_id": studio.project}, headers=manager)
    assert (
        missing.status_code == 400 and missing.json()["message"] == "Missing required parameter: task_type_id"
    )
    wrong = await client.post("/data/task-type-links", json={**body, "priority": "high"}, headers=manager)
    assert wrong.status_code == 400
    unknown = await client.post(
        "/data/task-type-links", json={**body, "task_type_id": str(uuid.uuid4())}, headers=manager
    )
    assert unknown.status_code == 404
    order = {"task_type_ids": [studio.shading, studio.modeling]}
    url = f"/actions/projects/{studio.project}/task-type-links/reorder"
    reordered = await client.post(url, json=order, headers=manager)
    assert [(row["task_type_id"], row["priority"]) for row in reordered.json()] == [
        (studio.shading, 1),
        (studio.modeling, 2),
    ]
    assert (await client.post(url, json=order, headers=outsider)).status_code == 403
    project = (await client.get(f"/data/projects/{studio.project}", headers=manager)).json()
    assert set(project["task_types"]) == {studio.shading, studio.modeling}


async def test_task_status_links(client, studio, member):
    _, manager = await member("manager")
    _, supervisor = await member("supervisor")
    body = {
        "project_id": studio.project,
        "task_status_id": studio.todo,
        "roles_for_board": ["user", "client"],
    }
    assert (await client.post("/data/task-status-links", json=body, headers=supervisor)).status_code == 403
    created = await client.post("/data/task-status-links", json=body, headers=manager)
    assert created.status_code == 201
    assert created.json()["priority"] == 1 and created.json()["roles_for_board"] == ["user", "client"]
    bad_role = await client.post(
        "/data/task-status-links", json={**body, "roles_for_board": ["boss"]}, headers=manager
    )
    assert bad_role.status_code == 400
    url = f"/actions/projects/{studio.project}/task-status-links/reorder"
    reordered = await client.post(url, json={"task_status_ids": [studio.wip, studio.todo]}, headers=manager)
    assert reordered.status_code == 200
    assert [(row["task_status_id"], row["priority"]) for row in reordered.json()] == [
        (studio.wip, 1),
        (studio.todo, 2),
    ]
    assert reordered.json()[1]["roles_for_board"] == ["user", "client"], "reordering keeps the board roles"
    bad = await client.post(url, json={"task_status_ids": "all"}, headers=manager)
    assert bad.status_code == 400
    malformed = await client.post(
        "/actions/projects/not-an-id/task-status-links/reorder", json={}, headers=manager
    )
    assert malformed.status_code in (400, 403)
