"""Project templates' workflow links, templates made from productions and applied to them
(Zou's project_templates blueprint; the template rows themselves are CRUD)."""

from fastapi import APIRouter, Request
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.responses import Response

from app.areas.project_templates import service as templates
from app.areas.project_templates import snapshot
from app.areas.projects import service as projects
from app.areas.projects.io import given
from app.auth import permissions
from app.auth.identity import CurrentUser, Identity
from app.core.dependencies import SessionDep
from app.core.errors import ZouError
from app.core.requests import payload, validated
from app.core.routing import UnitOfWorkRoute
from app.core.serialize import json_response
from app.models import (
    ProjectTemplateAssetTypeLink,
    ProjectTemplateStatusAutomationLink,
    ProjectTemplateTaskStatusLink,
    ProjectTemplateTaskTypeLink,
)
from app.schemas.models import (
    ProjectTemplatesAssetTypeRequest,
    ProjectTemplatesBackgroundRequest,
    ProjectTemplatesDefaultBackground,
    ProjectTemplatesFromProject,
    ProjectTemplatesStatusAutomationRequest,
    ProjectTemplatesTaskStatusOrder,
    ProjectTemplatesTaskStatusRequest,
    ProjectTemplatesTaskTypeOrder,
    ProjectTemplatesTaskTypeRequest,
)

router = APIRouter(route_class=UnitOfWorkRoute)
BASE = "/data/project-templates/{project_template_id}"
ACTIONS = "/actions/project-templates/{project_template_id}"


async def _template(session, project_template_id: str):
    return await templates.get_template(session, project_template_id)


async def _linked(session: AsyncSession, identity: Identity, project_template_id: str, read) -> Response:
    """A template's linked rows, for managers: `read(session, template)`."""
    permissions.require_manager(identity)
    template = await _template(session, project_template_id)
    return json_response(await read(session, template))


async def _add_link(
    request: Request,
    session: AsyncSession,
    identity: Identity,
    project_template_id: str,
    model,
    field: str,
    add,
) -> Response:
    """Link the row the body names (`field` of `model`): `add(session, identity, template, id)`."""
    permissions.require_admin(identity)
    body = await validated(request, model)
    template = await _template(session, project_template_id)
    return json_response(await add(session, identity, template, getattr(body, field)), status_code=201)


# --- task types -------------------------------------------------------------------------------
@router.get(f"{BASE}/task-types", operation_id="list_project_template_task_types")
async def get_project_template_task_types(
    project_template_id: str, session: SessionDep, identity: CurrentUser
) -> Response:
    return await _linked(session, identity, project_template_id, templates.template_task_types)


@router.post(f"{BASE}/task-types", operation_id="add_project_template_task_type")
async def add_project_template_task_type(
    project_template_id: str, request: Request, session: SessionDep, identity: CurrentUser
) -> Response:
    permissions.require_admin(identity)
    body = await validated(request, ProjectTemplatesTaskTypeRequest)
    template = await _template(session, project_template_id)
    sent = given(body)
    keys = ("hd_bitrate_compression", "ld_bitrate_compression")
    bitrates = {key: sent.get(key) for key in keys} if set(sent) & set(keys) else None
    link = await templates.add_task_type(
        session, identity, template, body.task_type_id, body.priority, bitrates, body.is_client_visible
    )
    return json_response(link, status_code=201)


@router.delete(f"{BASE}/task-types/{{task_type_id}}", operation_id="remove_project_template_task_type")
async def remove_project_template_task_type(
    project_template_id: str, task_type_id: str, session: SessionDep, identity: CurrentUser
) -> Response:
    permissions.require_admin(identity)
    await templates.remove_link(
        session, identity, project_template_id, ProjectTemplateTaskTypeLink, "task_type_id", task_type_id
    )
    return Response(status_code=204)


@router.post(f"{ACTIONS}/task-types/reorder", operation_id="reorder_project_template_task_types")
async def reorder_project_template_task_types(
    project_template_id: str, request: Request, session: SessionDep, identity: CurrentUser
) -> Response:
    permissions.require_admin(identity)
    body = await validated(request, ProjectTemplatesTaskTypeOrder)
    template = await _template(session, project_template_id)
    return json_response(
        await templates.reorder(session, identity, template, "task_types", body.task_type_ids)
    )


