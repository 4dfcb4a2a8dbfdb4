"""Log-in, log-out, refresh and passwords, with Zou's rules and answers.

Refusals are raised as `ZouError` with Zou's exact bodies. A refusal rolls the request back, so
the few writes that must survive one (failed-attempt counter, reset token handed out with the
"default password" answer) are committed on their own (`durable`).
"""

import hmac
import logging
import secrets
import string
import uuid
from dataclasses import dataclass
from datetime import timedelta
from typing import Any
from urllib.parse import urlencode

from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession

from app.areas.persons import service as persons
from app.areas.projects import preview as projects_preview
from app.auth import revocation, token_store, tokens
from app.auth.identity import Identity
from app.auth.passwords import (
    PasswordsDontMatchError,
    PasswordTooShortError,
    burn_check_time_async,
    check_password_async,
    hash_password_async,
    validate_password,
)
from app.auth.preview import is_window_open
from app.auth.two_factor import MissingOTPError, check_two_factor, has_two_factor
from app.core.config import get_settings
from app.core.db import session_scope
from app.core.errors import ZouError, error
from app.core.mail import send_mail
from app.models.base import utcnow
from app.models.login_log import LoginLog
from app.models.person import Person

log = logging.getLogger("app.auth")

MAX_FAILED_ATTEMPTS = 5
LOCKOUT_DELAY = timedelta(minutes=1)
RESET_TOKEN_TTL = 2 * 3600
DEFAULT_PASSWORD = "default"
UNACTIVE_MESSAGE = "User is unactive, he cannot log in."


class AuthFailureError(Exception):
    """Why credentials were refused; each route words it its own way."""

    WRONG_CREDENTIALS = "wrong_credentials"
    INACTIVE = "inactive"
    LOCKED = "locked"
    MISSING_OTP = "missing_otp"
    WRONG_OTP = "wrong_otp"

    def __init__(self, reason: str, missing: MissingOTPError | None = None):
        super().__init__(reason)
        self.reason = reason
        self.missing = missing


def login_refusal(failure: AuthFailureError) -> ZouError:
    """The bodies `POST /auth/login` answers (Kitsu and gazu read these flags)."""
    if failure.reason == AuthFailureError.INACTIVE:
        return ZouError(401, {"error": True, "login": False, "unactive": True, "message": UNACTIVE_MESSAGE})
    if failure.reason == AuthFailureError.LOCKED:
        return ZouError(
            400,
            {
                "error": True,
                "login": False,
                "too_many_failed_login_attemps": True,
                "message": "Too many failed login attempts, retry in a minute.",
            },
        )
    if failure.reason == AuthFailureError.MISSING_OTP and failure.missing is not None:
        return ZouError(
            400,
            {
                "error": True,
                "login": False,
                "missing_OTP": True,
                "message": "A two-factor authentication code is required.",
                "preferred_two_factor_authentication": failure.missing.preferred,
                "two_factor_authentication_enabled": failure.missing.enabled,
            },
        )
    if failure.reason == AuthFailureError.WRONG_OTP:
        return ZouError(
            400,
            {
                "error": True,
                "login": False,
                "wrong_OTP": True,
                "message": "Wrong two-factor authentication code.",
            },
        )
    return ZouError(400, {"login": False, "message": "Wrong email or password."})


# --- credentials ------------------------------------------------------------------------------
def is_locked_out(person: Person) -> bool:
    attempts = person.login_failed_attemps or 0
    last = person.last_login_failed
    return attempts >= MAX_FAILED_ATTEMPTS and last is not None and last + LOCKOUT_DELAY > utcnow()


async def _record_failed_attempt(person: Person) -> None:
    # Committed on its own: the refusal that follows rolls the request back.
    attempts = (person.login_failed_attemps or 0) + 1
    now = utcnow()
    async with session_scope() as own:
        await own.execute(
            update(Person)
            .where(Person.id == person.id)
            .values(login_failed_attemps=attempts, last_login_failed=now)
        )


