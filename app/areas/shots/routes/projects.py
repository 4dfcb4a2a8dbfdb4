"""A production's episodes, sequences, shots and scenes (`/data/projects/<id>/...`): lists and
creation, episode statistics, shot quotas, and frame counts taken from previews."""

from typing import Any

from fastapi import APIRouter, Request
from starlette.responses import Response

from app.areas.shots import create as shots_create
from app.areas.shots import quotas as shots_quotas
from app.areas.shots import service as shots
from app.areas.shots import stats as shots_stats
from app.areas.shots.routes.common import read_body
from app.auth import access_rules, permissions
from app.auth.identity import CurrentUser
from app.core.config import get_settings
from app.core.dependencies import SessionDep
from app.core.errors import bad_request, forbidden
from app.core.ids import as_uuid
from app.core.routing import UnitOfWorkRoute
from app.core.serialize import json_response
from app.schemas.models import ShotsNewEpisode, ShotsNewScene, ShotsNewSequence, ShotsNewShot

router = APIRouter(route_class=UnitOfWorkRoute)


async def _project_list(
    project_id: str, type_name: str, session: SessionDep, identity: CurrentUser
) -> Response:
    project = await shots.get_project(session, project_id)
    await permissions.check_project_access(session, identity, project.id)
    vendor = await shots.is_vendor(session, identity, project.id)
    rows = await shots.list_for_project(
        session, project.id, type_name, identity.person.id if vendor else None
    )
    return json_response(await shots.mask_for_vendor(session, identity, type_name, rows, project.id))


async def _managed_project(project_id: str, session: SessionDep, identity: CurrentUser):
    project = await shots.get_project(session, project_id)
    await permissions.check_manager_project_access(session, identity, project.id)
    return project


@router.get("/data/projects/{project_id}/episodes", operation_id="list_project_episodes")
async def get_project_episodes(project_id: str, session: SessionDep, identity: CurrentUser) -> Response:
    project = await shots.get_project(session, project_id)
    await permissions.check_project_access(session, identity, project.id)
    if await shots.is_vendor(session, identity, project.id):
        rows = await shots.assigned_episodes(session, identity.person.id, project.id)
        return json_response(await shots.mask_for_vendor(session, identity, "Episode", rows, project.id))
    return json_response(await shots.list_for_project(session, project.id, "Episode"))


@router.post("/data/projects/{project_id}/episodes", operation_id="create_project_episode")
async def create_project_episode(
    project_id: str, request: Request, session: SessionDep, identity: CurrentUser
) -> Response:
    body = await read_body(request, ShotsNewEpisode)
    project = await _managed_project(project_id, session, identity)
    episode = await shots_create.create_episode(
        session, project.id, body.name, body.status, body.description, body.data, identity.person.id
    )
    return json_response(episode, status_code=201)


@router.get("/data/projects/{project_id}/sequences", operation_id="list_project_sequences")
async def get_project_sequences(project_id: str, session: SessionDep, identity: CurrentUser) -> Response:
    project = await shots.get_project(session, project_id)
    await permissions.check_project_access(session, identity, project.id)
    if await shots.is_vendor(session, identity, project.id):
        rows = await shots.assigned_sequences(session, identity.person.id, project.id)
        return json_response(await shots.mask_for_vendor(session, identity, "Sequence", rows, project.id))
    return json_response(await shots.list_for_project(session, project.id, "Sequence"))


@router.post("/data/projects/{project_id}/sequences", operation_id="create_project_sequence")
async def create_project_sequence(
    project_id: str, request: Request, session: SessionDep, identity: CurrentUser
) -> Response:
    body = await read_body(request, ShotsNewSequence)
    project = await _managed_project(project_id, session, identity)
    sequence = await shots_create.create_sequence(
        session, project.id, body.episode_id, body.name, body.description, body.data, identity.person.id
    )
    return json_response(sequence, status_code=201)


@router.get("/data/projects/{project_id}/shots", operation_id="list_project_shots")
async def get_project_shots(project_id: str, session: SessionDep, identity: CurrentUser) -> Response:
    return await _project_list(project_id, "Shot", session, identity)


@router.post("/data/projects/{project_id}/shots", operation_id="create_project_shot")
async def create_project_shot(
    project_id: str, request: Request, session: SessionDep, identity: CurrentUser
) -> Response:
    body = await read_body(request, ShotsNewShot)
    project = await _managed_project(project_id, session, identity)
    shot = await shots_create.create_shot(
        session, project.id, body.sequence_id, body.name, body.data, body.nb_frames, body.description,
        identity.person.id,
    )  # fmt: skip
    return json_response(shot, status_code=201)


@router.get("/data/projects/{project_id}/scenes", operation_id="list_project_scenes")
async def get_project_scenes(project_id: str, session: SessionDep, identity: CurrentUser) -> Response:
    return await _project_list(project_id, "Scene", session, identity)


