"""`/data/persons/{person_id}/quota-shots/...`: the shots of a person's quotas, weighted by the
time logged or the business days worked, or counted whole; who reads them."""

import datetime as dt
import uuid

import pytest

from app.core.unit_of_work import run_in_unit_of_work
from tests.persons.conftest import assign, log_time


@pytest.fixture
async def quotas(studio, member):
    """Checked against Zou 1.0.97: an artist on SH010 (2024-03-04 09:00 to 03-08 15:00, 120 min,
    60 of them logged on the 5th) and SH020 (03-06 09:00 to 03-13 15:00, nothing logged)."""
    from app import models as m

    artist, headers = await member("user")
    async with run_in_unit_of_work() as uow:
        s = uow.get_session()
        sh010 = await s.get(m.Task, uuid.UUID(studio.shot_task))
        sh010.real_start_date, sh010.end_date = dt.datetime(2024, 3, 4, 9), dt.datetime(2024, 3, 8, 15)
        sh010.duration = 120
        shot = m.Entity(
            name="SH020", project_id=uuid.UUID(studio.project), entity_type_id=uuid.UUID(studio.shot_type),
            parent_id=uuid.UUID(studio.sequence), nb_frames=24,
        )  # fmt: skip
        s.add(shot)
        await s.flush()
        task = m.Task(
            name="main", project_id=uuid.UUID(studio.project), entity_id=shot.id,
            task_type_id=uuid.UUID(studio.animation), task_status_id=uuid.UUID(studio.todo),
            real_start_date=dt.datetime(2024, 3, 6, 9), end_date=dt.datetime(2024, 3, 13, 15),
        )  # fmt: skip
        s.add(task)
    await assign(studio.shot_task, artist["id"])
    await assign(str(task.id), artist["id"])
    await log_time(studio.shot_task, artist["id"], "2024-03-05", 60)
    return {"id": artist["id"], "headers": headers, "shot": str(shot.id)}


def weights(answer) -> list[tuple[str, float]]:
    return [(shot["full_name"], shot["weight"]) for shot in answer.json()]


async def test_weighted_by_time_logged_or_business_days(client, admin_headers, studio, quotas):
    base = f"/data/persons/{quotas['id']}/quota-shots"
    month = await client.get(f"{base}/month/2024/3", headers=admin_headers)
    assert month.status_code == 200
    assert weights(month) == [("SQ01 / SH010", 0.5), ("SQ01 / SH020", 1.0)]
    shot = month.json()[0]
    assert shot["type"] == "Entity" and shot["id"] == studio.shot and shot["project_id"] == studio.project
    assert weights(await client.get(f"{base}/day/2024/3/5", headers=admin_headers)) == [("SQ01 / SH010", 0.5)]
    # Zou crashes on the weeks (it compares a date with datetimes): SH020's three business days
    # of its six fall in week 10.
    assert weights(await client.get(f"{base}/week/2024/10", headers=admin_headers)) == [
        ("SQ01 / SH010", 0.5),
        ("SQ01 / SH020", 0.5),
    ]
    assert weights(await client.get(f"{base}/month/2024/4", headers=admin_headers)) == []


async def test_counted_whole_and_narrowed(client, admin_headers, studio, quotas):
    base = f"/data/persons/{quotas['id']}/quota-shots"
    feedback = await client.get(f"{base}/month/2024/3?count_mode=feedback", headers=admin_headers)
    assert weights(feedback) == [("SQ01 / SH010", 1), ("SQ01 / SH020", 1)]
    done = await client.get(f"{base}/month/2024/3?count_mode=done", headers=admin_headers)
    assert weights(done) == []
    week = await client.get(f"{base}/week/2024/10?count_mode=feedback", headers=admin_headers)
    assert weights(week) == [("SQ01 / SH010", 1)]
    other_type = f"{base}/month/2024/3?task_type_id={studio.modeling}&project_id={studio.project}"
    assert (await client.get(other_type, headers=admin_headers)).json() == []


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("month/2024/13", "Invalid month or year."),
        ("week/2024/60", "Invalid month or year."),
        ("day/2024/2/31", "Invalid month or year."),
        (
            "month/2024/3?count_mode=all",
            "count_mode must be equal to weighted, weighteddone, feedback, or done",
        ),
        ("month/2024/3?task_type_id=nope", "Wrong UUID format."),
    ],
)
async def test_malformed_requests_are_400(client, admin_headers, quotas, path, message):
    answer = await client.get(f"/data/persons/{quotas['id']}/quota-shots/{path}", headers=admin_headers)
    assert answer.status_code == 400 and answer.json()["message"] == message


@pytest.mark.parametrize("project_id", ["nope", str(uuid.uuid4())])
async def test_a_production_that_is_not_there_is_404_for_anyone(client, admin_headers, quotas, project_id):
    """As Zou, which looks the production up to resolve the caller's role there, admins included."""
    base = f"/data/persons/{quotas['id']}/quota-shots/month/2024/3?project_id={project_id}"
    for headers in (admin_headers, quotas["headers"]):
        assert (await client.get(base, headers=headers)).status_code == 404
    bad_mode = await client.get(f"{base}&count_mode=all", headers=admin_headers)
    assert bad_mode.status_code == 400  # the count mode is checked before the production


async def test_who_reads_quotas(client, studio, quotas, member, make_person):
    base = f"/data/persons/{quotas['id']}/quota-shots/month/2024/3"
    assert len((await client.get(base, headers=quotas["headers"])).json()) == 2
    _, artist = await member("user")
    assert (await client.get(base, headers=artist)).status_code == 403
    assert (await client.get(f"{base}?project_id={studio.project}", headers=artist)).status_code == 403
    _, supervisor = await member("supervisor")
    assert (await client.get(base, headers=supervisor)).status_code == 403  # no production given
    assert (await client.get(f"{base}?project_id={studio.project}", headers=supervisor)).status_code == 200
    _, outsider = await make_person("manager")
    assert (await client.get(f"{base}?project_id={studio.project}", headers=outsider)).status_code == 403
    assert (
        await client.get(f"/data/persons/{uuid.uuid4()}/quota-shots/day/2024/3/5", headers=artist)
    ).status_code == 404
