"""SSO answers (not available here, answered as Zou does when off), FIDO without a device (the
flow with one: test_fido.py) and the app log-in flow."""

import base64
import hashlib
import secrets

import pyotp

from app.auth import tokens
from tests.auth.conftest import BROWSER_UA, bearer, log_in_ok, login_logs, update_person_row
from tests.helpers.fixtures import create_person


def _challenge(verifier: str) -> str:
    return base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()


async def test_saml_and_oidc_are_off(client):
    for method, path, message in (
        ("GET", "/auth/saml/login", "SAML is not enabled."),
        ("POST", "/auth/saml/sso", "SAML is not enabled."),
        ("GET", "/auth/oidc/login", "OIDC is not enabled."),
        ("GET", "/auth/oidc/callback", "OIDC is not enabled."),
    ):
        response = await client.request(method, path)
        assert response.status_code == 400
        assert response.json() == {"error": message}


async def test_fido_refusals_without_a_device(client, artist):
    token = (await log_in_ok(client, artist["email"]))["access_token"]
    response = await client.post(
        "/auth/fido", json={"registration_response": {}, "device_name": "key"}, headers=bearer(token)
    )
    assert response.status_code == 400
    assert response.json()["message"] == "No preregistration before."
    response = await client.request(
        "DELETE", "/auth/fido", json={"device_name": "key"}, headers=bearer(token)
    )
    assert response.status_code == 400
    assert response.json()["message"] == "FIDO not enabled."
    response = await client.request("DELETE", "/auth/fido", json={}, headers=bearer(token))
    assert response.json()["message"] == "Validation error."


async def test_fido_device_imported_from_zou_can_be_removed(client, artist):
    from app.auth.two_factor import generate_recovery_codes

    token = (await log_in_ok(client, artist["email"]))["access_token"]
    # Give the artist recovery codes through the real route, then fake an imported FIDO key.
    response = await client.put("/auth/totp", headers=bearer(token))
    secret = response.json()["otp_secret"]
    codes = (
        await client.post("/auth/totp", json={"totp": pyotp.TOTP(secret).now()}, headers=bearer(token))
    ).json()["otp_recovery_codes"]
    await update_person_row(
        artist["id"], fido_enabled=True, fido_credentials=[{"device_name": "yubikey", "credential_id": 1}]
    )
    response = await client.get("/auth/authenticated", headers=bearer(token))
    assert response.json()["user"]["fido_devices"] == ["yubikey"]
    body = {"device_name": "yubikey", "recovery_code": generate_recovery_codes()[0]}
    response = await client.request("DELETE", "/auth/fido", json=body, headers=bearer(token))
    assert response.status_code == 400 and response.json()["message"] == "OTP verification failed."
    body["recovery_code"] = codes[0]
    response = await client.request("DELETE", "/auth/fido", json=body, headers=bearer(token))
    assert response.status_code == 200
    response = await client.get("/auth/authenticated", headers=bearer(token))
    assert response.json()["user"]["fido_devices"] == []
    assert response.json()["user"]["fido_enabled"] is False


async def test_app_login_flow(client, artist):
    token = (await log_in_ok(client, artist["email"]))["access_token"]
    verifier = secrets.token_urlsafe(48)
    response = await client.post(
        "/auth/app-login/code", json={"code_challenge": _challenge(verifier)}, headers=bearer(token)
    )
    assert response.status_code == 201
    code = response.json()["code"]

    response = await client.post(
        "/auth/app-login/token",
        json={"code": code, "code_verifier": verifier},
        headers={"User-Agent": BROWSER_UA},
    )
    assert response.status_code == 200, response.text
    assert "set-cookie" not in response.headers  # never cookies, even for a browser agent
    data = response.json()
    assert data["login"] is True and data["user"]["id"] == artist["id"]
    assert "password" not in data["user"]
    assert (await client.get("/auth/authenticated", headers=bearer(data["access_token"]))).status_code == 200
    assert (await client.get("/auth/refresh-token", headers=bearer(data["refresh_token"]))).status_code == 200
    assert sorted(await login_logs(artist["id"])) == ["script", "script"]

    # Single use.
    response = await client.post("/auth/app-login/token", json={"code": code, "code_verifier": verifier})
    assert response.status_code == 400
    assert response.json() == {"login": False, "message": "Wrong or expired code."}


async def test_app_login_refusals(client, artist):
    token = (await log_in_ok(client, artist["email"]))["access_token"]
    verifier = secrets.token_urlsafe(48)
    challenge = _challenge(verifier)
    for bad in ("", "short", challenge + "A", "+" * 43):
        response = await client.post(
            "/auth/app-login/code", json={"code_challenge": bad}, headers=bearer(token)
        )
        assert response.status_code == 400, bad

    code = (
        await client.post("/auth/app-login/code", json={"code_challenge": challenge}, headers=bearer(token))
    ).json()["code"]
    wrong = await client.post(
        "/auth/app-login/token", json={"code": code, "code_verifier": secrets.token_urlsafe(48)}
    )
    unknown = await client.post(
        "/auth/app-login/token", json={"code": secrets.token_urlsafe(32), "code_verifier": verifier}
    )
    assert wrong.status_code == unknown.status_code == 400
    assert wrong.json() == unknown.json()
    # The failed attempt burnt the code.
    burnt = await client.post("/auth/app-login/token", json={"code": code, "code_verifier": verifier})
    assert burnt.status_code == 400

    # An account deactivated between minting and exchange is refused.
    code = (
        await client.post("/auth/app-login/code", json={"code_challenge": challenge}, headers=bearer(token))
    ).json()["code"]
    await update_person_row(artist["id"], active=False)
    response = await client.post("/auth/app-login/token", json={"code": code, "code_verifier": verifier})
    assert response.status_code == 400


async def test_bots_cannot_mint_app_login_codes(client):
    bot = await create_person("user", is_bot=True)
    token, jti = tokens.create_api_token(bot["id"], is_bot=True, expiration_date=None)
    await update_person_row(bot["id"], jti=jti)
    response = await client.post(
        "/auth/app-login/code", json={"code_challenge": "A" * 43}, headers=bearer(token)
    )
    assert response.status_code == 403
