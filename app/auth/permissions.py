"""Zou's role rules: global roles, per-project roles, denied unless a rule allows."""

import uuid
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import bindparam, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.identity import Identity
from app.core.db import fetch_rows
from app.core.errors import forbidden
from app.core.ids import as_uuid
from app.models.project import Project, ProjectPersonLink
from app.models.project_status import ProjectStatus

ROLES = ("admin", "manager", "supervisor", "user", "client", "vendor")
PROJECT_ROLES = ("manager", "supervisor", "user", "client", "vendor")
MANAGER_ROLES = ("admin", "manager")
SUPERVISOR_ROLES = ("admin", "manager", "supervisor")


async def project_role(session: AsyncSession, identity: Identity, project_id) -> str | None:
    """The caller's effective role inside a project, or None when not in its team.

    A project role overrides the global one, except that `admin` stays global.
    """
    key = str(project_id)
    if key in identity.project_roles:
        return identity.project_roles[key]
    pid = as_uuid(project_id)
    rows: Sequence[Any] = []
    if pid is not None:
        if session.new or session.dirty or session.deleted:
            await session.flush()  # as the ORM's autoflush would: a team changed by this request
        params = {"project_id": pid, "person_id": identity.person.id}
        rows = (await fetch_rows(session, _TEAM_LINK_ROLE, params))[1]
    return remember_project_role(identity, project_id, bool(rows), rows[0][0] if rows else None)


# The caller's team link to a production (built once: a plain SELECT run on most requests).
_TEAM_LINK_ROLE = select(ProjectPersonLink.role).where(
    ProjectPersonLink.project_id == bindparam("project_id"),
    ProjectPersonLink.person_id == bindparam("person_id"),
)


def remember_project_role(identity: Identity, project_id, member: bool, link_role: str | None) -> str | None:
    """Record the caller's role in a project from its team link, read by the caller along with
    another row (one round trip less); `project_role` then answers without a query. Per request
    only (the identity lives as long as the request): a changed team shows at the next one."""
    role: str | None = None
    if member:
        role = "admin" if identity.is_admin else link_role if link_role in PROJECT_ROLES else identity.role
    identity.project_roles[str(project_id)] = role
    return role


def require_admin(identity: Identity) -> None:
    if not identity.is_admin:
        raise forbidden()


def require_manager(identity: Identity) -> None:
    """Global manager rights (admin or production manager)."""
    if identity.role not in MANAGER_ROLES:
        raise forbidden()


def require_person(identity: Identity) -> None:
    """Session-only routes (log-out, refresh, 2FA set-up): bots with API tokens are refused."""
    if identity.identity_type not in ("person", "person_api"):
        raise forbidden()


def require_not_vendor(identity: Identity) -> None:
    if identity.role == "vendor":
        raise forbidden()


def require_roles(identity: Identity, roles: Iterable[str]) -> None:
    if identity.role not in roles:
        raise forbidden()


async def has_project_access(session: AsyncSession, identity: Identity, project_id) -> bool:
    if identity.is_admin:
        return True
    return await project_role(session, identity, project_id) is not None


async def check_project_access(session: AsyncSession, identity: Identity, project_id) -> None:
    if not await has_project_access(session, identity, project_id):
        raise forbidden()


async def is_project_manager(session: AsyncSession, identity: Identity, project_id) -> bool:
    if identity.is_admin:
        return True
    return await project_role(session, identity, project_id) in MANAGER_ROLES


async def check_manager_project_access(session: AsyncSession, identity: Identity, project_id) -> None:
    if not await is_project_manager(session, identity, project_id):
        raise forbidden()


async def is_project_supervisor(session: AsyncSession, identity: Identity, project_id) -> bool:
    if identity.is_admin:
        return True
    return await project_role(session, identity, project_id) in SUPERVISOR_ROLES


async def check_supervisor_project_access(session: AsyncSession, identity: Identity, project_id) -> None:
    if not await is_project_supervisor(session, identity, project_id):
        raise forbidden()


async def related_project_ids(
    session: AsyncSession, identity: Identity, open_only: bool = True
) -> list[uuid.UUID]:
    """Projects whose team holds the caller (open ones only, as Zou filters lists)."""
    query = select(ProjectPersonLink.project_id).where(ProjectPersonLink.person_id == identity.person.id)
    if open_only:
        query = (
            query.join(Project, Project.id == ProjectPersonLink.project_id)
            .join(ProjectStatus, ProjectStatus.id == Project.project_status_id)
            .where(ProjectStatus.name == "Open")
        )
    return list((await session.execute(query)).scalars().all())
