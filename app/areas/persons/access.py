"""Who reads whose time sheet and days off (Zou's persons blueprint rules).

- A time sheet: its owner and admins whole; managers and supervisors the part of it spent in
  the productions whose team they are on, supervisors only on the task types of their
  departments (all when they have none); anyone else is refused.
- The time tables: admins everybody's, managers and supervisors the same scope as above, anyone
  else their own time only.
- Days off: the person and admins with the description; managers of a production the person is
  on too; supervisors of such a production, sharing a department with the person (or having none),
  the dates only.
"""

import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.auth import permissions
from app.auth.identity import Identity
from app.core.errors import bad_request, forbidden, not_found
from app.core.ids import as_uuid
from app.models import DepartmentLink, Person, ProjectPersonLink

READERS = ("manager", "supervisor")


@dataclass
class Scope:
    """What part of the time spents a caller reads; None: no restriction on that axis."""

    person_id: uuid.UUID | None = None
    project_ids: list[uuid.UUID] | None = None
    department_ids: list[uuid.UUID] | None = None
    studio_id: uuid.UUID | None = None


async def department_ids(session: AsyncSession, person_id: Any) -> list[uuid.UUID]:
    query = select(DepartmentLink.department_id).where(DepartmentLink.person_id == person_id)
    return list((await session.execute(query)).scalars().all())


async def human(session: AsyncSession, person_id: str) -> uuid.UUID:
    """The id of an existing person who is not a bot: 404 when there is none, 403 for a bot
    (Zou's check_person_is_not_bot, which runs before any other check)."""
    pid = as_uuid(person_id)
    row = None
    if pid is not None:
        row = (await session.execute(select(Person.is_bot).where(Person.id == pid))).first()
    if row is None:
        raise not_found()
    if row[0]:
        raise forbidden()
    return pid  # type: ignore[return-value]


async def existing(session: AsyncSession, person_id: str) -> uuid.UUID:
    pid = as_uuid(person_id)
    if pid is None or (await session.execute(select(Person.id).where(Person.id == pid))).first() is None:
        raise not_found()
    return pid


def check_self_or_admin(identity: Identity, person_id: uuid.UUID) -> None:
    if not identity.is_admin and identity.person.id != person_id:
        raise forbidden()


async def sheet_scope(session: AsyncSession, identity: Identity, person_id: uuid.UUID) -> Scope:
    """The part of a person's time sheet the caller reads (403 for artists reading others)."""
    if identity.is_admin or identity.person.id == person_id:
        return Scope(person_id=person_id)
    if identity.role not in READERS:
        raise forbidden()
    projects = await permissions.related_project_ids(session, identity, open_only=False)
    departments = None
    if identity.role == "supervisor":
        departments = await department_ids(session, identity.person.id)
    return Scope(person_id=person_id, project_ids=projects, department_ids=departments)


async def sheet_scope_for_project(
    session: AsyncSession, identity: Identity, person_id: uuid.UUID, project_id: uuid.UUID | None
) -> Scope:
    """`sheet_scope`, narrowed to one production when asked: one outside the caller's is refused."""
    scope = await sheet_scope(session, identity, person_id)
    if project_id is not None:
        if scope.project_ids is not None and project_id not in scope.project_ids:
            raise forbidden()
        scope.project_ids = [project_id]
    return scope


async def table_scope(
    session: AsyncSession,
    identity: Identity,
    project_id: uuid.UUID | None,
    department_id: uuid.UUID | None,
    studio_id: uuid.UUID | None,
) -> Scope:
    scope = Scope(
        project_ids=[project_id] if project_id is not None else None,
        department_ids=[department_id] if department_id is not None else None,
        studio_id=studio_id,
    )
    if identity.is_admin:
        return scope
    if identity.role not in READERS:
        scope.person_id = identity.person.id
        return scope
    projects = await permissions.related_project_ids(session, identity, open_only=False)
    if project_id is None:
        scope.project_ids = projects
    elif project_id not in projects:
        raise forbidden()
    if identity.role == "supervisor":
        own = await department_ids(session, identity.person.id)
        if department_id is None:
            scope.department_ids = own
        elif department_id not in own:
            raise bad_request("Supervisor not allowed to access this department")
    return scope


async def _reading_scopes(session: AsyncSession, identity: Identity) -> dict[uuid.UUID, str]:
    """The productions where the caller's role (team role first) reads the team's days off."""
    query = select(ProjectPersonLink.project_id, ProjectPersonLink.role).where(
        ProjectPersonLink.person_id == identity.person.id
    )
    scopes = {}
    for project_id, role in (await session.execute(query)).all():
        role = role or identity.role
        if role in READERS:
            scopes[project_id] = role
    return scopes


async def _supervised(
    session: AsyncSession, identity: Identity, person_ids: set[uuid.UUID]
) -> set[uuid.UUID]:
    own = await department_ids(session, identity.person.id)
    if not own or not person_ids:
        return person_ids
    query = select(DepartmentLink.person_id).where(
        DepartmentLink.person_id.in_(person_ids), DepartmentLink.department_id.in_(own)
    )
    return set((await session.execute(query)).scalars().all())


async def day_off_reading(session: AsyncSession, identity: Identity, person_id: uuid.UUID) -> bool:
    """Whether the caller reads the person's days off with their description (True) or the dates
    only (False); 403 when not at all."""
    if identity.is_admin or identity.person.id == person_id:
        return True
    scopes = await _reading_scopes(session, identity)
    roles: set[str] = set()
    if scopes:
        query = select(ProjectPersonLink.project_id).where(
            ProjectPersonLink.project_id.in_(scopes), ProjectPersonLink.person_id == person_id
        )
        roles = {scopes[project_id] for project_id in (await session.execute(query)).scalars().all()}
    if "manager" in roles:
        return True
    if "supervisor" in roles and await _supervised(session, identity, {person_id}):
        return False
    raise forbidden()


async def day_off_readers(session: AsyncSession, identity: Identity) -> dict[uuid.UUID, bool] | None:
    """Every person whose days off the caller reads, mapped to `day_off_reading`'s answer; None
    for everybody with descriptions (admins)."""
    if identity.is_admin:
        return None
    readable = {identity.person.id: True}
    scopes = await _reading_scopes(session, identity)
    if not scopes:
        return readable
    query = select(ProjectPersonLink.project_id, ProjectPersonLink.person_id).where(
        ProjectPersonLink.project_id.in_(scopes)
    )
    supervised = set()
    for project_id, member in (await session.execute(query)).all():
        if scopes[project_id] == "manager":
            readable[member] = True
        else:
            supervised.add(member)
    for member in await _supervised(session, identity, supervised):
        readable.setdefault(member, False)
    return readable
