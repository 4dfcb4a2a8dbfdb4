"""Production listings, team and time reports (Zou's projects blueprint, first part)."""

from fastapi import APIRouter, Request
from starlette.responses import Response

from app.areas.projects import preview as projects_preview
from app.areas.projects import service as projects
from app.areas.projects import team as projects_team
from app.areas.projects import time as projects_time
from app.areas.projects.io import block_roles, managed_project, member_project, text_param
from app.auth.identity import CurrentUser
from app.core.dependencies import SessionDep
from app.core.ids import check_id
from app.core.requests import validated
from app.core.routing import UnitOfWorkRoute
from app.core.serialize import json_response
from app.schemas.models import (
    ProjectsPreviewAccountOpenRequest,
    ProjectsTeamMemberRequest,
    ProjectsTeamRoleRequest,
)

router = APIRouter(route_class=UnitOfWorkRoute)


def _role(body_role) -> str | None:
    return body_role.root if body_role is not None else None


@router.get("/data/projects/open", operation_id="list_open_projects")
async def get_open_projects(request: Request, session: SessionDep, identity: CurrentUser) -> Response:
    return json_response(await projects.open_projects(session, identity, text_param(request, "name")))


@router.get("/data/projects/all", operation_id="list_all_projects")
async def get_all_projects(request: Request, session: SessionDep, identity: CurrentUser) -> Response:
    return json_response(await projects.all_projects(session, identity, text_param(request, "name")))


@router.get("/data/projects/{project_id}/team", operation_id="list_project_team")
async def get_project_team(project_id: str, session: SessionDep, identity: CurrentUser) -> Response:
    project = await member_project(session, identity, project_id)
    role = await block_roles(session, identity, project.id)
    return json_response(await projects_team.get_team(session, project.id, role))


@router.post("/data/projects/{project_id}/team", operation_id="add_project_team_member")
async def add_project_team_member(
    project_id: str, request: Request, session: SessionDep, identity: CurrentUser
) -> Response:
    body = await validated(request, ProjectsTeamMemberRequest)
    project = await managed_project(session, identity, project_id)
    result = await projects_team.add_team_member(session, identity, project, body.person_id, _role(body.role))
    return json_response(result, status_code=201)


@router.put("/data/projects/{project_id}/team/{person_id}", operation_id="update_project_team_member_role")
async def update_project_team_member_role(
    project_id: str, person_id: str, request: Request, session: SessionDep, identity: CurrentUser
) -> Response:
    body = await validated(request, ProjectsTeamRoleRequest)
    project = await managed_project(session, identity, project_id)
    return json_response(
        await projects_team.update_team_member_role(session, identity, project, person_id, _role(body.role))
    )


@router.delete("/data/projects/{project_id}/team/{person_id}", operation_id="remove_project_team_member")
async def remove_project_team_member(
    project_id: str, person_id: str, session: SessionDep, identity: CurrentUser
) -> Response:
    project = await managed_project(session, identity, project_id)
    await projects_team.remove_team_member(session, identity, project, person_id)
    return Response(status_code=204)


@router.get("/data/projects/{project_id}/time-spents", operation_id="list_project_time_spents")
async def get_project_time_spents(project_id: str, session: SessionDep, identity: CurrentUser) -> Response:
    project = await member_project(session, identity, project_id)
    await block_roles(session, identity, project.id, "client")
    return json_response(await projects_time.project_time_spents(session, project.id))


@router.get(
    "/data/projects/{project_id}/task-types/{task_type_id}/time-spents",
    operation_id="get_project_task_type_time_spents",
)
async def get_project_task_type_time_spents(
    project_id: str, task_type_id: str, request: Request, session: SessionDep, identity: CurrentUser
) -> Response:
    project = await managed_project(session, identity, project_id)
    result = await projects_time.task_type_time_spents(
        session,
        project.id,
        check_id(task_type_id),
        text_param(request, "start_date"),
        text_param(request, "end_date"),
    )
    return json_response(result)


@router.get("/data/projects/{project_id}/day-offs", operation_id="get_project_day_offs")
async def get_project_day_offs(
    project_id: str, request: Request, session: SessionDep, identity: CurrentUser
) -> Response:
    project = await member_project(session, identity, project_id)
    role = await block_roles(session, identity, project.id, "client", "vendor")
    result = await projects_time.team_day_offs(
        session,
        project.id,
        text_param(request, "start_date"),
        text_param(request, "end_date"),
        full=role in ("admin", "manager"),
        viewer_id=identity.person.id,
    )
    return json_response(result)


# --- preview account --------------------------------------------------------------------------
@router.get("/data/projects/{project_id}/preview-account", operation_id="get_project_preview_account")
async def get_project_preview_account(
    project_id: str, session: SessionDep, identity: CurrentUser
) -> Response:
    project = await managed_project(session, identity, project_id)
    return json_response(await projects_preview.get_account(session, project.id))


@router.post("/data/projects/{project_id}/preview-account", operation_id="create_project_preview_account")
async def create_project_preview_account(
    project_id: str, session: SessionDep, identity: CurrentUser
) -> Response:
    project = await managed_project(session, identity, project_id)
    account, password = await projects_preview.create_or_reset(session, identity, project)
    return json_response({**account, "password": password}, status_code=201)


@router.put("/data/projects/{project_id}/preview-account", operation_id="update_project_preview_account")
async def update_project_preview_account(
    project_id: str, request: Request, session: SessionDep, identity: CurrentUser
) -> Response:
    body = await validated(request, ProjectsPreviewAccountOpenRequest)
    project = await managed_project(session, identity, project_id)
    return json_response(await projects_preview.set_open(session, project, body.is_open))


@router.delete("/data/projects/{project_id}/preview-account", operation_id="delete_project_preview_account")
async def delete_project_preview_account(
    project_id: str, session: SessionDep, identity: CurrentUser
) -> Response:
    project = await managed_project(session, identity, project_id)
    await projects_preview.remove_account(session, project.id)
    return Response(status_code=204)
