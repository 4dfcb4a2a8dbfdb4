"""Second factors: TOTP, e-mail codes and recovery codes, from set-up to log-in to removal."""

import re

import pyotp

from app.auth import tokens
from tests.auth.conftest import bearer, get_person_row, log_in, log_in_ok, update_person_row
from tests.helpers.fixtures import create_person


def _other_code(code: str) -> str:
    return str((int(code) + 500000) % 1000000).zfill(6)


async def _enable_totp(client, token: str) -> tuple[str, list[str]]:
    response = await client.put("/auth/totp", headers=bearer(token))
    assert response.status_code == 200, response.text
    provisioning = response.json()
    secret = provisioning["otp_secret"]
    assert provisioning["totp_provisionning_uri"].startswith("otpauth://totp/")
    assert "issuer=Kitsu%20Kitsu" in provisioning["totp_provisionning_uri"]
    response = await client.post("/auth/totp", json={"totp": pyotp.TOTP(secret).now()}, headers=bearer(token))
    assert response.status_code == 200, response.text
    return secret, response.json()["otp_recovery_codes"]


def _mailed_code(mailbox) -> str:
    return re.search(r"code is (\d{6})", mailbox[-1].subject).group(1)


async def test_totp_set_up_log_in_and_removal(client, artist):
    token = (await log_in_ok(client, artist["email"]))["access_token"]

    response = await client.put("/auth/totp", headers=bearer(token))
    secret = response.json()["otp_secret"]
    wrong = _other_code(pyotp.TOTP(secret).now())
    response = await client.post("/auth/totp", json={"totp": wrong}, headers=bearer(token))
    assert response.status_code == 400
    assert response.json() == {"error": True, "message": "TOTP verification failed.", "wrong_OTP": True}

    response = await client.post("/auth/totp", json={"totp": pyotp.TOTP(secret).now()}, headers=bearer(token))
    assert response.status_code == 200
    body = response.json()
    codes = body["otp_recovery_codes"]
    assert len(codes) == 16 and all(re.fullmatch(r"[A-Z0-9]{10}", code) for code in codes)
    assert (await client.get("/auth/authenticated", headers=bearer(body["access_token"]))).status_code == 200
    assert (await client.put("/auth/totp", headers=bearer(token))).json()[
        "message"
    ] == "TOTP already enabled."

    # Log-in now needs the code.
    response = await log_in(client, artist["email"])
    assert response.status_code == 400
    assert response.json()["missing_OTP"] is True
    assert response.json()["preferred_two_factor_authentication"] == "totp"
    assert response.json()["two_factor_authentication_enabled"] == ["recovery_code", "totp"]
    response = await log_in(client, artist["email"], totp=_other_code(pyotp.TOTP(secret).now()))
    assert response.status_code == 400 and response.json()["wrong_OTP"] is True
    assert (await get_person_row(artist["id"])).login_failed_attemps == 1
    await log_in_ok(client, artist["email"], totp=pyotp.TOTP(secret).now())
    assert (await get_person_row(artist["id"])).login_failed_attemps == 0

    # Removal needs a proof.
    response = await client.request("DELETE", "/auth/totp", json={}, headers=bearer(token))
    assert response.status_code == 400 and response.json()["wrong_OTP"] is True
    response = await client.request(
        "DELETE", "/auth/totp", json={"totp": pyotp.TOTP(secret).now()}, headers=bearer(token)
    )
    assert response.status_code == 200 and response.json() == {"success": True}
    row = await get_person_row(artist["id"])
    assert not row.totp_enabled and row.totp_secret is None
    assert row.otp_recovery_codes is None and row.preferred_two_factor_authentication is None
    await log_in_ok(client, artist["email"])
    response = await client.request("DELETE", "/auth/totp", json={"totp": "123456"}, headers=bearer(token))
    assert response.json()["message"] == "TOTP not enabled."


async def test_recovery_codes_work_once_and_can_be_renewed(client, artist):
    token = (await log_in_ok(client, artist["email"]))["access_token"]
    secret, codes = await _enable_totp(client, token)

    await log_in_ok(client, artist["email"], recovery_code=codes[0])
    response = await log_in(client, artist["email"], recovery_code=codes[0])
    assert response.status_code == 400 and response.json()["wrong_OTP"] is True

    response = await client.put("/auth/recovery-codes", json={"totp": "000000x"}, headers=bearer(token))
    assert response.status_code == 400 and response.json()["wrong_OTP"] is True
    response = await client.put(
        "/auth/recovery-codes", json={"totp": pyotp.TOTP(secret).now()}, headers=bearer(token)
    )
    assert response.status_code == 200
    new_codes = response.json()["otp_recovery_codes"]
    assert len(new_codes) == 16 and not set(new_codes) & set(codes)
    assert (await log_in(client, artist["email"], recovery_code=codes[1])).status_code == 400
    await log_in_ok(client, artist["email"], recovery_code=new_codes[5])

    # A recovery code also proves identity for removing a factor.
    response = await client.request(
        "DELETE", "/auth/totp", json={"recovery_code": new_codes[6]}, headers=bearer(token)
    )
    assert response.status_code == 200


