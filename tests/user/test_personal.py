"""The caller's time spents, days off, desktop login logs and avatar."""

import uuid

from tests.crud.conftest import db_get, events_named
from tests.user.conftest import add_row, rows


async def test_time_spents(client, studio, desk):
    import datetime

    await add_row(
        "TimeSpent",
        task_id=studio.task,
        person_id=desk.artist["id"],
        date=datetime.date(2026, 12, 1),
        duration=120,
    )
    await add_row(
        "TimeSpent",
        task_id=studio.shot_task,
        person_id=desk.artist["id"],
        date=datetime.date(2026, 12, 3),
        duration=60,
    )
    assert (await client.get("/data/user/time-spents", headers=desk.headers)).json() == []
    ranged = await client.get(
        "/data/user/time-spents?start_date=2026-11-01&end_date=2026-12-02", headers=desk.headers
    )
    assert [(row["duration"], row["project_id"], row["task_type_id"]) for row in ranged.json()] == [
        (120.0, studio.project, studio.modeling)
    ]
    half = await client.get("/data/user/time-spents?start_date=2026-11-01", headers=desk.headers)
    assert half.status_code == 400 and "both a `start_date` and an `end_date`" in half.json()["message"]
    bad = await client.get("/data/user/time-spents?start_date=x&end_date=2026-12-02", headers=desk.headers)
    assert bad.status_code == 400 and bad.json()["message"] == "Wrong date format for x and/or 2026-12-02"
    day = (await client.get("/data/user/time-spents/2026-12-03", headers=desk.headers)).json()
    assert [(row["type"], row["task_id"]) for row in day] == [("TimeSpent", studio.shot_task)]
    assert (await client.get("/data/user/time-spents/someday", headers=desk.headers)).status_code == 400
    one = await client.get(f"/data/user/tasks/{studio.task}/time-spents/2026-12-01", headers=desk.headers)
    assert one.json()["duration"] == 120.0
    none = await client.get(f"/data/user/tasks/{studio.task}/time-spents/2026-12-02", headers=desk.headers)
    assert none.status_code == 200 and none.json() == {}
    assert (
        await client.get("/data/user/tasks/nope/time-spents/2026-12-02", headers=desk.headers)
    ).status_code == 400
    assert (
        await client.get(f"/data/user/tasks/{studio.task}/time-spents/x", headers=desk.headers)
    ).status_code == 400


async def test_day_off(client, desk, admin_headers):
    created = await client.post(
        "/data/day-offs",
        json={"person_id": desk.artist["id"], "date": "2026-12-10", "end_date": "2026-12-12"},
        headers=admin_headers,
    )
    assert created.status_code == 201
    found = await client.get("/data/user/day-offs/2026-12-11", headers=desk.headers)
    assert found.json()["id"] == created.json()["id"] and found.json()["type"] == "DayOff"
    assert (await client.get("/data/user/day-offs/2026-12-13", headers=desk.headers)).json() == {}
    refused = await client.get("/data/user/day-offs/bad", headers=desk.headers)
    assert refused.status_code == 400 and refused.json()["message"] == "Wrong date format."


async def test_desktop_login_logs(client, desk):
    url = "/data/user/desktop-login-logs"
    first = await client.post(url, json={"date": "2026-12-05T10:00:00"}, headers=desk.headers)
    assert first.status_code == 201 and first.json()["date"] == "2026-12-05T10:00:00"
    now = await client.post(url, headers=desk.headers)
    assert now.status_code == 201
    assert (await client.post(url, json={"date": "later"}, headers=desk.headers)).status_code == 400
    listed = (await client.get(url, headers=desk.headers)).json()
    assert [row["id"] for row in listed] == [now.json()["id"], first.json()["id"]]
    person = await db_get("Person", desk.artist["id"])
    assert person.last_presence.isoformat() == now.json()["date"][:10]
    assert len(await rows("DesktopLoginLog", person_id=desk.artist["id"])) == 2
    assert await events_named("person:update") == [{"person_id": desk.artist["id"]}] * 2


async def test_clear_avatar(client, desk):
    from app.storage import get_storage, make_key

    person_id = uuid.UUID(desk.artist["id"])
    await get_storage().save("pictures", make_key("thumbnails", person_id), b"png")
    async_person = await db_get("Person", desk.artist["id"])
    assert async_person.has_avatar in (False, None)
    response = await client.delete("/actions/user/clear-avatar", headers=desk.headers)
    assert response.status_code == 204
    assert (await db_get("Person", desk.artist["id"])).has_avatar is False
    assert not await get_storage().exists("pictures", make_key("thumbnails", person_id))
    assert await events_named("person:update") == [{"person_id": desk.artist["id"]}]
    assert (await client.delete("/actions/user/clear-avatar")).status_code == 401


async def test_dates_take_postgresql_day_words(client, studio, desk, admin_headers):
    """Zou casts a route's date in PostgreSQL, which reads today, yesterday, tomorrow and epoch as
    days: such a date gave 400 with us, a list or a day off with Zou."""
    import datetime

    today = datetime.datetime.now(datetime.UTC).date()
    await add_row("TimeSpent", task_id=studio.task, person_id=desk.artist["id"], date=today, duration=30)
    spent = (await client.get("/data/user/time-spents/Today", headers=desk.headers)).json()
    assert [row["duration"] for row in spent] == [30.0]
    assert (await client.get("/data/user/time-spents/epoch", headers=desk.headers)).json() == []
    one = await client.get(f"/data/user/tasks/{studio.task}/time-spents/today", headers=desk.headers)
    assert one.json()["duration"] == 30.0
    tomorrow = (today + datetime.timedelta(days=1)).isoformat()
    created = await client.post(
        "/data/day-offs",
        json={"person_id": desk.artist["id"], "date": tomorrow, "end_date": tomorrow},
        headers=admin_headers,
    )
    found = await client.get("/data/user/day-offs/tomorrow", headers=desk.headers)
    assert found.json()["id"] == created.json()["id"]
    assert (await client.get("/data/user/day-offs/yesterday", headers=desk.headers)).json() == {}


async def test_desktop_login_log_date_from_a_form(client, desk):
    """Zou reads `date` as any argument: query string, form field or JSON body. A form's date was
    ignored (the log dated now)."""
    url = "/data/user/desktop-login-logs"
    created = await client.post(url, data={"date": "2024-01-01T08:00:00"}, headers=desk.headers)
    assert created.status_code == 201 and created.json()["date"] == "2024-01-01T08:00:00"
    queried = await client.post(
        url, params={"date": "2024-02-01T08:00:00"}, json={"date": "2030-01-01"}, headers=desk.headers
    )
    assert queried.json()["date"] == "2024-02-01T08:00:00"
    dates = [log["date"] for log in (await client.get(url, headers=desk.headers)).json()]
    assert dates == ["2024-02-01T08:00:00", "2024-01-01T08:00:00"]