# --- task statuses ----------------------------------------------------------------------------
@router.get(f"{BASE}/task-statuses", operation_id="list_project_template_task_statuses")
async def get_project_template_task_statuses(
    project_template_id: str, session: SessionDep, identity: CurrentUser
) -> Response:
    return await _linked(session, identity, project_template_id, templates.template_task_statuses)


@router.post(f"{BASE}/task-statuses", operation_id="add_project_template_task_status")
async def add_project_template_task_status(
    project_template_id: str, request: Request, session: SessionDep, identity: CurrentUser
) -> Response:
    permissions.require_admin(identity)
    body = await validated(request, ProjectTemplatesTaskStatusRequest)
    template = await _template(session, project_template_id)
    sent = given(body)
    client_allowed = {"is_client_allowed": sent["is_client_allowed"]} if "is_client_allowed" in sent else None
    roles = body.roles_for_board or None
    link = await templates.add_task_status(
        session, identity, template, body.task_status_id, body.priority, roles, client_allowed
    )
    return json_response(link, status_code=201)


@router.delete(f"{BASE}/task-statuses/{{task_status_id}}", operation_id="remove_project_template_task_status")
async def remove_project_template_task_status(
    project_template_id: str, task_status_id: str, session: SessionDep, identity: CurrentUser
) -> Response:
    permissions.require_admin(identity)
    await templates.remove_link(
        session,
        identity,
        project_template_id,
        ProjectTemplateTaskStatusLink,
        "task_status_id",
        task_status_id,
    )
    return Response(status_code=204)


@router.post(f"{ACTIONS}/task-statuses/reorder", operation_id="reorder_project_template_task_statuses")
async def reorder_project_template_task_statuses(
    project_template_id: str, request: Request, session: SessionDep, identity: CurrentUser
) -> Response:
    permissions.require_admin(identity)
    body = await validated(request, ProjectTemplatesTaskStatusOrder)
    template = await _template(session, project_template_id)
    return json_response(
        await templates.reorder(session, identity, template, "task_statuses", body.task_status_ids)
    )


# --- asset types ------------------------------------------------------------------------------
@router.get(f"{BASE}/asset-types", operation_id="list_project_template_asset_types")
async def get_project_template_asset_types(
    project_template_id: str, session: SessionDep, identity: CurrentUser
) -> Response:
    return await _linked(session, identity, project_template_id, templates.template_asset_types)


@router.post(f"{BASE}/asset-types", operation_id="add_project_template_asset_type")
async def add_project_template_asset_type(
    project_template_id: str, request: Request, session: SessionDep, identity: CurrentUser
) -> Response:
    return await _add_link(
        request,
        session,
        identity,
        project_template_id,
        ProjectTemplatesAssetTypeRequest,
        "asset_type_id",
        templates.add_asset_type,
    )


@router.delete(f"{BASE}/asset-types/{{asset_type_id}}", operation_id="remove_project_template_asset_type")
async def remove_project_template_asset_type(
    project_template_id: str, asset_type_id: str, session: SessionDep, identity: CurrentUser
) -> Response:
    permissions.require_admin(identity)
    await _template(session, project_template_id)
    await templates.remove_link(
        session, identity, project_template_id, ProjectTemplateAssetTypeLink, "asset_type_id", asset_type_id
    )
    return Response(status_code=204)


# --- status automations -----------------------------------------------------------------------
@router.get(f"{BASE}/status-automations", operation_id="list_project_template_status_automations")
async def get_project_template_status_automations(
    project_template_id: str, session: SessionDep, identity: CurrentUser
) -> Response:
    return await _linked(session, identity, project_template_id, templates.template_status_automations)


@router.post(f"{BASE}/status-automations", operation_id="add_project_template_status_automation")
async def add_project_template_status_automation(
    project_template_id: str, request: Request, session: SessionDep, identity: CurrentUser
) -> Response:
    return await _add_link(
        request,
        session,
        identity,
        project_template_id,
        ProjectTemplatesStatusAutomationRequest,
        "status_automation_id",
        templates.add_status_automation,
    )


