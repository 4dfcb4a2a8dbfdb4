"""Who is calling: the token from cookie or bearer header, checked and resolved to a person."""

import uuid
from dataclasses import dataclass, field
from typing import Annotated, Any

from fastapi import Depends, Request
from sqlalchemy.ext.asyncio import AsyncSession

from app.auth import revocation, tokens
from app.dependencies import SessionDep
from app.errors import error, jwt_error
from app.models.person import Person

MISSING_JWT = (
    'Missing JWT in cookies or headers (Missing cookie "access_token_cookie"; '
    "Missing Authorization Header)"
)
UNACTIVE = "User is unactive, he cannot log in."


@dataclass
class Identity:
    person: Person
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


def read_token(request: Request, cookie_name: str = tokens.ACCESS_COOKIE) -> tuple[str, bool]:
    """The raw token, cookies first then the bearer header (flask-jwt-extended's order)."""
    cookie = request.cookies.get(cookie_name)
    if cookie:
        return cookie, True
    header = request.headers.get("authorization", "")
    if header:
        parts = header.split()
        if len(parts) != 2 or parts[0].lower() != "bearer":
            raise jwt_error(422, "Bad Authorization header. Expected 'Authorization: Bearer <JWT>'")
        return parts[1], False
    if cookie_name == tokens.REFRESH_COOKIE:
        raise jwt_error(
            401,
            'Missing JWT in cookies or headers (Missing cookie "refresh_token_cookie"; '
            "Missing Authorization Header)",
        )
    raise jwt_error(401, MISSING_JWT)


async def check_not_revoked(session: AsyncSession, claims: dict[str, Any], person: Person | None) -> None:
    kind = claims.get("identity_type", "person")
    if kind == "person":
        revoked = await revocation.is_revoked(session, claims.get("jti"))
    elif kind in ("bot", "person_api"):
        revoked = person is None or not person.jti or person.jti != claims.get("jti")
    else:
        revoked = True
    if revoked:
        raise jwt_error(401, "Token has been revoked")


async def resolve_identity(
    request: Request, session: AsyncSession, token_type: str = "access"
) -> Identity:
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
    person = await session.get(Person, _as_uuid(claims.get("sub")))
    await check_not_revoked(session, claims, person)
    if person is None:
        raise error(401)
    if not person.active:
        raise error(401, UNACTIVE)
    if claims.get("requires_2fa_setup") and not _is_2fa_setup_path(request.url.path):
        raise error(
            403,
            "Two-factor authentication setup is required. Please configure 2FA before "
            "accessing the API.",
            two_factor_authentication_required=True,
        )
    identity = Identity(person=person, claims=claims, token=token, from_cookie=from_cookie)
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


async def current_identity(request: Request, session: SessionDep) -> Identity:
    return await resolve_identity(request, session)


async def refresh_identity(request: Request, session: SessionDep) -> Identity:
    return await resolve_identity(request, session, token_type="refresh")


CurrentUser = Annotated[Identity, Depends(current_identity)]
RefreshUser = Annotated[Identity, Depends(refresh_identity)]
