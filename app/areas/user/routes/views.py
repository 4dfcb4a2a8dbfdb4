"""The context Kitsu loads at start, the caller's productions, entities and task lists."""

from fastapi import APIRouter, Request
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.responses import Response

from app.areas.user import checks, own_tasks, views
from app.areas.user.context import build_context
from app.areas.user.projects import open_projects
from app.areas.user.routes.common import Caller
from app.auth.identity import Identity
from app.core.dependencies import SessionDep
from app.core.routing import UnitOfWorkRoute
from app.core.serialize import json_response

router = APIRouter(route_class=UnitOfWorkRoute)


@router.get("/data/user/context", operation_id="get_user_context")
async def get_user_context(session: SessionDep, identity: Caller) -> Response:
    return json_response(await build_context(session, identity))


@router.get("/data/user/projects/open", operation_id="list_user_open_projects")
async def get_user_open_projects(request: Request, session: SessionDep, identity: Caller) -> Response:
    return json_response(await open_projects(session, identity, request.query_params.get("name")))


# --- tasks and task types of one entity ----------------------------------------------------------
async def _entity_tasks(session: AsyncSession, identity: Identity, raw_id: str, type_name: str) -> Response:
    entity = await views.typed(session, raw_id, type_name)
    return json_response(await views.entity_tasks(session, identity.person.id, entity.id))


async def _entity_task_types(
    session: AsyncSession, identity: Identity, raw_id: str, type_name: str
) -> Response:
    entity = await views.typed(session, raw_id, type_name)
    return json_response(await views.entity_task_types(session, identity.person.id, entity.id))


@router.get("/data/user/assets/{asset_id}/tasks", operation_id="list_user_asset_tasks")
async def get_user_asset_tasks(asset_id: str, session: SessionDep, identity: Caller) -> Response:
    return await _entity_tasks(session, identity, asset_id, "Asset")


@router.get("/data/user/shots/{shot_id}/tasks", operation_id="list_user_shot_tasks")
async def get_user_shot_tasks(shot_id: str, session: SessionDep, identity: Caller) -> Response:
    return await _entity_tasks(session, identity, shot_id, "Shot")


@router.get("/data/user/scenes/{scene_id}/tasks", operation_id="list_user_scene_tasks")
async def get_user_scene_tasks(scene_id: str, session: SessionDep, identity: Caller) -> Response:
    return await _entity_tasks(session, identity, scene_id, "Scene")


@router.get("/data/user/sequences/{sequence_id}/tasks", operation_id="list_user_sequence_tasks")
async def get_user_sequence_tasks(sequence_id: str, session: SessionDep, identity: Caller) -> Response:
    return await _entity_tasks(session, identity, sequence_id, "Sequence")


@router.get("/data/user/assets/{asset_id}/task-types", operation_id="list_user_asset_task_types")
async def get_user_asset_task_types(asset_id: str, session: SessionDep, identity: Caller) -> Response:
    return await _entity_task_types(session, identity, asset_id, "Asset")


@router.get("/data/user/shots/{shot_id}/task-types", operation_id="list_user_shot_task_types")
async def get_user_shot_task_types(shot_id: str, session: SessionDep, identity: Caller) -> Response:
    return await _entity_task_types(session, identity, shot_id, "Shot")


@router.get("/data/user/scenes/{scene_id}/task-types", operation_id="list_user_scene_task_types")
async def get_user_scene_task_types(scene_id: str, session: SessionDep, identity: Caller) -> Response:
    return await _entity_task_types(session, identity, scene_id, "Scene")


@router.get("/data/user/sequences/{sequence_id}/task-types", operation_id="list_user_sequence_task_types")
async def get_user_sequence_task_types(sequence_id: str, session: SessionDep, identity: Caller) -> Response:
    return await _entity_task_types(session, identity, sequence_id, "Sequence")


# --- a production's entities holding the caller's tasks ------------------------------------------
@router.get("/data/user/projects/{project_id}/asset-types", operation_id="list_user_project_asset_types")
async def get_user_project_asset_types(project_id: str, session: SessionDep, identity: Caller) -> Response:
    project = await views.project_or_404(session, project_id)
    return json_response(await views.asset_types_of_project(session, identity.person.id, project.id))


@router.get(
    "/data/user/projects/{project_id}/asset-types/{asset_type_id}/assets",
    operation_id="list_user_asset_type_assets",
)
async def get_user_asset_type_assets(
    project_id: str, asset_type_id: str, session: SessionDep, identity: Caller
) -> Response:
    project = await views.project_or_404(session, project_id)
    asset_type = await views.asset_type_or_404(session, asset_type_id)
    return json_response(await views.assets_of_type(session, identity.person.id, project.id, asset_type.id))


@router.get("/data/user/projects/{project_id}/sequences", operation_id="list_user_project_sequences")
async def get_user_project_sequences(project_id: str, session: SessionDep, identity: Caller) -> Response:
    project = await views.project_or_404(session, project_id)
    return json_response(await views.sequences_of_project(session, identity.person.id, project.id))


@router.get("/data/user/projects/{project_id}/episodes", operation_id="list_user_project_episodes")
async def get_user_project_episodes(project_id: str, session: SessionDep, identity: Caller) -> Response:
    project = await views.project_or_404(session, project_id)
    return json_response(await views.episodes_of_project(session, identity.person.id, project.id))


@router.get("/data/user/sequences/{sequence_id}/shots", operation_id="list_user_sequence_shots")
async def get_user_sequence_shots(sequence_id: str, session: SessionDep, identity: Caller) -> Response:
    sequence = await views.typed(session, sequence_id, "Sequence")
    return json_response(await views.children_with_my_tasks(session, identity.person.id, sequence.id, "Shot"))


@router.get("/data/user/sequences/{sequence_id}/scenes", operation_id="list_user_sequence_scenes")
async def get_user_sequence_scenes(sequence_id: str, session: SessionDep, identity: Caller) -> Response:
    sequence = await views.typed(session, sequence_id, "Sequence")
    return json_response(
        await views.children_with_my_tasks(session, identity.person.id, sequence.id, "Scene")
    )


# --- task lists ----------------------------------------------------------------------------------
@router.get("/data/user/tasks", operation_id="list_user_todos")
async def get_user_todos(session: SessionDep, identity: Caller) -> Response:
    return json_response(await own_tasks.own_tasks(session, identity.person.id, done=False))


@router.get("/data/user/done-tasks", operation_id="list_user_done_tasks")
async def get_user_done_tasks(session: SessionDep, identity: Caller) -> Response:
    return json_response(await own_tasks.own_tasks(session, identity.person.id, done=True))


@router.get("/data/user/tasks-to-check", operation_id="list_user_tasks_to_check")
async def get_user_tasks_to_check(request: Request, session: SessionDep, identity: Caller) -> Response:
    filters = checks.parse_filters(request.query_params)
    return json_response(await checks.tasks_to_check(session, identity, filters))


@router.get("/data/user/tasks-to-check/filter-values", operation_id="get_user_tasks_to_check_filter_values")
async def get_user_tasks_to_check_filter_values(session: SessionDep, identity: Caller) -> Response:
    return json_response(await checks.filter_values(session, identity))
