"""`/data/tasks`: visibility per role, creation closed to managers and department supervisors,
supervisor field limits, assignment events, forced deletion."""

import uuid

from sqlalchemy import select

from app.core.unit_of_work import run_in_unit_of_work
from app.models import Entity, Notification
from tests.crud.conftest import add_department, assign, db_get, event_names, events_named


async def test_list_visibility(client, admin_headers, studio, member, make_person):
    _, user = await member("user")
    _, outsider = await make_person("user")
    vendor, vendor_headers = await member("vendor")
    await assign(studio.task, vendor["id"])
    assert len((await client.get("/data/tasks", headers=admin_headers)).json()) == 2
    assert len((await client.get("/data/tasks", headers=user)).json()) == 2
    assert (await client.get("/data/tasks", headers=outsider)).json() == []
    assert [t["id"] for t in (await client.get("/data/tasks", headers=vendor_headers)).json()] == [
        studio.task
    ]
    assigned = (await client.get(f"/data/tasks?assignees={vendor['id']}", headers=admin_headers)).json()
    assert [t["id"] for t in assigned] == [studio.task]


async def test_episode_filter(client, admin_headers, studio):
    episode = await client.post(
        "/data/entities",
        json={"name": "E01", "project_id": studio.project, "entity_type_id": studio.character},
        headers=admin_headers,
    )
    async with run_in_unit_of_work() as uow:
        sequence = await uow.get_session().get(Entity, uuid.UUID(studio.sequence))
        sequence.parent_id = uuid.UUID(episode.json()["id"])
    found = (await client.get(f"/data/tasks?episode_id={episode.json()['id']}", headers=admin_headers)).json()
    assert [t["id"] for t in found] == [studio.shot_task]
    bad = await client.get("/data/tasks?episode_id=nope", headers=admin_headers)
    assert bad.status_code == 400


async def test_get_one(client, studio, member, make_person):
    _, user = await member("user")
    _, outsider = await make_person("user")
    vendor, vendor_headers = await member("vendor")
    url = f"/data/tasks/{studio.task}"
    response = await client.get(url, headers=user)
    assert response.status_code == 200 and response.json()["assignees"] == []
    assert (await client.get(url, headers=outsider)).status_code == 403
    assert (await client.get(url, headers=vendor_headers)).status_code == 403
    await assign(studio.task, vendor["id"])
    assert (await client.get(url, headers=vendor_headers)).status_code == 200


async def test_creation_is_closed_to_non_managers(client, studio, member, make_person):
    _, manager = await member("manager")
    _, user = await member("user")
    _, outsider = await make_person("manager")
    supervisor, supervisor_headers = await member("supervisor")
    await add_department(supervisor["id"], studio.modeling_department)
    body = {"entity_id": studio.asset, "task_type_id": studio.shading, "project_id": studio.project}
    assert (await client.post("/data/tasks", json=body, headers=user)).status_code == 403
    assert (await client.post("/data/tasks", json=body, headers=outsider)).status_code == 403
    created = await client.post(
        "/data/tasks", json={**body, "assignees": [supervisor["id"]]}, headers=manager
    )
    assert created.status_code == 201
    assert created.json()["name"] == "main" and created.json()["assignees"] == [supervisor["id"]]
    assert created.json()["task_status_id"] is None, "Zou does not default the status here"
    shot_body = {"entity_id": studio.shot, "task_type_id": studio.animation, "name": "second"}
    refused = await client.post("/data/tasks", json=shot_body, headers=supervisor_headers)
    assert refused.status_code == 403, "not a task type of the supervisor's departments"
    own = {"entity_id": studio.asset, "task_type_id": studio.modeling, "name": "variant"}
    created = await client.post("/data/tasks", json=own, headers=supervisor_headers)
    assert created.status_code == 201 and created.json()["project_id"] == studio.project


