"""Studio-wide settings: entity types, task types and statuses, organisation, backgrounds,
automations, custom actions, salary scales, schedule items, metadata descriptors, notifications."""

import uuid

from sqlalchemy import select

from app.core.unit_of_work import run_in_unit_of_work
from app.models import ProjectStatusAutomationLink, ProjectTaskTypeLink, TaskStatus
from tests.crud.conftest import event_names, events_named


async def test_entity_types(client, admin_headers, studio):
    duplicate = await client.post("/data/entity-types", json={"name": "character"}, headers=admin_headers)
    assert duplicate.status_code == 400
    assert duplicate.json()["message"] == "Entity type with this name already exists"
    created = (
        await client.post("/data/entity-types", json={"name": "Vehicle"}, headers=admin_headers)
    ).json()
    assert created["task_types"] == []
    url = f"/data/entity-types/{created['id']}"
    updated = await client.put(url, json={"task_types": [studio.modeling]}, headers=admin_headers)
    assert updated.json()["task_types"] == [studio.modeling]
    await client.delete(url, headers=admin_headers)
    assert {"asset_type_id": created["id"]} in await events_named("asset-type:new")
    names = await event_names()
    assert "asset-type:update" in names and "asset-type:delete" in names and "entity-type:new" not in names


async def test_task_type_names_and_deletion(client, admin_headers, studio):
    duplicate = await client.post("/data/task-types", json={"name": "MODELING"}, headers=admin_headers)
    assert duplicate.status_code == 400
    assert duplicate.json()["message"] == "A task type with similar name already exists"
    url = f"/data/task-types/{studio.shading}"
    rename = await client.put(url, json={"name": "modeling"}, headers=admin_headers)
    assert rename.status_code == 400
    assert (
        await client.put(url, json={"name": "Shading", "color": "#000000"}, headers=admin_headers)
    ).status_code == 200
    created = (await client.post("/data/task-types", json={"name": "Groom"}, headers=admin_headers)).json()
    async with run_in_unit_of_work() as uow:
        uow.get_session().add(
            ProjectTaskTypeLink(project_id=uuid.UUID(studio.project), task_type_id=uuid.UUID(created["id"]))
        )
    blocked = await client.delete(f"/data/task-types/{created['id']}", headers=admin_headers)
    assert blocked.status_code == 400 and "projects" in blocked.json()["message"]
    forced = await client.delete(f"/data/task-types/{created['id']}?force=true", headers=admin_headers)
    assert forced.status_code == 204


async def test_single_default_task_status(client, admin_headers, studio):
    body = {"name": "Fresh", "short_name": "new", "color": "#000000", "is_default": True}
    created = (await client.post("/data/task-status", json=body, headers=admin_headers)).json()
    async with run_in_unit_of_work() as uow:
        query = select(TaskStatus.id).where(
            TaskStatus.is_default.is_(True), TaskStatus.for_concept.is_(False)
        )
        defaults = (await uow.get_session().execute(query)).scalars().all()
    assert [str(d) for d in defaults] == [created["id"]]
    await client.put(f"/data/task-status/{studio.todo}", json={"is_default": True}, headers=admin_headers)
    async with run_in_unit_of_work() as uow:
        defaults = (await uow.get_session().execute(query)).scalars().all()
    assert [str(d) for d in defaults] == [studio.todo]


async def test_organisation_secrets_are_for_admins(client, admin_headers, make_person):
    _, user = await make_person("user")
    created = await client.post(
        "/data/organisations", json={"name": "Studio", "chat_token_slack": "xoxb"}, headers=admin_headers
    )
    assert created.json()["chat_token_slack"] == "xoxb"
    for row in (await client.get("/data/organisations", headers=user)).json():
        assert "chat_token_slack" not in row and "chat_webhook_mattermost" not in row
    one = (await client.get(f"/data/organisations/{created.json()['id']}", headers=user)).json()
    assert "chat_token_discord" not in one
    assert (await client.get("/data/organisations?chat_token_slack=xoxb", headers=user)).status_code == 400
    found = (await client.get("/data/organisations?chat_token_slack=xoxb", headers=admin_headers)).json()
    assert len(found) == 1
    updated = await client.put(
        f"/data/organisations/{created.json()['id']}", json={"hours_by_day": "7.5"}, headers=admin_headers
    )
    assert updated.json()["hours_by_day"] == 7.5


async def test_preview_backgrounds(client, admin_headers, studio):
    first = (
        await client.post(
            "/data/preview-background-files", json={"name": "Sky", "is_default": True}, headers=admin_headers
        )
    ).json()
    duplicate = await client.post(
        "/data/preview-background-files", json={"name": "Sky"}, headers=admin_headers
    )
    assert duplicate.status_code == 400
    second = (
        await client.post(
            "/data/preview-background-files", json={"name": "Sea", "is_default": True}, headers=admin_headers
        )
    ).json()
    assert (await client.get(f"/data/preview-background-files/{first['id']}", headers=admin_headers)).json()[
        "is_default"
    ] is False
    await client.put(
        f"/data/projects/{studio.project}",
        json={"preview_background_files": [second["id"]], "default_preview_background_file_id": second["id"]},
        headers=admin_headers,
    )
    assert (
        await client.delete(f"/data/preview-background-files/{second['id']}", headers=admin_headers)
    ).status_code == 204
    project = (await client.get(f"/data/projects/{studio.project}", headers=admin_headers)).json()
    assert project["preview_background_files"] == [] and project["default_preview_background_file_id"] is None