@router.post("/data/projects/{project_id}/scenes", operation_id="create_project_scene")
async def create_project_scene(
    project_id: str, request: Request, session: SessionDep, identity: CurrentUser
) -> Response:
    body = await read_body(request, ShotsNewScene)
    project = await _managed_project(project_id, session, identity)
    scene = await shots_create.create_scene(
        session, project.id, body.sequence_id, body.name, identity.person.id
    )
    return json_response(scene, status_code=201)


# --- statistics -------------------------------------------------------------------------------------
async def _block_client(session: SessionDep, identity: CurrentUser, project_id: Any) -> None:
    """Zou's block_access_to_client, on the role held in the project (after the access check)."""
    if await access_rules.effective_role(session, identity, project_id) == "client":
        raise forbidden()


async def _stats_scope(project_id: str, session: SessionDep, identity: CurrentUser):
    project = await shots.get_project(session, project_id)
    await permissions.check_project_access(session, identity, project.id)
    vendor = await shots.is_vendor(session, identity, project.id)
    return project, identity.person.id if vendor else None


@router.get("/data/projects/{project_id}/episodes/stats", operation_id="get_project_episodes_stats")
async def get_project_episodes_stats(project_id: str, session: SessionDep, identity: CurrentUser) -> Response:
    project, assigned = await _stats_scope(project_id, session, identity)
    return json_response(await shots_stats.episode_stats(session, project.id, assigned))


@router.get(
    "/data/projects/{project_id}/episodes/retake-stats", operation_id="get_project_episodes_retake_stats"
)
async def get_project_episodes_retake_stats(
    project_id: str, session: SessionDep, identity: CurrentUser
) -> Response:
    project, assigned = await _stats_scope(project_id, session, identity)
    await _block_client(session, identity, project.id)
    return json_response(await shots_stats.episode_retake_stats(session, project.id, assigned))


def _count_mode(request: Request) -> tuple[bool, bool]:
    mode = request.query_params.get("count_mode", "weighted")
    if mode not in shots_quotas.COUNT_MODES:
        raise bad_request("count_mode must be equal to weighted, weigtheddone, feedback, or done")
    return "weighted" in mode, "done" not in mode


async def _quotas(
    request: Request, session: SessionDep, identity: CurrentUser, project, **target
) -> Response:
    weighted, feedback = _count_mode(request)
    studio = request.query_params.get("studio_id")
    studio_id = shots_quotas.parse_studio(studio)
    if studio and studio_id is None:
        raise bad_request("Invalid studio id")
    timezone = identity.person.timezone or get_settings().default_timezone
    quotas = shots_quotas.Quotas(await shots_quotas.project_fps(session, project.id), timezone)
    compute = shots_quotas.weighted_quotas if weighted else shots_quotas.raw_quotas
    result = await compute(session, quotas, project.id, studio_id=studio_id, feedback=feedback, **target)
    return json_response(result)


@router.get(
    "/data/projects/{project_id}/quotas/persons/{person_id}", operation_id="get_project_person_quotas"
)
async def get_project_person_quotas(
    project_id: str, person_id: str, request: Request, session: SessionDep, identity: CurrentUser
) -> Response:
    project = await shots.get_project(session, project_id)
    role = await access_rules.effective_role(session, identity, project.id)
    if role == "client":
        raise forbidden()
    if role in ("admin", "manager", "supervisor"):
        await permissions.check_project_access(session, identity, project.id)
    elif as_uuid(person_id) != identity.person.id:  # Zou's check_person_access: oneself only
        raise forbidden()
    person = as_uuid(person_id)
    if person is None:
        raise bad_request("Invalid person id")
    return await _quotas(request, session, identity, project, person_id=person)


@router.get("/data/projects/{project_id}/quotas/{task_type_id}", operation_id="get_project_quotas")
async def get_project_quotas(
    project_id: str, task_type_id: str, request: Request, session: SessionDep, identity: CurrentUser
) -> Response:
    project = await shots.get_project(session, project_id)
    await permissions.check_project_access(session, identity, project.id)
    await _block_client(session, identity, project.id)
    task_type = as_uuid(task_type_id)
    if task_type is None:
        raise bad_request("Invalid task type id")
    return await _quotas(request, session, identity, project, task_type_id=task_type)


@router.post(
    "/actions/projects/{project_id}/task-types/{task_type_id}/set-shot-nb-frames",
    operation_id="set_shots_nb_frames",
)
async def set_shots_nb_frames(
    project_id: str, task_type_id: str, request: Request, session: SessionDep, identity: CurrentUser
) -> Response:
    await permissions.check_manager_project_access(session, identity, project_id)
    project, task_type = as_uuid(project_id), as_uuid(task_type_id)
    if project is None or task_type is None:
        raise bad_request("Invalid project or task type id")
    episode = request.query_params.get("episode_id") or None
    if episode is not None and as_uuid(episode) is None:
        raise bad_request("Invalid episode id")
    fps = await shots_quotas.project_fps(session, project)
    updates = await shots_create.set_frames_from_previews(session, project, task_type, as_uuid(episode), fps)
    return json_response(updates)
