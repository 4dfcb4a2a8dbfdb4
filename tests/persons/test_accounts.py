"""`/actions/persons/{person_id}/...` (password, invitation, reset link, 2FA, avatar, departments),
desktop login logs and the presence sheet."""

import uuid
from urllib.parse import parse_qs, urlparse

from app.auth.passwords import check_password
from app.core.mail import outbox
from app.core.unit_of_work import run_in_unit_of_work
from tests.crud.conftest import db_get, events_named


async def _update(person_id: str, **values) -> None:
    from app.models import Person

    async with run_in_unit_of_work() as uow:
        person = await uow.get_session().get(Person, uuid.UUID(person_id))
        for key, value in values.items():
            setattr(person, key, value)


async def test_change_password(client, admin_headers, make_person):
    artist, artist_headers = await make_person("user")
    url = f"/actions/persons/{artist['id']}/change-password"
    outbox.clear()
    answer = await client.post(
        url, json={"password": "brand-new-pass", "password_2": "brand-new-pass"}, headers=admin_headers
    )
    assert answer.status_code == 200 and answer.json() == {"success": True}
    assert check_password("brand-new-pass", (await db_get("Person", artist["id"])).password)
    assert outbox[-1].recipient == artist["email"]
    login = await client.post("/auth/login", json={"email": artist["email"], "password": "brand-new-pass"})
    assert login.status_code == 200


async def test_change_password_refusals(client, admin_headers, admin_id, make_person):
    artist, artist_headers = await make_person("user")
    url = f"/actions/persons/{artist['id']}/change-password"
    missing = await client.post(url, json={}, headers=admin_headers)
    assert missing.status_code == 400 and [e["field"] for e in missing.json()["data"]["errors"]] == [
        "password",
        "password_2",
    ]
    mismatch = await client.post(
        url, json={"password": "abcdefghij", "password_2": "abcdefghik"}, headers=admin_headers
    )
    assert mismatch.json()["data"]["errors"] == [
        {"field": "", "message": "Value error, Confirmation password doesn't match."}
    ]
    short = await client.post(url, json={"password": "abc", "password_2": "abc"}, headers=admin_headers)
    assert short.status_code == 400 and short.json() == {"error": True, "message": "Password is too short."}
    body = {"password": "abcdefghij", "password_2": "abcdefghij"}
    assert (await client.post(url, json=body, headers=artist_headers)).status_code == 403
    other_admin, _ = await make_person("admin")
    refused = await client.post(
        f"/actions/persons/{other_admin['id']}/change-password", json=body, headers=admin_headers
    )
    assert (
        refused.status_code == 400
        and refused.json()["message"] == "An admin can't change another admin's password."
    )
    assert (
        await client.post(f"/actions/persons/{admin_id}/change-password", json=body, headers=admin_headers)
    ).status_code == 200
    unknown = await client.post(
        f"/actions/persons/{uuid.uuid4()}/change-password", json=body, headers=admin_headers
    )
    assert unknown.status_code == 404
    bot, _ = await make_person("user", is_bot=True)
    assert (
        await client.post(f"/actions/persons/{bot['id']}/change-password", json=body, headers=admin_headers)
    ).status_code == 403
    assert check_password("mysecretpassword", (await db_get("Person", artist["id"])).password)


async def test_reset_link_and_invitation(client, admin_headers, make_person):
    artist, artist_headers = await make_person("user")
    url = f"/actions/persons/{artist['id']}/reset-password-link"
    answer = await client.post(url, headers=admin_headers)
    assert answer.status_code == 200
    link = urlparse(answer.json()["reset_password_link"])
    query = parse_qs(link.query)
    assert link.path == "/reset-change-password" and query["email"] == [artist["email"]]
    again = await client.post(url, headers=admin_headers)
    assert again.json()["reset_password_link"] == answer.json()["reset_password_link"]  # the token is reused
    body = {
        "email": artist["email"],
        "token": query["token"][0],
        "password": "chosen-pass",
        "password2": "chosen-pass",
    }
    assert (await client.put("/auth/reset-password", json=body)).status_code == 200
    assert (await client.post(url, headers=artist_headers)).status_code == 403

    outbox.clear()
    invited = await client.get(f"/actions/persons/{artist['id']}/invite", headers=admin_headers)
    assert invited.json() == {"success": True, "message": "Email sent"}
    assert outbox[-1].recipient == artist["email"] and "type=new" in outbox[-1].text
    assert (
        await client.get(f"/actions/persons/{artist['id']}/invite", headers=artist_headers)
    ).status_code == 403
    assert (
        await client.get(f"/actions/persons/{uuid.uuid4()}/invite", headers=admin_headers)
    ).status_code == 404


async def test_disable_two_factor_authentication(client, admin_headers, make_person):
    artist, artist_headers = await make_person("user")
    url = f"/actions/persons/{artist['id']}/disable-two-factor-authentication"
    not_enabled = await client.delete(url, headers=admin_headers)
    assert not_enabled.status_code == 400
    assert not_enabled.json()["message"] == "Two factor authentication not enabled for this user."
    await _update(
        artist["id"], totp_enabled=True, totp_secret="A" * 32, preferred_two_factor_authentication="totp"
    )
    assert (await client.delete(url, headers=artist_headers)).status_code == 403
    answer = await client.delete(url, headers=admin_headers)
    assert answer.status_code == 200 and answer.json() == {"success": True}
    person = await db_get("Person", artist["id"])
    assert (person.totp_enabled, person.totp_secret, person.preferred_two_factor_authentication) == (
        False,
        None,
        None,
    )
    other_admin, _ = await make_person("admin", totp_enabled=True)
    refused = await client.delete(
        f"/actions/persons/{other_admin['id']}/disable-two-factor-authentication", headers=admin_headers
    )
    assert refused.json()["message"] == "An admin can't disable 2FA for other admins."


