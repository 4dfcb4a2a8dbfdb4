"""Who is calling: the token from cookie or bearer header, checked and resolved to a person.

The person and whether their token was revoked come from one statement (one round trip a request);
a statement of the hottest reads may read them with its own rows (`read_claims`, then
`checked_identity`: the same checks).
"""

import re
import uuid
from collections import namedtuple
from dataclasses import dataclass, field
from typing import Annotated, Any

from fastapi import Depends, Request
from sqlalchemy import bindparam, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.auth import revocation, tokens
from app.auth.preview import READ_METHODS, is_preview_account, is_window_open
from app.core.db import fetch_rows
from app.core.errors import error, jwt_error
from app.core.unit_of_work import current_unit_of_work
from app.models.base import utcnow
from app.models.person import Person

MISSING_HEADER = "Missing Authorization Header"
MISSING_BEARER = "Missing 'Bearer' type in 'Authorization' header. Expected 'Authorization: Bearer <JWT>'"
MISSING_JWT = f'Missing JWT in cookies or headers (Missing cookie "access_token_cookie"; {MISSING_HEADER})'
UNACTIVE = "User is unactive, he cannot log in."

# Every column of `person`, read-only: what the caller's checks need, without an ORM instance.
_PERSON_ATTRIBUTES = [attribute.key for attribute in Person.__mapper__.column_attrs]
PersonRow = namedtuple("PersonRow", _PERSON_ATTRIBUTES)  # type: ignore[misc]  # noqa: PYI024
# Whether the token's jti is in `revoked_token`, read with the person rather than on its own (also
# by statements that read the caller along with their own rows, the person as a whole-row column
# then: `person_row`).
READER_REVOKED = revocation.revoked_clause(bindparam("jti"), bindparam("now")).label("revoked")
_BY_ID = Person.__table__.c.id == bindparam("person_id")  # type: ignore[attr-defined]
_PERSON_BY_ID = select(
    *(Person.__mapper__.column_attrs[key].columns[0] for key in _PERSON_ATTRIBUTES), READER_REVOKED
).where(_BY_ID)
# The same with the person as an ORM instance, for `CurrentUser`.
_PERSON_ENTITY_BY_ID = select(Person, READER_REVOKED).where(_BY_ID)


@dataclass
class Identity:
    # The ORM row for `CurrentUser`; a read-only `PersonRow` (same attributes) for `CurrentReader`.
    person: Any
    claims: dict[str, Any]
    token: str
    from_cookie: bool
    # Per-request cache of project_id -> effective project role (None: not a member).
    project_roles: dict[str, str | None] = field(default_factory=dict)

    @property
    def id(self) -> str:
        return str(self.person.id)

    @property
    def role(self) -> str:
        return self.person.role

    @property
    def identity_type(self) -> str:
        return self.claims.get("identity_type", "person")

    @property
    def is_admin(self) -> bool:
        return self.person.role == "admin"


class MissingTokenError(Exception):
    """No token where one was looked for: the reason goes into Zou's 401 message."""


def _header_token(header: str) -> str:
    """The token of `Authorization: Bearer <JWT>` as flask-jwt-extended finds it: among
    comma-separated fields, exactly one must start with `Bearer` (case-sensitive), else the
    token is missing (401); that field must be two words, else the header is bad (422)."""
    fields = [field for field in re.split(r",\s*", header.strip().strip(",")) if field]
    bearer = [field for field in fields if field.split()[0] == "Bearer"]
    if len(bearer) != 1:
        raise MissingTokenError(MISSING_BEARER)
    parts = bearer[0].split()
    if len(parts) != 2:
        raise jwt_error(422, "Bad Authorization header. Expected 'Authorization: Bearer <JWT>'")
    return parts[1]


def read_token(request: Request, cookie_name: str = tokens.ACCESS_COOKIE) -> tuple[str, bool]:
    """The raw token, cookies first then the bearer header (flask-jwt-extended's order)."""
    cookie = request.cookies.get(cookie_name)
    if cookie:
        return cookie, True
    header = request.headers.get("authorization", "").strip().strip(",")
    try:
        if not header:
            raise MissingTokenError(MISSING_HEADER)
        return _header_token(header), False
    except MissingTokenError as missing:
        raise jwt_error(
            401, f'Missing JWT in cookies or headers (Missing cookie "{cookie_name}"; {missing})'
        ) from None


def check_not_revoked(claims: dict[str, Any], person: Any | None, jti_revoked: bool) -> None:
    """A person's token counts until its jti is revoked (`jti_revoked`: the `revoked_token` table's
    answer); a bot's or an API token only while its jti is the one on the person row."""
    kind = claims.get("identity_type", "person")
    if kind == "person":
        revoked = not claims.get("jti") or jti_revoked
    elif kind in ("bot", "person_api"):
        revoked = person is None or not person.jti or person.jti != claims.get("jti")
    else:
        revoked = True
    if revoked:
        raise jwt_error(401, "Token has been revoked")


def reader_params(person_id: uuid.UUID, jti: Any) -> dict[str, Any]:
    """The parameters of `_PERSON_BY_ID`, and of a statement reading `READER_REVOKED`."""
    return {"person_id": person_id, "jti": str(jti or ""), "now": utcnow()}


