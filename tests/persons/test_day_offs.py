"""`/data/persons/.../day-offs`: the studio's days off by year and month, a person's by date,
week, month and year, and who reads them with or without their description."""

import uuid

import pytest

from tests.persons.conftest import add_day_off, add_department, add_to_team


@pytest.fixture
async def leave(studio, member):
    """An artist of the studio's production off from 2024-03-04 to 03-08 and on 2024-12-31."""
    artist, headers = await member("user")
    await add_department(artist["id"], studio.modeling_department)
    march = await add_day_off(artist["id"], "2024-03-04", "2024-03-08", "Family")
    new_year = await add_day_off(artist["id"], "2024-12-31", "2024-12-31", None)
    return {"id": artist["id"], "headers": headers, "march": march, "new_year": new_year}


async def test_a_person_s_days_off_by_period(client, admin_headers, leave):
    base = f"/data/persons/{leave['id']}/day-offs"
    everything = (await client.get(base, headers=admin_headers)).json()
    assert [row["id"] for row in everything] == [leave["march"], leave["new_year"]]
    assert everything[0]["type"] == "DayOff" and everything[0]["description"] == "Family"
    assert (await client.get(f"{base}/2024-03-06", headers=admin_headers)).json()["id"] == leave["march"]
    assert (await client.get(f"{base}/2024-03-09", headers=admin_headers)).json() == {}
    assert [
        row["id"] for row in (await client.get(f"{base}/week/2024/10", headers=admin_headers)).json()
    ] == [leave["march"]]
    assert (await client.get(f"{base}/week/2024/11", headers=admin_headers)).json() == []
    assert len((await client.get(f"{base}/month/2024/3", headers=admin_headers)).json()) == 1
    assert (await client.get(f"{base}/month/2024/4", headers=admin_headers)).json() == []
    assert len((await client.get(f"{base}/year/2024", headers=admin_headers)).json()) == 2
    # A period ends on its last day: the first day of the next one is not part of it.
    assert (await client.get(f"{base}/year/2025", headers=admin_headers)).json() == []


async def test_studio_days_off(client, admin_headers, leave, make_person):
    someone, _ = await make_person("user")
    other = await add_day_off(someone["id"], "2024-03-29", "2024-04-02")
    march = (await client.get("/data/persons/day-offs/2024/3", headers=admin_headers)).json()
    assert [row["id"] for row in march] == [leave["march"], other]
    april = (await client.get("/data/persons/day-offs/2024/04", headers=admin_headers)).json()
    assert [row["id"] for row in april] == [other]
    year = (await client.get("/data/persons/day-offs/2024", headers=admin_headers)).json()
    assert len(year) == 3


@pytest.mark.parametrize(
    "path",
    [
        "day-offs/abc",
        "day-offs/2024/13",
        "{person}/day-offs/2024-02-30",
        "{person}/day-offs/abc",
        "{person}/day-offs/week/2024/60",
        "{person}/day-offs/month/2024/13",
        "{person}/day-offs/year/abc",
    ],
)
async def test_malformed_periods_are_400(client, admin_headers, leave, path):
    answer = await client.get("/data/persons/" + path.format(person=leave["id"]), headers=admin_headers)
    assert answer.status_code == 400
    assert answer.json() == {"error": True, "message": "Invalid date format.", "data": None}


async def test_unknown_person_and_bots(client, admin_headers, make_person):
    assert (
        await client.get(f"/data/persons/{uuid.uuid4()}/day-offs", headers=admin_headers)
    ).status_code == 404
    assert (
        await client.get("/data/persons/nope/day-offs/year/2024", headers=admin_headers)
    ).status_code == 404
    bot, _ = await make_person("user", is_bot=True)
    assert (await client.get(f"/data/persons/{bot['id']}/day-offs", headers=admin_headers)).status_code == 403


async def test_who_reads_what(client, studio, leave, member, make_person):
    own = await client.get(f"/data/persons/{leave['id']}/day-offs", headers=leave["headers"])
    assert own.json()[0]["description"] == "Family"
    _, artist = await member("user")
    assert (await client.get(f"/data/persons/{leave['id']}/day-offs", headers=artist)).status_code == 403
    assert (
        await client.get(f"/data/persons/{leave['id']}/day-offs/2024-03-05", headers=artist)
    ).status_code == 403
    _, manager = await member("manager")
    assert (await client.get(f"/data/persons/{leave['id']}/day-offs", headers=manager)).json()[0][
        "description"
    ] == ("Family")
    supervisor, supervisor_headers = await member("supervisor")
    await add_department(supervisor["id"], studio.modeling_department)
    dates = (
        await client.get(f"/data/persons/{leave['id']}/day-offs/month/2024/3", headers=supervisor_headers)
    ).json()
    assert "description" not in dates[0] and dates[0]["date"] == "2024-03-04"
    on_date = (
        await client.get(f"/data/persons/{leave['id']}/day-offs/2024-03-05", headers=supervisor_headers)
    ).json()
    assert "description" not in on_date
    other_supervisor, other_headers = await member("supervisor")
    await add_department(other_supervisor["id"], studio.animation_department)
    assert (
        await client.get(f"/data/persons/{leave['id']}/day-offs", headers=other_headers)
    ).status_code == 403
    # A manager outside the person's productions reads nothing of them.
    _, outsider_headers = await make_person("manager")
    assert (
        await client.get(f"/data/persons/{leave['id']}/day-offs", headers=outsider_headers)
    ).status_code == 403
    # A team role counts over the global one.
    promoted, promoted_headers = await make_person("user")
    await add_to_team(studio.project, promoted["id"], "manager")
    assert (
        await client.get(f"/data/persons/{leave['id']}/day-offs", headers=promoted_headers)
    ).status_code == 200


async def test_studio_lists_keep_to_what_the_caller_reads(client, studio, leave, member, make_person):
    stranger, _ = await make_person("user")
    await add_day_off(stranger["id"], "2024-03-11", "2024-03-12", "Away")
    _, artist = await member("user")
    assert (await client.get("/data/persons/day-offs/2024/3", headers=artist)).json() == []
    own = (await client.get("/data/persons/day-offs/2024", headers=leave["headers"])).json()
    assert {row["id"] for row in own} == {leave["march"], leave["new_year"]}
    supervisor, supervisor_headers = await member("supervisor")
    await add_department(supervisor["id"], studio.modeling_department)
    supervised = (await client.get("/data/persons/day-offs/2024/3", headers=supervisor_headers)).json()
    assert [row["id"] for row in supervised] == [leave["march"]] and "description" not in supervised[0]
    _, manager = await member("manager")
    managed = (await client.get("/data/persons/day-offs/2024/3", headers=manager)).json()
    assert [row["description"] for row in managed] == ["Family"]


async def test_overlapping_day_off_is_refused_by_the_crud_route(client, leave):
    body = {"person_id": leave["id"], "date": "2024-03-07", "end_date": "2024-03-10"}
    answer = await client.post("/data/day-offs", json=body, headers=leave["headers"])
    assert answer.status_code == 400
    assert answer.json()["message"] == "Day off already exists for this period"