async def test_clear_avatar(client, admin_headers, make_person):
    artist, artist_headers = await make_person("user", has_avatar=True)
    url = f"/actions/persons/{artist['id']}/clear-avatar"
    assert (await client.delete(url, headers=artist_headers)).status_code == 403
    answer = await client.delete(url, headers=admin_headers)
    assert answer.status_code == 204 and answer.content == b""
    assert (await db_get("Person", artist["id"])).has_avatar is False
    assert {"person_id": artist["id"]} in await events_named("person:update")
    assert (
        await client.delete("/actions/persons/nope/clear-avatar", headers=admin_headers)
    ).status_code == 404


async def test_departments(client, admin_headers, studio, make_person):
    artist, artist_headers = await make_person("user")
    add = f"/actions/persons/{artist['id']}/departments/add"
    answer = await client.post(add, json={"department_id": studio.modeling_department}, headers=admin_headers)
    assert answer.status_code == 201
    assert answer.json()["departments"] == [studio.modeling_department] and "password" not in answer.json()
    again = await client.post(add, json={"department_id": studio.modeling_department}, headers=admin_headers)
    assert again.json()["departments"] == [studio.modeling_department]
    unknown = await client.post(add, json={"department_id": str(uuid.uuid4())}, headers=admin_headers)
    assert unknown.status_code == 400 and unknown.json() == {
        "error": True, "message": "Department ID matches no department", "data": None,
    }  # fmt: skip
    malformed = await client.post(add, json={"department_id": "abc"}, headers=admin_headers)
    assert malformed.status_code == 400 and malformed.json()["message"] == "Validation error."
    assert (await client.post(add, json={}, headers=admin_headers)).status_code == 400
    body = {"department_id": studio.animation_department}
    assert (await client.post(add, json=body, headers=artist_headers)).status_code == 403
    assert (
        await client.post(
            f"/actions/persons/{uuid.uuid4()}/departments/add", json=body, headers=admin_headers
        )
    ).status_code == 404

    remove = f"/actions/persons/{artist['id']}/departments/{studio.modeling_department}"
    assert (await client.delete(remove, headers=artist_headers)).status_code == 403
    assert (await client.delete(remove, headers=admin_headers)).status_code == 204
    assert (await client.get(f"/data/persons/{artist['id']}", headers=admin_headers)).json().get(
        "departments", []
    ) == []
    bad = await client.delete(f"/actions/persons/{artist['id']}/departments/abc", headers=admin_headers)
    assert bad.status_code == 400 and bad.json()["message"] == "Department ID matches no department"


async def test_desktop_login_logs(client, admin_headers, make_person):
    artist, artist_headers = await make_person("user")
    url = f"/data/persons/{artist['id']}/desktop-login-logs"
    first = await client.post(url, json={"date": "2024-01-05"}, headers=artist_headers)
    assert first.status_code == 201
    assert first.json()["date"] == "2024-01-05T00:00:00" and first.json()["type"] == "DesktopLoginLog"
    now = await client.post(url, json={}, headers=admin_headers)
    assert now.status_code == 201
    assert (await db_get("Person", artist["id"])).last_presence.isoformat() == now.json()["date"][:10]
    listed = (await client.get(url, headers=artist_headers)).json()
    assert [row["id"] for row in listed] == [now.json()["id"], first.json()["id"]]
    bad = await client.post(url, json={"date": "abc"}, headers=admin_headers)
    assert bad.status_code == 400 and bad.json()["data"]["errors"][0]["field"] == "date"

    _, other = await make_person("user")
    assert (await client.get(url, headers=other)).status_code == 403
    assert (await client.post(url, json={}, headers=other)).status_code == 403
    _, manager = await make_person("manager")
    assert len((await client.get(url, headers=manager)).json()) == 2
    assert (await client.post(url, json={}, headers=manager)).status_code == 403
    unknown = f"/data/persons/{uuid.uuid4()}/desktop-login-logs"
    assert (await client.get(unknown, headers=admin_headers)).status_code == 404
    assert (await client.post(unknown, json={}, headers=admin_headers)).status_code == 404


async def test_presence_logs(client, admin_headers, make_person):
    artist, artist_headers = await make_person("user", first_name="Alice", last_name="Zed")
    await client.post(
        f"/data/persons/{artist['id']}/desktop-login-logs",
        json={"date": "2024-02-03T10:00:00"},
        headers=admin_headers,
    )
    await client.post(
        f"/data/persons/{artist['id']}/desktop-login-logs",
        json={"date": "2024-03-03T10:00:00"},
        headers=admin_headers,
    )
    answer = await client.get("/data/persons/presence-logs/2024-02", headers=admin_headers)
    assert answer.status_code == 200 and answer.headers["content-type"].startswith("text/csv")
    assert answer.headers["content-disposition"] == "attachment; filename=kitsu_export.csv"
    lines = answer.text.splitlines()
    assert lines[0] == "2024;" + ";".join(str(day) for day in range(1, 30))
    alice = next(line.split(";") for line in lines if line.startswith("Alice Zed"))
    assert len(alice) == 30 and alice[3] == "X" and alice.count("X") == 1
    # Active people by first name, each on a row (the admin never logged in from a desktop).
    assert [line.split(";")[0] for line in lines[1:]] == ["Alice Zed", "Super Admin"]
    bad = await client.get("/data/persons/presence-logs/2024-13", headers=admin_headers)
    assert bad.status_code == 400 and bad.json()["message"] == "Invalid month or year."
    assert (
        await client.get("/data/persons/presence-logs/2024-02", headers=artist_headers)
    ).status_code == 403
