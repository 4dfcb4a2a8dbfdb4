"""A production's settings: linked asset types, task types, task statuses, status automations
and preview backgrounds, one by one or in a batch (Zou's projects blueprint, settings part)."""

import uuid

from fastapi import APIRouter, Request
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.responses import Response

from app.areas.projects import settings
from app.areas.projects import softwares as projects_softwares
from app.areas.projects.io import given, managed_project, member_project
from app.areas.projects.service import get_project
from app.areas.projects.settings import (
    ASSET_TYPES,
    BACKGROUNDS,
    STATUS_AUTOMATIONS,
    TASK_STATUSES,
    TASK_TYPES,
)
from app.auth import access_rules
from app.auth.identity import CurrentUser, Identity
from app.core.dependencies import SessionDep
from app.core.errors import name_schemas
from app.core.requests import validated
from app.core.routing import UnitOfWorkRoute
from app.core.serialize import json_response
from app.models import Project
from app.schemas.models import (
    ProjectsAssetTypeRequest,
    ProjectsPreviewBackgroundRequest,
    ProjectsSettingsBatchRequest,
    ProjectsStatusAutomationRequest,
    ProjectsTaskStatusClientAllowedRequest,
    ProjectsTaskStatusRequest,
    ProjectsTaskTypeRequest,
    ProjectsTaskTypeSoftwareRequest,
)

router = APIRouter(route_class=UnitOfWorkRoute)
BASE = "/data/projects/{project_id}/settings"
name_schemas({ProjectsTaskTypeRequest.__name__: "ProjectTaskTypeSchema"})


async def _add_setting(
    request: Request, session: AsyncSession, identity: Identity, project_id: str, kind, model, field: str
) -> Response:
    """Link the row the body names (`field` of `model`) to a project its caller manages."""
    body = await validated(request, model)
    project = await managed_project(session, identity, project_id)
    result = await settings.add_setting(session, identity, project, kind, getattr(body, field))
    return json_response(result, status_code=201)


async def _remove_setting(
    session: AsyncSession, identity: Identity, project_id: str, kind, row_id: str
) -> Response:
    project = await managed_project(session, identity, project_id)
    await settings.remove_setting(session, identity, project, kind, row_id)
    return Response(status_code=204)


@router.get("/data/projects/{project_id}/task-types", operation_id="list_project_task_types")
async def get_project_task_types(project_id: str, session: SessionDep, identity: CurrentUser) -> Response:
    project = await member_project(session, identity, project_id)
    return json_response(await settings.linked_rows(session, project.id, TASK_TYPES))


# --- asset types ------------------------------------------------------------------------------
@router.post(f"{BASE}/asset-types", operation_id="add_project_asset_type")
async def add_project_asset_type(
    project_id: str, request: Request, session: SessionDep, identity: CurrentUser
) -> Response:
    return await _add_setting(
        request, session, identity, project_id, ASSET_TYPES, ProjectsAssetTypeRequest, "asset_type_id"
    )


@router.delete(f"{BASE}/asset-types/{{asset_type_id}}", operation_id="remove_project_asset_type")
async def remove_project_asset_type(
    project_id: str, asset_type_id: str, session: SessionDep, identity: CurrentUser
) -> Response:
    return await _remove_setting(session, identity, project_id, ASSET_TYPES, asset_type_id)


# --- task types -------------------------------------------------------------------------------
@router.post(f"{BASE}/task-types", operation_id="add_project_task_type")
async def add_project_task_type(
    project_id: str, request: Request, session: SessionDep, identity: CurrentUser
) -> Response:
    body = await validated(request, ProjectsTaskTypeRequest)
    project = await managed_project(session, identity, project_id)
    sent = given(body)
    keys = ("hd_bitrate_compression", "ld_bitrate_compression")
    # Bitrates absent from the body leave an existing link's ones as they are.
    bitrates = {key: sent.get(key) for key in keys} if set(sent) & set(keys) else None
    result = await settings.add_task_type_setting(
        session, identity, project, body.task_type_id, body.priority, bitrates, body.is_client_visible
    )
    return json_response(result, status_code=201)


@router.delete(f"{BASE}/task-types/{{task_type_id}}", operation_id="remove_project_task_type")
async def remove_project_task_type(
    project_id: str, task_type_id: str, session: SessionDep, identity: CurrentUser
) -> Response:
    return await _remove_setting(session, identity, project_id, TASK_TYPES, task_type_id)


# --- task statuses ----------------------------------------------------------------------------
@router.get(f"{BASE}/task-status", operation_id="list_project_task_statuses")
async def get_project_task_statuses(project_id: str, session: SessionDep, identity: CurrentUser) -> Response:
    project = await member_project(session, identity, project_id)
    return json_response(await settings.linked_rows(session, project.id, TASK_STATUSES))


@router.post(f"{BASE}/task-status", operation_id="add_project_task_status")
async def add_project_task_status(
    project_id: str, request: Request, session: SessionDep, identity: CurrentUser
) -> Response:
    return await _add_setting(
        request, session, identity, project_id, TASK_STATUSES, ProjectsTaskStatusRequest, "task_status_id"
    )


@router.put(f"{BASE}/task-status/{{task_status_id}}", operation_id="set_project_task_status_client_allowed")
async def set_project_task_status_client_allowed(
    project_id: str, task_status_id: str, request: Request, session: SessionDep, identity: CurrentUser
) -> Response:
    body = await validated(request, ProjectsTaskStatusClientAllowedRequest)
    project = await managed_project(session, identity, project_id)
    result = await projects_softwares.set_client_allowed(
        session, identity, project, task_status_id, body.is_client_allowed
    )
    return json_response(result)


