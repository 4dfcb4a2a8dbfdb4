"""The production team: members shaped for the viewer's role, and their per-project roles
(Zou's projects_service team functions)."""

import uuid
from collections import defaultdict
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.areas.persons import service as persons
from app.areas.projects.service import emit_project_update, project_row
from app.auth.identity import Identity
from app.core.errors import bad_request
from app.core.ids import as_uuid
from app.models import DepartmentLink, Person, Project, ProjectPersonLink


async def get_team(session: AsyncSession, project_id: uuid.UUID, viewer_role: str) -> list[dict[str, Any]]:
    """The team members, shaped for the viewer's role, each with their `project_role`."""
    query = (
        select(Person, ProjectPersonLink.role)
        .join(ProjectPersonLink, ProjectPersonLink.person_id == Person.id)
        .where(ProjectPersonLink.project_id == project_id)
        .order_by(Person.last_name, Person.first_name)
    )
    members = (await session.execute(query)).all()
    departments: dict[Any, list[Any]] = defaultdict(list)
    if viewer_role in ("admin", "manager") and members:
        links = select(DepartmentLink.person_id, DepartmentLink.department_id).where(
            DepartmentLink.person_id.in_([person.id for person, _ in members])
        )
        for person_id, department_id in (await session.execute(links)).all():
            departments[person_id].append(department_id)
    result = []
    for person, role in members:
        if viewer_role in ("admin", "manager"):
            data = persons.serialize_safe(person, departments.get(person.id, []))
        elif viewer_role == "client":
            data = persons.present_client(person)
        else:
            data = persons.present_minimal(person)
        data["project_role"] = role
        result.append(data)
    return result


async def _person(session: AsyncSession, person_id: Any) -> Person:
    person = await session.get(Person, as_uuid(person_id)) if as_uuid(person_id) else None
    if person is None:
        raise bad_request(f"Person with id {person_id} not found")
    return person


async def add_team_member(
    session: AsyncSession, identity: Identity, project: Project, person_id: Any, role: str | None
) -> dict[str, Any]:
    """Put a person in the team (a no-op when already there), with an optional project role."""
    person = await _person(session, person_id)
    link = await session.get(ProjectPersonLink, (project.id, person.id))
    changed = False
    if link is None:
        link = ProjectPersonLink(project_id=project.id, person_id=person.id, role=role)
        session.add(link)
        changed = True
    elif role is not None and link.role != role:
        link.role = role
        changed = True
    if changed:
        await session.flush()
        emit_project_update(session, project.id, identity)
    return project_row(project)


async def update_team_member_role(
    session: AsyncSession, identity: Identity, project: Project, person_id: Any, role: str | None
) -> dict[str, Any]:
    """A member's role on this project only; null restores their global role."""
    key = as_uuid(person_id)
    link = await session.get(ProjectPersonLink, (project.id, key)) if key else None
    if link is None:
        raise bad_request("Person is not a member of the project team")
    link.role = role
    await session.flush()
    emit_project_update(session, project.id, identity)
    return {"project_id": project.id, "person_id": link.person_id, "role": role}


async def remove_team_member(
    session: AsyncSession, identity: Identity, project: Project, person_id: Any
) -> None:
    key = as_uuid(person_id)
    if key is not None:
        await session.execute(
            delete(ProjectPersonLink).where(
                ProjectPersonLink.project_id == project.id, ProjectPersonLink.person_id == key
            )
        )
    emit_project_update(session, project.id, identity)
