"""WebAuthn devices as the second factor, end to end with a software authenticator: registration,
log-in with an assertion, the refusals (wrong signature, replayed or expired challenge) and removal."""

import asyncio
import base64

import pytest
from cryptography.hazmat.primitives.asymmetric import ec

from app.auth import fido
from tests.auth.conftest import bearer, get_person_row, log_in, log_in_ok
from tests.helpers.webauthn import SoftwareAuthenticator

WRONG_REGISTRATION = "FIDO server exception your registration response is probly wrong."
WRONG_OTP = {
    "error": True,
    "login": False,
    "wrong_OTP": True,
    "message": "Wrong two-factor authentication code.",
}


async def _register(client, token: str, device: SoftwareAuthenticator, name: str = "yubikey") -> dict:
    options = await client.put("/auth/fido", headers=bearer(token))
    assert options.status_code == 200, options.text
    body = {"registration_response": device.register(options.json()), "device_name": name}
    response = await client.post("/auth/fido", json=body, headers=bearer(token))
    assert response.status_code == 200, response.text
    return response.json()


async def _challenge(client, email: str) -> dict:
    response = await client.get("/auth/fido", params={"email": email})
    assert response.status_code == 200, response.text
    return response.json()


async def _fido_login(client, email: str, assertion: dict):
    return await log_in(client, email, fido_authentication_response=assertion)


async def test_register_then_log_in_with_the_device(client, artist):
    token = (await log_in_ok(client, artist["email"]))["access_token"]
    options = (await client.put("/auth/fido", headers=bearer(token))).json()
    person = await get_person_row(artist["id"])
    assert options["rp"] == {"name": "Kitsu", "id": "localhost"}  # from DOMAIN_NAME localhost:8080
    assert options["user"] == {
        "id": base64.urlsafe_b64encode(artist["id"].encode()).decode().rstrip("="),
        "name": artist["email"],
        "displayName": f"{person.first_name} {person.last_name}",
    }
    assert options["authenticatorSelection"] == {
        "authenticatorAttachment": "cross-platform",
        "requireResidentKey": False,
        "residentKey": "discouraged",
        "userVerification": "preferred",
    }
    assert options["excludeCredentials"] == []
    assert {"type": "public-key", "alg": -7} in options["pubKeyCredParams"]

    device = SoftwareAuthenticator()
    body = {"registration_response": device.register(options), "device_name": "yubikey"}
    response = await client.post("/auth/fido", json=body, headers=bearer(token))
    assert response.status_code == 200, response.text
    registered = response.json()
    assert set(registered) == {"otp_recovery_codes", "access_token", "refresh_token"}
    assert len(registered["otp_recovery_codes"]) == 16

    me = (await client.get("/auth/authenticated", headers=bearer(token))).json()["user"]
    assert me["fido_devices"] == ["yubikey"]
    assert me["fido_enabled"] is True and me["preferred_two_factor_authentication"] == "fido"
    stored = (await get_person_row(artist["id"])).fido_credentials
    assert stored[0]["device_name"] == "yubikey"
    assert set(stored[0]["public_key"]) == {"1", "3", "-1", "-2", "-3"}  # Zou's JSON shape

    # A second key: the first one is excluded, and the recovery codes are not reissued.
    again = (await client.put("/auth/fido", headers=bearer(token))).json()
    assert again["excludeCredentials"] == [
        {"type": "public-key", "id": base64.urlsafe_b64encode(device.credential_id).decode().rstrip("=")}
    ]
    spare = SoftwareAuthenticator()
    body = {"registration_response": spare.register(again), "device_name": "spare"}
    response = await client.post("/auth/fido", json=body, headers=bearer(token))
    assert response.json()["otp_recovery_codes"] is None

    # Log-in: the password alone asks for the second factor, then the assertion passes.
    missing = await log_in(client, artist["email"])
    assert missing.status_code == 400 and missing.json()["missing_OTP"] is True
    assert missing.json()["two_factor_authentication_enabled"] == ["recovery_code", "fido"]
    challenge = await _challenge(client, artist["email"])
    assert challenge["rpId"] == "localhost"
    assert len(challenge["allowCredentials"]) == 2
    response = await _fido_login(client, artist["email"], device.assert_(challenge))
    assert response.status_code == 200, response.text
    assert response.json()["user"]["id"] == artist["id"]
    # Either registered device signs in.
    response = await _fido_login(
        client, artist["email"], spare.assert_(await _challenge(client, artist["email"]))
    )
    assert response.status_code == 200


async def test_assertion_refusals(client, artist):
    token = (await log_in_ok(client, artist["email"]))["access_token"]
    device = SoftwareAuthenticator()
    await _register(client, token, device)

    # No challenge handed out: nothing to answer.
    orphan = device.assert_({"rpId": "localhost", "challenge": "AAAAAAAAAAAAAAAAAAAAAA"})
    assert (await _fido_login(client, artist["email"], orphan)).json() == WRONG_OTP
    stale = device.assert_(await _challenge(client, artist["email"]))
    assert (await _fido_login(client, artist["email"], stale)).status_code == 200
    # Replayed: the challenge answered once is gone.
    response = await _fido_login(client, artist["email"], stale)
    assert response.status_code == 400 and response.json() == WRONG_OTP

    # Signed by another key: refused, and that challenge is burnt for the right signature too.
    challenge = await _challenge(client, artist["email"])
    forged = device.assert_(challenge, key=ec.generate_private_key(ec.SECP256R1()))
    assert (await _fido_login(client, artist["email"], forged)).json() == WRONG_OTP
    assert (await _fido_login(client, artist["email"], device.assert_(challenge))).json() == WRONG_OTP

    # Each challenge handed out waits for its own answer: asking for a new one (anyone knowing
    # the address can) does not spoil a log-in in progress.
    first = await _challenge(client, artist["email"])
    second = await _challenge(client, artist["email"])
    assert (await _fido_login(client, artist["email"], device.assert_(first))).status_code == 200
    assert (await _fido_login(client, artist["email"], device.assert_(second))).status_code == 200
    assert (await _fido_login(client, artist["email"], device.assert_(first))).json() == WRONG_OTP

    # A malformed answer is a wrong code, not an error.
    await _challenge(client, artist["email"])
    assert (await _fido_login(client, artist["email"], {"id": "x"})).json() == WRONG_OTP