async def test_status_automation_in_use(client, admin_headers, studio):
    body = {
        "entity_type": "asset",
        "in_task_type_id": studio.modeling,
        "in_task_status_id": studio.todo,
        "out_task_type_id": studio.shading,
        "out_task_status_id": studio.wip,
    }
    created = (await client.post("/data/status-automations", json=body, headers=admin_headers)).json()
    async with run_in_unit_of_work() as uow:
        uow.get_session().add(
            ProjectStatusAutomationLink(
                project_id=uuid.UUID(studio.project), status_automation_id=uuid.UUID(created["id"])
            )
        )
    response = await client.delete(f"/data/status-automations/{created['id']}", headers=admin_headers)
    assert response.status_code == 400 and response.json() == {
        "message": "This automation is used in a project."
    }


async def test_custom_action_names(client, admin_headers):
    missing = await client.post("/data/custom-actions", json={"url": "http://x"}, headers=admin_headers)
    assert missing.status_code == 400
    assert missing.json()["message"] == "The 'name' field is required and cannot be None."
    created = (await client.post("/data/custom-actions", json={"name": "Go"}, headers=admin_headers)).json()
    cleared = await client.put(
        f"/data/custom-actions/{created['id']}", json={"name": None}, headers=admin_headers
    )
    assert cleared.status_code == 400


async def test_salary_scales(client, admin_headers):
    refused = await client.post("/data/salary-scales", json={"salary": 1}, headers=admin_headers)
    assert refused.status_code == 400 and refused.json()["message"] == "Salary scales cannot be created"
    rows = (await client.get("/data/salary-scales", headers=admin_headers)).json()
    departments = {row["department_id"] for row in rows}
    assert len(rows) == len(departments) * 3 * 3 and all(row["salary"] == 0 for row in rows)
    assert len((await client.get("/data/salary-scales", headers=admin_headers)).json()) == len(rows)
    moved = await client.put(
        f"/data/salary-scales/{rows[0]['id']}",
        json={"salary": 200, "department_id": str(uuid.uuid4())},
        headers=admin_headers,
    )
    assert moved.json()["salary"] == 200 and moved.json()["department_id"] == rows[0]["department_id"]


async def test_schedule_items(client, admin_headers, studio, member):
    body = {"project_id": studio.project, "task_type_id": studio.modeling, "object_id": studio.asset}
    created = (await client.post("/data/schedule-items", json=body, headers=admin_headers)).json()
    duplicate = await client.post("/data/schedule-items", json=body, headers=admin_headers)
    assert (
        duplicate.status_code == 400
        and duplicate.json()["message"] == "A similar schedule item already exists"
    )
    _, supervisor = await member("supervisor")
    _, user = await member("user")
    url = f"/data/schedule-items/{created['id']}"
    response = await client.put(url, json={"man_days": "ten", "start_date": "2024-02-01"}, headers=supervisor)
    assert response.status_code == 200 and response.json()["man_days"] is None
    assert (await client.put(url, json={"man_days": 3}, headers=user)).status_code == 403


async def test_metadata_descriptors(client, admin_headers, studio, member, make_person):
    body = {
        "project_id": studio.project,
        "entity_type": "Asset",
        "name": "Look",
        "field_name": "look",
        "data_type": "colour",
        "departments": [studio.modeling_department],
    }
    bad = await client.post("/data/metadata-descriptors", json=body, headers=admin_headers)
    assert bad.status_code == 400 and bad.json()["message"] == "Invalid data_type"
    created = (
        await client.post(
            "/data/metadata-descriptors", json={**body, "data_type": "string"}, headers=admin_headers
        )
    ).json()
    _, user = await member("user")
    _, outsider = await make_person("user")
    rows = (await client.get("/data/metadata-descriptors", headers=user)).json()
    assert [row["departments"] for row in rows] == [[studio.modeling_department]], "listed with departments"
    assert (await client.get("/data/metadata-descriptors", headers=outsider)).json() == []
    assert (await client.get(f"/data/metadata-descriptors/{created['id']}", headers=user)).status_code == 403


async def test_notifications_rename_their_type(client, admin_headers, studio):
    body = {"type": "comment", "person_id": studio.admin, "author_id": studio.admin, "task_id": studio.task}
    created = (await client.post("/data/notifications", json=body, headers=admin_headers)).json()
    assert created["type"] == "Notification" and created["notification_type"] == "comment"
    rows = (await client.get("/data/notifications?type=comment", headers=admin_headers)).json()
    assert [row["notification_type"] for row in rows] == ["comment"]
