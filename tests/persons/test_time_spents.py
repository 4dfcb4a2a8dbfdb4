"""`/data/persons/.../time-spents`: a person's rows, per-task totals by period, the studio
tables, and who reads whose time sheet."""

import uuid

import pytest

from tests.persons.conftest import add_department, log_time


@pytest.fixture
async def sheet(studio, member, other_project):
    """An artist of the studio's production who logged time in both productions (March 2024):
    60 min of modeling on the 4th, 30 min of animation and 45 min on the second show on the 5th."""
    artist, headers = await member("user")
    await log_time(studio.task, artist["id"], "2024-03-04", 60)
    await log_time(studio.shot_task, artist["id"], "2024-03-05", 30)
    await log_time(other_project["task"], artist["id"], "2024-03-05", 45)
    return {"id": artist["id"], "headers": headers, **other_project}


async def test_range_and_day_rows(client, admin_headers, studio, sheet):
    base = f"/data/persons/{sheet['id']}/time-spents"
    assert (await client.get(base, headers=admin_headers)).json() == []
    rows = (
        await client.get(f"{base}?start_date=2024-03-01&end_date=2024-03-04", headers=admin_headers)
    ).json()
    assert len(rows) == 1 and rows[0]["type"] == "TimeSpent" and rows[0]["duration"] == 60
    assert (rows[0]["project_id"], rows[0]["task_type_id"]) == (studio.project, studio.modeling)
    both = await client.get(f"{base}?start_date=2024-03-01&end_date=2024-03-31", headers=admin_headers)
    assert len(both.json()) == 3
    day = (await client.get(f"{base}/2024-03-05", headers=admin_headers)).json()
    assert sorted(row["duration"] for row in day) == [30, 45]
    one_bound = await client.get(f"{base}?start_date=2024-03-01", headers=admin_headers)
    assert one_bound.status_code == 400 and "both a `start_date`" in one_bound.json()["message"]
    bad = await client.get(f"{base}?start_date=2024-03-01&end_date=2024-13-01", headers=admin_headers)
    assert bad.json()["message"] == "Wrong date format for 2024-03-01 and/or 2024-13-01"
    for wrong in ("2024-13-01", "abc"):
        answer = await client.get(f"{base}/{wrong}", headers=admin_headers)
        assert answer.status_code == 400 and answer.json() == {
            "error": True, "message": "Invalid month or year.", "data": None,
        }  # fmt: skip


async def test_totals_per_task_by_period(client, admin_headers, studio, sheet):
    base = f"/data/persons/{sheet['id']}/time-spents"
    year = (await client.get(f"{base}/year/2024", headers=admin_headers)).json()
    assert sorted(row["duration"] for row in year) == [30, 45, 60]
    modeling = next(row for row in year if row["task_id"] == studio.task)
    assert modeling == {
        "task_id": studio.task, "task_type_id": studio.modeling, "project_id": studio.project,
        "project_name": "Big Buck", "entity_name": "Hero", "entity_type_name": "Character",
        "sequence_name": None, "episode_name": None, "duration": 60,
    }  # fmt: skip
    animation = next(row for row in year if row["task_id"] == studio.shot_task)
    assert (animation["entity_name"], animation["sequence_name"]) == ("SH010", "SQ01")
    assert len((await client.get(f"{base}/month/2024/3", headers=admin_headers)).json()) == 3
    assert (await client.get(f"{base}/month/2024/4", headers=admin_headers)).json() == []
    week = (await client.get(f"{base}/week/2024/10", headers=admin_headers)).json()
    assert len(week) == 3
    day = (await client.get(f"{base}/day/2024/3/5", headers=admin_headers)).json()
    assert sorted(row["duration"] for row in day) == [30, 45]
    only = await client.get(f"{base}/year/2024?project_id={sheet['project']}", headers=admin_headers)
    assert [row["duration"] for row in only.json()] == [45]
    everything = (await client.get(f"{base}/month/all/2024/03", headers=admin_headers)).json()
    assert [row["date"] for row in everything] == ["2024-03-04", "2024-03-05", "2024-03-05"]
    assert all(row["type"] == "TimeSpent" for row in everything)


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("year/abc", "Invalid date format."),
        ("month/2024/13", "Invalid date format."),
        ("month/all/2024/0", "Invalid month or year."),
        ("week/2024/54", "Invalid month or year."),
        ("day/2024/2/30", "Invalid month or year."),
        ("year/2024?project_id=nope", "Wrong UUID format."),
    ],
)
async def test_malformed_periods_are_400(client, admin_headers, sheet, path, message):
    answer = await client.get(f"/data/persons/{sheet['id']}/time-spents/{path}", headers=admin_headers)
    assert answer.status_code == 400 and answer.json()["message"] == message


