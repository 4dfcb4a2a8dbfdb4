"""Zou's breakdown blueprint: castings (one entity, several, one asset in several entities,
by episode, sequence, asset type), a production's entity links, asset instances of shots and
scenes. Path ids are UUIDs: anything else is no route (404)."""

import uuid
from typing import Any

from fastapi import APIRouter, Request
from sqlalchemy import select
from starlette.responses import Response

from app.areas.breakdown import instances as asset_instances
from app.areas.breakdown import reads as breakdown_reads
from app.areas.breakdown import service as breakdown
from app.areas.entities import lookup as entity_lookup
from app.areas.entities import service as entities
from app.auth import permissions
from app.auth.identity import CurrentUser, Identity
from app.core.dependencies import SessionDep
from app.core.errors import error, forbidden, name_schemas, not_found
from app.core.requests import int_param, json_body, page_limit, validated
from app.core.routing import UnitOfWorkRoute
from app.core.serialize import json_response
from app.models import Entity, EntityLink, Project
from app.schemas.models import (
    BreakdownCastAssetRequest,
    BreakdownSceneAssetInstanceRequest,
    BreakdownShotAssetInstanceRequest,
)

router = APIRouter(route_class=UnitOfWorkRoute)
name_schemas({BreakdownCastAssetRequest.__name__: "CastAssetSchema"})


async def _casting_reader(session, identity: Identity, project_id: uuid.UUID) -> Project:
    """Members of the production read castings; vendors never do."""
    project = await entity_lookup.get_project(session, project_id)
    await permissions.check_project_access(session, identity, project.id)
    await entities.refuse_roles(session, identity, project.id, "vendor")
    return project


async def _entities_of_project(session, raw_ids: Any, project_id: Any) -> dict[uuid.UUID, Entity]:
    """Zou's check_entities_belong_to_project: 404 for an unknown entity, 403 for one of another
    production, checked for all before anything changes."""
    ids = [entity_lookup.uuid_or_404(value) for value in raw_ids]
    found = {
        entity.id: entity
        for entity in (await session.execute(select(Entity).where(Entity.id.in_(ids)))).scalars().all()
    }
    if any(value not in found for value in ids):
        raise not_found()
    if any(entity.project_id != project_id for entity in found.values()):
        raise forbidden()
    return found


# --- casting -------------------------------------------------------------------------------
@router.put("/data/projects/{project_id:uuid}/entities/casting", operation_id="update_entities_casting")
async def update_entities_casting(
    project_id: uuid.UUID, request: Request, session: SessionDep, identity: CurrentUser
) -> Response:
    castings = await json_body(request)
    if not isinstance(castings, dict) or not all(isinstance(value, list) for value in castings.values()):
        # Zou's own check, answered in its error handler's shape (no `data`).
        raise error(400, "Request body must be a JSON object mapping entity ids to casting arrays")
    project = await entity_lookup.get_project(session, project_id)
    await permissions.check_manager_project_access(session, identity, project.id)
    found = await _entities_of_project(session, list(castings), project.id)
    for casting in castings.values():
        breakdown.parse_casting(casting)  # every casting is checked before the first one is written
    result = {}
    for raw_id, casting in castings.items():
        entity = found[entity_lookup.uuid_or_404(raw_id)]
        result[raw_id] = await breakdown.update_casting(session, entity, casting, identity.person.id)
    return json_response(result)


@router.put(
    "/data/projects/{project_id:uuid}/entities/casting/assets/{asset_id:uuid}",
    operation_id="cast_asset_in_entities",
)
async def cast_asset_in_entities(
    project_id: uuid.UUID, asset_id: uuid.UUID, request: Request, session: SessionDep, identity: CurrentUser
) -> Response:
    body = await validated(request, BreakdownCastAssetRequest)
    project = await entity_lookup.get_project(session, project_id)
    await permissions.check_manager_project_access(session, identity, project.id)
    asset = await entity_lookup.get_asset(session, asset_id)
    entity_ids = list(dict.fromkeys(body.entity_ids))
    found = await _entities_of_project(session, entity_ids, project.id)
    result = {}
    for entity_id in entity_ids:
        entity = found[entity_id]
        if body.nb_occurences == 0:
            casting = await breakdown.uncast_asset(session, entity, asset.id, identity.person.id)
        else:
            casting = await breakdown.cast_asset(
                session, entity, asset.id, body.nb_occurences, body.label, identity.person.id
            )
        result[str(entity_id)] = casting
    return json_response(result)


