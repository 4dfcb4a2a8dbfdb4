"""`/data/events/last`, `/data/events/login-logs/last` and `/data/events/names`: filters, cursor
pages, the managers' scoping to their productions, and the refusals."""

import uuid
from datetime import datetime

import pytest

from app.core.unit_of_work import run_in_unit_of_work
from tests.crud.conftest import add_to_team

T0 = datetime(2026, 1, 5, 10, 0, 0)
DATE_ERROR = "Wrong date format for before argument.Expected format: 2020-01-05T13:23:10 or 2020-01-05"


async def _add(model_name: str, **columns) -> str:
    from app import models

    async with run_in_unit_of_work() as uow:
        row = getattr(models, model_name)(**columns)
        uow.get_session().add(row)
        await uow.get_session().flush()
        return str(row.id)


@pytest.fixture
async def log(studio):
    """Five events at one-minute steps (the last two in the closed project or in none), each
    caused by the admin, and two logins; the events of the seed are dropped first."""
    from sqlalchemy import delete

    from app.models import ApiEvent, LoginLog

    async with run_in_unit_of_work() as uow:
        await uow.get_session().execute(delete(ApiEvent))
        await uow.get_session().execute(delete(LoginLog))
    project, closed, admin = (
        uuid.UUID(studio.project),
        uuid.UUID(studio.closed_project),
        uuid.UUID(studio.admin),
    )
    rows = [
        ("task:new", project, T0.replace(minute=1)),
        ("task:update", project, T0.replace(minute=2)),
        ("preview-file:add-file", project, T0.replace(minute=3)),
        ("asset:new", closed, T0.replace(minute=4)),
        ("person:update", None, T0.replace(minute=5)),
    ]
    ids = {}
    for name, project_id, created in rows:
        ids[name] = await _add(
            "ApiEvent", name=name, project_id=project_id, user_id=admin, created_at=created,
            data={"project_id": str(project_id) if project_id else None},
        )  # fmt: skip
    ids["login-web"] = await _add(
        "LoginLog", person_id=admin, ip_address="10.0.0.1", origin="web", created_at=T0.replace(hour=8)
    )
    ids["login-script"] = await _add(
        "LoginLog", person_id=admin, ip_address="10.0.0.2", origin="script", created_at=T0.replace(hour=9)
    )
    return ids


def _names(response) -> list[str]:
    assert response.status_code == 200, response.text
    return [event["name"] for event in response.json()]


async def test_last_events_filters(client, admin_headers, studio, log):
    everything = await client.get("/data/events/last", headers=admin_headers)
    assert _names(everything) == [
        "person:update", "asset:new", "preview-file:add-file", "task:update", "task:new",
    ]  # fmt: skip
    first = everything.json()[-1]
    assert first == {
        "id": log["task:new"],
        "created_at": "2026-01-05T10:01:00",
        "name": "task:new",
        "user_id": studio.admin,
        "project_id": studio.project,
        "data": {"project_id": studio.project},
    }
    url = "/data/events/last"
    cases = {
        "?limit=2": ["person:update", "asset:new"],
        "?after=2026-01-05T10:02:00": ["person:update", "asset:new", "preview-file:add-file"],
        "?before=2026-01-05T10:02:00": ["task:new"],
        "?after=2026-01-05&before=2026-01-06": _names(everything),
        "?only_files=true": ["preview-file:add-file"],
        "?only_files=True": ["preview-file:add-file"],
        "?only_files=false&limit=1": ["person:update"],
        f"?project_id={studio.project}": ["preview-file:add-file", "task:update", "task:new"],
        "?name=task:new": ["task:new"],
        "?name_prefixes=task&name_prefixes=asset": ["asset:new", "task:update", "task:new"],
        "?name_suffixes=new": ["asset:new", "task:new"],
        f"?person_ids={studio.admin}&limit=1": ["person:update"],
        f"?person_ids={uuid.uuid4()}": [],
        f"?cursor_event_id={log['preview-file:add-file']}": ["task:update", "task:new"],
        "?limit=5000": _names(everything),
    }
    for query, expected in cases.items():
        assert _names(await client.get(url + query, headers=admin_headers)) == expected, query


