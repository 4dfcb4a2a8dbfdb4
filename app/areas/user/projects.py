"""The caller's open productions (Zou's `user_service.get_open_projects`) and their team roles."""

from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.areas.projects import service as projects_service
from app.auth.identity import Identity
from app.core.db import fetch_rows
from app.models import Project, ProjectPersonLink, ProjectStatus

OPEN = "Open"


def team_project_ids(person_id: Any):
    return select(ProjectPersonLink.project_id).where(ProjectPersonLink.person_id == person_id)


async def open_projects(
    session: AsyncSession, identity: Identity, name: str | None = None
) -> list[dict[str, Any]]:
    """Open productions (status `Open`): every one for an admin, those of the caller's teams for
    the others, each with the extra data Kitsu renders them with."""
    query = (
        select(Project.__table__)  # type: ignore[attr-defined]
        .join(ProjectStatus, ProjectStatus.id == Project.project_status_id)
        .where(ProjectStatus.name == OPEN)
        .order_by(Project.name)
    )
    if name is not None:
        query = query.where(Project.name == name)
    if not identity.is_admin:
        query = query.where(Project.id.in_(team_project_ids(identity.person.id)))
    rows = projects_service.plain_rows(await session.execute(query), "Project")
    return await projects_service.with_extra_data(session, identity, rows)


async def open_team_project_ids(session: AsyncSession, person_id: Any) -> list[Any]:
    """Open productions whose team holds the person, whatever their global role (Zou's
    `related_projects`)."""
    query = (
        select(Project.id)
        .join(ProjectStatus, ProjectStatus.id == Project.project_status_id)
        .where(ProjectStatus.name == OPEN, Project.id.in_(team_project_ids(person_id)))
    )
    return [record[0] for record in (await fetch_rows(session, query))[1]]


async def project_roles(session: AsyncSession, person_id: Any) -> dict[str, str]:
    """`{project id: role}` for the teams where the caller holds an explicit role."""
    query = select(ProjectPersonLink.project_id, ProjectPersonLink.role).where(
        ProjectPersonLink.person_id == person_id, ProjectPersonLink.role.is_not(None)
    )
    return {str(project_id): role for project_id, role in (await fetch_rows(session, query))[1]}