@router.delete(
    f"{BASE}/status-automations/{{status_automation_id}}",
    operation_id="remove_project_template_status_automation",
)
async def remove_project_template_status_automation(
    project_template_id: str, status_automation_id: str, session: SessionDep, identity: CurrentUser
) -> Response:
    permissions.require_admin(identity)
    await _template(session, project_template_id)
    await templates.remove_link(
        session,
        identity,
        project_template_id,
        ProjectTemplateStatusAutomationLink,
        "status_automation_id",
        status_automation_id,
    )
    return Response(status_code=204)


# --- preview backgrounds ----------------------------------------------------------------------
@router.get(f"{BASE}/preview-background-files", operation_id="list_project_template_preview_background_files")
async def get_project_template_preview_background_files(
    project_template_id: str, session: SessionDep, identity: CurrentUser
) -> Response:
    return await _linked(session, identity, project_template_id, templates.template_backgrounds)


@router.post(f"{BASE}/preview-background-files", operation_id="add_project_template_preview_background_file")
async def add_project_template_preview_background_file(
    project_template_id: str, request: Request, session: SessionDep, identity: CurrentUser
) -> Response:
    return await _add_link(
        request,
        session,
        identity,
        project_template_id,
        ProjectTemplatesBackgroundRequest,
        "preview_background_file_id",
        templates.add_background,
    )


@router.delete(
    f"{BASE}/preview-background-files/{{preview_background_file_id}}",
    operation_id="remove_project_template_preview_background_file",
)
async def remove_project_template_preview_background_file(
    project_template_id: str, preview_background_file_id: str, session: SessionDep, identity: CurrentUser
) -> Response:
    permissions.require_admin(identity)
    template = await _template(session, project_template_id)
    await templates.remove_background(session, identity, template, preview_background_file_id)
    return Response(status_code=204)


@router.put(f"{BASE}/default-preview-background-file", operation_id="set_project_template_default_background")
async def set_project_template_default_background(
    project_template_id: str, request: Request, session: SessionDep, identity: CurrentUser
) -> Response:
    permissions.require_admin(identity)
    body = await validated(request, ProjectTemplatesDefaultBackground)
    template = await _template(session, project_template_id)
    result = await templates.set_default_background(
        session, identity, template, body.default_preview_background_file_id
    )
    return json_response(result)


# --- descriptors, snapshot, apply -------------------------------------------------------------
@router.put(f"{BASE}/metadata-descriptors", operation_id="set_project_template_metadata_descriptors")
async def set_project_template_metadata_descriptors(
    project_template_id: str, request: Request, session: SessionDep, identity: CurrentUser
) -> Response:
    permissions.require_admin(identity)
    data = await payload(request)
    # Older clients send the descriptors as a bare array.
    descriptors = (
        data
        if isinstance(data, list)
        else data.get("metadata_descriptors")
        if isinstance(data, dict)
        else None
    )
    template = await _template(session, project_template_id)
    return json_response(await templates.set_descriptors(session, identity, template, descriptors))


@router.post(
    "/data/project-templates/from-project/{project_id}", operation_id="create_project_template_from_project"
)
async def create_project_template_from_project(
    project_id: str, request: Request, session: SessionDep, identity: CurrentUser
) -> Response:
    permissions.require_admin(identity)
    body = await validated(request, ProjectTemplatesFromProject)
    project = await _project(session, project_id)
    result = await snapshot.create_from_project(session, identity, project, body.name, body.description)
    return json_response(result, status_code=201)


@router.post(
    "/data/projects/{project_id}/apply-template/{project_template_id}", operation_id="apply_project_template"
)
async def apply_project_template(
    project_id: str, project_template_id: str, session: SessionDep, identity: CurrentUser
) -> Response:
    permissions.require_admin(identity)
    project = await _project(session, project_id)
    template = await _template(session, project_template_id)
    return json_response(await snapshot.apply_to_project(session, identity, project, template))


async def _project(session, project_id: str):
    """These routes answer a missing project as `{"message": "Project not found"}`."""
    try:
        return await projects.get_project(session, project_id)
    except ZouError as exc:
        raise templates.message(404, "Project not found") from exc
