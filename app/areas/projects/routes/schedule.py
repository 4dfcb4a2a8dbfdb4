"""A production's schedule: milestones, schedule items and production schedule versions' task
links (Zou's projects blueprint, schedule part)."""

from fastapi import APIRouter, Request
from starlette.responses import Response

from app.areas.projects import schedule
from app.areas.projects.io import block_roles, member_project, text_param
from app.auth import permissions
from app.auth.identity import CurrentUser
from app.core.dependencies import SessionDep
from app.core.ids import check_id
from app.core.requests import flag, validated
from app.core.routing import UnitOfWorkRoute
from app.core.serialize import json_response
from app.schemas.models import ProjectsScheduleVersionCopy

router = APIRouter(route_class=UnitOfWorkRoute)
ITEMS = "/data/projects/{project_id}/schedule-items"
VERSION_ACTIONS = "/actions/production-schedule-versions/{production_schedule_version_id}"


@router.get("/data/projects/{project_id}/milestones", operation_id="list_project_milestones")
async def get_project_milestones(project_id: str, session: SessionDep, identity: CurrentUser) -> Response:
    project = await member_project(session, identity, project_id)
    await block_roles(session, identity, project.id, "client")
    return json_response(await schedule.milestones(session, project.id))


@router.get(ITEMS, operation_id="list_project_schedule_items")
async def get_project_schedule_items(project_id: str, session: SessionDep, identity: CurrentUser) -> Response:
    project = await member_project(session, identity, project_id)
    await block_roles(session, identity, project.id, "client", "vendor")
    return json_response(await schedule.schedule_items(session, project.id))


@router.get(f"{ITEMS}/task-types", operation_id="list_project_task_type_schedule_items")
async def get_project_task_type_schedule_items(
    project_id: str, session: SessionDep, identity: CurrentUser
) -> Response:
    project = await member_project(session, identity, project_id)
    await block_roles(session, identity, project.id, "vendor")
    return json_response(await schedule.task_type_items(session, identity, project.id))


async def _kind_items(
    kind: str, project_id: str, task_type_id: str, request: Request, session, identity
) -> Response:
    project = await member_project(session, identity, project_id)
    await block_roles(session, identity, project.id, "vendor")
    task_type = check_id(task_type_id)
    raw_episode = text_param(request, "episode_id")
    episode_id = check_id(raw_episode) if raw_episode else None
    if kind == "AssetType":
        result = await schedule.asset_type_items(session, identity, project.id, task_type, episode_id)
    else:
        result = await schedule.kind_items(session, identity, project.id, task_type, kind, episode_id)
    return json_response(result)


@router.get(f"{ITEMS}/{{task_type_id}}/asset-types", operation_id="list_project_asset_type_schedule_items")
async def get_project_asset_type_schedule_items(
    project_id: str, task_type_id: str, request: Request, session: SessionDep, identity: CurrentUser
) -> Response:
    return await _kind_items("AssetType", project_id, task_type_id, request, session, identity)


@router.get(f"{ITEMS}/{{task_type_id}}/episodes", operation_id="list_project_episode_schedule_items")
async def get_project_episode_schedule_items(
    project_id: str, task_type_id: str, request: Request, session: SessionDep, identity: CurrentUser
) -> Response:
    return await _kind_items("Episode", project_id, task_type_id, request, session, identity)


@router.get(f"{ITEMS}/{{task_type_id}}/sequences", operation_id="list_project_sequence_schedule_items")
async def get_project_sequence_schedule_items(
    project_id: str, task_type_id: str, request: Request, session: SessionDep, identity: CurrentUser
) -> Response:
    return await _kind_items("Sequence", project_id, task_type_id, request, session, identity)


@router.get(f"{ITEMS}/{{task_type_id}}/edits", operation_id="list_project_edit_schedule_items")
async def get_project_edit_schedule_items(
    project_id: str, task_type_id: str, request: Request, session: SessionDep, identity: CurrentUser
) -> Response:
    return await _kind_items("Edit", project_id, task_type_id, request, session, identity)


# --- production schedule versions -------------------------------------------------------------
@router.get(
    "/data/production-schedule-versions/{production_schedule_version_id}/task-links",
    operation_id="list_schedule_version_task_links",
)
async def list_schedule_version_task_links(
    production_schedule_version_id: str, request: Request, session: SessionDep, identity: CurrentUser
) -> Response:
    version = await schedule.get_version(session, production_schedule_version_id)
    await permissions.check_project_access(session, identity, version.project_id)
    await block_roles(session, identity, version.project_id, "client", "vendor")
    result = await schedule.task_links(
        session, version.id, text_param(request, "task_type_id"), flag(request, "relations")
    )
    return json_response(result)


async def _managed_version(session, identity, version_id: str):
    version = await schedule.get_version(session, version_id)
    await permissions.check_manager_project_access(session, identity, version.project_id)
    return version


@router.post(
    f"{VERSION_ACTIONS}/set-task-links-from-production",
    operation_id="set_schedule_version_task_links_from_production",
)
async def set_schedule_version_task_links_from_production(
    production_schedule_version_id: str, session: SessionDep, identity: CurrentUser
) -> Response:
    version = await _managed_version(session, identity, production_schedule_version_id)
    return json_response(await schedule.links_from_production(session, version))


@router.post(
    f"{VERSION_ACTIONS}/set-task-links-from-production-schedule-version",
    operation_id="set_schedule_version_task_links_from_version",
)
async def set_schedule_version_task_links_from_version(
    production_schedule_version_id: str, request: Request, session: SessionDep, identity: CurrentUser
) -> Response:
    version = await _managed_version(session, identity, production_schedule_version_id)
    body = await validated(request, ProjectsScheduleVersionCopy)
    other = await schedule.get_version(session, body.production_schedule_version_id)
    return json_response(await schedule.links_from_version(session, identity, version, other))


@router.post(f"{VERSION_ACTIONS}/apply-to-production", operation_id="apply_schedule_version_to_production")
async def apply_schedule_version_to_production(
    production_schedule_version_id: str, session: SessionDep, identity: CurrentUser
) -> Response:
    version = await _managed_version(session, identity, production_schedule_version_id)
    return json_response(await schedule.apply_to_production(session, identity, version))
