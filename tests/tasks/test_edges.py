"""The remaining error paths and role refusals of the task routes."""

import uuid

from tests.tasks.conftest import assign


async def _status(name: str) -> str:
    from sqlalchemy import select

    from app.core.unit_of_work import run_in_unit_of_work
    from app.models import TaskStatus

    async with run_in_unit_of_work() as uow:
        return str(
            (await uow.get_session().execute(select(TaskStatus.id).where(TaskStatus.name == name))).scalar()
        )


async def _set_status(task_id: str, status_id: str) -> None:
    from app.core.unit_of_work import run_in_unit_of_work
    from app.models import Task

    async with run_in_unit_of_work() as uow:
        task = await uow.get_session().get(Task, uuid.UUID(task_id))
        task.task_status_id = uuid.UUID(status_id)


async def test_done_tasks(client, admin_headers, studio, make_person):
    artist, _ = await make_person("user")
    await assign(studio.task, artist["id"])
    await assign(studio.shot_task, artist["id"])
    await _set_status(studio.task, await _status("Done"))
    done = await client.get(f"/data/persons/{artist['id']}/done-tasks", headers=admin_headers)
    assert [task["id"] for task in done.json()] == [studio.task]
    assert done.json()[0]["task_status_name"] == "Done"
    todo = await client.get(f"/data/persons/{artist['id']}/tasks", headers=admin_headers)
    assert [task["id"] for task in todo.json()] == [studio.shot_task]


async def test_client_previews_leave_out_rejected_ones(client, admin_headers, studio, member):
    from app.core.unit_of_work import run_in_unit_of_work
    from app.models import PreviewFile

    async with run_in_unit_of_work() as uow:
        session = uow.get_session()
        kept = PreviewFile(name="v1", revision=1, extension="png", task_id=uuid.UUID(studio.task))
        rejected = PreviewFile(
            name="v2",
            revision=2,
            extension="png",
            task_id=uuid.UUID(studio.task),
            validation_status="rejected",
        )
        session.add_all([kept, rejected])
    everything = await client.get(f"/data/tasks/{studio.task}/previews", headers=admin_headers)
    assert [p["id"] for p in everything.json()] == [str(rejected.id), str(kept.id)]
    _, client_headers = await member("client")
    seen = await client.get(f"/data/tasks/{studio.task}/previews", headers=client_headers)
    assert [p["id"] for p in seen.json()] == [str(kept.id)]
    missing = await client.get(f"/data/tasks/{uuid.uuid4()}/previews", headers=admin_headers)
    assert missing.status_code == 404


async def test_admin_lists_with_rows(client, admin_headers, studio, make_person):
    artist, _ = await make_person("user")
    await client.put(
        f"/actions/tasks/{studio.task}/assign", json={"person_id": artist["id"]}, headers=admin_headers
    )
    listed = await client.get(f"/data/projects/{studio.project}/notifications", headers=admin_headers)
    assert [n["notification_type"] for n in listed.json()] == ["assignation"]
    assert (await client.get("/data/projects/bad/notifications", headers=admin_headers)).status_code == 404


async def test_bad_bodies(client, admin_headers, studio):
    for path, body in (
        ("/actions/tasks/set-priority", {"task_ids": [studio.task]}),
        ("/actions/tasks/set-priority", {"priority": 1}),
        ("/actions/tasks/set-main-preview", {"task_ids": []}),
        ("/actions/persons/" + studio.admin + "/assign", {}),
        ("/actions/tasks/clear-assignation", {}),
    ):
        response = await client.put(path, json=body, headers=admin_headers)
        assert response.status_code == 400, path
        assert response.json()["message"] == "Validation error."
    not_json = await client.post(
        f"/actions/projects/{studio.project}/delete-tasks", content=b"x", headers=admin_headers
    )
    assert not_json.status_code == 400
    bad_ids = await client.post(
        f"/actions/projects/{studio.project}/delete-tasks", json=["bad"], headers=admin_headers
    )
    assert bad_ids.json()["message"] == "Request body must only contain valid UUIDs."


async def test_entity_type_creation_refusals(client, studio, member):
    _, artist = await member("user")
    path = f"/actions/projects/{studio.project}/task-types/{studio.animation}/create-tasks/sequence"
    assert (await client.post(path, headers=artist)).status_code == 403
    _, manager = await member("manager")
    created = await client.post(path, json=[studio.sequence], headers=manager)
    assert [task["entity_id"] for task in created.json()] == [studio.sequence]


async def test_vendors_set_pictures_only_of_their_entities(client, admin_headers, studio, member):
    vendor, headers = await member("vendor")
    assert (
        await client.put(f"/actions/tasks/{studio.task}/set-main-preview", headers=headers)
    ).status_code == 403
    await assign(studio.task, vendor["id"])
    no_preview = await client.put(f"/actions/tasks/{studio.task}/set-main-preview", headers=headers)
    assert no_preview.status_code == 400
    assert no_preview.json()["message"] == "This task has no preview file to set as the main preview."


async def test_unknown_project_for_creation_and_deletion(client, admin_headers, studio):
    unknown = str(uuid.uuid4())
    created = await client.post(
        f"/actions/projects/{unknown}/task-types/{studio.modeling}/assets/create-tasks", headers=admin_headers
    )
    assert created.status_code == 404
    deleted = await client.post(
        f"/actions/projects/{unknown}/delete-tasks", json=[studio.task], headers=admin_headers
    )
    assert deleted.status_code == 404
