"""What the production routes share: Zou's lenient body reading, query values, and the project
access checks every route starts with."""

from typing import Any, TypeVar

import orjson
from fastapi import Request
from pydantic import BaseModel, ValidationError
from sqlalchemy.ext.asyncio import AsyncSession

from app.auth import permissions
from app.auth.identity import Identity
from app.errors import ZouError, forbidden, validation_body
from app.models import Project
from app.services import access_rules
from app.services.projects import get_project

B = TypeVar("B", bound=BaseModel)


async def payload(request: Request) -> Any:
    """Zou's `validate_request_body` source: the JSON body when readable, else the form fields
    and query string, else an empty object (so required fields answer field errors)."""
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if "json" in content_type:
        raw = await request.body()
        try:
            data = orjson.loads(raw) if raw else None
        except orjson.JSONDecodeError:
            data = None
        if data is not None:
            return data
    values: dict[str, Any] = dict(request.query_params)
    if content_type in ("application/x-www-form-urlencoded", "multipart/form-data"):
        form = await request.form()
        values.update({key: value for key, value in form.items() if isinstance(value, str)})
    return values


async def read_body(request: Request, model: type[B]) -> B:
    """The body validated by a contract model: 400 `Validation error.` with the failing fields."""
    try:
        return model.model_validate(await payload(request))
    except ValidationError as exc:
        raise ZouError(400, validation_body(exc.errors())) from exc


def given(body: BaseModel) -> dict[str, Any]:
    """The fields the caller sent (unset ones keep their stored value)."""
    return body.model_dump(exclude_unset=True)


def text_param(request: Request, name: str) -> str | None:
    return request.query_params.get(name)


def flag(request: Request, name: str) -> bool:
    return (request.query_params.get(name) or "false").lower() == "true"


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
