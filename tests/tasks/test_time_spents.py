"""Time logged on a task: set, add, read, remove; refusals write nothing."""

import uuid

from tests.tasks.conftest import assign, db_get, event_names, rows


def url(task_id, person_id, date="2026-12-01", add=False):
    return f"/actions/tasks/{task_id}/time-spents/{date}/persons/{person_id}" + ("/add" if add else "")


async def test_artist_logs_time_on_their_task(client, studio, member):
    artist, headers = await member("user")
    await assign(studio.task, artist["id"])
    created = await client.post(url(studio.task, artist["id"]), json={"duration": 60}, headers=headers)
    assert created.status_code == 201
    body = created.json()
    assert body["duration"] == 60 and body["date"] == "2026-12-01" and body["type"] == "TimeSpent"
    added = await client.post(
        url(studio.task, artist["id"], add=True), json={"duration": 30}, headers=headers
    )
    assert added.status_code == 201
    assert added.json()["duration"] == 90 and added.json()["id"] == body["id"]
    replaced = await client.post(url(studio.task, artist["id"]), json={"duration": 45}, headers=headers)
    assert replaced.json()["duration"] == 45
    assert (await db_get("Task", studio.task)).duration == 45
    assert str((await db_get("Person", artist["id"])).last_presence) == "2026-12-01"
    names = await event_names()
    assert "time-spent:new" in names and "time-spent:update" in names and "task:update" in names
    # The presence moves through Zou's person update, announced (the roles recording saw it).
    assert "person:update" in names

    listed = await client.get(f"/actions/tasks/{studio.task}/time-spents", headers=headers)
    assert listed.status_code == 200
    assert listed.json()["total"] == 45
    assert [entry["id"] for entry in listed.json()[artist["id"]]] == [body["id"]]
    that_day = await client.get(f"/actions/tasks/{studio.task}/time-spents/2026-12-01", headers=headers)
    assert that_day.json()["total"] == 45
    other_day = await client.get(f"/actions/tasks/{studio.task}/time-spents/2026-12-02", headers=headers)
    assert other_day.json() == {"total": 0}

    removed = await client.delete(url(studio.task, artist["id"]), headers=headers)
    assert removed.status_code == 201
    assert removed.json()["duration"] == 0
    assert await rows("TimeSpent") == []
    assert (await db_get("Task", studio.task)).duration == 0
    again = await client.delete(url(studio.task, artist["id"]), headers=headers)
    assert again.status_code == 404


async def test_bad_input_writes_nothing(client, admin_headers, studio, make_person):
    artist, _ = await make_person("user")
    await assign(studio.task, artist["id"])
    for duration in (-5, 0, "abc"):
        response = await client.post(
            url(studio.task, artist["id"]), json={"duration": duration}, headers=admin_headers
        )
        assert response.status_code == 400
        assert response.json()["message"] == "Validation error."
    missing = await client.post(url(studio.task, artist["id"]), json={}, headers=admin_headers)
    assert missing.status_code == 400
    for date in ("2026-13-01", "nodate", "01-12-2026"):
        response = await client.post(
            url(studio.task, artist["id"], date=date, add=True), json={"duration": 5}, headers=admin_headers
        )
        assert response.status_code == 400
        assert response.json() == {"error": True, "message": "Invalid date format.", "data": None}
    bad_get = await client.get(f"/actions/tasks/{studio.task}/time-spents/bad", headers=admin_headers)
    assert bad_get.status_code == 400
    assert bad_get.json()["message"] == "Wrong date format."
    bad_delete = await client.delete(url(studio.task, artist["id"], date="bad"), headers=admin_headers)
    assert bad_delete.status_code == 400
    assert await rows("TimeSpent") == []
    assert (await db_get("Task", studio.task)).duration == 0


async def test_unknown_rows(client, admin_headers, studio, make_person):
    artist, _ = await make_person("user")
    for task_id in (str(uuid.uuid4()), "bad"):
        response = await client.post(url(task_id, artist["id"]), json={"duration": 5}, headers=admin_headers)
        assert response.status_code == 404
        listed = await client.get(f"/actions/tasks/{task_id}/time-spents", headers=admin_headers)
        assert listed.status_code == 404
    unknown_person = await client.post(
        url(studio.task, str(uuid.uuid4())), json={"duration": 5}, headers=admin_headers
    )
    assert unknown_person.status_code == 404


async def test_only_assignees_get_time(client, admin_headers, studio, make_person):
    """Zou's rule: even an admin logs time only for a person assigned to the task."""
    artist, _ = await make_person("user")
    response = await client.post(url(studio.task, artist["id"]), json={"duration": 5}, headers=admin_headers)
    assert response.status_code == 403
    assert await rows("TimeSpent") == []


async def test_artists_log_only_their_own_time(client, studio, member):
    artist, headers = await member("user")
    colleague, _ = await member("user")
    await assign(studio.task, colleague["id"])
    response = await client.post(url(studio.task, colleague["id"]), json={"duration": 5}, headers=headers)
    assert response.status_code == 403
    removal = await client.delete(url(studio.task, colleague["id"]), headers=headers)
    assert removal.status_code == 403


async def test_managers_log_for_their_team(client, studio, member):
    _, headers = await member("manager")
    artist, _ = await member("user")
    await assign(studio.task, artist["id"])
    response = await client.post(url(studio.task, artist["id"]), json={"duration": 5}, headers=headers)
    assert response.status_code == 201


async def test_a_day_off_does_not_stop_it(client, studio, member):
    """As Zou: time logged on a day off is accepted."""
    import datetime

    from app.core.unit_of_work import run_in_unit_of_work
    from app.models import DayOff

    artist, headers = await member("user")
    await assign(studio.task, artist["id"])
    day = datetime.date(2026, 12, 3)
    async with run_in_unit_of_work() as uow:
        uow.get_session().add(DayOff(person_id=uuid.UUID(artist["id"]), date=day, end_date=day))
    response = await client.post(
        url(studio.task, artist["id"], date="2026-12-03"), json={"duration": 30}, headers=headers
    )
    assert response.status_code == 201


async def test_reading_needs_the_project(client, studio, make_person):
    _, outsider = await make_person("user")
    response = await client.get(f"/actions/tasks/{studio.task}/time-spents", headers=outsider)
    assert response.status_code == 403


async def test_bots_log_time_only_where_bots_collaborate(client, admin_headers, studio, make_person):
    bot, _ = await make_person("user", is_bot=True)
    await assign(studio.task, bot["id"])
    response = await client.post(url(studio.task, bot["id"]), json={"duration": 5}, headers=admin_headers)
    assert response.status_code == 403
