"""Shared by the shot, sequence, episode, scene and edit routers: Zou's body validation, and the
handler bodies their routes have in common (read checks, deletion, task lists)."""

from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from fastapi import Request
from pydantic import BaseModel
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.responses import Response

from app.areas.entities import task_lists
from app.areas.shots import service as shots
from app.auth import permissions
from app.auth.identity import Identity
from app.core.errors import forbidden
from app.core.requests import flag, required, silent_json
from app.core.serialize import json_response

Body = TypeVar("Body", bound=BaseModel)


async def read_body(request: Request, model: type[Body]) -> Body:
    """Zou's validate_request_body on these routes: a JSON body only (anything else is "empty")."""
    return required(await silent_json(request), model)


async def check_list_access(session: AsyncSession, identity: Identity, project_id: str | None) -> None:
    """Zou's check_project_access on the `project_id` criterion: none given is for admins only."""
    if project_id is None:
        permissions.require_admin(identity)
    else:
        await permissions.check_project_access(session, identity, project_id)


async def readable(session: AsyncSession, identity: Identity, entity_id: str, type_name: str) -> dict:
    """The entity of that type, once the caller is checked to may read it."""
    entity = await shots.get_typed(session, entity_id, type_name)
    await shots.check_read(session, identity, entity)
    return entity


async def check_delete(session: AsyncSession, identity: Identity, entity: dict) -> None:
    """Zou: the creator only needs to be in the team, anyone else must manage the project."""
    if entity["created_by"] is not None and entity["created_by"] == identity.person.id:
        await permissions.check_project_access(session, identity, entity["project_id"])
    else:
        await permissions.check_manager_project_access(session, identity, entity["project_id"])


Remover = Callable[[AsyncSession, dict, bool, Any], Awaitable[Any]]


async def delete_entity(
    request: Request,
    session: AsyncSession,
    identity: Identity,
    entity_id: str,
    type_name: str,
    remove: Remover,
) -> Response:
    """Deletion of a shot, scene, sequence, episode or edit (`?force=true` removes its tasks)."""
    entity = await shots.get_typed(session, entity_id, type_name)
    await check_delete(session, identity, entity)
    await remove(session, entity, flag(request, "force"), identity.person.id)
    return Response(status_code=204)


async def entity_tasks(
    request: Request, session: AsyncSession, identity: Identity, entity_id: str, type_name: str
) -> Response:
    """The detailed tasks of one shot or edit."""
    entity = await readable(session, identity, entity_id, type_name)
    condition = task_lists.tasks_of_entity(entity["id"])
    return json_response(
        await task_lists.detailed_tasks(session, condition, relations=flag(request, "relations"))
    )


async def entity_task_types(
    session: AsyncSession, identity: Identity, entity_id: str, type_name: str
) -> Response:
    entity = await readable(session, identity, entity_id, type_name)
    return json_response(await task_lists.task_types_for(session, task_lists.tasks_of_entity(entity["id"])))


async def entity_previews(
    session: AsyncSession, identity: Identity, entity_id: str, type_name: str
) -> Response:
    entity = await readable(session, identity, entity_id, type_name)
    return json_response(await task_lists.previews_by_task_type(session, entity["id"]))


async def entity_versions(
    session: AsyncSession, identity: Identity, entity_id: str, type_name: str
) -> Response:
    """The data versions of a shot (`ShotVersion`) or an edit (`EditVersion`)."""
    entity = await readable(session, identity, entity_id, type_name)
    return json_response(await task_lists.versions(session, entity["id"], type_name + "Version"))


async def task_list(
    request: Request, session: AsyncSession, identity: Identity, entity: dict, condition, vendors: bool
) -> Response:
    """A detailed task list of an episode or sequence; `vendors`: whether vendors may read it (their
    own tasks then), else they are refused as Zou refuses them the aggregations."""
    await shots.check_read(session, identity, entity)
    vendor = await shots.is_vendor(session, identity, entity["project_id"])
    if vendor and not vendors:
        raise forbidden()
    tasks = await task_lists.detailed_tasks(
        session,
        condition,
        relations=flag(request, "relations"),
        assigned_to=identity.person.id if vendor else None,
    )
    return json_response(tasks)
