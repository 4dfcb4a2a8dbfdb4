"""Sessions: `/auth/authenticated`, `/auth/logout`, `/auth/refresh-token`, and the JWT error answers."""

from datetime import timedelta

import httpx

from app.auth import tokens
from tests.auth.conftest import BROWSER_UA, SCRIPT_UA, bearer, log_in_ok
from tests.helpers.fixtures import create_person
from tests.helpers.seed import PASSWORD


async def test_authenticated(client, artist):
    data = await log_in_ok(client, artist["email"])
    response = await client.get("/auth/authenticated", headers=bearer(data["access_token"]))
    assert response.status_code == 200
    body = response.json()
    assert body["authenticated"] is True
    assert body["user"]["id"] == artist["id"]
    assert body["user"]["fido_devices"] == []
    assert body["user"]["departments"] == []
    assert "password" not in body["user"]
    assert body["organisation"]["type"] == "Organisation"


async def test_missing_token(client):
    response = await client.get("/auth/authenticated")
    assert response.status_code == 401
    assert response.json()["msg"].startswith("Missing JWT in cookies or headers")


async def test_malformed_bearer(client):
    response = await client.get("/auth/authenticated", headers={"Authorization": "Bearer None"})
    assert response.status_code == 422
    assert response.json() == {"msg": "Not enough segments"}


async def test_authorization_header_read_as_flask_jwt_extended_does(client, artist):
    missing_bearer = (
        'Missing JWT in cookies or headers (Missing cookie "access_token_cookie"; '
        "Missing 'Bearer' type in 'Authorization' header. Expected 'Authorization: Bearer <JWT>')"
    )
    for header in ("Basic YWRtaW46c2VjcmV0", "Token abc", "bearer abc"):  # the type is case-sensitive
        response = await client.get("/auth/authenticated", headers={"Authorization": header})
        assert response.status_code == 401, header
        assert response.json() == {"msg": missing_bearer}
    response = await client.get("/auth/authenticated", headers={"Authorization": "Bearer a b"})
    assert response.status_code == 422
    assert response.json() == {"msg": "Bad Authorization header. Expected 'Authorization: Bearer <JWT>'"}
    # Comma-separated fields: the one of type Bearer is taken.
    token = (await log_in_ok(client, artist["email"]))["access_token"]
    response = await client.get("/auth/authenticated", headers={"Authorization": f"Basic x, Bearer {token}"})
    assert response.status_code == 200


async def test_expired_token(client, admin_id):
    token, _ = tokens.encode(str(admin_id), "access", lifetime=timedelta(seconds=-30))
    response = await client.get("/auth/authenticated", headers=bearer(token))
    assert response.status_code == 401
    assert response.json() == {"error": True, "message": "Signature has expired"}


async def test_inactive_person_token_is_refused(client, artist):
    from tests.auth.conftest import update_person_row

    data = await log_in_ok(client, artist["email"])
    await update_person_row(artist["id"], active=False)
    response = await client.get("/auth/authenticated", headers=bearer(data["access_token"]))
    assert response.status_code == 401


async def test_logout_revokes_access_and_refresh_tokens(client, artist):
    data = await log_in_ok(client, artist["email"])
    response = await client.get("/auth/logout", headers=bearer(data["access_token"]))
    assert response.status_code == 200
    assert response.json() == {"logout": True}
    response = await client.get("/auth/authenticated", headers=bearer(data["access_token"]))
    assert response.status_code == 401
    assert response.json() == {"msg": "Token has been revoked"}
    response = await client.get("/auth/refresh-token", headers=bearer(data["refresh_token"]))
    assert response.status_code == 401


async def test_logout_is_refused_to_bots(client):
    bot = await create_person("user", is_bot=True)
    token, _jti = tokens.create_api_token(bot["id"], is_bot=True, expiration_date=None)
    from tests.auth.conftest import update_person_row

    await update_person_row(bot["id"], jti=_jti)
    assert (await client.get("/auth/authenticated", headers=bearer(token))).status_code == 200
    response = await client.get("/auth/logout", headers=bearer(token))
    assert response.status_code == 403


async def test_browser_logout_unsets_cookies(app, artist):
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as browser:
        browser.headers["User-Agent"] = BROWSER_UA
        response = await browser.post("/auth/login", json={"email": artist["email"], "password": PASSWORD})
        assert response.status_code == 200
        response = await browser.get("/auth/logout")
        assert response.status_code == 200
        unset = response.headers.get_list("set-cookie")
        assert any(c.startswith("access_token_cookie=") and "Max-Age=0" in c for c in unset)
        assert any(c.startswith("refresh_token_cookie=") and "Max-Age=0" in c for c in unset)
        assert (await browser.get("/auth/authenticated")).status_code == 401


async def test_script_refresh_flow(client, artist):
    data = await log_in_ok(client, artist["email"])
    response = await client.get("/auth/refresh-token", headers=bearer(data["refresh_token"]))
    assert response.status_code == 200
    body = response.json()
    assert set(body) == {"access_token"}
    new_access = body["access_token"]
    assert (await client.get("/auth/authenticated", headers=bearer(new_access))).status_code == 200
    # The new access token remembers its refresh token: logging out with it revokes both.
    assert (await client.get("/auth/logout", headers=bearer(new_access))).status_code == 200
    assert (await client.get("/auth/refresh-token", headers=bearer(data["refresh_token"]))).status_code == 401


async def test_refresh_needs_a_refresh_token(client, artist):
    data = await log_in_ok(client, artist["email"])
    response = await client.get("/auth/refresh-token", headers=bearer(data["access_token"]))
    assert response.status_code == 422
    assert response.json() == {"msg": "Only refresh tokens are allowed"}
    response = await client.get("/auth/authenticated", headers=bearer(data["refresh_token"]))
    assert response.status_code == 422
    assert response.json() == {"msg": "Only non-refresh tokens are allowed"}
    response = await client.get("/auth/refresh-token")
    assert response.status_code == 401
    assert "refresh_token_cookie" in response.json()["msg"]


async def test_browser_refresh_flow(app, artist):
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as browser:
        browser.headers["User-Agent"] = BROWSER_UA
        response = await browser.post("/auth/login", json={"email": artist["email"], "password": PASSWORD})
        assert response.status_code == 200
        # The refresh cookie is scoped to the refresh route and sent there only.
        response = await browser.get("/auth/refresh-token")
        assert response.status_code == 200, response.text
        assert response.json() == {"refresh": True}
        cookies = response.headers.get_list("set-cookie")
        assert any(c.startswith("access_token_cookie=") and "Max-Age=31540000" in c for c in cookies)
        assert any(c.startswith("refresh_token_cookie=") and "Max-Age=0" in c for c in cookies)
        assert (await browser.get("/auth/authenticated")).status_code == 200


async def test_api_prefix_and_trailing_slash(client, artist):
    response = await client.post(
        "/api/auth/login/",
        json={"email": artist["email"], "password": PASSWORD},
        headers={"User-Agent": SCRIPT_UA},
    )
    assert response.status_code == 200