async def test_last_events_bad_parameters(client, admin_headers, log):
    url = "/data/events/last"
    messages = {
        "?limit=abc": "Wrong value for parameter limit.",
        "?limit=-1": "Wrong value for parameter limit.",
        "?project_id=nope": "The project_id parameter is not a valid id",
        "?cursor_event_id=nope": "The cursor_event_id parameter is not a valid id",
        "?after=yesterday": DATE_ERROR,
        "?name_prefixes=ta%25": "The name_prefixes parameter contains an invalid value",
        "?name_suffixes=NEW": "The name_suffixes parameter contains an invalid value",
        "?person_ids=nope": "The person_ids parameter contains an invalid id",
        f"?cursor_event_id={uuid.uuid4()}": None,
    }
    for query, message in messages.items():
        response = await client.get(url + query, headers=admin_headers)
        assert response.status_code == 400, query
        body = response.json()
        assert body["error"] is True and body["data"] is None
        assert body["message"] == (message or f"No event found with id: {query.split('=')[1]}")


async def test_last_events_permissions(client, studio, log, member, make_person):
    url = "/data/events/last"
    _, artist = await member("user")
    _, supervisor = await member("supervisor")
    assert (await client.get(url, headers=artist)).status_code == 403
    assert (await client.get(url, headers=supervisor)).status_code == 403
    assert (await client.get(f"{url}?project_id={studio.project}", headers=artist)).status_code == 403
    # A manager sees the events of their productions only: not the closed one they left, nor the
    # events without a production.
    _, manager = await member("manager")
    assert _names(await client.get(url, headers=manager)) == [
        "preview-file:add-file",
        "task:update",
        "task:new",
    ]
    refused = await client.get(f"{url}?project_id={studio.closed_project}", headers=manager)
    assert refused.status_code == 403 and refused.json()["error"] is True
    unknown = await client.get(f"{url}?project_id={uuid.uuid4()}", headers=manager)
    assert unknown.status_code == 403
    # A supervisor who manages this production reads its events.
    person, headers = await make_person("supervisor")
    await add_to_team(studio.project, person["id"], "manager")
    scoped = await client.get(f"{url}?project_id={studio.project}", headers=headers)
    assert _names(scoped) == ["preview-file:add-file", "task:update", "task:new"]
    assert (await client.get(f"{url}?project_id={uuid.uuid4()}", headers=headers)).status_code == 403
    assert (await client.get(url)).status_code == 401


async def test_login_logs(client, admin_headers, studio, log, member):
    url = "/data/events/login-logs/last"
    logs = (await client.get(url, headers=admin_headers)).json()
    assert logs == [
        {
            "id": log["login-script"],
            "created_at": "2026-01-05T09:00:00",
            "ip_address": "10.0.0.2",
            "person_id": studio.admin,
            "origin": "script",
        },
        {
            "id": log["login-web"],
            "created_at": "2026-01-05T08:00:00",
            "ip_address": "10.0.0.1",
            "person_id": studio.admin,
            "origin": "web",
        },
    ]
    cases = {
        "?limit=1": [log["login-script"]],
        "?before=2026-01-05T09:00:00": [log["login-web"]],
        "?after=2026-01-05T08:00:00": [log["login-script"]],
        f"?cursor_login_log_id={log['login-script']}": [log["login-web"]],
        f"?person_ids={uuid.uuid4()}": [],
    }
    for query, expected in cases.items():
        response = await client.get(url + query, headers=admin_headers)
        assert [row["id"] for row in response.json()] == expected, query
    for query in (
        "?limit=x",
        "?before=2026-13-01",
        "?cursor_login_log_id=nope",
        f"?cursor_login_log_id={uuid.uuid4()}",
    ):
        assert (await client.get(url + query, headers=admin_headers)).status_code == 400, query
    _, manager = await member("manager")
    assert (await client.get(url, headers=manager)).status_code == 403


async def test_event_names(client, admin_headers, log, member):
    names = await client.get("/data/events/names", headers=admin_headers)
    assert names.json() == ["asset:new", "person:update", "preview-file:add-file", "task:new", "task:update"]
    _, manager = await member("manager")
    assert (await client.get("/data/events/names", headers=manager)).status_code == 200
    _, supervisor = await member("supervisor")
    assert (await client.get("/data/events/names", headers=supervisor)).status_code == 403
