"""Second factors as Zou implements them: TOTP, one-time codes by e-mail, recovery codes (FIDO: `fido.py`).

Person columns used (Zou's): `totp_enabled/totp_secret`, `email_otp_enabled/email_otp_secret`,
`fido_enabled/fido_credentials`, `otp_recovery_codes` (bcrypt hashes), `preferred_two_factor_authentication`.
"""

import asyncio
import secrets
import string
from typing import Any

import pyotp
from sqlalchemy.ext.asyncio import AsyncSession

from app.auth import fido, token_store
from app.auth.passwords import check_password, hash_password
from app.core.mail import send_mail
from app.models.person import Person

TOTP_VALID_WINDOW = 1  # accept the previous and next 30 s step, as Zou does
EMAIL_OTP_TTL = 5 * 60
RECOVERY_CODE_COUNT = 16
RECOVERY_CODE_LENGTH = 10
_CODE_ALPHABET = string.ascii_uppercase + string.digits


class MissingOTPError(Exception):
    """2FA is on but the request carries no usable code."""

    def __init__(self, person: Person):
        super().__init__("missing second factor")
        self.preferred = person.preferred_two_factor_authentication
        self.enabled = enabled_methods(person)


def has_two_factor(person: Person) -> bool:
    return bool(person.totp_enabled or person.email_otp_enabled or person.fido_enabled)


def enabled_methods(person: Person) -> list[str]:
    methods = ["recovery_code"]
    if person.totp_enabled:
        methods.append("totp")
    if person.email_otp_enabled:
        methods.append("email_otp")
    if person.fido_enabled:
        methods.append("fido")
    return methods


# --- TOTP ---------------------------------------------------------------------------------
def new_otp_secret() -> str:
    return pyotp.random_base32()


def totp_provisioning_uri(secret: str, email: str | None, organisation_name: str) -> str:
    return pyotp.TOTP(secret).provisioning_uri(name=email or "", issuer_name=f"Kitsu {organisation_name}")


def check_totp(secret: str | None, code: str | None) -> bool:
    if not secret or code is None:
        return False
    return pyotp.TOTP(secret).verify(str(code).strip(), valid_window=TOTP_VALID_WINDOW)


# --- e-mail OTP (an HOTP code whose counter lives 5 minutes in the token store) -------------
def _email_otp_key(person: Person) -> str:
    return f"email-otp-count-{person.email}"


async def send_email_otp(session: AsyncSession, person: Person, organisation_name: str, ip: str = "") -> None:
    if not person.email_otp_secret:
        return
    counter = secrets.randbelow(10**12)
    code = pyotp.HOTP(person.email_otp_secret).at(counter)
    await token_store.put(session, _email_otp_key(person), str(counter), EMAIL_OTP_TTL)
    text = (
        f"Hello {person.first_name},\n\n"
        f"Here is your Kitsu verification code: {code}\n\n"
        "It is valid for 5 minutes and can be used once. If you did not try to sign in, "
        "you can ignore this message"
        + (f" (the request came from {ip})." if ip else ".")
        + f"\n\n{organisation_name}"
    )
    await send_mail(
        f"{organisation_name} - Kitsu: your verification code is {code}", text, person.email or ""
    )


async def check_email_otp(session: AsyncSession, person: Person, code: str | None) -> bool:
    if not person.email_otp_secret or code is None:
        return False
    counter = await token_store.get(session, _email_otp_key(person))
    if counter is None:
        return False
    if not pyotp.HOTP(person.email_otp_secret).verify(str(code).strip(), int(counter)):
        return False
    # Consumed atomically and at once (as Redis does for Zou), so a code cannot be replayed by a
    # concurrent request nor survive a refusal that rolls this request back.
    return await token_store.pop(session, _email_otp_key(person), durable=True) == counter


# --- recovery codes -------------------------------------------------------------------------
def generate_recovery_codes() -> list[str]:
    return [
        "".join(secrets.choice(_CODE_ALPHABET) for _ in range(RECOVERY_CODE_LENGTH))
        for _ in range(RECOVERY_CODE_COUNT)
    ]


def _as_bytes(value: Any) -> bytes:
    if isinstance(value, memoryview):
        return bytes(value)
    if isinstance(value, str):
        return value.encode("utf-8")
    return value


def _storable(session: AsyncSession, hashes: list[bytes]) -> list[Any] | None:
    """PostgreSQL keeps Zou's ARRAY(bytea); the JSON list used on SQLite needs text."""
    if not hashes:
        return None
    if session.get_bind().dialect.name == "postgresql":
        return hashes
    return [h.decode("utf-8") for h in hashes]


async def set_new_recovery_codes(session: AsyncSession, person: Person) -> list[str]:
    """Replace the person's recovery codes; returns the clear codes (shown once)."""
    codes = generate_recovery_codes()
    hashes = await asyncio.to_thread(lambda: [hash_password(code) for code in codes])
    person.otp_recovery_codes = _storable(session, hashes)
    return codes


async def consume_recovery_code(session: AsyncSession, person: Person, code: str | None) -> bool:
    """A recovery code works once: the matching hash is removed."""
    if not code:
        return False
    stored = [_as_bytes(h) for h in (person.otp_recovery_codes or [])]

    def _find() -> int | None:
        for index, hashed in enumerate(stored):
            if check_password(code.strip(), hashed):
                return index
        return None

    index = await asyncio.to_thread(_find)
    if index is None:
        return False
    remaining = stored[:index] + stored[index + 1 :]
    person.otp_recovery_codes = _storable(session, remaining) or []
    return True


# --- checks ---------------------------------------------------------------------------------
async def check_two_factor(
    session: AsyncSession,
    person: Person,
    totp: str | None = None,
    email_otp: str | None = None,
    fido_authentication_response: dict[str, Any] | None = None,
    recovery_code: str | None = None,
) -> bool:
    """Zou's order: the first factor both enabled and supplied decides; none supplied is MissingOTPError."""
    if person.totp_enabled and totp is not None:
        return check_totp(person.totp_secret, totp)
    if person.email_otp_enabled and email_otp is not None:
        return await check_email_otp(session, person, email_otp)
    if person.fido_enabled and fido_authentication_response is not None:
        return await fido.check_assertion(session, person, fido_authentication_response)
    if recovery_code is not None:
        return await consume_recovery_code(session, person, recovery_code)
    raise MissingOTPError(person)


def fall_back_preferred(person: Person, removed: str) -> None:
    """After disabling a factor: clear 2FA leftovers, or move the preference to a remaining factor."""
    if not has_two_factor(person):
        person.otp_recovery_codes = None
        person.preferred_two_factor_authentication = None
    elif person.preferred_two_factor_authentication == removed:
        for method, enabled in (
            ("fido", person.fido_enabled),
            ("totp", person.totp_enabled),
            ("email_otp", person.email_otp_enabled),
        ):
            if enabled:
                person.preferred_two_factor_authentication = method
                break
