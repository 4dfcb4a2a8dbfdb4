"""The softwares a production's artists use per task type, and the per-production override of
which task statuses its clients may set (Zou's projects_service)."""

import uuid
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.areas.entities.lookup import row_of
from app.areas.projects.service import emit_project_update
from app.auth.identity import Identity
from app.core.errors import bad_request, not_found
from app.core.ids import as_uuid
from app.models import (
    Project,
    ProjectTaskStatusLink,
    ProjectTaskTypeLink,
    ProjectTaskTypeSoftwareLink,
    Software,
)

LINK = ProjectTaskTypeSoftwareLink


def link_ids(task_type_id: Any, software_id: Any) -> tuple[uuid.UUID, uuid.UUID]:
    """Both ids as UUIDs, or Zou's 400."""
    task_type_key, software_key = as_uuid(task_type_id), as_uuid(software_id)
    if task_type_key is None or software_key is None:
        raise bad_request("task_type_id and software_id must be valid UUIDs.")
    return task_type_key, software_key


def _row(project_id: Any, task_type_id: Any, software_id: Any) -> dict[str, str]:
    return {"project_id": str(project_id), "task_type_id": str(task_type_id), "software_id": str(software_id)}


async def list_links(session: AsyncSession, project_id: Any) -> list[dict[str, str]]:
    query = (
        select(LINK.project_id, LINK.task_type_id, LINK.software_id)
        .where(LINK.project_id == project_id)
        .order_by(LINK.task_type_id, LINK.software_id)
    )
    return [_row(*row) for row in await session.execute(query)]


def _where(project_id: Any, task_type_id: Any, software_id: Any) -> tuple:
    return (LINK.project_id == project_id, LINK.task_type_id == task_type_id, LINK.software_id == software_id)


async def add_link(
    session: AsyncSession, identity: Identity, project: Project, task_type_id: uuid.UUID, raw_software: Any
) -> dict[str, str]:
    """Link a software to one of the project's task types; an existing link is returned as is."""
    _, software_id = link_ids(task_type_id, raw_software)
    linked = select(ProjectTaskTypeLink.id).where(
        ProjectTaskTypeLink.project_id == project.id, ProjectTaskTypeLink.task_type_id == task_type_id
    )
    if (await session.execute(linked)).first() is None:
        raise bad_request("The task type is not a task type of the project.")
    software = await session.get(Software, software_id)
    if software is None:
        raise not_found()
    if software.archived:
        raise bad_request("The software is archived.")
    exists = select(LINK.id).where(*_where(project.id, task_type_id, software_id))
    if (await session.execute(exists)).first() is None:
        session.add(LINK(project_id=project.id, task_type_id=task_type_id, software_id=software_id))
        await session.flush()
        emit_project_update(session, project.id, identity)
    return _row(project.id, task_type_id, software_id)


async def remove_link(
    session: AsyncSession,
    identity: Identity,
    project: Project,
    task_type_id: uuid.UUID,
    software_id: uuid.UUID,
) -> None:
    """Unlink; an unknown link is a no-op without event."""
    result = await session.execute(delete(LINK).where(*_where(project.id, task_type_id, software_id)))
    if result.rowcount:  # type: ignore[attr-defined]
        emit_project_update(session, project.id, identity)


async def set_client_allowed(
    session: AsyncSession, identity: Identity, project: Project, task_status_id: Any, value: bool | None
) -> dict[str, Any]:
    """Whether the project's clients may set a status it uses; null reverts to the studio value."""
    key = as_uuid(task_status_id)
    link = None
    if key is not None:
        query = select(ProjectTaskStatusLink).where(
            ProjectTaskStatusLink.project_id == project.id, ProjectTaskStatusLink.task_status_id == key
        )
        link = (await session.execute(query)).scalars().first()
    if link is None:
        raise not_found()
    link.is_client_allowed = value
    await session.flush()
    emit_project_update(session, project.id, identity)
    return row_of(link)
