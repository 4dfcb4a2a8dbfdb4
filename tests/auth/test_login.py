"""`POST /auth/login`: body forms, refusals, lockout, default password, cookies and login logs."""

from datetime import timedelta

from app.models.base import utcnow
from tests.auth.conftest import (
    BROWSER_UA,
    SCRIPT_UA,
    gazu_body,
    get_person_row,
    log_in,
    log_in_ok,
    login_logs,
    update_person_row,
)
from tests.helpers.fixtures import create_person
from tests.helpers.seed import PASSWORD

SENSITIVE = (
    "password",
    "totp_secret",
    "email_otp_secret",
    "otp_recovery_codes",
    "fido_credentials",
    "jti",
    "login_failed_attemps",
    "last_login_failed",
)


async def test_login_gazu_json_body(client, artist):
    data = await log_in_ok(client, artist["email"])
    assert data["login"] is True
    assert set(data) == {"login", "user", "organisation", "access_token", "refresh_token"}
    user = data["user"]
    assert user["id"] == artist["id"] and user["type"] == "Person"
    assert user["full_name"] == f"{user['first_name']} {user['last_name']}"
    assert user["departments"] == []
    assert not any(name in user for name in SENSITIVE)
    assert data["organisation"]["name"] == "Kitsu"
    # Non-admins do not see the organisation's chat integration secrets.
    assert "chat_token_slack" not in data["organisation"]
    response = await client.get(
        "/auth/authenticated", headers={"Authorization": f"Bearer {data['access_token']}"}
    )
    assert response.status_code == 200


async def test_admin_login_sees_full_organisation(client, admin_email):
    data = await log_in_ok(client, admin_email)
    assert data["user"]["role"] == "admin"
    assert data["organisation"]["chat_token_slack"] == ""


async def test_login_form_body_and_query_string(client, artist):
    response = await client.post("/auth/login", data={"email": artist["email"], "password": PASSWORD})
    assert response.status_code == 200, response.text
    response = await client.post("/auth/login", params={"email": artist["email"], "password": PASSWORD})
    assert response.status_code == 200, response.text


async def test_login_with_desktop_login_and_any_email_case(client, artist):
    data = await log_in_ok(client, artist["desktop_login"])
    assert data["user"]["id"] == artist["id"]
    data = await log_in_ok(client, artist["email"].upper())
    assert data["user"]["id"] == artist["id"]


async def test_wrong_password_and_unknown_user_look_the_same(client, artist):
    wrong = await log_in(client, artist["email"], "not-the-password")
    unknown = await log_in(client, "nobody@example.com", "not-the-password")
    assert wrong.status_code == unknown.status_code == 400
    assert wrong.json() == unknown.json()
    assert wrong.json()["login"] is False


async def test_empty_email_is_a_validation_error(client):
    # gazu's host_is_valid() relies on this being a 4xx.
    response = await client.post("/auth/login", json={"email": ""})
    assert response.status_code == 400
    body = response.json()
    assert body["message"] == "Validation error."
    assert body["data"]["errors"][0]["field"] == "email"


async def test_missing_or_unreadable_body_is_a_validation_error(client):
    # Zou 1.0.97 validates what it cannot read as an empty object: the email is then missing.
    for response in (
        await client.post("/auth/login"),
        await client.post("/auth/login", content=b"{not json", headers={"Content-Type": "application/json"}),
    ):
        assert response.status_code == 400
        assert response.json() == {
            "error": True,
            "message": "Validation error.",
            "data": {"errors": [{"field": "email", "message": "Field required"}]},
        }


async def test_inactive_person_is_refused(client):
    person = await create_person("user", active=False)
    response = await log_in(client, person["email"])
    assert response.status_code == 401
    assert response.json() == {
        "error": True,
        "login": False,
        "unactive": True,
        "message": "User is unactive, he cannot log in.",
    }


async def test_bot_cannot_log_in_with_a_password(client):
    bot = await create_person("user", is_bot=True)
    response = await log_in(client, bot["email"])
    assert response.status_code == 400
    assert response.json()["login"] is False


async def test_lockout_after_five_failures(client, artist):
    for _ in range(5):
        assert (await log_in(client, artist["email"], "wrong-password")).status_code == 400
    row = await get_person_row(artist["id"])
    assert row.login_failed_attemps == 5 and row.last_login_failed is not None

    response = await log_in(client, artist["email"])  # the right password, but locked
    assert response.status_code == 400
    assert response.json()["too_many_failed_login_attemps"] is True
    assert response.json()["login"] is False

    await update_person_row(artist["id"], last_login_failed=utcnow() - timedelta(minutes=2))
    await log_in_ok(client, artist["email"])
    assert (await get_person_row(artist["id"])).login_failed_attemps == 0


async def test_default_password_gives_a_reset_token(client):
    from app.auth.passwords import hash_password

    person = await create_person("user", password=hash_password("default"))
    response = await log_in(client, person["email"], "default")
    assert response.status_code == 400
    body = response.json()
    assert body["login"] is False and body["default_password"] is True
    assert len(body["token"]) == 64

    response = await client.put(
        "/auth/reset-password",
        json={
            "email": person["email"],
            "token": body["token"],
            "password": "brand-new-1",
            "password2": "brand-new-1",
        },
    )
    assert response.status_code == 200, response.text
    await log_in_ok(client, person["email"], "brand-new-1")


async def test_script_login_sets_no_cookie_and_logs_script(client, artist):
    response = await client.post(
        "/auth/login", json=gazu_body(artist["email"], PASSWORD), headers={"User-Agent": SCRIPT_UA}
    )
    assert response.status_code == 200
    assert "set-cookie" not in response.headers
    assert await login_logs(artist["id"]) == ["script"]


async def test_browser_login_sets_cookies_and_logs_web(client, artist):
    response = await client.post(
        "/auth/login",
        json={"email": artist["email"], "password": PASSWORD},
        headers={"User-Agent": BROWSER_UA},
    )
    assert response.status_code == 200
    cookies = response.headers.get_list("set-cookie")
    access = next(c for c in cookies if c.startswith("access_token_cookie="))
    refresh = next(c for c in cookies if c.startswith("refresh_token_cookie="))
    for cookie in (access, refresh):
        assert "HttpOnly" in cookie and "Max-Age=31540000" in cookie
        assert "samesite=lax" in cookie.lower()
    assert "Path=/;" in access or access.endswith("Path=/")
    assert "Path=/auth/refresh-token" in refresh
    assert await login_logs(artist["id"]) == ["web"]

    # The cookie alone authenticates the browser.
    response = await client.get("/auth/authenticated", headers={"User-Agent": BROWSER_UA})
    assert response.status_code == 200
    assert response.json()["user"]["id"] == artist["id"]


async def test_two_factor_required_flag_when_enforced(client, artist, monkeypatch):
    from app.core.config import get_settings

    monkeypatch.setattr(get_settings(), "enforce_2fa", True)
    data = await log_in_ok(client, artist["email"])
    assert data["two_factor_authentication_required"] is True
    headers = {"Authorization": f"Bearer {data['access_token']}"}
    # The restricted token reaches the 2FA set-up routes only.
    assert (await client.get("/auth/authenticated", headers=headers)).status_code == 200
    response = await client.post("/auth/app-login/code", json={"code_challenge": "x" * 43}, headers=headers)
    assert response.status_code == 403
    assert response.json()["two_factor_authentication_required"] is True