async def test_unknown_person_and_bots(client, admin_headers, make_person):
    for person_id in (uuid.uuid4(), "not-an-id"):
        answer = await client.get(f"/data/persons/{person_id}/time-spents/year/2024", headers=admin_headers)
        assert answer.status_code == 404
    bot, _ = await make_person("user", is_bot=True)
    assert (
        await client.get(f"/data/persons/{bot['id']}/time-spents/2024-03-04", headers=admin_headers)
    ).status_code == 403


async def test_artists_read_only_their_own_sheet(client, studio, sheet, member):
    own = await client.get(f"/data/persons/{sheet['id']}/time-spents/year/2024", headers=sheet["headers"])
    assert len(own.json()) == 3
    _, other = await member("user")
    for path in ("year/2024", "2024-03-05", "month/all/2024/3", "day/2024/3/5"):
        answer = await client.get(f"/data/persons/{sheet['id']}/time-spents/{path}", headers=other)
        assert answer.status_code == 403
    ranged = f"/data/persons/{sheet['id']}/time-spents?start_date=2024-03-01&end_date=2024-03-31"
    assert (await client.get(ranged, headers=other)).status_code == 403


async def test_managers_and_supervisors_read_their_productions(client, studio, sheet, member):
    _, manager = await member("manager")
    year = (await client.get(f"/data/persons/{sheet['id']}/time-spents/year/2024", headers=manager)).json()
    assert sorted(row["duration"] for row in year) == [30, 60]  # not the second show
    outside = f"/data/persons/{sheet['id']}/time-spents/year/2024?project_id={sheet['project']}"
    assert (await client.get(outside, headers=manager)).status_code == 403
    supervisor, supervisor_headers = await member("supervisor")
    await add_department(supervisor["id"], studio.animation_department)
    day = (
        await client.get(f"/data/persons/{sheet['id']}/time-spents/2024-03-05", headers=supervisor_headers)
    ).json()
    assert [row["duration"] for row in day] == [30]
    # Only the person and admins read the month's raw rows.
    assert (
        await client.get(f"/data/persons/{sheet['id']}/time-spents/month/all/2024/3", headers=manager)
    ).status_code == 403


async def test_tables(client, admin_headers, studio, sheet, member):
    artist = sheet["id"]
    day_table = (await client.get("/data/persons/time-spents/day-table/2024/3", headers=admin_headers)).json()
    assert day_table == {"4": {artist: 60}, "5": {artist: 75}}
    month_table = (
        await client.get("/data/persons/time-spents/month-table/2024", headers=admin_headers)
    ).json()
    assert month_table == {"3": {artist: 135}}
    week_table = (await client.get("/data/persons/time-spents/week-table/2024", headers=admin_headers)).json()
    assert week_table == {"10": {artist: 135}}
    year_table = (await client.get("/data/persons/time-spents/year-table", headers=admin_headers)).json()
    assert year_table == {"2024": {artist: 135}}
    filtered = await client.get(
        f"/data/persons/time-spents/year-table?project_id={studio.project}&department_id={studio.animation_department}",
        headers=admin_headers,
    )
    assert filtered.json() == {"2024": {artist: 30}}
    assert (
        await client.get("/data/persons/time-spents/month-table/2023", headers=admin_headers)
    ).json() == {}


