"""Time logged on a production and the days off of its team."""

import datetime

from tests.projects.support import insert


async def _log(task: str, person: str, day: datetime.date, minutes: float = 60) -> str:
    return await insert("TimeSpent", task_id=task, person_id=person, date=day, duration=minutes)


async def test_project_time_spents(client, studio, member):
    artist, artist_headers = await member("user")
    logged = await _log(studio.task, artist["id"], datetime.date(2030, 1, 2))
    response = await client.get(f"/data/projects/{studio.project}/time-spents", headers=artist_headers)
    assert response.status_code == 200
    assert [row["id"] for row in response.json()] == [logged] and response.json()[0]["type"] == "TimeSpent"
    _, client_headers = await member("client")
    assert (
        await client.get(f"/data/projects/{studio.project}/time-spents", headers=client_headers)
    ).status_code == 403
    _, outsider = await member("user", in_team=False)
    assert (
        await client.get(f"/data/projects/{studio.project}/time-spents", headers=outsider)
    ).status_code == 403


async def test_task_type_time_spents(client, studio, member):
    artist, _ = await member("user")
    _, manager = await member("manager")
    early = await _log(studio.task, artist["id"], datetime.date(2030, 1, 2))
    late = await _log(studio.task, artist["id"], datetime.date(2030, 3, 2))
    await _log(studio.shot_task, artist["id"], datetime.date(2030, 1, 3))
    url = f"/data/projects/{studio.project}/task-types/{studio.modeling}/time-spents"
    response = await client.get(url, headers=manager)
    assert response.status_code == 200
    assert [row["id"] for row in response.json()[artist["id"]]] == [late, early]
    ranged = await client.get(
        url, params={"start_date": "2030-02-01", "end_date": "2030-12-31"}, headers=manager
    )
    assert [row["id"] for row in ranged.json()[artist["id"]]] == [late]
    bad = await client.get(url, params={"start_date": "someday"}, headers=manager)
    assert bad.status_code == 400 and bad.json()["message"].startswith("Wrong date format")
    _, supervisor = await member("supervisor")
    assert (await client.get(url, headers=supervisor)).status_code == 403
    wrong_id = f"/data/projects/{studio.project}/task-types/nope/time-spents"
    assert (await client.get(wrong_id, headers=manager)).status_code == 400


async def test_day_offs(client, studio, member):
    artist, artist_headers = await member("user")
    colleague, _ = await member("user")
    _, manager = await member("manager")
    _, outsider_person = await member("user", in_team=False)
    mine = await insert(
        "DayOff",
        person_id=artist["id"],
        date=datetime.date(2030, 1, 1),
        end_date=datetime.date(2030, 1, 3),
        description="Dentist",
    )
    theirs = await insert(
        "DayOff",
        person_id=colleague["id"],
        date=datetime.date(2030, 2, 1),
        end_date=datetime.date(2030, 2, 1),
        description="Private",
    )
    url = f"/data/projects/{studio.project}/day-offs"
    seen = (await client.get(url, headers=artist_headers)).json()
    assert seen[artist["id"]][0]["description"] == "Dentist"
    assert "description" not in seen[colleague["id"]][0]
    full = (await client.get(url, headers=manager)).json()
    assert full[colleague["id"]][0]["description"] == "Private"
    ranged = (
        await client.get(url, params={"start_date": "2030-01-02", "end_date": "2030-01-31"}, headers=manager)
    ).json()
    assert [row["id"] for rows in ranged.values() for row in rows] == [mine]
    assert theirs not in str(ranged)
    _, client_headers = await member("client")
    _, vendor = await member("vendor")
    for headers in (client_headers, vendor, outsider_person):
        assert (await client.get(url, headers=headers)).status_code == 403
    assert (await client.get(url, params={"end_date": "x"}, headers=manager)).status_code == 400
