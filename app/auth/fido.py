"""WebAuthn (FIDO2) second factor, as Zou runs it with python-fido2: the relying party, the devices
stored on the person in Zou's JSON shape, and the ceremony state between its two requests.

Zou keeps the state of a ceremony (its challenge) in the Flask session cookie. Our processes are
stateless and share nothing but the token store, so the state lives there, keyed by the person and
the ceremony, for `STATE_TTL` seconds, and is taken out once: a challenge answers one attempt.
"""

from __future__ import annotations

import base64
import json
from functools import lru_cache
from typing import TYPE_CHECKING, Any
from urllib.parse import urlparse

from sqlalchemy.ext.asyncio import AsyncSession

from app.auth import token_store
from app.core.config import get_settings
from app.models.person import Person

# python-fido2 pulls in cryptography's primitives: megabytes a worker loads on the first FIDO request
# only (tests/platform/test_server.py), so it is imported where used.
if TYPE_CHECKING:
    from fido2.server import Fido2Server
    from fido2.webauthn import AttestedCredentialData, AuthenticatorData

STATE_TTL = 5 * 60  # the WebAuthn ceremony's usual timeout; Zou's session state never expires
# The default DOMAIN_NAME: a local set-up whose browser origin may be anything (Zou's exception).
LOCAL_DOMAIN = "localhost:8080"
REGISTRATION = "registration"
AUTHENTICATION = "authentication"


class FidoError(Exception):
    """A registration or assertion python-fido2 refused, or a device stored in another shape."""


# COSE ids: ES256, EdDSA, ES384, ES512, PS256, RS256, ES256K.
OFFERED_ALGORITHMS = (-7, -8, -35, -36, -37, -257, -47)


@lru_cache(maxsize=4)
def _server(domain_name: str) -> Fido2Server:
    from fido2.server import Fido2Server
    from fido2.webauthn import PublicKeyCredentialRpEntity

    rp = PublicKeyCredentialRpEntity(name="Kitsu", id=urlparse(f"https://{domain_name}").hostname)
    any_origin = (lambda origin: True) if domain_name == LOCAL_DOMAIN else None
    server = Fido2Server(rp, verify_origin=any_origin)
    # The algorithms Zou's python-fido2 (2.2.0) offers, in its order: later releases add ML-DSA ones.
    server.allowed_algorithms = [
        params for params in server.allowed_algorithms if params.alg in OFFERED_ALGORITHMS
    ]
    return server


def relying_party() -> Fido2Server:
    return _server(get_settings().domain_name)


def _json(options: Any) -> dict[str, Any]:
    # python-fido2's option objects read as base64url strings and str enums: plain JSON once dumped.
    return json.loads(json.dumps(dict(options)))


# --- devices, in the shape Zou stores in `person.fido_credentials` --------------------------------
def device_record(device_name: str, auth_data: AuthenticatorData) -> dict[str, Any]:
    """A device as Zou keeps it: ids and the EC2 key's coordinates as integers, COSE labels as text
    (the keys a JSON column hands back)."""
    from fido2.utils import bytes2int

    credential = auth_data.credential_data
    if credential is None:
        raise FidoError("no attested credential")
    key = dict(credential.public_key)
    x, y = key.get(-2), key.get(-3)
    # Zou's shape holds an elliptic-curve key only (x and y); refuse others rather than store
    # a device that could never sign in.
    if not isinstance(x, bytes) or not isinstance(y, bytes):
        raise FidoError("only EC2 public keys can be stored")
    return {
        "device_name": device_name,
        "aaguid": bytes2int(credential.aaguid),
        "credential_id": bytes2int(credential.credential_id),
        "public_key": {"1": key[1], "3": key[3], "-1": key[-1], "-2": bytes2int(x), "-3": bytes2int(y)},
    }


def stored_devices(person: Person) -> list[AttestedCredentialData]:
    from fido2.utils import int2bytes
    from fido2.webauthn import AttestedCredentialData

    devices = []
    for record in person.fido_credentials or []:
        try:
            key = record["public_key"]
            cose = {
                1: key["1"],
                3: key["3"],
                -1: key["-1"],
                -2: int2bytes(key["-2"]),
                -3: int2bytes(key["-3"]),
            }
            devices.append(
                AttestedCredentialData.create(
                    int2bytes(record["aaguid"], 16), int2bytes(record["credential_id"]), cose
                )
            )
        except (KeyError, TypeError, ValueError):
            continue  # a device left by hand in another shape cannot sign in; it can be removed
    return devices


# --- ceremony state ----------------------------------------------------------------------------
def _state_key(ceremony: str, person: Person, challenge: str = "") -> str:
    return f"fido-{ceremony}-state-{person.id}{'-' if challenge else ''}{challenge}"


async def _keep_state(
    session: AsyncSession, ceremony: str, person: Person, state: Any, challenge: str = ""
) -> None:
    await token_store.put(session, _state_key(ceremony, person, challenge), json.dumps(state), STATE_TTL)


async def take_state(session: AsyncSession, ceremony: str, person: Person, challenge: str = "") -> Any | None:
    """The pending ceremony's state, removed at once (a refused attempt burns it, as in Zou)."""
    value = await token_store.pop(session, _state_key(ceremony, person, challenge), durable=True)
    return json.loads(value) if value is not None else None


def _answered_challenge(response: Any) -> str | None:
    """The challenge an assertion signs, read from its client data (None: not an assertion)."""
    try:
        client_data = response["response"]["clientDataJSON"]
        challenge = json.loads(base64.urlsafe_b64decode(client_data + "=" * (-len(client_data) % 4)))[
            "challenge"
        ]
    except (KeyError, TypeError, ValueError):
        return None
    return challenge if isinstance(challenge, str) and 0 < len(challenge) <= 128 else None


# --- the two ceremonies --------------------------------------------------------------------------
async def registration_options(session: AsyncSession, person: Person, display_name: str) -> dict[str, Any]:
    from fido2.webauthn import PublicKeyCredentialUserEntity

    options, state = relying_party().register_begin(
        PublicKeyCredentialUserEntity(
            id=str(person.id).encode(), name=person.email or "", display_name=display_name
        ),
        credentials=stored_devices(person),
        user_verification="preferred",
        authenticator_attachment="cross-platform",
    )
    await _keep_state(session, REGISTRATION, person, state)
    return _json(options.public_key)


def verify_registration(state: Any, response: dict[str, Any]) -> AuthenticatorData:
    try:
        return relying_party().register_complete(state, response)
    except Exception as exc:  # python-fido2 raises whatever its parsing meets: all are a refusal
        raise FidoError(str(exc)) from exc


async def authentication_options(session: AsyncSession, person: Person) -> dict[str, Any]:
    options, state = relying_party().authenticate_begin(credentials=stored_devices(person))
    # Kept under its challenge: each log-in in progress answers its own, and someone who only
    # knows the address cannot spoil another's by asking for a new one (Zou keeps it in the
    # browser's session cookie for the same reason).
    await _keep_state(session, AUTHENTICATION, person, state, state["challenge"])
    return _json(options.public_key)


async def check_assertion(session: AsyncSession, person: Person, response: dict[str, Any]) -> bool:
    """A log-in's (or a 2FA proof's) FIDO answer to a challenge handed out for the person."""
    challenge = _answered_challenge(response)
    state = await take_state(session, AUTHENTICATION, person, challenge) if challenge else None
    if state is None:
        return False
    try:
        relying_party().authenticate_complete(state, stored_devices(person), response)
    except Exception:  # a wrong signature, challenge, origin or device, or a malformed answer
        return False
    return True