@router.delete(f"{BASE}/task-status/{{task_status_id}}", operation_id="remove_project_task_status")
async def remove_project_task_status(
    project_id: str, task_status_id: str, session: SessionDep, identity: CurrentUser
) -> Response:
    return await _remove_setting(session, identity, project_id, TASK_STATUSES, task_status_id)


# --- batch ------------------------------------------------------------------------------------
@router.post(f"{BASE}/batch", operation_id="add_project_settings_batch")
async def add_project_settings_batch(
    project_id: str, request: Request, session: SessionDep, identity: CurrentUser
) -> Response:
    body = await validated(request, ProjectsSettingsBatchRequest)
    project = await managed_project(session, identity, project_id)
    result = await settings.update_settings_batch(
        session,
        identity,
        project,
        [entry.model_dump() for entry in body.task_types or []],
        body.task_status_ids or [],
        body.asset_type_ids or [],
        bool(body.replace_task_types),
    )
    return json_response(result)


# --- status automations -----------------------------------------------------------------------
@router.get(f"{BASE}/status-automations", operation_id="list_project_status_automations")
async def get_project_status_automations(
    project_id: str, session: SessionDep, identity: CurrentUser
) -> Response:
    project = await managed_project(session, identity, project_id)
    return json_response(await settings.linked_rows(session, project.id, STATUS_AUTOMATIONS))


@router.post(f"{BASE}/status-automations", operation_id="add_project_status_automation")
async def add_project_status_automation(
    project_id: str, request: Request, session: SessionDep, identity: CurrentUser
) -> Response:
    return await _add_setting(
        request,
        session,
        identity,
        project_id,
        STATUS_AUTOMATIONS,
        ProjectsStatusAutomationRequest,
        "status_automation_id",
    )


@router.delete(
    f"{BASE}/status-automations/{{status_automation_id}}", operation_id="remove_project_status_automation"
)
async def remove_project_status_automation(
    project_id: str, status_automation_id: str, session: SessionDep, identity: CurrentUser
) -> Response:
    return await _remove_setting(session, identity, project_id, STATUS_AUTOMATIONS, status_automation_id)


# --- preview backgrounds ----------------------------------------------------------------------
@router.get(f"{BASE}/preview-background-files", operation_id="list_project_preview_background_files")
async def get_project_preview_background_files(
    project_id: str, session: SessionDep, identity: CurrentUser
) -> Response:
    project = await member_project(session, identity, project_id)
    return json_response(await settings.linked_rows(session, project.id, BACKGROUNDS))


@router.post(f"{BASE}/preview-background-files", operation_id="add_project_preview_background_file")
async def add_project_preview_background_file(
    project_id: str, request: Request, session: SessionDep, identity: CurrentUser
) -> Response:
    return await _add_setting(
        request,
        session,
        identity,
        project_id,
        BACKGROUNDS,
        ProjectsPreviewBackgroundRequest,
        "preview_background_file_id",
    )


@router.delete(
    f"{BASE}/preview-background-files/{{preview_background_file_id}}",
    operation_id="remove_project_preview_background_file",
)
async def remove_project_preview_background_file(
    project_id: str, preview_background_file_id: str, session: SessionDep, identity: CurrentUser
) -> Response:
    return await _remove_setting(session, identity, project_id, BACKGROUNDS, preview_background_file_id)


# --- task type softwares ----------------------------------------------------------------------
@router.get(
    "/data/projects/{project_id}/task-type-softwares", operation_id="list_project_task_type_softwares"
)
async def get_project_task_type_softwares(
    project_id: str, session: SessionDep, identity: CurrentUser
) -> Response:
    project = await member_project(session, identity, project_id)
    return json_response(await projects_softwares.list_links(session, project.id))


async def _software_project(
    session: AsyncSession, identity: Identity, project_id: str, task_type_id: str, software_id: str
) -> tuple[Project, uuid.UUID, uuid.UUID]:
    """The project and both ids, for its managers or the supervisors of the task type's department
    (Zou's check_supervisor_project_task_type_access); malformed ids answer 400 first."""
    project = await get_project(session, project_id)
    task_type_key, software_key = projects_softwares.link_ids(task_type_id, software_id)
    await access_rules.check_task_creation_access(session, identity, project.id, task_type_key)
    return project, task_type_key, software_key


@router.post(
    "/data/projects/{project_id}/task-types/{task_type_id}/softwares",
    operation_id="add_project_task_type_software",
)
async def add_project_task_type_software(
    project_id: str, task_type_id: str, request: Request, session: SessionDep, identity: CurrentUser
) -> Response:
    body = await validated(request, ProjectsTaskTypeSoftwareRequest)
    project, task_type_key, _ = await _software_project(
        session, identity, project_id, task_type_id, body.software_id
    )
    result = await projects_softwares.add_link(session, identity, project, task_type_key, body.software_id)
    return json_response(result, status_code=201)


@router.delete(
    "/data/projects/{project_id}/task-types/{task_type_id}/softwares/{software_id}",
    operation_id="remove_project_task_type_software",
)
async def remove_project_task_type_software(
    project_id: str, task_type_id: str, software_id: str, session: SessionDep, identity: CurrentUser
) -> Response:
    project, task_type_key, software_key = await _software_project(
        session, identity, project_id, task_type_id, software_id
    )
    await projects_softwares.remove_link(session, identity, project, task_type_key, software_key)
    return Response(status_code=204)
