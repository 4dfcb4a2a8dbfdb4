"""`/data/sequences` and `/data/episodes` (Zou's shots blueprint): lists, full reads, deletion,
their shots, scenes, sequences, task lists and task types."""

from fastapi import APIRouter, Request
from starlette.responses import Response

from app.areas.entities import task_lists
from app.areas.shots import deletion as shots_deletion
from app.areas.shots import service as shots
from app.areas.shots.routes.common import check_list_access, delete_entity, readable, task_list
from app.auth import permissions
from app.auth.identity import CurrentUser
from app.core.dependencies import SessionDep
from app.core.ids import as_uuid
from app.core.requests import flag
from app.core.routing import UnitOfWorkRoute
from app.core.serialize import json_response

router = APIRouter(route_class=UnitOfWorkRoute)


# --- sequences ------------------------------------------------------------------------------------
@router.get("/data/sequences", operation_id="list_sequences")
async def get_sequences(request: Request, session: SessionDep, identity: CurrentUser) -> Response:
    criteria = shots.criteria_of(request.query_params)
    if "episode_id" in criteria:
        episode = await shots.get_typed(session, criteria.pop("episode_id"), "Episode")
        criteria["project_id"], criteria["parent_id"] = str(episode["project_id"]), str(episode["id"])
    project_id = criteria.get("project_id")
    await check_list_access(session, identity, project_id)
    if project_id is not None and await shots.is_vendor(session, identity, project_id):
        rows = await shots.assigned_sequences(session, identity.person.id, as_uuid(project_id))
        return json_response(await shots.mask_for_vendor(session, identity, "Sequence", rows, project_id))
    return json_response(await shots.list_kind(session, identity, "Sequence", criteria))


@router.get("/data/sequences/{sequence_id}", operation_id="get_sequence")
async def get_sequence(sequence_id: str, session: SessionDep, identity: CurrentUser) -> Response:
    sequence = await readable(session, identity, sequence_id, "Sequence")
    return json_response(await shots.full_sequence(session, sequence))


@router.delete("/data/sequences/{sequence_id}", operation_id="delete_sequence")
async def delete_sequence(
    sequence_id: str, request: Request, session: SessionDep, identity: CurrentUser
) -> Response:
    # Zou inverts this check (any member may delete a sequence they did not create): the rule of
    # shots and episodes applies instead.
    return await delete_entity(
        request, session, identity, sequence_id, "Sequence", shots_deletion.remove_container
    )


@router.get("/data/sequences/{sequence_id}/scenes", operation_id="list_sequence_scenes")
async def get_sequence_scenes(sequence_id: str, session: SessionDep, identity: CurrentUser) -> Response:
    sequence = await readable(session, identity, sequence_id, "Sequence")
    rows = await shots.children(session, sequence["id"], "Scene")
    return json_response(
        await shots.mask_for_vendor(session, identity, "Scene", rows, sequence["project_id"])
    )


@router.get("/data/sequences/{sequence_id}/shot-tasks", operation_id="list_sequence_shot_tasks")
async def get_sequence_shot_tasks(
    sequence_id: str, request: Request, session: SessionDep, identity: CurrentUser
) -> Response:
    sequence = await shots.get_typed(session, sequence_id, "Sequence")
    condition = task_lists.shot_tasks_of_sequence(sequence["id"])
    return await task_list(request, session, identity, sequence, condition, vendors=False)


@router.get("/data/sequences/{sequence_id}/shots", operation_id="list_sequence_shots")
async def get_sequence_shots(
    sequence_id: str, request: Request, session: SessionDep, identity: CurrentUser
) -> Response:
    sequence = await shots.get_typed(session, sequence_id, "Sequence")
    await permissions.check_project_access(session, identity, sequence["project_id"])
    criteria = {**shots.criteria_of(request.query_params), "parent_id": str(sequence["id"])}
    vendor = await shots.is_vendor(session, identity, sequence["project_id"])
    assigned = identity.person.id if vendor else None
    rows = await shots.list_with_parent_names(session, identity, "Shot", criteria, assigned)
    return json_response(await shots.mask_for_vendor(session, identity, "Shot", rows, sequence["project_id"]))


@router.get("/data/sequences/{sequence_id}/task-types", operation_id="list_sequence_task_types")
async def get_sequence_task_types(sequence_id: str, session: SessionDep, identity: CurrentUser) -> Response:
    sequence = await readable(session, identity, sequence_id, "Sequence")
    condition = task_lists.shot_tasks_of_sequence(sequence["id"])
    return json_response(await task_lists.task_types_for(session, condition))


