"""The extra routes of Zou's CRUD blueprint: task type order, and the task type / task status
links that make a project's workflow (created one by one or reordered as a whole)."""

from typing import Any

from fastapi import APIRouter, Request
from sqlalchemy import select
from starlette.responses import Response

from app.areas.projects import setup as project_setup
from app.auth import permissions
from app.auth.identity import CurrentUser
from app.core.dependencies import SessionDep
from app.core.errors import ZouError, bad_request, not_found
from app.core.ids import parse_id
from app.core.requests import parse_json_body, zou_args
from app.core.routing import UnitOfWorkRoute
from app.core.serialize import json_response
from app.models import Project, ProjectTaskStatusLink, ProjectTaskTypeLink, TaskStatus, TaskType
from app.models.base import utcnow
from app.models.person import ROLE_TYPES

router = APIRouter(route_class=UnitOfWorkRoute)


async def _json_list(request: Request, key: str) -> list[Any]:
    body = parse_json_body(await request.body(), request.headers.get("content-type"))
    if not isinstance(body, dict) or not isinstance(body.get(key), list):
        raise bad_request(f"Request body must be a JSON object with a '{key}' list.")
    return body[key]


def _required(args: dict[str, Any], key: str) -> Any:
    if key not in args:
        raise bad_request(f"Missing required parameter: {key}")
    return args[key]


def _priority(args: dict[str, Any]) -> int:
    value = args.get("priority", 1)
    try:
        if isinstance(value, (bool, list, dict)):
            raise TypeError(value)
        return int(value)
    except (TypeError, ValueError) as exc:
        raise bad_request("Wrong value for parameter priority.") from exc


async def _existing(session, model, raw_id: Any) -> Any:
    instance = await session.get(model, parse_id(raw_id))
    if instance is None:
        raise not_found()
    return instance


async def _known_ids(session, model, raw_ids: list[Any]) -> list[Any]:
    """The ids of the list that exist, in order (Zou skips the others)."""
    parsed = []
    for raw in raw_ids:
        try:
            parsed.append(parse_id(raw))
        except ZouError:
            continue
    found = set((await session.execute(select(model.id).where(model.id.in_(parsed)))).scalars().all())
    return [value for value in dict.fromkeys(parsed) if value in found]


@router.post("/actions/task-types/reorder", operation_id="reorder_task_types")
async def reorder_task_types(request: Request, session: SessionDep, identity: CurrentUser) -> Response:
    permissions.require_admin(identity)
    ids = await _known_ids(session, TaskType, await _json_list(request, "task_type_ids"))
    results = []
    for priority, task_type_id in enumerate(ids, start=1):
        task_type = await session.get(TaskType, task_type_id)
        task_type.priority, task_type.updated_at = priority, utcnow()  # type: ignore[union-attr]
        await session.flush()
        results.append(project_setup.row_dict(task_type))  # type: ignore[arg-type]
    return json_response(results)


@router.post("/data/task-type-links", operation_id="create_task_type_link")
async def create_task_type_link(request: Request, session: SessionDep, identity: CurrentUser) -> Response:
    args = await zou_args(request)
    project_id, task_type_id = _required(args, "project_id"), _required(args, "task_type_id")
    priority = _priority(args)
    await permissions.check_manager_project_access(session, identity, project_id)
    project = await _existing(session, Project, project_id)
    task_type = await _existing(session, TaskType, task_type_id)
    link = await project_setup.set_link(
        session, ProjectTaskTypeLink, project.id, "task_type_id", task_type.id, priority=priority
    )
    return json_response(link, status_code=201)


@router.post("/actions/projects/{project_id}/task-type-links/reorder", operation_id="reorder_task_type_links")
async def reorder_task_type_links(
    project_id: str, request: Request, session: SessionDep, identity: CurrentUser
) -> Response:
    await permissions.check_manager_project_access(session, identity, project_id)
    project = await _existing(session, Project, project_id)
    ids = await _known_ids(session, TaskType, await _json_list(request, "task_type_ids"))
    links = await project_setup.reorder_links(session, ProjectTaskTypeLink, project.id, "task_type_id", ids)
    return json_response(links)


@router.post("/data/task-status-links", operation_id="create_task_status_link")
async def create_task_status_link(request: Request, session: SessionDep, identity: CurrentUser) -> Response:
    args = await zou_args(request)
    project_id, task_status_id = _required(args, "project_id"), _required(args, "task_status_id")
    priority = _priority(args)
    roles = args.get("roles_for_board", [])
    roles = [str(role) for role in (roles if isinstance(roles, list) else [roles])]
    if any(role not in ROLE_TYPES for role in roles):
        raise bad_request("Wrong value for parameter roles_for_board.")
    await permissions.check_manager_project_access(session, identity, project_id)
    project = await _existing(session, Project, project_id)
    task_status = await _existing(session, TaskStatus, task_status_id)
    link = await project_setup.set_link(
        session,
        ProjectTaskStatusLink,
        project.id,
        "task_status_id",
        task_status.id,
        priority=priority,
        roles_for_board=roles,
    )
    return json_response(link, status_code=201)


@router.post(
    "/actions/projects/{project_id}/task-status-links/reorder", operation_id="reorder_task_status_links"
)
async def reorder_task_status_links(
    project_id: str, request: Request, session: SessionDep, identity: CurrentUser
) -> Response:
    await permissions.check_manager_project_access(session, identity, project_id)
    project = await _existing(session, Project, project_id)
    ids = await _known_ids(session, TaskStatus, await _json_list(request, "task_status_ids"))
    links = await project_setup.reorder_links(
        session, ProjectTaskStatusLink, project.id, "task_status_id", ids
    )
    return json_response(links)