async def test_creation_checks(client, admin_headers, studio):
    mismatch = {"entity_id": studio.shot, "task_type_id": studio.shading}
    response = await client.post("/data/tasks", json=mismatch, headers=admin_headers)
    assert response.status_code == 400
    assert response.json()["message"] == "Task type of the task does not match entity type."
    duplicate = {"entity_id": studio.asset, "task_type_id": studio.modeling, "project_id": studio.project}
    response = await client.post("/data/tasks", json=duplicate, headers=admin_headers)
    assert response.status_code == 400 and response.json() == {"message": "Task already exists."}
    missing = await client.post("/data/tasks", json={"entity_id": studio.asset}, headers=admin_headers)
    assert missing.status_code == 400 and missing.json()["message"] == "A valid task_type_id is required."
    body = {"entity_id": studio.asset, "task_type_id": studio.shading, "assignees": "me"}
    not_list = await client.post("/data/tasks", json=body, headers=admin_headers)
    assert not_list.status_code == 400 and not_list.json()["message"] == "assignees must be a list."


async def test_supervisors_only_plan_their_departments(client, studio, member):
    supervisor, headers = await member("supervisor")
    await add_department(supervisor["id"], studio.modeling_department)
    url = f"/data/tasks/{studio.task}"
    response = await client.put(url, json={"priority": 3, "data": {"a": 1}}, headers=headers)
    assert response.status_code == 200 and response.json()["priority"] == 3
    merged = await client.put(url, json={"data": {"b": 2}}, headers=headers)
    assert merged.json()["data"] == {"a": 1, "b": 2}
    assert (await client.put(url, json={"task_status_id": studio.wip}, headers=headers)).status_code == 403
    other = f"/data/tasks/{studio.shot_task}"
    assert (await client.put(other, json={"priority": 1}, headers=headers)).status_code == 403
    _, user = await member("user")
    assert (await client.put(url, json={"priority": 1}, headers=user)).status_code == 403


async def test_assignment_changes_are_announced(client, studio, member):
    _, manager = await member("manager")
    artist, _ = await member("user")
    other, _ = await member("user")
    url = f"/data/tasks/{studio.task}"
    response = await client.put(url, json={"assignees": [artist["id"]]}, headers=manager)
    assert response.status_code == 200 and "assignees" not in response.json()
    await client.put(url, json={"assignees": [other["id"]]}, headers=manager)
    assigned = await events_named("task:assign")
    assert {e["person_id"] for e in assigned} == {artist["id"], other["id"]}
    assert [e["person_id"] for e in await events_named("task:unassign")] == [artist["id"]]
    assert assigned[0]["task_id"] == studio.task and assigned[0]["project_id"] == studio.project
    async with run_in_unit_of_work() as uow:
        query = select(Notification.person_id).where(Notification.type == "assignation")
        notified = {str(p) for p in (await uow.get_session().execute(query)).scalars().all()}
    assert notified == {artist["id"], other["id"]}


async def test_deletion(client, admin_headers, studio, member):
    _, manager = await member("manager")
    _, user = await member("user")
    url = f"/data/tasks/{studio.task}"
    assert (await client.delete(url, headers=user)).status_code == 403
    time_spent = {"task_id": studio.task, "person_id": studio.admin, "date": "2024-01-02", "duration": 30}
    assert (await client.post("/data/time-spents", json=time_spent, headers=admin_headers)).status_code == 201
    assert (await client.delete(url, headers=manager)).status_code == 400, "its time spent blocks it"
    assert (await client.delete(f"{url}?force=true", headers=manager)).status_code == 204
    assert await db_get("Comment", studio.comment) is None
    deleted = await events_named("task:delete")
    assert deleted == [
        {
            "task_id": studio.task,
            "entity_id": studio.asset,
            "task_type_id": studio.modeling,
            "project_id": studio.project,
        }
    ]
    assert "task:delete" in await event_names()


async def test_float_columns_answer_floats(client, admin_headers, studio):
    # Zou's duration and estimation are Float columns, read back after the insert: 0.0, never 0.
    body = {"entity_id": studio.asset, "task_type_id": studio.shading, "project_id": studio.project}
    created = (await client.post("/data/tasks", json=body, headers=admin_headers)).json()
    assert isinstance(created["duration"], float) and isinstance(created["estimation"], float)
    updated = await client.put(f"/data/tasks/{created['id']}", json={"estimation": 3}, headers=admin_headers)
    assert updated.json()["estimation"] == 3.0 and isinstance(updated.json()["estimation"], float)
