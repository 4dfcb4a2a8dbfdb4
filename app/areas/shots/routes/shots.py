"""`/data/shots` and `/data/scenes` (Zou's shots blueprint): lists, full reads, update, deletion,
tasks, previews, casting, versions, and the shots issued from a scene. `/data/*/with-tasks` lives in
`app/areas/boards/routes.py`, included before this router."""

from fastapi import APIRouter, Request
from starlette.responses import Response

from app.areas.entities import task_lists
from app.areas.shots import create as shots_create
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
)
from app.auth import permissions
from app.auth.identity import CurrentUser
from app.core.dependencies import SessionDep
from app.core.errors import forbidden
from app.core.routing import UnitOfWorkRoute
from app.core.serialize import json_response
from app.schemas.models import ShotsAddShotToScene, ShotsUpdateShot

router = APIRouter(route_class=UnitOfWorkRoute)


async def _list_shots(request: Request, session: SessionDep, identity: CurrentUser) -> Response:
    criteria = shots.criteria_of(request.query_params)
    if "sequence_id" in criteria:
        sequence = await shots.get_typed(session, criteria.pop("sequence_id"), "Sequence")
        criteria["project_id"], criteria["parent_id"] = str(sequence["project_id"]), str(sequence["id"])
    project_id = criteria.get("project_id")
    await check_list_access(session, identity, project_id)
    vendor = await shots.is_vendor(session, identity, project_id)
    rows = await shots.list_with_parent_names(
        session, identity, "Shot", criteria, identity.person.id if vendor else None
    )
    return json_response(await shots.mask_for_vendor(session, identity, "Shot", rows, project_id))


@router.get("/data/shots", operation_id="list_shots")
async def get_shots(request: Request, session: SessionDep, identity: CurrentUser) -> Response:
    return await _list_shots(request, session, identity)


@router.get("/data/shots/all", operation_id="list_all_shots")
async def get_all_shots(request: Request, session: SessionDep, identity: CurrentUser) -> Response:
    return await _list_shots(request, session, identity)


@router.get("/data/shots/{shot_id}", operation_id="get_shot")
async def get_shot(shot_id: str, session: SessionDep, identity: CurrentUser) -> Response:
    shot = await readable(session, identity, shot_id, "Shot")
    return json_response(await shots.full_shot(session, identity, shot))


@router.put("/data/shots/{shot_id}", operation_id="update_shot")
async def update_shot(shot_id: str, request: Request, session: SessionDep, identity: CurrentUser) -> Response:
    shot = await shots.get_typed(session, shot_id, "Shot")
    await permissions.check_manager_project_access(session, identity, shot["project_id"])
    body = await read_body(request, ShotsUpdateShot)
    data = body.model_dump(mode="json", exclude_unset=True)
    return json_response(await shots_create.update_shot(session, shot, data, identity.person.id))


@router.delete("/data/shots/{shot_id}", operation_id="delete_shot")
async def delete_shot(shot_id: str, request: Request, session: SessionDep, identity: CurrentUser) -> Response:
    return await delete_entity(request, session, identity, shot_id, "Shot", shots_deletion.remove_with_tasks)


@router.get("/data/shots/{shot_id}/assets", operation_id="list_shot_assets")
async def get_shot_assets(shot_id: str, session: SessionDep, identity: CurrentUser) -> Response:
    shot = await readable(session, identity, shot_id, "Shot")
    return json_response(await task_lists.casting(session, shot["id"]))


@router.get("/data/shots/{shot_id}/task-types", operation_id="list_shot_task_types")
async def get_shot_task_types(shot_id: str, session: SessionDep, identity: CurrentUser) -> Response:
    return await entity_task_types(session, identity, shot_id, "Shot")


@router.get("/data/shots/{shot_id}/tasks", operation_id="list_shot_tasks")
async def get_shot_tasks(
    shot_id: str, request: Request, session: SessionDep, identity: CurrentUser
) -> Response:
    return await entity_tasks(request, session, identity, shot_id, "Shot")