async def test_expired_challenge_is_refused(client, artist, monkeypatch):
    token = (await log_in_ok(client, artist["email"]))["access_token"]
    device = SoftwareAuthenticator()
    await _register(client, token, device)
    monkeypatch.setattr(fido, "STATE_TTL", 1)
    challenge = await _challenge(client, artist["email"])
    await asyncio.sleep(1.2)
    response = await _fido_login(client, artist["email"], device.assert_(challenge))
    assert response.status_code == 400 and response.json() == WRONG_OTP


async def test_challenge_refusals_look_alike(client, artist):
    for email in (artist["email"], "nobody@example.com"):
        response = await client.get("/auth/fido", params={"email": email})
        assert response.status_code == 400
        assert response.json() == {"error": True, "message": "FIDO not enabled."}
    missing = await client.get("/auth/fido")  # Zou's words for an absent argument (roles matrix)
    assert missing.status_code == 400 and missing.json()["message"] == "Missing required parameter: email"


async def test_registration_refusals(client, artist):
    token = (await log_in_ok(client, artist["email"]))["access_token"]
    device = SoftwareAuthenticator()
    first = (await client.put("/auth/fido", headers=bearer(token))).json()

    async def post(response: dict):
        body = {"registration_response": response, "device_name": "yubikey"}
        return await client.post("/auth/fido", json=body, headers=bearer(token))

    # The answer to an older set of options: the challenge differs.
    await client.put("/auth/fido", headers=bearer(token))
    response = await post(device.register(first))
    assert response.status_code == 400
    assert response.json() == {"error": True, "message": WRONG_REGISTRATION}
    # The failed attempt used the pre-registration up.
    response = await post(device.register(first))
    assert response.json() == {"error": True, "message": "No preregistration before."}

    options = (await client.put("/auth/fido", headers=bearer(token))).json()
    response = await post(device.register(options, origin="https://evil.example"))
    assert response.status_code == 200  # the default DOMAIN_NAME (localhost:8080) takes any origin, as Zou
    response = await client.post("/auth/fido", json={}, headers=bearer(token))
    assert response.json()["message"] == "Validation error."


async def test_origin_must_match_the_domain(client, artist, monkeypatch):
    from app.core.config import get_settings

    monkeypatch.setattr(get_settings(), "domain_name", "kitsu.example.com")
    token = (await log_in_ok(client, artist["email"]))["access_token"]
    device = SoftwareAuthenticator()
    options = (await client.put("/auth/fido", headers=bearer(token))).json()
    assert options["rp"]["id"] == "kitsu.example.com"
    body = {
        "registration_response": device.register(options, origin="https://evil.example"),
        "device_name": "k",
    }
    response = await client.post("/auth/fido", json=body, headers=bearer(token))
    assert response.json()["message"] == WRONG_REGISTRATION
    await _register(client, token, device)  # origin https://kitsu.example.com
    challenge = await _challenge(client, artist["email"])
    forged = device.assert_(challenge, origin="https://kitsu.example.com.evil.example")
    assert (await _fido_login(client, artist["email"], forged)).json() == WRONG_OTP


async def test_unregister_with_the_device_as_proof(client, artist):
    token = (await log_in_ok(client, artist["email"]))["access_token"]
    device = SoftwareAuthenticator()
    await _register(client, token, device)

    body = {
        "device_name": "yubikey",
        "fido_authentication_response": device.assert_(await _challenge(client, artist["email"])),
    }
    body["fido_authentication_response"]["response"]["signature"] = "AAAA"
    response = await client.request("DELETE", "/auth/fido", json=body, headers=bearer(token))
    assert response.status_code == 400
    assert response.json() == {"error": True, "message": "OTP verification failed.", "wrong_OTP": True}
    response = await client.request(
        "DELETE", "/auth/fido", json={"device_name": "yubikey"}, headers=bearer(token)
    )
    assert response.json()["message"] == "OTP verification failed."

    body["fido_authentication_response"] = device.assert_(await _challenge(client, artist["email"]))
    response = await client.request("DELETE", "/auth/fido", json=body, headers=bearer(token))
    assert response.status_code == 200 and response.json() == {"success": True}
    person = await get_person_row(artist["id"])
    assert person.fido_enabled is False and person.fido_credentials == []
    assert person.preferred_two_factor_authentication is None and not person.otp_recovery_codes
    assert (await log_in(client, artist["email"])).status_code == 200  # no second factor left


@pytest.mark.usefixtures("no_redis")
async def test_ceremonies_without_redis(client, artist):
    """The ceremony state falls back to the token table: registration and log-in still work."""
    token = (await log_in_ok(client, artist["email"]))["access_token"]
    device = SoftwareAuthenticator()
    await _register(client, token, device)
    challenge = await _challenge(client, artist["email"])
    assert (await _fido_login(client, artist["email"], device.assert_(challenge))).status_code == 200
    assert (await _fido_login(client, artist["email"], device.assert_(challenge))).json() == WRONG_OTP
