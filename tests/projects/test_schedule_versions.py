"""Production schedule versions: copying the production or another version into one, reading its
task links, applying it to the production."""

import datetime
import uuid

from tests.crud.conftest import assign, events_named
from tests.projects.support import insert, link, rows

ACTIONS = "/actions/production-schedule-versions/{}"


async def _version(project: str, name: str = "V1") -> str:
    return await insert("ProductionScheduleVersion", name=name, project_id=project)


async def test_copy_production_then_read_links(client, studio, member):
    _, manager = await member("manager")
    artist, artist_headers = await member("user")
    await assign(studio.task, artist["id"])
    start = datetime.datetime(2030, 1, 1, 9, 0)
    from app.core.unit_of_work import run_in_unit_of_work
    from app.models import Task

    async with run_in_unit_of_work() as uow:
        task = await uow.get_session().get(Task, uuid.UUID(studio.task))
        task.start_date, task.estimation = start, 3
    version = await _version(studio.project)
    response = await client.post(ACTIONS.format(version) + "/set-task-links-from-production", headers=manager)
    assert response.status_code == 200 and response.json() == {"success": True, "task_link_count": 2}
    again = await client.post(ACTIONS.format(version) + "/set-task-links-from-production", headers=manager)
    assert again.json()["task_link_count"] == 2
    assert len(await rows("ProductionScheduleVersionTaskLink", production_schedule_version_id=version)) == 2
    url = f"/data/production-schedule-versions/{version}/task-links"
    links = (await client.get(url, params={"relations": "true"}, headers=artist_headers)).json()
    mine = next(row for row in links if row["task_id"] == studio.task)
    assert mine["start_date"] == "2030-01-01T09:00:00" and mine["estimation"] == 3
    assert mine["assignees"] == [artist["id"]]
    filtered = (
        await client.get(url, params={"task_type_id": studio.animation}, headers=artist_headers)
    ).json()
    assert [row["task_id"] for row in filtered] == [studio.shot_task] and "assignees" not in filtered[0]


async def test_task_links_refusals(client, studio, member):
    version = await _version(studio.project)
    _, client_headers = await member("client")
    _, vendor = await member("vendor")
    _, outsider = await member("user", in_team=False)
    url = f"/data/production-schedule-versions/{version}/task-links"
    for headers in (client_headers, vendor, outsider):
        assert (await client.get(url, headers=headers)).status_code == 403
    missing = await client.get(
        f"/data/production-schedule-versions/{uuid.uuid4()}/task-links", headers=vendor
    )
    assert missing.status_code == 404
    _, artist = await member("user")
    for action in ("set-task-links-from-production", "apply-to-production"):
        assert (await client.post(ACTIONS.format(version) + f"/{action}", headers=artist)).status_code == 403
    assert await rows("ProductionScheduleVersionTaskLink") == []


async def test_copy_from_another_version(client, studio, member):
    _, manager = await member("manager")
    artist, _ = await member("user")
    source = await _version(studio.project, "Source")
    target = await _version(studio.project, "Target")
    source_link = await insert(
        "ProductionScheduleVersionTaskLink",
        production_schedule_version_id=source,
        task_id=studio.task,
        estimation=5,
    )
    await link(
        "ProductionScheduleVersionTaskLinkPersonLink",
        production_schedule_version_task_link_id=source_link,
        person_id=artist["id"],
    )
    url = ACTIONS.format(target) + "/set-task-links-from-production-schedule-version"
    response = await client.post(url, json={"production_schedule_version_id": source}, headers=manager)
    assert response.status_code == 200 and response.json()["task_link_count"] == 1
    copied = await rows("ProductionScheduleVersionTaskLink", production_schedule_version_id=target)
    assert [(str(row.task_id), row.estimation) for row in copied] == [(studio.task, 5)]
    people = await rows(
        "ProductionScheduleVersionTaskLinkPersonLink",
        production_schedule_version_task_link_id=str(copied[0].id),
    )
    assert [str(row.person_id) for row in people] == [artist["id"]]
    assert str((await rows("ProductionScheduleVersion", id=target))[0].production_schedule_from) == source
    assert await events_named("production_schedule_version:update") == [
        {"production_schedule_version_id": target, "project_id": studio.project}
    ]
    itself = await client.post(url, json={"production_schedule_version_id": target}, headers=manager)
    assert itself.status_code == 400
    elsewhere = await _version(studio.closed_project, "Elsewhere")
    other = await client.post(url, json={"production_schedule_version_id": elsewhere}, headers=manager)
    assert other.status_code == 400
    assert other.json()["message"] == "Production schedule versions must belong to the same project."
    assert (await client.post(url, json={}, headers=manager)).status_code == 400
    unknown = await client.post(
        url, json={"production_schedule_version_id": str(uuid.uuid4())}, headers=manager
    )
    assert unknown.status_code == 404


async def test_apply_to_production(client, studio, member):
    _, manager = await member("manager")
    version = await _version(studio.project)
    due = datetime.datetime(2031, 5, 6, 0, 0)
    await insert(
        "ProductionScheduleVersionTaskLink",
        production_schedule_version_id=version,
        task_id=studio.task,
        due_date=due,
        estimation=8,
    )
    response = await client.post(ACTIONS.format(version) + "/apply-to-production", headers=manager)
    assert response.status_code == 200 and response.json() == {"success": True, "task_count": 1}
    task = (await rows("Task", id=studio.task))[0]
    assert (task.due_date, task.estimation) == (due, 8)
    assert (await rows("Task", id=studio.shot_task))[0].estimation == 0
    assert (await rows("ProductionScheduleVersion", id=version))[0].locked is True
    assert str((await rows("Project", id=studio.project))[0].from_schedule_version_id) == version
    assert await events_named("task:update") == [{"task_id": studio.task, "project_id": studio.project}]
    assert await events_named("project:update") == [{"project_id": studio.project}]
