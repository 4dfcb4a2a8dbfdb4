"""Metadata descriptors of one production and of every production a manager runs (Zou's
projects blueprint, descriptor part)."""

from typing import Any

from fastapi import APIRouter, Request
from starlette.responses import Response

from app.areas.projects import metadata
from app.areas.projects import metadata_all as all_projects
from app.areas.projects import service as projects
from app.areas.projects.io import given, managed_project, member_project, text_param
from app.auth import permissions
from app.auth.identity import CurrentUser
from app.core.dependencies import SessionDep
from app.core.errors import bad_request
from app.core.requests import validated
from app.core.routing import UnitOfWorkRoute
from app.core.serialize import json_response
from app.schemas.models import (
    ProjectsAllProjectsDescriptorOrder,
    ProjectsAllProjectsDescriptorUpdate,
    ProjectsMetadataDescriptorOrder,
    ProjectsMetadataDescriptorRequest,
    ProjectsMetadataDescriptorUpdate,
)

router = APIRouter(route_class=UnitOfWorkRoute)
BASE = "/data/projects/{project_id}/metadata-descriptors"
ALL = "/data/metadata-descriptors/all-projects"


def _changes(body: Any) -> dict[str, Any]:
    """The update fields the caller sent, checked as Zou checks them."""
    changes = given(body)
    changes.pop("entity_type", None)
    if changes.get("name") is not None and len(changes["name"]) == 0:
        raise bad_request("Name cannot be empty.")
    if "data_type" in changes:
        metadata.check_data_type(changes["data_type"])
    return changes


@router.get(BASE, operation_id="list_project_metadata_descriptors")
async def get_project_metadata_descriptors(
    project_id: str, session: SessionDep, identity: CurrentUser
) -> Response:
    project = await member_project(session, identity, project_id)
    return json_response(await metadata.list_descriptors(session, identity, project.id))


@router.post(BASE, operation_id="create_project_metadata_descriptor")
async def create_project_metadata_descriptor(
    project_id: str, request: Request, session: SessionDep, identity: CurrentUser
) -> Response:
    body = await validated(request, ProjectsMetadataDescriptorRequest)
    project = await projects.get_project(session, project_id)
    fields = body.model_dump()
    await metadata.check_all_departments_access(session, identity, project.id, fields["departments"] or [])
    metadata.check_entity_type(fields["entity_type"])
    fields["task_type_id"] = await metadata.check_task_type(
        session, fields["entity_type"], fields["task_type_id"]
    )
    metadata.check_data_type(fields["data_type"])
    result = await metadata.create_descriptor(session, identity, project.id, fields)
    return json_response(result, status_code=201)


@router.post(f"{BASE}/reorder", operation_id="reorder_project_metadata_descriptors")
async def reorder_project_metadata_descriptors(
    project_id: str, request: Request, session: SessionDep, identity: CurrentUser
) -> Response:
    body = await validated(request, ProjectsMetadataDescriptorOrder)
    project = await managed_project(session, identity, project_id)
    metadata.check_entity_type(body.entity_type)
    return json_response(
        await metadata.reorder_descriptors(session, project.id, body.entity_type, body.descriptor_ids)
    )


@router.get(f"{BASE}/{{metadata_descriptor_id}}", operation_id="get_project_metadata_descriptor")
async def get_project_metadata_descriptor(
    project_id: str, metadata_descriptor_id: str, session: SessionDep, identity: CurrentUser
) -> Response:
    project = await member_project(session, identity, project_id)
    descriptor = await metadata.get_descriptor(session, project.id, metadata_descriptor_id)
    await metadata.check_descriptor_visible(session, identity, descriptor)
    return json_response(descriptor)


@router.put(f"{BASE}/{{metadata_descriptor_id}}", operation_id="update_project_metadata_descriptor")
async def update_project_metadata_descriptor(
    project_id: str, metadata_descriptor_id: str, request: Request, session: SessionDep, identity: CurrentUser
) -> Response:
    body = await validated(request, ProjectsMetadataDescriptorUpdate)
    project = await projects.get_project(session, project_id)
    descriptor = await metadata.get_descriptor(session, project.id, metadata_descriptor_id)
    departments = list(descriptor["departments"]) + list(body.departments or [])
    await metadata.check_all_departments_access(session, identity, project.id, departments)
    changes = _changes(body)
    return json_response(await metadata.update_descriptor(session, identity, descriptor, changes))


@router.delete(f"{BASE}/{{metadata_descriptor_id}}", operation_id="delete_project_metadata_descriptor")
async def delete_project_metadata_descriptor(
    project_id: str, metadata_descriptor_id: str, session: SessionDep, identity: CurrentUser
) -> Response:
    project = await projects.get_project(session, project_id)
    descriptor = await metadata.get_descriptor(session, project.id, metadata_descriptor_id)
    await metadata.check_all_departments_access(session, identity, project.id, descriptor["departments"])
    await metadata.remove_descriptor(session, identity, descriptor)
    return Response(status_code=204)


# --- every open production the caller manages -------------------------------------------------
@router.post(ALL, operation_id="create_all_projects_metadata_descriptor")
async def create_all_projects_metadata_descriptor(
    request: Request, session: SessionDep, identity: CurrentUser
) -> Response:
    permissions.require_manager(identity)
    body = await validated(request, ProjectsMetadataDescriptorRequest)
    fields = body.model_dump()
    metadata.check_entity_type(fields["entity_type"], all_projects=True)
    metadata.check_data_type(fields["data_type"])
    # Task descriptors are per task type and never shared across productions.
    fields["task_type_id"] = None
    project_ids = await all_projects.manageable_open_project_ids(session, identity)
    result = await all_projects.add_to_projects(session, identity, project_ids, fields)
    return json_response(result, status_code=201)


@router.put(f"{ALL}/{{field_name}}", operation_id="update_all_projects_metadata_descriptor")
async def update_all_projects_metadata_descriptor(
    field_name: str, request: Request, session: SessionDep, identity: CurrentUser
) -> Response:
    permissions.require_manager(identity)
    body = await validated(request, ProjectsAllProjectsDescriptorUpdate)
    metadata.check_entity_type(body.entity_type, all_projects=True)
    changes = _changes(body)
    project_ids = await all_projects.manageable_open_project_ids(session, identity)
    result = await all_projects.update_on_projects(
        session, identity, project_ids, body.entity_type, field_name, changes
    )
    return json_response(result)


@router.delete(f"{ALL}/{{field_name}}", operation_id="delete_all_projects_metadata_descriptor")
async def delete_all_projects_metadata_descriptor(
    field_name: str, request: Request, session: SessionDep, identity: CurrentUser
) -> Response:
    permissions.require_manager(identity)
    entity_type = text_param(request, "entity_type") or ""
    metadata.check_entity_type(entity_type, all_projects=True)
    project_ids = await all_projects.manageable_open_project_ids(session, identity)
    return json_response(
        await all_projects.remove_from_projects(session, identity, project_ids, entity_type, field_name)
    )


@router.post(
    "/actions/metadata-descriptors/all-projects/reorder",
    operation_id="reorder_all_projects_metadata_descriptors",
)
async def reorder_all_projects_metadata_descriptors(
    request: Request, session: SessionDep, identity: CurrentUser
) -> Response:
    permissions.require_manager(identity)
    body = await validated(request, ProjectsAllProjectsDescriptorOrder)
    metadata.check_entity_type(body.entity_type, all_projects=True)
    project_ids = await all_projects.manageable_open_project_ids(session, identity)
    return json_response(
        await all_projects.reorder_on_projects(session, project_ids, body.entity_type, body.field_order)
    )