async def check_credentials(
    session: AsyncSession,
    person: Person | None,
    password: str,
    totp: str | None = None,
    email_otp: str | None = None,
    fido_authentication_response: dict[str, Any] | None = None,
    recovery_code: str | None = None,
    check_otp: bool = True,
) -> Person:
    """Zou's `check_auth` for the local strategy; raises `AuthFailureError`.

    Unlike Zou, an inactive account is reported only to a caller who knows its password, so the
    answer does not reveal which addresses belong to deactivated people.
    """
    if person is None:
        await burn_check_time_async(password)
        raise AuthFailureError(AuthFailureError.WRONG_CREDENTIALS)
    if is_locked_out(person):
        raise AuthFailureError(AuthFailureError.LOCKED)
    if not await check_password_async(password, person.password):
        if person.active:
            await _record_failed_attempt(person)
        raise AuthFailureError(AuthFailureError.WRONG_CREDENTIALS)
    if not person.active:
        raise AuthFailureError(AuthFailureError.INACTIVE)
    # A production's preview account logs in only while a manager keeps its window open.
    if person.preview_project_id is not None and not (
        projects_preview.is_available() and is_window_open(person)
    ):
        raise AuthFailureError(AuthFailureError.INACTIVE)
    if check_otp and has_two_factor(person):
        try:
            passed = await check_two_factor(
                session, person, totp, email_otp, fido_authentication_response, recovery_code
            )
        except MissingOTPError as missing:
            raise AuthFailureError(AuthFailureError.MISSING_OTP, missing) from missing
        if not passed:
            await _record_failed_attempt(person)
            raise AuthFailureError(AuthFailureError.WRONG_OTP)
    if person.login_failed_attemps:
        person.login_failed_attemps = 0
    return person


# --- tokens -----------------------------------------------------------------------------------
def is_exempt_from_2fa(person: Person) -> bool:
    # Bots authenticate with API tokens and cannot hold a second factor.
    return bool(person.is_bot) or person.preview_project_id is not None


def requires_2fa_setup(person: Person) -> bool:
    return get_settings().enforce_2fa and not is_exempt_from_2fa(person) and not has_two_factor(person)


def create_person_tokens_for_login(
    person: Person, extra_claims: dict[str, Any] | None = None
) -> dict[str, Any]:
    """An access/refresh pair for an interactive session (the access token names its refresh jti).

    Adds `requires_2fa_setup` when 2FA is enforced and the person has none, unless the session
    was allowed to skip it (`skip_2fa_setup`, SSO sessions).
    """
    claims: dict[str, Any] = dict(extra_claims or {})
    if not claims.get("skip_2fa_setup") and requires_2fa_setup(person):
        claims["requires_2fa_setup"] = True
    return tokens.create_auth_tokens(str(person.id), claims)


def refreshed_access_token(person: Person, refresh_claims: dict[str, Any]) -> str:
    """A new access token from a refresh token; the refresh token itself is not rotated (as Zou)."""
    extra: dict[str, Any] = {"refresh_jti": refresh_claims["jti"]}
    if refresh_claims.get("skip_2fa_setup"):
        extra["skip_2fa_setup"] = True
    elif requires_2fa_setup(person):
        extra["requires_2fa_setup"] = True
    lifetime = timedelta(minutes=get_settings().access_token_minutes)
    token, _claims = tokens.encode(str(person.id), "access", lifetime=lifetime, extra=extra)
    return token


async def login_payload(session: AsyncSession, person: Person, pair: dict[str, Any]) -> dict[str, Any]:
    """The body of a successful log-in (also used by the app-login exchange)."""
    payload: dict[str, Any] = {
        "user": persons.serialize_safe(person, await persons.department_ids(session, person.id)),
        "organisation": await persons.get_organisation(session, sensitive=person.role == "admin"),
        "login": True,
        "access_token": pair["access_token"],
        "refresh_token": pair["refresh_token"],
    }
    if pair["access_claims"].get("requires_2fa_setup"):
        payload["two_factor_authentication_required"] = True
    return payload


def add_login_log(session: AsyncSession, person_id: uuid.UUID, ip_address: str | None, origin: str) -> None:
    session.add(LoginLog(person_id=person_id, ip_address=ip_address, origin=origin))


# --- log-in / log-out -------------------------------------------------------------------------
@dataclass
class LoginResult:
    payload: dict[str, Any]
    access_token: str
    refresh_token: str


def generate_reset_token() -> str:
    return "".join(secrets.choice(string.ascii_uppercase + string.digits) for _ in range(64))


