"""What an admin does to someone else's account: set their password, send an invitation or a
reset link, turn their two-factor authentication off, clear their avatar, change their
departments; and the desktop login logs with the monthly presence sheet they make."""

import csv
import io
import logging
import secrets
import string
import uuid
from calendar import monthrange
from datetime import datetime
from typing import Any
from urllib.parse import urlencode

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.areas.persons.service import full_name, get_organisation, join_names, serialize_safe
from app.auth import token_store
from app.auth.identity import Identity
from app.auth.passwords import (
    PasswordsDontMatchError,
    PasswordTooShortError,
    hash_password_async,
    validate_password,
)
from app.core.config import get_settings
from app.core.errors import error, not_found
from app.core.ids import as_uuid
from app.core.mail import send_mail
from app.core.unit_of_work import current_unit_of_work
from app.events import emit
from app.models import DepartmentLink, DesktopLoginLog, Person
from app.models.base import utcnow
from app.storage import get_storage, make_key

log = logging.getLogger("app.areas.persons")

RESET_LINK_TTL = 2 * 3600
INVITATION_TTL = 7 * 24 * 3600


async def get_person(session: AsyncSession, person_id: str) -> Person:
    pid = as_uuid(person_id)
    person = await session.get(Person, pid) if pid is not None else None
    if person is None:
        raise not_found()
    return person


async def person_with_departments(session: AsyncSession, person: Person) -> dict[str, Any]:
    query = select(DepartmentLink.department_id).where(DepartmentLink.person_id == person.id)
    return serialize_safe(person, list((await session.execute(query)).scalars().all()))


# --- passwords ---------------------------------------------------------------------------------
def check_password_change_allowed(identity: Identity, person: Person) -> None:
    """Nobody sets the password of a protected account, nor of another admin who has one."""
    if person.id == identity.person.id:
        return
    if person.email in get_settings().protected_account_emails:
        raise error(400, "This user is in protected accounts.")
    if person.role == "admin" and person.password is not None:
        raise error(400, "An admin can't change another admin's password.")


async def set_password(
    identity: Identity, person: Person, password: str, confirmation: str, ip: str | None
) -> None:
    check_password_change_allowed(identity, person)
    try:
        validate_password(password, confirmation)
    except PasswordTooShortError as exc:
        raise error(400, "Password is too short.") from exc
    except PasswordsDontMatchError as exc:
        raise error(400, "Confirmation password doesn't match.") from exc
    person.password = await hash_password_async(password)
    log.warning("%s changed the password of %s", identity.person.email, person.email)
    await send_mail(
        "Kitsu: your password was changed by an administrator",
        f"Hello {person.first_name},\n\n{full_name(identity.person)} changed the password of your Kitsu "
        f"account on {utcnow():%Y-%m-%d %H:%M} UTC" + (f" from {ip}" if ip else "") + ".\n\n"
        "If you did not expect it, contact your studio administrator right away.",
        person.email or "",
    )


def _reset_token() -> str:
    return "".join(secrets.choice(string.ascii_uppercase + string.digits) for _ in range(64))


def reset_url(email: str, token: str, token_type: str | None = None) -> str:
    """The link of the reset and invitation mails: Kitsu's page choosing a new password."""
    settings = get_settings()
    params = {"email": email, "token": token}
    if token_type is not None:
        params["type"] = token_type
    return f"{settings.domain_protocol}://{settings.domain_name}/reset-change-password?{urlencode(params)}"


async def reset_password_link(session: AsyncSession, identity: Identity, person: Person) -> str:
    """The reset link of the person, reusing a token already handed out (a link shared earlier
    stays valid)."""
    check_password_change_allowed(identity, person)
    key = f"reset-token-{person.email}"
    token = await token_store.get(session, key)
    if not token:
        token = _reset_token()
        await token_store.put(session, key, token, RESET_LINK_TTL)
    log.info("%s generated a password reset link for %s", identity.person.email, person.email)
    return reset_url(person.email or "", token)


async def invite(session: AsyncSession, person: Person) -> None:
    """Mail the person how to join: a link to choose their password, valid a week."""
    token = _reset_token()
    await token_store.put(session, f"reset-token-{person.email}", token, INVITATION_TTL)
    organisation = await get_organisation(session)
    await send_mail(
        f"You are invited by {organisation['name']} to join their Kitsu production tracker",
        f"Hello {person.first_name},\n\n{organisation['name']} invites you to collaborate on Kitsu.\n"
        f"Your login is {person.email}. Choose your password here:\n\n"
        f"{reset_url(person.email or '', token, 'new')}\n",
        person.email or "",
    )


