"""Person and organisation dicts as Zou renders them, never leaking secrets.

- `person_dict`: every column + `full_name` + `type` (Zou's `serialize()`), internal use only.
- `serialize_safe`: the same without `SENSITIVE_FIELDS` (what users and admins see).
- `present_minimal`: the short card Zou shows to people who may not see details.
- `get_organisation`: the studio singleton, created as "Kitsu" on first read.
"""

import uuid
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.sql import dialect_insert
from app.models.organisation import Organisation
from app.models.person import SENSITIVE_FIELDS, DepartmentLink, Person

DEFAULT_ORGANISATION_NAME = "Kitsu"
ORGANISATION_SECRETS = ("chat_token_slack", "chat_webhook_mattermost", "chat_token_discord")
MINIMAL_FIELDS = (
    "id",
    "first_name",
    "last_name",
    "has_avatar",
    "active",
    "studio_id",
    "role",
    "desktop_login",
    "is_bot",
)

# What a client sees of the people they meet: a name and an avatar for a comment, nothing of
# how the studio is organised (Zou's `present_client`).
CLIENT_FIELDS = ("id", "first_name", "last_name", "has_avatar", "active", "role", "is_bot")

_PERSON_COLUMNS = tuple(Person.__table__.columns)  # type: ignore[attr-defined]
_ORGANISATION_COLUMNS = tuple(Organisation.__table__.columns)  # type: ignore[attr-defined]


def join_names(first_name: str | None, last_name: str | None) -> str:
    """Zou's `full_name`: the first and last names, either of which may be missing."""
    return f"{first_name or ''} {last_name or ''}".strip()


def full_name(person: Person) -> str:
    return join_names(person.first_name, person.last_name)


def row_full_name(row: dict[str, Any]) -> str:
    """`full_name` of a person read as a plain row (or the part of it a caller picked)."""
    return join_names(row.get("first_name"), row.get("last_name"))


def person_dict(person: Person) -> dict[str, Any]:
    """Zou's `Person.serialize()` without relations. Contains secrets: never return it as is."""
    result = {column.name: getattr(person, column.key) for column in _PERSON_COLUMNS}
    result["full_name"] = full_name(person)
    result["type"] = "Person"
    return result


def serialize_safe(person: Person, departments: list[uuid.UUID] | None = None) -> dict[str, Any]:
    """The person without password, OTP secrets, recovery codes, FIDO data, jti or lockout state.

    `departments` (ids) is added when given, as Zou does with `relations=True`.
    """
    result = person_dict(person)
    for name in SENSITIVE_FIELDS:
        result.pop(name, None)
    if departments is not None:
        result["departments"] = departments
    return result


def present_minimal(person: Person, departments: list[uuid.UUID] | None = None) -> dict[str, Any]:
    result: dict[str, Any] = {name: getattr(person, name) for name in MINIMAL_FIELDS}
    result["type"] = "Person"
    result["full_name"] = full_name(person)
    result["departments"] = departments if departments is not None else []
    return result


def present_client(person: Person) -> dict[str, Any]:
    result: dict[str, Any] = {name: getattr(person, name) for name in CLIENT_FIELDS}
    result["type"] = "Person"
    result["full_name"] = full_name(person)
    return result


def fido_device_names(person: Person) -> list[str]:
    return [
        credential.get("device_name")
        for credential in (person.fido_credentials or [])
        if isinstance(credential, dict) and credential.get("device_name")
    ]


async def department_ids(session: AsyncSession, person_id: uuid.UUID) -> list[uuid.UUID]:
    query = select(DepartmentLink.department_id).where(DepartmentLink.person_id == person_id)
    return list((await session.execute(query)).scalars().all())


async def find_login_person(session: AsyncSession, login: str) -> Person | None:
    """The human account matching an e-mail (case-insensitive, as Zou's EmailType lowercases)
    or, failing that, a `desktop_login`. Bots never log in with a password."""
    if not login:
        return None
    by_email = select(Person).where(
        func.lower(Person.email) == login.strip().lower(), Person.is_bot.is_not(True)
    )
    person = (await session.execute(by_email.limit(1))).scalars().first()
    if person is not None:
        return person
    by_desktop = (
        select(Person)
        .where(Person.desktop_login == login, Person.is_bot.is_not(True))
        .order_by(Person.created_at)
        .limit(1)
    )
    return (await session.execute(by_desktop)).scalars().first()


# --- organisation ------------------------------------------------------------------------------
def organisation_dict(organisation: Organisation, sensitive: bool) -> dict[str, Any]:
    """Admins get the whole row; everyone else gets it without the chat integration secrets."""
    result = {column.name: getattr(organisation, column.key) for column in _ORGANISATION_COLUMNS}
    result["type"] = "Organisation"
    if not sensitive:
        for name in ORGANISATION_SECRETS:
            result.pop(name, None)
    return result


async def get_organisation_row(session: AsyncSession) -> Organisation:
    query = select(Organisation).order_by(Organisation.created_at).limit(1)
    organisation = (await session.execute(query)).scalars().first()
    if organisation is not None:
        return organisation
    # First read on a fresh instance: create the singleton. ON CONFLICT keeps two concurrent
    # first reads from failing on the unique name; both then read the same row.
    default = Organisation(name=DEFAULT_ORGANISATION_NAME)
    values = {column.name: getattr(default, column.key) for column in _ORGANISATION_COLUMNS}
    await session.execute(dialect_insert(session, Organisation).values(**values).on_conflict_do_nothing())
    return (await session.execute(query)).scalars().one()


async def get_organisation(session: AsyncSession, sensitive: bool = False) -> dict[str, Any]:
    return organisation_dict(await get_organisation_row(session), sensitive)