@router.get(
    "/data/projects/{project_id:uuid}/entities/{entity_id:uuid}/casting", operation_id="list_entity_casting"
)
async def get_entity_casting(
    project_id: uuid.UUID, entity_id: uuid.UUID, session: SessionDep, identity: CurrentUser
) -> Response:
    project = await _casting_reader(session, identity, project_id)
    await _entities_of_project(session, [entity_id], project.id)
    return json_response(await breakdown_reads.get_casting(session, entity_id))


@router.put(
    "/data/projects/{project_id:uuid}/entities/{entity_id:uuid}/casting", operation_id="update_entity_casting"
)
async def update_entity_casting(
    project_id: uuid.UUID, entity_id: uuid.UUID, request: Request, session: SessionDep, identity: CurrentUser
) -> Response:
    casting = await json_body(request)
    if not isinstance(casting, list):
        raise error(400, "Request body must be a JSON array")  # Zou's shape: no `data`
    project = await entity_lookup.get_project(session, project_id)
    await permissions.check_manager_project_access(session, identity, project.id)
    entity = (await _entities_of_project(session, [entity_id], project.id))[entity_id]
    return json_response(await breakdown.update_casting(session, entity, casting, identity.person.id))


@router.get("/data/projects/{project_id:uuid}/episodes/casting", operation_id="get_episodes_casting")
async def get_episodes_casting(project_id: uuid.UUID, session: SessionDep, identity: CurrentUser) -> Response:
    project = await _casting_reader(session, identity, project_id)
    return json_response(await breakdown_reads.episodes_casting(session, project.id))


@router.get(
    "/data/projects/{project_id:uuid}/episodes/{episode_id}/sequences/all/casting",
    operation_id="get_episode_shots_casting",
)
async def get_episode_shots_casting(
    project_id: uuid.UUID, episode_id: str, session: SessionDep, identity: CurrentUser
) -> Response:
    project = await _casting_reader(session, identity, project_id)
    # Kitsu's pseudo-episodes: `main` (shots outside episodes) casts nothing, `all` is everything.
    if episode_id == "main":
        return json_response({})
    episode = None if episode_id == "all" else entity_lookup.uuid_or_404(episode_id)
    return json_response(
        await breakdown_reads.shots_casting(session, project_id=project.id, episode_id=episode)
    )


@router.get(
    "/data/projects/{project_id:uuid}/sequences/all/casting", operation_id="get_project_shots_casting"
)
async def get_project_shots_casting(
    project_id: uuid.UUID, session: SessionDep, identity: CurrentUser
) -> Response:
    project = await _casting_reader(session, identity, project_id)
    return json_response(await breakdown_reads.shots_casting(session, project_id=project.id))


@router.get(
    "/data/projects/{project_id:uuid}/sequences/{sequence_id:uuid}/casting",
    operation_id="get_sequence_casting",
)
async def get_sequence_casting(
    project_id: uuid.UUID, sequence_id: uuid.UUID, session: SessionDep, identity: CurrentUser
) -> Response:
    project = await _casting_reader(session, identity, project_id)
    sequence = await entity_lookup.get_typed_entity(session, sequence_id, "Sequence")
    if sequence.project_id != project.id:
        raise forbidden()
    return json_response(await breakdown_reads.shots_casting(session, sequence_id=sequence.id))


@router.get(
    "/data/projects/{project_id:uuid}/asset-types/{asset_type_id:uuid}/casting",
    operation_id="get_asset_type_casting",
)
async def get_asset_type_casting(
    project_id: uuid.UUID, asset_type_id: uuid.UUID, session: SessionDep, identity: CurrentUser
) -> Response:
    project = await _casting_reader(session, identity, project_id)
    asset_type = await entity_lookup.get_asset_type(session, asset_type_id)
    return json_response(await breakdown_reads.asset_type_casting(session, project.id, asset_type.id))


# --- entity links --------------------------------------------------------------------------
@router.get("/data/projects/{project_id:uuid}/entity-links", operation_id="list_project_entity_links")
async def get_project_entity_links(
    project_id: uuid.UUID, request: Request, session: SessionDep, identity: CurrentUser
) -> Response:
    project = await entity_lookup.get_project(session, project_id)
    await permissions.check_manager_project_access(session, identity, project.id)
    page, limit = int_param(request, "page", -1), page_limit(int_param(request, "limit", 0))
    cursor = request.query_params.get("cursor_created_at")
    return json_response(await breakdown_reads.project_entity_links(session, project.id, page, limit, cursor))


