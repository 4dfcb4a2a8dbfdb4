"""`/data/edits` (Zou's edits blueprint): lists, full read, deletion, tasks, previews, versions,
a production's and an episode's edits, and creation."""

from fastapi import APIRouter, Request
from starlette.responses import Response

from app.areas.edits import service as edits
from app.areas.entities import task_lists
from app.areas.shots import deletion as shots_deletion
from app.areas.shots import service as shots
from app.areas.shots.routes.common import (
    check_list_access,
    delete_entity,
    entity_previews,
    entity_task_types,
    entity_tasks,
    entity_versions,
    read_body,
    readable,
    task_list,
)
from app.auth import permissions
from app.auth.identity import CurrentUser
from app.core.dependencies import SessionDep
from app.core.requests import flag
from app.core.routing import UnitOfWorkRoute
from app.core.serialize import json_response
from app.schemas.models import EditsNewEdit

router = APIRouter(route_class=UnitOfWorkRoute)


async def _list(request: Request, session: SessionDep, identity: CurrentUser) -> Response:
    criteria = shots.criteria_of(request.query_params)
    project_id = criteria.get("project_id")
    await check_list_access(session, identity, project_id)
    vendor = await shots.is_vendor(session, identity, project_id)
    rows = await edits.list_edits(session, identity, criteria, identity.person.id if vendor else None)
    return json_response(await shots.mask_for_vendor(session, identity, "Edit", rows, project_id))


@router.get("/data/edits", operation_id="list_edits")
async def get_edits(request: Request, session: SessionDep, identity: CurrentUser) -> Response:
    return await _list(request, session, identity)


@router.get("/data/edits/all", operation_id="list_all_edits")
async def get_all_edits(request: Request, session: SessionDep, identity: CurrentUser) -> Response:
    return await _list(request, session, identity)


@router.get("/data/edits/{edit_id}", operation_id="get_edit")
async def get_edit(edit_id: str, session: SessionDep, identity: CurrentUser) -> Response:
    edit = await readable(session, identity, edit_id, "Edit")
    return json_response(await edits.full_edit(session, identity, edit))


@router.delete("/data/edits/{edit_id}", operation_id="delete_edit")
async def delete_edit(edit_id: str, request: Request, session: SessionDep, identity: CurrentUser) -> Response:
    return await delete_entity(request, session, identity, edit_id, "Edit", shots_deletion.remove_with_tasks)


@router.get("/data/edits/{edit_id}/preview-files", operation_id="get_edit_preview_files")
async def get_edit_preview_files(edit_id: str, session: SessionDep, identity: CurrentUser) -> Response:
    return await entity_previews(session, identity, edit_id, "Edit")


@router.get("/data/edits/{edit_id}/task-types", operation_id="list_edit_task_types")
async def get_edit_task_types(edit_id: str, session: SessionDep, identity: CurrentUser) -> Response:
    return await entity_task_types(session, identity, edit_id, "Edit")


@router.get("/data/edits/{edit_id}/tasks", operation_id="list_edit_tasks")
async def get_edit_tasks(
    edit_id: str, request: Request, session: SessionDep, identity: CurrentUser
) -> Response:
    return await entity_tasks(request, session, identity, edit_id, "Edit")


@router.get("/data/edits/{edit_id}/versions", operation_id="list_edit_versions")
async def get_edit_versions(edit_id: str, session: SessionDep, identity: CurrentUser) -> Response:
    return await entity_versions(session, identity, edit_id, "Edit")


@router.get("/data/episodes/{episode_id}/edit-tasks", operation_id="list_episode_edit_tasks")
async def get_episode_edit_tasks(
    episode_id: str, request: Request, session: SessionDep, identity: CurrentUser
) -> Response:
    episode = await shots.get_typed(session, episode_id, "Episode")
    condition = task_lists.edit_tasks_of_episode(episode["id"])
    return await task_list(request, session, identity, episode, condition, vendors=False)


@router.get("/data/episodes/{episode_id}/edits", operation_id="list_episode_edits")
async def get_episode_edits(
    episode_id: str, request: Request, session: SessionDep, identity: CurrentUser
) -> Response:
    episode = await readable(session, identity, episode_id, "Episode")
    rows = await shots.children(session, episode["id"], "Edit", order=False)
    if flag(request, "relations"):
        await shots.attach_relations(session, rows)
    return json_response(await shots.mask_for_vendor(session, identity, "Edit", rows, episode["project_id"]))


@router.get("/data/projects/{project_id}/edits", operation_id="list_project_edits")
async def get_project_edits(project_id: str, session: SessionDep, identity: CurrentUser) -> Response:
    project = await shots.get_project(session, project_id)
    await permissions.check_project_access(session, identity, project.id)
    vendor = await shots.is_vendor(session, identity, project.id)
    rows = await shots.list_for_project(session, project.id, "Edit", identity.person.id if vendor else None)
    return json_response(await shots.mask_for_vendor(session, identity, "Edit", rows, project.id))


@router.post("/data/projects/{project_id}/edits", operation_id="create_project_edit")
async def create_project_edit(
    project_id: str, request: Request, session: SessionDep, identity: CurrentUser
) -> Response:
    body = await read_body(request, EditsNewEdit)
    project = await shots.get_project(session, project_id)
    await permissions.check_manager_project_access(session, identity, project.id)
    # gazu's new_edit sends the episode as `parent_id`: read it when `episode_id` is absent.
    episode_id = body.episode_id or body.parent_id
    edit = await edits.create_edit(
        session, project.id, body.name, body.data, body.description, episode_id, identity.person.id
    )
    return json_response(edit, status_code=201)
