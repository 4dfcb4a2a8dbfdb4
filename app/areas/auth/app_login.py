"""Browser-assisted log-in for desktop tools (`/auth/app-login/*`): a one-time code bound to a PKCE
S256 challenge, minted by a logged-in Kitsu page and traded by the tool for its own token pair."""

import base64
import hashlib
import hmac
import json
import re
import secrets
import uuid
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.areas.auth import service as auth
from app.auth import token_store
from app.core.errors import ZouError
from app.models.person import Person

CODE_TTL = 60
CHALLENGE_PATTERN = re.compile(r"^[A-Za-z0-9_-]{43}$")
VERIFIER_PATTERN = re.compile(r"^[A-Za-z0-9._~-]{43,128}$")
REFUSAL = {"login": False, "message": "Wrong or expired code."}


def _key(code: str) -> str:
    return f"app-login-code-{code}"


def challenge_of(verifier: str) -> str:
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


async def mint_code(session: AsyncSession, person: Person, challenge: str, skip_2fa_setup: bool) -> str:
    code = secrets.token_urlsafe(32)
    value = json.dumps(
        {"person_id": str(person.id), "challenge": challenge, "skip_2fa_setup": skip_2fa_setup}
    )
    await token_store.put(session, _key(code), value, CODE_TTL)
    return code


async def exchange_code(session: AsyncSession, code: str, verifier: str) -> tuple[Person, dict[str, Any]]:
    """The person and a fresh token pair, or one identical refusal for every failure."""
    # Burnt before any check (and durably): a wrong verifier must not leave the code usable.
    raw = await token_store.pop(session, _key(code), durable=True)
    if raw is None or not VERIFIER_PATTERN.match(verifier):
        raise ZouError(400, REFUSAL)
    data = json.loads(raw)
    if not hmac.compare_digest(challenge_of(verifier), data["challenge"]):
        raise ZouError(400, REFUSAL)
    person = await session.get(Person, uuid.UUID(data["person_id"]))
    if person is None or not person.active:
        raise ZouError(400, REFUSAL)
    claims = {"skip_2fa_setup": True} if data.get("skip_2fa_setup") else None
    return person, auth.create_person_tokens_for_login(person, claims)