@router.delete(
    "/data/projects/{project_id:uuid}/entity-links/{entity_link_id:uuid}",
    operation_id="delete_project_entity_link",
)
async def delete_project_entity_link(
    project_id: uuid.UUID, entity_link_id: uuid.UUID, session: SessionDep, identity: CurrentUser
) -> Response:
    project = await entity_lookup.get_project(session, project_id)
    await permissions.check_manager_project_access(session, identity, project.id)
    link = (
        (await session.execute(select(EntityLink).where(EntityLink.id == entity_link_id))).scalars().first()
    )
    if link is None:
        raise not_found()
    await _entities_of_project(session, [link.entity_in_id], project.id)
    return json_response(await breakdown.remove_entity_link(session, link, identity.person.id))


# --- asset instances of shots and scenes ---------------------------------------------------
async def _readable(session, identity: Identity, entity_id: uuid.UUID, type_name: str) -> Entity:
    entity = await entity_lookup.get_typed_entity(session, entity_id, type_name)
    await entities.check_read(session, identity, entity)
    return entity


async def _breakdown_editor(session, identity: Identity, entity_id: uuid.UUID, type_name: str) -> Entity:
    """Zou only asks for project access to edit asset instances: breakdown edits are managers'."""
    entity = await entity_lookup.get_typed_entity(session, entity_id, type_name)
    await permissions.check_manager_project_access(session, identity, entity.project_id)
    return entity


@router.get("/data/shots/{shot_id:uuid}/asset-instances", operation_id="get_shot_asset_instances")
async def get_shot_asset_instances(
    shot_id: uuid.UUID, session: SessionDep, identity: CurrentUser
) -> Response:
    shot = await _readable(session, identity, shot_id, "Shot")
    return json_response(await asset_instances.for_shot(session, shot.id))


@router.post("/data/shots/{shot_id:uuid}/asset-instances", operation_id="add_shot_asset_instance")
async def add_shot_asset_instance(
    shot_id: uuid.UUID, request: Request, session: SessionDep, identity: CurrentUser
) -> Response:
    body = await validated(request, BreakdownShotAssetInstanceRequest)
    shot = await _breakdown_editor(session, identity, shot_id, "Shot")
    instance = await asset_instances.get_instance(session, body.asset_instance_id)
    await asset_instances.add_to_shot(session, shot, instance, identity.person.id)
    return json_response(entity_lookup.row_of(shot, "Entity"), status_code=201)


@router.delete(
    "/data/shots/{shot_id:uuid}/asset-instances/{asset_instance_id:uuid}",
    operation_id="remove_shot_asset_instance",
)
async def remove_shot_asset_instance(
    shot_id: uuid.UUID, asset_instance_id: uuid.UUID, session: SessionDep, identity: CurrentUser
) -> Response:
    shot = await _breakdown_editor(session, identity, shot_id, "Shot")
    instance = await asset_instances.get_instance(session, asset_instance_id)
    await asset_instances.remove_from_shot(session, shot, instance, identity.person.id)
    return Response(status_code=204)


@router.get("/data/scenes/{scene_id:uuid}/asset-instances", operation_id="get_scene_asset_instances")
async def get_scene_asset_instances(
    scene_id: uuid.UUID, session: SessionDep, identity: CurrentUser
) -> Response:
    scene = await _readable(session, identity, scene_id, "Scene")
    return json_response(await asset_instances.for_scene(session, scene.id))


@router.post("/data/scenes/{scene_id:uuid}/asset-instances", operation_id="create_scene_asset_instance")
async def create_scene_asset_instance(
    scene_id: uuid.UUID, request: Request, session: SessionDep, identity: CurrentUser
) -> Response:
    body = await validated(request, BreakdownSceneAssetInstanceRequest)
    scene = await _breakdown_editor(session, identity, scene_id, "Scene")
    asset = await entity_lookup.get_asset(session, body.asset_id)
    instance = await asset_instances.add_to_scene(session, scene, asset, body.description, identity.person.id)
    return json_response(instance, status_code=201)


@router.get("/data/scenes/{scene_id:uuid}/camera-instances", operation_id="get_scene_camera_instances")
async def get_scene_camera_instances(
    scene_id: uuid.UUID, session: SessionDep, identity: CurrentUser
) -> Response:
    scene = await _readable(session, identity, scene_id, "Scene")
    return json_response(await asset_instances.cameras_for_scene(session, scene.id))