@router.get("/data/sequences/{sequence_id}/tasks", operation_id="list_sequence_tasks")
async def get_sequence_tasks(
    sequence_id: str, request: Request, session: SessionDep, identity: CurrentUser
) -> Response:
    sequence = await shots.get_typed(session, sequence_id, "Sequence")
    condition = task_lists.tasks_of_entity(sequence["id"])
    return await task_list(request, session, identity, sequence, condition, vendors=True)


# --- episodes -------------------------------------------------------------------------------------
@router.get("/data/episodes", operation_id="list_episodes")
async def get_episodes(request: Request, session: SessionDep, identity: CurrentUser) -> Response:
    criteria = shots.criteria_of(request.query_params)
    project_id = criteria.get("project_id")
    await check_list_access(session, identity, project_id)
    if project_id is not None and await shots.is_vendor(session, identity, project_id):
        rows = await shots.assigned_episodes(session, identity.person.id, as_uuid(project_id))
        return json_response(await shots.mask_for_vendor(session, identity, "Episode", rows, project_id))
    return json_response(await shots.list_kind(session, identity, "Episode", criteria))


@router.get("/data/episodes/{episode_id}", operation_id="get_episode")
async def get_episode(episode_id: str, session: SessionDep, identity: CurrentUser) -> Response:
    episode = await readable(session, identity, episode_id, "Episode")
    return json_response(await shots.full_episode(session, episode))


@router.delete("/data/episodes/{episode_id}", operation_id="delete_episode")
async def delete_episode(
    episode_id: str, request: Request, session: SessionDep, identity: CurrentUser
) -> Response:
    return await delete_entity(
        request, session, identity, episode_id, "Episode", shots_deletion.remove_container
    )


@router.get("/data/episodes/{episode_id}/asset-tasks", operation_id="list_episode_asset_tasks")
async def get_episode_asset_tasks(
    episode_id: str, request: Request, session: SessionDep, identity: CurrentUser
) -> Response:
    episode = await shots.get_typed(session, episode_id, "Episode")
    condition = task_lists.asset_tasks_of_episode(episode["id"])
    return await task_list(request, session, identity, episode, condition, vendors=False)


@router.get("/data/episodes/{episode_id}/sequences", operation_id="list_episode_sequences")
async def get_episode_sequences(
    episode_id: str, request: Request, session: SessionDep, identity: CurrentUser
) -> Response:
    if as_uuid(episode_id) is None:
        return json_response([])  # Zou answers an empty list to a malformed id
    episode = await shots.get_typed(session, episode_id, "Episode")
    await permissions.check_project_access(session, identity, episode["project_id"])
    if await shots.is_vendor(session, identity, episode["project_id"]):
        rows = await shots.assigned_sequences(session, identity.person.id, episode_id=episode["id"])
        return json_response(await shots.mask_for_vendor(session, identity, "Sequence", rows))
    criteria = {**shots.criteria_of(request.query_params), "parent_id": str(episode["id"])}
    return json_response(await shots.list_kind(session, identity, "Sequence", criteria))


@router.get("/data/episodes/{episode_id}/shot-tasks", operation_id="list_episode_shot_tasks")
async def get_episode_shot_tasks(
    episode_id: str, request: Request, session: SessionDep, identity: CurrentUser
) -> Response:
    episode = await shots.get_typed(session, episode_id, "Episode")
    condition = task_lists.shot_tasks_of_episode(episode["id"])
    return await task_list(request, session, identity, episode, condition, vendors=False)


@router.get("/data/episodes/{episode_id}/shots", operation_id="list_episode_shots")
async def get_episode_shots(
    episode_id: str, request: Request, session: SessionDep, identity: CurrentUser
) -> Response:
    episode = await readable(session, identity, episode_id, "Episode")
    rows = await shots.shots_of_episode(session, episode["id"])
    if flag(request, "relations"):
        await shots.attach_relations(session, rows)
    return json_response(await shots.mask_for_vendor(session, identity, "Shot", rows, episode["project_id"]))


@router.get("/data/episodes/{episode_id}/task-types", operation_id="list_episode_task_types")
async def get_episode_task_types(episode_id: str, session: SessionDep, identity: CurrentUser) -> Response:
    episode = await readable(session, identity, episode_id, "Episode")
    condition = task_lists.shot_tasks_of_episode(episode["id"])
    return json_response(await task_lists.task_types_for(session, condition))


@router.get("/data/episodes/{episode_id}/tasks", operation_id="list_episode_tasks")
async def get_episode_tasks(
    episode_id: str, request: Request, session: SessionDep, identity: CurrentUser
) -> Response:
    episode = await shots.get_typed(session, episode_id, "Episode")
    condition = task_lists.tasks_of_entity(episode["id"])
    return await task_list(request, session, identity, episode, condition, vendors=True)
