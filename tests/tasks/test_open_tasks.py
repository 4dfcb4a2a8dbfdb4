"""The open task pool, its stats and burndown, and the people's task dates."""

import datetime
import uuid

from tests.tasks.conftest import assign


async def _plan(task_id: str, **values) -> None:
    from app.core.unit_of_work import run_in_unit_of_work
    from app.models import Task

    async with run_in_unit_of_work() as uow:
        task = await uow.get_session().get(Task, uuid.UUID(task_id))
        for name, value in values.items():
            setattr(task, name, value)


async def test_open_tasks(client, admin_headers, studio, make_person):
    artist, _ = await make_person("user")
    await assign(studio.task, artist["id"])
    response = await client.get("/data/tasks/open-tasks", headers=admin_headers)
    assert response.status_code == 200
    body = response.json()
    assert body["limit"] == 100 and body["page"] == 1 and body["is_more"] is False
    assert body["stats"]["total"] == 2
    assert body["stats"]["status"] == [{"task_status_id": studio.todo, "amount": 2}]
    by_id = {task["id"]: task for task in body["data"]}
    assert by_id[studio.task]["type_name"] == "Modeling" and by_id[studio.task]["assignees"] == [artist["id"]]
    assert by_id[studio.shot_task]["sequence_name"] == "SQ01"
    page = await client.get("/data/tasks/open-tasks?limit=1&page=2", headers=admin_headers)
    assert len(page.json()["data"]) == 1 and page.json()["is_more"] is False
    mine = await client.get(f"/data/tasks/open-tasks?person_id={artist['id']}", headers=admin_headers)
    assert [task["id"] for task in mine.json()["data"]] == [studio.task]
    unassigned = await client.get("/data/tasks/open-tasks?person_id=unassigned", headers=admin_headers)
    assert [task["id"] for task in unassigned.json()["data"]] == [studio.shot_task]
    typed = await client.get(f"/data/tasks/open-tasks?task_type_id={studio.animation}", headers=admin_headers)
    assert [task["id"] for task in typed.json()["data"]] == [studio.shot_task]
    empty = await client.get("/data/tasks/open-tasks?start_date=2026-01-01", headers=admin_headers)
    assert empty.json()["data"] == [] and empty.json()["stats"]["total"] == 0


async def test_open_tasks_bad_parameters(client, admin_headers):
    for query, message in (
        ("limit=abc", "Wrong value for parameter limit."),
        ("priority=x", "Wrong value for parameter priority."),
        ("project_id=bad", "Wrong UUID format."),
        ("person_id=bad", "Wrong UUID format."),
    ):
        response = await client.get(f"/data/tasks/open-tasks?{query}", headers=admin_headers)
        assert response.status_code == 400 and response.json()["message"] == message
    bad_date = await client.get("/data/tasks/open-tasks?start_date=bad", headers=admin_headers)
    assert bad_date.status_code == 400
    burndown = await client.get("/data/tasks/open-tasks/burndown?project_id=bad", headers=admin_headers)
    assert burndown.status_code == 400


async def test_open_tasks_by_role(client, studio, member, make_person):
    _, outsider = await make_person("user")
    assert (await client.get("/data/tasks/open-tasks", headers=outsider)).json()["data"] == []
    forbidden = await client.get(f"/data/tasks/open-tasks?project_id={studio.project}", headers=outsider)
    assert forbidden.status_code == 403
    vendor, vendor_headers = await member("vendor")
    await assign(studio.task, vendor["id"])
    mine = await client.get("/data/tasks/open-tasks", headers=vendor_headers)
    assert [task["id"] for task in mine.json()["data"]] == [studio.task]
    _, artist = await member("user")
    assert len((await client.get("/data/tasks/open-tasks", headers=artist)).json()["data"]) == 2


async def test_open_tasks_stats(client, admin_headers, studio, make_person):
    response = await client.get("/data/tasks/open-tasks/stats", headers=admin_headers)
    assert response.status_code == 200
    project = response.json()[studio.project]
    assert project["amount"] == 2 and project["amount_done"] == 0 and len(project["task_types"]) == 2
    # Zou's sums are floats even when nothing was logged (0.0, not 0).
    assert isinstance(project["total_duration"], float) and isinstance(project["total_estimation"], float)
    _, outsider = await make_person("user")
    assert (await client.get("/data/tasks/open-tasks/stats", headers=outsider)).json() == {}


async def test_burndown(client, admin_headers, studio):
    await _plan(
        studio.task,
        start_date=datetime.datetime(2026, 3, 1),
        due_date=datetime.datetime(2026, 3, 10),
        done_date=datetime.datetime(2026, 2, 1, 12),
        estimation=60,
    )
    response = await client.get("/data/tasks/open-tasks/burndown", headers=admin_headers)
    assert response.status_code == 200
    assert response.json() == {
        "total": 2,
        "total_estimation": 60,
        "start_date": "2026-03-01",
        "end_date": "2026-03-10",
        "done_by_day": [{"date": "2026-03-01", "done": 1, "done_estimation": 60}],
    }


async def test_persons_task_dates(client, admin_headers, studio, member, make_person):
    artist, _ = await make_person("user")
    await assign(studio.task, artist["id"])
    await _plan(
        studio.task, start_date=datetime.datetime(2026, 3, 1), due_date=datetime.datetime(2026, 3, 10)
    )
    response = await client.get("/data/persons/task-dates", headers=admin_headers)
    assert response.status_code == 200
    assert response.json() == [
        {
            "person_id": artist["id"],
            "min_date": "2026-03-01T00:00:00",
            "max_date": "2026-03-10T00:00:00",
            "busy_periods": [],
        }
    ]
    bad = await client.get("/data/persons/task-dates?project_id=bad", headers=admin_headers)
    assert bad.status_code == 400 and bad.json()["message"] == "Invalid project_id."
    _, artist_headers = await member("user")
    assert (await client.get("/data/persons/task-dates", headers=artist_headers)).status_code == 403
    _, supervisor = await make_person("supervisor")
    # Not in the team: the production comes back as busy periods only.
    busy = await client.get("/data/persons/task-dates", headers=supervisor)
    assert busy.json() == [
        {
            "person_id": artist["id"],
            "min_date": None,
            "max_date": None,
            "busy_periods": [{"start_date": "2026-03-01 00:00:00", "end_date": "2026-03-10 00:00:00"}],
        }
    ]
    refused = await client.get(f"/data/persons/task-dates?project_id={studio.project}", headers=supervisor)
    assert refused.status_code == 403