# --- two-factor authentication, avatar ---------------------------------------------------------
async def disable_two_factor(
    session: AsyncSession, identity: Identity, person: Person, ip: str | None
) -> None:
    if person.role == "admin" and person.id != identity.person.id:
        raise error(400, "An admin can't disable 2FA for other admins.")
    if not (person.totp_enabled or person.email_otp_enabled or person.fido_enabled):
        raise error(400, "Two factor authentication not enabled for this user.")
    person.email_otp_enabled = False
    person.email_otp_secret = None
    person.totp_enabled = False
    person.totp_secret = None
    person.fido_enabled = False
    person.fido_credentials = None
    person.otp_recovery_codes = None
    person.preferred_two_factor_authentication = None
    await session.flush()
    log.warning("%s disabled the two factor authentication of %s", identity.person.email, person.email)
    await send_mail(
        "Kitsu: your two-factor authentication was disabled by an administrator",
        f"Hello {person.first_name},\n\n{full_name(identity.person)} turned off the two-factor "
        f"authentication of your Kitsu account on {utcnow():%Y-%m-%d %H:%M} UTC"
        + (f" from {ip}" if ip else "")
        + ".\n\nIf you did not expect it, contact your studio administrator right away.",
        person.email or "",
    )


async def clear_avatar(session: AsyncSession, identity: Identity, person: Person) -> None:
    person.has_avatar = False
    person.updated_at = utcnow()
    await session.flush()
    emit(session, "person:update", {"person_id": person.id}, user_id=identity.person.id)
    key = make_key("thumbnails", person.id)

    async def _remove_file() -> None:
        try:
            await get_storage().delete("pictures", key)
        except OSError:
            log.warning("the avatar file of person %s could not be removed", person.id, exc_info=True)

    current_unit_of_work().on_commit(_remove_file)


# --- departments -------------------------------------------------------------------------------
async def add_to_department(
    session: AsyncSession, identity: Identity, person: Person, department_id: uuid.UUID
) -> None:
    query = select(DepartmentLink).where(
        DepartmentLink.person_id == person.id, DepartmentLink.department_id == department_id
    )
    if (await session.execute(query)).first() is None:
        session.add(DepartmentLink(person_id=person.id, department_id=department_id))
        await session.flush()
    emit(session, "person:update", {"person_id": person.id}, user_id=identity.person.id)


async def remove_from_department(
    session: AsyncSession, identity: Identity, person: Person, department_id: uuid.UUID
) -> None:
    await session.execute(
        delete(DepartmentLink).where(
            DepartmentLink.person_id == person.id, DepartmentLink.department_id == department_id
        )
    )
    emit(session, "person:update", {"person_id": person.id}, user_id=identity.person.id)


# --- desktop logins and presence ---------------------------------------------------------------
async def presence_csv(session: AsyncSession, year: int, month: int) -> str:
    """One row per active studio member, one column per day of the month, `X` on the days they
    logged in from a desktop app."""
    days = monthrange(year, month)[1]
    start = datetime(year, month, 1)
    end = datetime(year + 1, 1, 1) if month == 12 else datetime(year, month + 1, 1)
    persons = (
        await session.execute(
            select(Person.id, Person.first_name, Person.last_name)
            .where(Person.active.is_(True), Person.is_guest.is_not(True), Person.preview_project_id.is_(None))  # type: ignore[union-attr]
            .order_by(Person.first_name, Person.last_name)
        )
    ).all()
    logged = (
        await session.execute(
            select(DesktopLoginLog.person_id, DesktopLoginLog.date).where(
                DesktopLoginLog.date >= start, DesktopLoginLog.date < end
            )
        )
    ).all()
    present: dict[uuid.UUID, set[int]] = {}
    for person_id, when in logged:
        present.setdefault(person_id, set()).add(when.day)
    output = io.StringIO()
    writer = csv.writer(output, delimiter=";")
    writer.writerow([str(year), *(str(day) for day in range(1, days + 1))])
    for person_id, first_name, last_name in persons:
        name = join_names(first_name, last_name)
        marks = present.get(person_id, set())
        writer.writerow([name, *("X" if day in marks else "" for day in range(1, days + 1))])
    return output.getvalue()
