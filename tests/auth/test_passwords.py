"""Passwords: `POST /auth/change-password`, `POST`/`PUT /auth/reset-password`, hashing rules."""

import re

from app.auth.passwords import check_password, hash_password
from tests.auth.conftest import bearer, log_in, log_in_ok, update_person_row
from tests.helpers.fixtures import create_person
from tests.helpers.seed import PASSWORD


async def _change(client, token: str, old: str, new: str, new_2: str | None = None):
    body = {"old_password": old, "password": new, "password_2": new if new_2 is None else new_2}
    return await client.post("/auth/change-password", json=body, headers=bearer(token))


async def test_change_password(client, artist, mailbox):
    data = await log_in_ok(client, artist["email"])
    response = await _change(client, data["access_token"], PASSWORD, "a-new-password")
    assert response.status_code == 200
    assert response.json() == {"success": True}
    assert (await log_in(client, artist["email"])).status_code == 400
    await log_in_ok(client, artist["email"], "a-new-password")
    assert [mail.recipient for mail in mailbox] == [artist["email"]]


async def test_change_password_refusals(client, artist):
    token = (await log_in_ok(client, artist["email"]))["access_token"]
    cases = [
        (("wrong-old-password", "a-new-password", None), "Old password is wrong."),
        ((PASSWORD, "short", None), "Password is too short."),
        ((PASSWORD, "a-new-password", "another-password"), "Confirmation password doesn't match."),
    ]
    for (old, new, new_2), message in cases:
        response = await _change(client, token, old, new, new_2)
        assert response.status_code == 400
        assert response.json()["message"] == message
    response = await client.post(
        "/auth/change-password", json={"old_password": PASSWORD}, headers=bearer(token)
    )
    assert response.status_code == 400
    assert response.json()["message"] == "Validation error."
    await log_in_ok(client, artist["email"])  # unchanged


async def test_change_password_locked(client, artist):
    token = (await log_in_ok(client, artist["email"]))["access_token"]
    for _ in range(5):
        await log_in(client, artist["email"], "wrong-password")
    response = await _change(client, token, PASSWORD, "a-new-password")
    assert response.status_code == 400
    assert response.json()["too_many_failed_login_attemps"] is True


async def test_change_password_needs_a_token(client):
    response = await client.post("/auth/change-password", json={})
    assert response.status_code == 401


async def test_reset_password_request_does_not_enumerate(client, artist, mailbox):
    unknown = await client.post("/auth/reset-password", json={"email": "nobody@example.com"})
    known = await client.post("/auth/reset-password", json={"email": artist["email"]})
    assert unknown.status_code == known.status_code == 200
    assert unknown.json() == known.json() == {"success": "Reset token sent"}
    assert len(mailbox) == 1
    mail = mailbox[0]
    assert mail.recipient == artist["email"]
    assert "/reset-change-password?" in mail.text

    inactive = await create_person("user", active=False)
    response = await client.post("/auth/reset-password", json={"email": inactive["email"]})
    assert response.json() == {"success": "Reset token sent"}
    assert len(mailbox) == 1


async def test_reset_password_with_mailed_token(client, artist, mailbox):
    await client.post("/auth/reset-password", json={"email": artist["email"]})
    token = re.search(r"token=([A-Z0-9]{64})", mailbox[0].text).group(1)
    body = {
        "email": artist["email"],
        "token": "WRONG",
        "password": "reset-password",
        "password2": "reset-password",
    }
    response = await client.put("/auth/reset-password", json=body)
    assert response.status_code == 400
    assert response.json()["message"] == "Wrong or expired token."

    response = await client.put("/auth/reset-password", json={**body, "token": token, "password2": "other"})
    assert response.status_code == 400
    assert response.json()["message"] == "Confirmation password doesn't match."

    response = await client.put("/auth/reset-password", json={**body, "token": token})
    assert response.status_code == 200
    assert response.json() == {"success": True}
    await log_in_ok(client, artist["email"], "reset-password")
    # The token works once.
    assert (await client.put("/auth/reset-password", json={**body, "token": token})).status_code == 400


async def test_reset_password_lifts_lockout(client, artist, mailbox):
    for _ in range(5):
        await log_in(client, artist["email"], "wrong-password")
    await client.post("/auth/reset-password", json={"email": artist["email"]})
    token = re.search(r"token=([A-Z0-9]{64})", mailbox[0].text).group(1)
    body = {
        "email": artist["email"],
        "token": token,
        "password": "reset-password",
        "password2": "reset-password",
    }
    assert (await client.put("/auth/reset-password", json=body)).status_code == 200
    await log_in_ok(client, artist["email"], "reset-password")


async def test_reset_password_validation(client):
    response = await client.put("/auth/reset-password", json={"email": "a@b.c"})
    assert response.status_code == 400
    fields = {error["field"] for error in response.json()["data"]["errors"]}
    assert fields == {"token", "password", "password2"}


async def test_long_passwords_use_their_first_72_bytes(client, artist):
    long_password = "x" * 80
    assert check_password("x" * 72 + "different", hash_password(long_password))
    await update_person_row(artist["id"], password=hash_password(long_password))
    await log_in_ok(client, artist["email"], long_password)


def test_corrupt_or_missing_hash_never_matches():
    assert not check_password("anything", None)
    assert not check_password("anything", b"not-a-bcrypt-hash")