async def test_recovery_codes_need_two_factor(client, artist):
    token = (await log_in_ok(client, artist["email"]))["access_token"]
    response = await client.put("/auth/recovery-codes", json={}, headers=bearer(token))
    assert response.status_code == 400
    assert response.json() == {"error": True, "message": "No two factor authentication enabled."}


async def test_email_otp_set_up_log_in_and_removal(client, artist, mailbox):
    token = (await log_in_ok(client, artist["email"]))["access_token"]
    response = await client.put("/auth/email-otp", headers=bearer(token))
    assert response.status_code == 200 and response.json() == {"success": True}
    assert mailbox[-1].recipient == artist["email"]
    code = _mailed_code(mailbox)

    response = await client.post(
        "/auth/email-otp", json={"email_otp": _other_code(code)}, headers=bearer(token)
    )
    assert response.status_code == 400
    assert response.json()["message"] == "OTP by email verification failed."
    response = await client.post("/auth/email-otp", json={"email_otp": code}, headers=bearer(token))
    assert response.status_code == 200
    assert len(response.json()["otp_recovery_codes"]) == 16
    response = await client.put("/auth/email-otp", headers=bearer(token))
    assert response.json()["message"] == "OTP by email already enabled."

    response = await log_in(client, artist["email"])
    assert response.json()["missing_OTP"] is True
    assert response.json()["preferred_two_factor_authentication"] == "email_otp"

    # The log-in page asks for a code by e-mail (e-mail or desktop login).
    response = await client.get("/auth/email-otp", params={"email": artist["desktop_login"]})
    assert response.status_code == 200 and response.json() == {"success": True}
    code = _mailed_code(mailbox)
    await log_in_ok(client, artist["email"], email_otp=code)
    # Codes are single-use.
    assert (await log_in(client, artist["email"], email_otp=code)).json()["wrong_OTP"] is True

    await client.get("/auth/email-otp", params={"email": artist["email"]})
    response = await client.request(
        "DELETE", "/auth/email-otp", json={"email_otp": _mailed_code(mailbox)}, headers=bearer(token)
    )
    assert response.status_code == 200
    assert not (await get_person_row(artist["id"])).email_otp_enabled


async def test_email_otp_request_tells_nothing(client, artist, mailbox):
    for login in ("nobody@example.com", artist["email"]):
        response = await client.get("/auth/email-otp", params={"email": login})
        assert response.status_code == 200 and response.json() == {"success": True}
    assert len(mailbox) == 0  # the artist has no e-mail codes enabled
    assert (await client.get("/auth/email-otp")).status_code == 400


async def test_second_factor_routes_are_for_people(client):
    bot = await create_person("user", is_bot=True)
    token, jti = tokens.create_api_token(bot["id"], is_bot=True, expiration_date=None)
    await update_person_row(bot["id"], jti=jti)
    assert (await client.put("/auth/totp", headers=bearer(token))).status_code == 403
    assert (await client.put("/auth/email-otp", headers=bearer(token))).status_code == 403
    assert (await client.put("/auth/recovery-codes", json={}, headers=bearer(token))).status_code == 403
    assert (await client.put("/auth/totp")).status_code == 401


async def test_two_factor_setup_lifts_the_restriction(client, artist, monkeypatch):
    from app.core.config import get_settings

    monkeypatch.setattr(get_settings(), "enforce_2fa", True)
    restricted = (await log_in_ok(client, artist["email"]))["access_token"]
    response = await client.put("/auth/totp", headers=bearer(restricted))
    secret = response.json()["otp_secret"]
    response = await client.post(
        "/auth/totp", json={"totp": pyotp.TOTP(secret).now()}, headers=bearer(restricted)
    )
    fresh = response.json()["access_token"]
    body = {"code_challenge": "A" * 43}
    assert (
        await client.post("/auth/app-login/code", json=body, headers=bearer(restricted))
    ).status_code == 403
    assert (await client.post("/auth/app-login/code", json=body, headers=bearer(fresh))).status_code == 201
