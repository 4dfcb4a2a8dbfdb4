"""A production's preview account: created, opened, closed and deleted by its managers; it logs
in only while its window is open and stays out of the studio's person list."""

import datetime

from tests.crud.conftest import events_named
from tests.projects.support import rows


def _url(studio) -> str:
    return f"/data/projects/{studio.project}/preview-account"


async def _login(client, email: str, password: str) -> int:
    return (await client.post("/auth/login", json={"email": email, "password": password})).status_code


async def test_create_open_close_and_login_window(client, studio, member, admin_headers):
    _, manager = await member("manager")
    url = _url(studio)
    assert (await client.get(url, headers=manager)).json() is None

    created = await client.post(url, headers=manager)
    assert created.status_code == 201
    account = created.json()
    assert set(account) == {"id", "email", "full_name", "preview_open_until", "password"}
    assert account["preview_open_until"] is None and account["full_name"] == "Preview Big Buck"
    person = (await rows("Person", preview_project_id=studio.project))[0]
    assert str(person.id) == account["id"] and person.role == "client"
    assert await rows("ProjectPersonLink", project_id=studio.project, person_id=account["id"])
    assert len(await events_named("project:update")) == 1
    # Window closed: the password alone does not log in.
    assert await _login(client, account["email"], account["password"]) == 401

    opened = await client.put(url, json={"is_open": True}, headers=manager)
    assert opened.status_code == 200 and opened.json()["preview_open_until"] is not None
    person = (await rows("Person", preview_project_id=studio.project))[0]
    assert person.preview_open_until - person.preview_opened_at == datetime.timedelta(hours=1)
    assert await _login(client, account["email"], account["password"]) == 200

    fetched = await client.get(url, headers=manager)
    assert fetched.status_code == 200 and fetched.json()["id"] == account["id"]
    # Not a studio member: out of the person list, not editable through CRUD.
    listed = await client.get("/data/persons", headers=admin_headers)
    assert account["id"] not in {row["id"] for row in listed.json()}
    edit = await client.put(f"/data/persons/{account['id']}", json={"role": "admin"}, headers=admin_headers)
    assert edit.status_code == 403

    closed = await client.put(url, json={"is_open": False}, headers=manager)
    assert closed.status_code == 200 and closed.json()["preview_open_until"] is None
    assert await _login(client, account["email"], account["password"]) == 401

    # A reset gives a new password and closes the window.
    await client.put(url, json={"is_open": True}, headers=manager)
    reset = await client.post(url, headers=manager)
    assert reset.status_code == 201 and reset.json()["id"] == account["id"]
    assert reset.json()["password"] != account["password"] and reset.json()["preview_open_until"] is None
    assert len(await rows("Person", preview_project_id=studio.project)) == 1


async def test_refusals(client, studio, member):
    _, manager = await member("manager")
    _, artist = await member("user")
    _, outsider = await member("manager", in_team=False)
    url = _url(studio)
    for headers in (artist, outsider):
        assert (await client.get(url, headers=headers)).status_code == 403
        assert (await client.post(url, headers=headers)).status_code == 403
        assert (await client.put(url, json={"is_open": True}, headers=headers)).status_code == 403
        assert (await client.delete(url, headers=headers)).status_code == 403
    assert await rows("Person", preview_project_id=studio.project) == []
    # No account yet: opening it is a 404; a bad body a 400.
    assert (await client.put(url, json={"is_open": True}, headers=manager)).status_code == 404
    assert (await client.put(url, json={"is_open": "later"}, headers=manager)).status_code == 400
    assert (await client.put(url, json={}, headers=manager)).status_code == 400


async def test_delete(client, studio, member, admin_headers):
    _, manager = await member("manager")
    url = _url(studio)
    assert (await client.delete(url, headers=manager)).status_code == 204  # none: a no-op
    assert await events_named("person:delete") == []
    account = (await client.post(url, headers=manager)).json()
    assert (await client.delete(url, headers=manager)).status_code == 204
    assert await rows("Person", preview_project_id=studio.project) == []
    assert await rows("ProjectPersonLink", person_id=account["id"]) == []
    assert len(await events_named("person:delete")) == 1
    assert (await client.get(url, headers=manager)).json() is None


async def test_project_deletion_removes_the_account(client, studio, member, admin_headers):
    _, manager = await member("manager")
    await client.post(_url(studio), headers=manager)
    # Only closed projects can be deleted.
    project = (await rows("Project", id=studio.project))[0]
    closed = (await rows("Project", id=studio.closed_project))[0]
    await client.put(
        f"/data/projects/{studio.project}",
        json={"project_status_id": str(closed.project_status_id)},
        headers=admin_headers,
    )
    response = await client.delete(f"/data/projects/{project.id}?force=true", headers=admin_headers)
    assert response.status_code == 204
    assert await rows("Person", preview_project_id=studio.project) == []


async def test_a_live_session_ends_with_the_window_and_never_writes(client, studio, member):
    _, manager = await member("manager")
    url = _url(studio)
    account = (await client.post(url, headers=manager)).json()
    await client.put(url, json={"is_open": True}, headers=manager)
    login = await client.post(
        "/auth/login", json={"email": account["email"], "password": account["password"]}
    )
    session = {"Authorization": f"Bearer {login.json()['access_token']}"}
    assert (await client.get("/auth/authenticated", headers=session)).status_code == 200
    # Read-only while open: a write is refused even where a client could write.
    refused = await client.post("/auth/change-password", json={}, headers=session)
    assert refused.status_code == 403

    await client.put(url, json={"is_open": False}, headers=manager)
    assert (await client.get("/auth/authenticated", headers=session)).status_code == 401
