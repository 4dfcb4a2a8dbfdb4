"""Which productions a task list covers: the open ones, or those of the caller's teams."""

from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.areas.projects import service as projects_service
from app.auth import permissions
from app.auth.identity import Identity
from app.models import Project, ProjectStatus


async def open_project_ids(session: AsyncSession) -> list[Any]:
    query = (
        select(Project.id)
        .join(ProjectStatus, ProjectStatus.id == Project.project_status_id)
        .where(ProjectStatus.name.in_(projects_service.OPEN_STATUS_NAMES))
    )
    return list((await session.execute(query)).scalars().all())


async def caller_project_ids(session: AsyncSession, identity: Identity) -> list[Any]:
    """Admins: every open production; the others: the open productions of their teams."""
    if identity.is_admin:
        return await open_project_ids(session)
    return await permissions.related_project_ids(session, identity)