def person_row(whole_row: Any) -> Any:
    """The `PersonRow` of a `person` whole-row column (asyncpg gives it as a record by name)."""
    return PersonRow(*(whole_row[key] for key in _PERSON_ATTRIBUTES))


async def _person_and_revocation(
    session: AsyncSession, person_id: uuid.UUID, jti: Any, orm: bool
) -> tuple[Any | None, bool]:
    """(the person, an ORM instance or a `PersonRow`, or None; whether `jti` is revoked)."""
    params = reader_params(person_id, jti)
    if orm:
        row = (await session.execute(_PERSON_ENTITY_BY_ID, params)).first()
        return (row[0], bool(row[1])) if row is not None else (None, False)
    _keys, rows = await fetch_rows(session, _PERSON_BY_ID, params)
    if not rows:
        return None, False
    *person, revoked = rows[0]
    return PersonRow(*person), bool(revoked)


@dataclass
class Claims:
    """A token read and decoded, before its person is looked up."""

    claims: dict[str, Any]
    token: str
    from_cookie: bool
    person_id: uuid.UUID


def read_claims(request: Request, token_type: str = "access") -> Claims:
    """The caller's token, decoded and of the right type (Zou's 401 and 422 otherwise)."""
    cookie_name = tokens.ACCESS_COOKIE if token_type == "access" else tokens.REFRESH_COOKIE
    token, from_cookie = read_token(request, cookie_name)
    claims = tokens.decode(token)
    if claims.get("type") != token_type:
        raise jwt_error(
            422,
            "Only non-refresh tokens are allowed"
            if token_type == "access"
            else "Only refresh tokens are allowed",
        )
    return Claims(claims, token, from_cookie, _as_uuid(claims.get("sub")))


async def resolve_identity(
    request: Request, session: AsyncSession, token_type: str = "access", orm: bool = True
) -> Identity:
    """The checked caller. `orm=False` reads the person as a `PersonRow` (one plain SELECT, no ORM
    instance): same checks, same errors, for routes that never change the caller's row."""
    read = read_claims(request, token_type)
    person, jti_revoked = await _person_and_revocation(session, read.person_id, read.claims.get("jti"), orm)
    return checked_identity(request, read, person, jti_revoked)


def checked_identity(request: Request, read: Claims, person: Any | None, jti_revoked: bool) -> Identity:
    """The caller once their person row is read (None: no such person): Zou's checks, in its
    order, and their errors."""
    claims = read.claims
    check_not_revoked(claims, person, jti_revoked)
    if person is None:
        raise error(401)
    if not person.active:
        raise error(401, UNACTIVE)
    if is_preview_account(person):
        # Checked on every request, not only at log-in: closing the window ends live sessions.
        if not is_window_open(person, claims.get("iat")):
            raise error(401, UNACTIVE)
        if request.method not in READ_METHODS:
            raise error(403)
    if claims.get("requires_2fa_setup") and not _is_2fa_setup_path(request.url.path):
        raise error(
            403,
            "Two-factor authentication setup is required. Please configure 2FA before accessing the API.",
            two_factor_authentication_required=True,
        )
    identity = Identity(person=person, claims=claims, token=read.token, from_cookie=read.from_cookie)
    request.state.identity = identity
    return identity


def _as_uuid(value: Any) -> uuid.UUID:
    try:
        return uuid.UUID(str(value))
    except ValueError as exc:
        raise error(401) from exc


_2FA_SETUP_PATHS = (
    "/auth/totp",
    "/auth/email-otp",
    "/auth/fido",
    "/auth/recovery-codes",
    "/auth/login",
    "/auth/logout",
    "/auth/authenticated",
    "/auth/refresh-token",
)


def _is_2fa_setup_path(path: str) -> bool:
    return path.rstrip("/") in _2FA_SETUP_PATHS


# The session comes from the unit of work itself (as `SessionDep` gives it) rather than as a
# sub-dependency: a level less for FastAPI to solve on every request.
async def current_identity(request: Request) -> Identity:
    return await resolve_identity(request, current_unit_of_work().get_session())


async def current_reader(request: Request) -> Identity:
    return await resolve_identity(request, current_unit_of_work().get_session(), orm=False)


async def reader_and_session(request: Request) -> tuple[Identity, AsyncSession]:
    """`CurrentReader` and `SessionDep` for the hottest reads, called by the route itself: the same
    caller, checks and errors, without FastAPI's dependency solving (~4% of a comment thread)."""
    session = current_unit_of_work().get_session()
    return await resolve_identity(request, session, orm=False), session


async def refresh_identity(request: Request) -> Identity:
    return await resolve_identity(request, current_unit_of_work().get_session(), token_type="refresh")


CurrentUser = Annotated[Identity, Depends(current_identity)]
# The same caller with `person` as a read-only `PersonRow`: for routes that never modify the
# caller's own row (the CRUD routes); ~250 µs cheaper than loading the ORM instance.
CurrentReader = Annotated[Identity, Depends(current_reader)]
RefreshUser = Annotated[Identity, Depends(refresh_identity)]
