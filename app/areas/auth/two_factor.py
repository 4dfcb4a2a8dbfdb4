"""Setting up and removing second factors (`/auth/totp`, `/auth/email-otp`, `/auth/recovery-codes`;
FIDO devices: `fido.py`) with Zou's answers."""

from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.areas.persons import service as persons
from app.auth import two_factor
from app.auth.two_factor import MissingOTPError
from app.core.errors import ZouError, error
from app.models.person import Person

OTP_FAILED = "OTP verification failed."


def _wrong_otp(message: str = OTP_FAILED) -> ZouError:
    return error(400, message, wrong_OTP=True)


async def verify_second_factor(
    session: AsyncSession,
    person: Person,
    totp: str | None,
    email_otp: str | None,
    fido_authentication_response: dict[str, Any] | None,
    recovery_code: str | None,
    refusal: ZouError | None = None,
) -> None:
    """The 2FA proof required before removing a factor or renewing recovery codes.

    A missing code is refused like a wrong one (Zou answers 500 for it on one route; 400 is meant).
    """
    try:
        passed = await two_factor.check_two_factor(
            session, person, totp, email_otp, fido_authentication_response, recovery_code
        )
    except MissingOTPError as exc:
        raise refusal or _wrong_otp() from exc
    if not passed:
        raise refusal or _wrong_otp()


async def recovery_codes_if_first(session: AsyncSession, person: Person) -> list[str] | None:
    """Recovery codes come with the first factor only; later factors keep the existing ones."""
    if person.otp_recovery_codes:
        return None
    return await two_factor.set_new_recovery_codes(session, person)


# --- TOTP -------------------------------------------------------------------------------------
async def pre_enable_totp(session: AsyncSession, person: Person) -> dict[str, str]:
    if person.totp_enabled:
        raise error(400, "TOTP already enabled.")
    secret = two_factor.new_otp_secret()
    person.totp_secret = secret
    organisation = await persons.get_organisation(session)
    uri = two_factor.totp_provisioning_uri(secret, person.email, organisation["name"])
    return {"totp_provisionning_uri": uri, "otp_secret": secret}


async def enable_totp(session: AsyncSession, person: Person, code: str) -> list[str] | None:
    if person.totp_enabled:
        raise error(400, "TOTP already enabled.")
    if not two_factor.check_totp(person.totp_secret, code):
        raise _wrong_otp("TOTP verification failed.")
    person.totp_enabled = True
    codes = await recovery_codes_if_first(session, person)
    if not person.preferred_two_factor_authentication:
        person.preferred_two_factor_authentication = "totp"
    return codes


async def disable_totp(session: AsyncSession, person: Person, proof: dict[str, Any]) -> None:
    if not two_factor.has_two_factor(person):
        raise error(400, "TOTP not enabled.")
    await verify_second_factor(session, person, **proof)
    if not person.totp_enabled:
        raise error(400, "TOTP not enabled.")
    person.totp_enabled = False
    person.totp_secret = None
    two_factor.fall_back_preferred(person, "totp")


# --- e-mail OTP ---------------------------------------------------------------------------------
async def send_email_otp_for_login(session: AsyncSession, login: str, ip: str) -> None:
    """`GET /auth/email-otp`: mails a code when the account uses e-mail OTP; silent otherwise."""
    person = await persons.find_login_person(session, login)
    if person is None or not person.active or not person.email_otp_enabled:
        return
    organisation = await persons.get_organisation(session)
    await two_factor.send_email_otp(session, person, organisation["name"], ip)


async def pre_enable_email_otp(session: AsyncSession, person: Person, ip: str) -> None:
    if person.email_otp_enabled:
        raise error(400, "OTP by email already enabled.")
    person.email_otp_secret = two_factor.new_otp_secret()
    organisation = await persons.get_organisation(session)
    await two_factor.send_email_otp(session, person, organisation["name"], ip)


async def enable_email_otp(session: AsyncSession, person: Person, code: str) -> list[str] | None:
    if person.email_otp_enabled:
        raise error(400, "OTP by email already enabled.")
    if not await two_factor.check_email_otp(session, person, code):
        raise _wrong_otp("OTP by email verification failed.")
    person.email_otp_enabled = True
    codes = await recovery_codes_if_first(session, person)
    if not person.preferred_two_factor_authentication:
        person.preferred_two_factor_authentication = "email_otp"
    return codes


async def disable_email_otp(session: AsyncSession, person: Person, proof: dict[str, Any]) -> None:
    if not two_factor.has_two_factor(person):
        raise error(400, "OTP by email not enabled.")
    await verify_second_factor(session, person, **proof)
    if not person.email_otp_enabled:
        raise error(400, "OTP by email not enabled.")
    person.email_otp_enabled = False
    person.email_otp_secret = None
    two_factor.fall_back_preferred(person, "email_otp")


# --- recovery codes -----------------------------------------------------------------------------
async def renew_recovery_codes(session: AsyncSession, person: Person, proof: dict[str, Any]) -> list[str]:
    if not two_factor.has_two_factor(person):
        raise error(400, "No two factor authentication enabled.")
    await verify_second_factor(session, person, **proof)
    return await two_factor.set_new_recovery_codes(session, person)