async def test_tables_group_by_period_edges(client, admin_headers, studio, member):
    """Summed by the database per period: the ISO week 1 that ends 2024 (from Monday 30 December)
    adds up with the one that starts it, 1 January 2027 is in week 53 (of 2026) and comes first,
    years and months in date order, and minutes are always floats, as a sum in Python gave."""
    first, _ = await member("user")
    second, _ = await member("user")
    await log_time(studio.task, second["id"], "2024-01-02", 10)
    await log_time(studio.task, first["id"], "2024-01-03", 20)
    await log_time(studio.task, first["id"], "2024-12-31", 40)
    await log_time(studio.shot_task, first["id"], "2024-12-31", 5)
    await log_time(studio.task, first["id"], "2027-01-01", 15)
    await log_time(studio.task, first["id"], "2027-01-04", 25)

    async def raw(path: str) -> bytes:
        answer = await client.get(f"/data/persons/time-spents/{path}", headers=admin_headers)
        assert answer.status_code == 200
        return answer.content

    one, two = first["id"], second["id"]
    assert await raw("week-table/2024") == f'{{"1":{{"{two}":10.0,"{one}":65.0}}}}'.encode()
    assert await raw("week-table/2027") == f'{{"53":{{"{one}":15.0}},"1":{{"{one}":25.0}}}}'.encode()
    assert (
        await raw("month-table/2024")
        == f'{{"1":{{"{two}":10.0,"{one}":20.0}},"12":{{"{one}":45.0}}}}'.encode()
    )
    assert await raw("day-table/2024/12") == f'{{"31":{{"{one}":45.0}}}}'.encode()
    assert (
        await raw("year-table")
        == f'{{"2024":{{"{two}":10.0,"{one}":65.0}},"2027":{{"{one}":40.0}}}}'.encode()
    )


async def test_table_scopes(client, studio, sheet, member):
    _, other = await member("user")
    assert (await client.get("/data/persons/time-spents/year-table", headers=other)).json() == {}
    own = await client.get("/data/persons/time-spents/year-table", headers=sheet["headers"])
    assert own.json() == {"2024": {sheet["id"]: 135}}
    _, manager = await member("manager")
    scoped = (await client.get("/data/persons/time-spents/month-table/2024", headers=manager)).json()
    assert scoped == {"3": {sheet["id"]: 90}}
    elsewhere = f"/data/persons/time-spents/year-table?project_id={sheet['project']}"
    assert (await client.get(elsewhere, headers=manager)).status_code == 403
    supervisor, supervisor_headers = await member("supervisor")
    await add_department(supervisor["id"], studio.modeling_department)
    mine = (await client.get("/data/persons/time-spents/day-table/2024/3", headers=supervisor_headers)).json()
    assert mine == {"4": {sheet["id"]: 60}}
    foreign = f"/data/persons/time-spents/year-table?department_id={studio.animation_department}"
    refused = await client.get(foreign, headers=supervisor_headers)
    assert refused.status_code == 400
    assert refused.json()["message"] == "Supervisor not allowed to access this department"


@pytest.mark.parametrize(
    "path",
    [
        "month-table/abc",
        "week-table/abc",
        "day-table/2024/13",
        "day-table/abc/1",
        "year-table?project_id=nope",
        "year-table?studio_id=nope",
        "year-table?department_id=nope",
    ],
)
async def test_malformed_table_requests_are_400(client, admin_headers, path):
    answer = await client.get(f"/data/persons/time-spents/{path}", headers=admin_headers)
    assert answer.status_code == 400 and answer.json()["error"] is True


async def test_routes_need_a_token(client, sheet):
    assert (await client.get("/data/persons/time-spents/year-table")).status_code == 401
    assert (await client.get(f"/data/persons/{sheet['id']}/time-spents/year/2024")).status_code == 401