@router.get("/data/shots/{shot_id}/preview-files", operation_id="get_shot_preview_files")
async def get_shot_preview_files(shot_id: str, session: SessionDep, identity: CurrentUser) -> Response:
    return await entity_previews(session, identity, shot_id, "Shot")


@router.get("/data/shots/{shot_id}/versions", operation_id="list_shot_versions")
async def get_shot_versions(shot_id: str, session: SessionDep, identity: CurrentUser) -> Response:
    return await entity_versions(session, identity, shot_id, "Shot")


# --- scenes ---------------------------------------------------------------------------------------
@router.get("/data/scenes/all", operation_id="list_all_scenes")
async def get_all_scenes(request: Request, session: SessionDep, identity: CurrentUser) -> Response:
    criteria = shots.criteria_of(request.query_params)
    project_id = criteria.get("project_id")
    await check_list_access(session, identity, project_id)
    if await shots.is_vendor(session, identity, project_id):
        raise forbidden()
    return json_response(await shots.list_with_parent_names(session, identity, "Scene", criteria))


@router.get("/data/scenes/{scene_id}", operation_id="get_scene")
async def get_scene(scene_id: str, session: SessionDep, identity: CurrentUser) -> Response:
    scene = await readable(session, identity, scene_id, "Scene")
    return json_response(await shots.full_scene(session, scene))


@router.delete("/data/scenes/{scene_id}", operation_id="delete_scene")
async def delete_scene(
    scene_id: str, request: Request, session: SessionDep, identity: CurrentUser
) -> Response:
    return await delete_entity(request, session, identity, scene_id, "Scene", shots_deletion.remove_scene)


@router.get("/data/scenes/{scene_id}/shots", operation_id="list_scene_shots")
async def get_scene_shots(scene_id: str, session: SessionDep, identity: CurrentUser) -> Response:
    scene = await readable(session, identity, scene_id, "Scene")
    criteria = {"source_id": str(scene["id"])}
    return json_response(await shots.list_with_parent_names(session, identity, "Shot", criteria))


@router.post("/data/scenes/{scene_id}/shots", operation_id="add_scene_shot")
async def add_scene_shot(
    scene_id: str, request: Request, session: SessionDep, identity: CurrentUser
) -> Response:
    body = await read_body(request, ShotsAddShotToScene)
    scene = await shots.get_typed(session, scene_id, "Scene")
    # Zou lets any member of the production relink shots; changing a shot is a manager's job.
    await permissions.check_manager_project_access(session, identity, scene["project_id"])
    shot = await shots.get_typed(session, body.shot_id, "Shot")
    linked = await shots_create.set_shot_scene(session, scene, shot, identity.person.id, linked=True)
    return json_response(linked, status_code=201)


@router.delete("/data/scenes/{scene_id}/shots/{shot_id}", operation_id="remove_scene_shot")
async def remove_scene_shot(
    scene_id: str, shot_id: str, session: SessionDep, identity: CurrentUser
) -> Response:
    scene = await shots.get_typed(session, scene_id, "Scene")
    # Same hole as the link: closed to project managers.
    await permissions.check_manager_project_access(session, identity, scene["project_id"])
    shot = await shots.get_typed(session, shot_id, "Shot")
    await shots_create.set_shot_scene(session, scene, shot, identity.person.id, linked=False)
    return Response(status_code=204)


@router.get("/data/scenes/{scene_id}/task-types", operation_id="list_scene_task_types")
async def get_scene_task_types(scene_id: str, session: SessionDep, identity: CurrentUser) -> Response:
    return await entity_task_types(session, identity, scene_id, "Scene")


@router.get("/data/scenes/{scene_id}/tasks", operation_id="list_scene_tasks")
async def get_scene_tasks(scene_id: str, session: SessionDep, identity: CurrentUser) -> Response:
    scene = await readable(session, identity, scene_id, "Scene")
    return json_response(await task_lists.detailed_tasks(session, task_lists.tasks_of_entity(scene["id"])))