async def login(
    session: AsyncSession,
    email: str,
    password: str,
    totp: str | None,
    email_otp: str | None,
    fido_authentication_response: dict[str, Any] | None,
    recovery_code: str | None,
    ip_address: str | None,
    from_browser: bool,
) -> LoginResult:
    person = await persons.find_login_person(session, email)
    try:
        person = await check_credentials(
            session, person, password, totp, email_otp, fido_authentication_response, recovery_code
        )
    except AuthFailureError as failure:
        log.info("log-in refused for %s: %s", email, failure.reason)
        raise login_refusal(failure) from failure
    if password == DEFAULT_PASSWORD:
        # The account still has its initial password: hand out a reset token instead of a session.
        token = generate_reset_token()
        await token_store.put(session, f"reset-token-{email}", token, RESET_TOKEN_TTL, durable=True)
        raise ZouError(400, {"login": False, "default_password": True, "token": token})
    pair = create_person_tokens_for_login(person)
    add_login_log(session, person.id, ip_address, "web" if from_browser else "script")
    log.info("%s logged in", email)
    return LoginResult(
        await login_payload(session, person, pair), pair["access_token"], pair["refresh_token"]
    )


async def logout(session: AsyncSession, claims: dict[str, Any]) -> None:
    """Revoke the access token and the refresh token issued with it."""
    settings = get_settings()
    jti = claims.get("jti")
    if jti:
        await revocation.revoke(session, jti, settings.access_token_minutes * 60)
    refresh_jti = claims.get("refresh_jti")
    if refresh_jti:
        await revocation.revoke(session, refresh_jti, settings.refresh_token_minutes * 60)


# --- passwords --------------------------------------------------------------------------------
def _password_error(exc: PasswordTooShortError | PasswordsDontMatchError) -> ZouError:
    return error(400, exc.message)


async def change_password(
    session: AsyncSession, identity: Identity, old_password: str, password: str, password_2: str, ip: str
) -> None:
    person = identity.person
    try:
        await check_credentials(session, person, old_password, check_otp=False)
    except AuthFailureError as failure:
        if failure.reason == AuthFailureError.LOCKED:
            raise error(
                400, "Too many failed login attempts.", too_many_failed_login_attemps=True
            ) from failure
        if failure.reason == AuthFailureError.INACTIVE:
            raise error(400, "User is unactive.") from failure
        raise error(400, "Old password is wrong.") from failure
    try:
        validate_password(password, password_2)
    except (PasswordTooShortError, PasswordsDontMatchError) as exc:
        raise _password_error(exc) from exc
    person.password = await hash_password_async(password)
    organisation = await persons.get_organisation(session)
    await send_mail(
        f"{organisation['name']} - Kitsu: your password was changed",
        f"Hello {person.first_name},\n\nThe password of your Kitsu account was changed on "
        f"{utcnow():%Y-%m-%d %H:%M} UTC" + (f" from {ip}" if ip else "") + ".\n\n"
        "If you did not do it, contact your studio administrator right away.\n\n"
        f"{organisation['name']}",
        person.email or "",
    )
    log.info("%s changed their password", person.email)


async def send_reset_token(session: AsyncSession, email: str, ip: str) -> None:
    """Mail a reset link to an active account; silent otherwise (no account enumeration)."""
    person = await persons.find_login_person(session, email)
    if person is None or not person.active or person.email is None or person.email.lower() != email.lower():
        return
    token = generate_reset_token()
    await token_store.put(session, f"reset-token-{email}", token, RESET_TOKEN_TTL)
    settings = get_settings()
    query = urlencode({"email": email, "token": token})
    url = f"{settings.domain_protocol}://{settings.domain_name}/reset-change-password?{query}"
    organisation = await persons.get_organisation(session)
    await send_mail(
        f"{organisation['name']} - Kitsu: password reset",
        f"Hello {person.first_name},\n\nSomeone (hopefully you) asked to reset your Kitsu password"
        + (f" from {ip}" if ip else "")
        + f". Open this link within two hours to choose a new one:\n\n{url}\n\n"
        "If you did not ask for it, ignore this message: your password stays unchanged.\n\n"
        f"{organisation['name']}",
        person.email,
    )


async def reset_password(
    session: AsyncSession, email: str, token: str, password: str, password2: str
) -> None:
    key = f"reset-token-{email}"
    stored = await token_store.get(session, key)
    if not stored or not hmac.compare_digest(stored.encode(), token.encode()):
        raise error(400, "Wrong or expired token.")
    try:
        validate_password(password, password2)
    except (PasswordTooShortError, PasswordsDontMatchError) as exc:
        raise _password_error(exc) from exc
    person = await persons.find_login_person(session, email)
    if person is None:
        raise error(400, "Wrong or expired token.")
    if not person.active:
        raise error(400, "User is inactive.")
    person.password = await hash_password_async(password)
    # A successful reset also lifts a lockout: the person just proved control of the account.
    person.login_failed_attemps = 0
    await token_store.delete_key(session, key)
    log.info("%s reset their password", email)
