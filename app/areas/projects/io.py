"""What the production routes share: sent fields, query values, and the project access checks
every route starts with (bodies are read by `entity_requests`)."""

from typing import Any, TypeVar

from fastapi import Request
from pydantic import BaseModel
from sqlalchemy.ext.asyncio import AsyncSession

from app.areas.projects.service import get_project
from app.auth import access_rules, permissions
from app.auth.identity import Identity
from app.core.errors import forbidden
from app.models import Project

B = TypeVar("B", bound=BaseModel)


def given(body: BaseModel) -> dict[str, Any]:
    """The fields the caller sent (unset ones keep their stored value)."""
    return body.model_dump(exclude_unset=True)


def text_param(request: Request, name: str) -> str | None:
    return request.query_params.get(name)


async def member_project(session: AsyncSession, identity: Identity, project_id: str) -> Project:
    """The project (404 when missing, as Zou answers before the access check) for its team."""
    project = await get_project(session, project_id)
    await permissions.check_project_access(session, identity, project.id)
    return project


async def managed_project(session: AsyncSession, identity: Identity, project_id: str) -> Project:
    """The project, for admins and its team's managers only."""
    project = await get_project(session, project_id)
    await permissions.check_manager_project_access(session, identity, project.id)
    return project


async def block_roles(session: AsyncSession, identity: Identity, project_id: Any, *roles: str) -> str:
    """Refuse the roles (held on this project) a route is closed to; the role otherwise."""
    role = await access_rules.effective_role(session, identity, project_id)
    if role in roles:
        raise forbidden()
    return role
