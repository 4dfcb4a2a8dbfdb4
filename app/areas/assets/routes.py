"""Zou's assets blueprint: asset types, asset lists, the asset page, creation, deletion, sharing
between productions and asset instances. Path ids are UUIDs: anything else is no route (404)."""

import uuid

from fastapi import APIRouter, Request
from sqlalchemy import select
from starlette.responses import Response

from app.areas.assets import service as assets
from app.areas.breakdown import instances as asset_instances
from app.areas.breakdown import reads as breakdown_reads
from app.areas.breakdown import service as breakdown
from app.areas.entities import lookup as entity_lookup
from app.areas.entities import removal as entity_removal
from app.areas.entities import service as entities
from app.areas.entities import tasks as entity_tasks
from app.auth import permissions
from app.auth.identity import CurrentUser, Identity
from app.core.dependencies import SessionDep
from app.core.errors import bad_request, not_found
from app.core.ids import as_uuid
from app.core.requests import criteria, flag, silent_json, validated, validated_list
from app.core.routing import UnitOfWorkRoute
from app.core.serialize import json_response
from app.models import Entity
from app.schemas.models import (
    AssetsAssetInstanceRequest,
    AssetsCastingEntry,
    AssetsCreateAssetRequest,
    AssetsShareRequest,
)

router = APIRouter(route_class=UnitOfWorkRoute)


async def _readable_asset(session, identity: Identity, asset_id: uuid.UUID):
    asset = await entity_lookup.get_asset(session, asset_id)
    await entities.check_read(session, identity, asset)
    return asset


async def _scoped_list(session, identity: Identity, params: dict[str, str], project_id=None) -> list:
    """Zou's scope_criterions_to_vendor: a vendor only lists what they are assigned to, without
    the metadata of other departments."""
    role = await entities.role_in(session, identity, project_id) if project_id else identity.role
    if role == "vendor":
        params["assigned_to"] = identity.id
    rows = await assets.list_assets(session, params, identity.person.id, only_user_projects=False)
    if role == "vendor":
        rows = await entity_lookup.mask_vendor_metadata(session, identity.person.id, "Asset", rows)
    return rows


# --- asset types ---------------------------------------------------------------------------
@router.get("/data/asset-types", operation_id="list_asset_types")
async def get_asset_types(request: Request, session: SessionDep, identity: CurrentUser) -> Response:
    return json_response(await assets.list_asset_types(session, criteria(request)))


@router.get("/data/asset-types/{asset_type_id:uuid}", operation_id="get_asset_type")
async def get_asset_type(asset_type_id: uuid.UUID, session: SessionDep, identity: CurrentUser) -> Response:
    asset_type = await entity_lookup.get_asset_type(session, asset_type_id)
    return json_response(await assets.get_asset_type(session, asset_type))


@router.get("/data/projects/{project_id:uuid}/asset-types", operation_id="list_project_asset_types")
async def get_project_asset_types(
    project_id: uuid.UUID, session: SessionDep, identity: CurrentUser
) -> Response:
    project = await entity_lookup.get_project(session, project_id)
    await permissions.check_project_access(session, identity, project.id)
    return json_response(await assets.asset_types_of(session, Entity.project_id == project.id))


@router.get("/data/shots/{shot_id:uuid}/asset-types", operation_id="list_shot_asset_types")
async def get_shot_asset_types(shot_id: uuid.UUID, session: SessionDep, identity: CurrentUser) -> Response:
    shot = await entity_lookup.get_typed_entity(session, shot_id, "Shot")
    await permissions.check_project_access(session, identity, shot.project_id)
    return json_response(await assets.asset_types_for_shot(session, shot.id))


# --- asset lists ---------------------------------------------------------------------------
async def _all_assets(request: Request, session, identity: Identity) -> Response:
    params = criteria(request)
    project_id = params.get("project_id")
    if project_id is None and "episode_id" in params:
        episode = await entity_lookup.get_typed_entity(session, params["episode_id"], "Episode")
        project_id = str(episode.project_id)
    if project_id is not None:
        if as_uuid(project_id) is None:
            raise bad_request(f"Invalid UUID value: {project_id}")
        await permissions.check_project_access(session, identity, project_id)
    role = await entities.role_in(session, identity, project_id) if project_id else identity.role
    if role == "vendor":
        params["assigned_to"] = identity.id
    rows = await assets.list_assets(
        session, params, identity.person.id, only_user_projects=not identity.is_admin
    )
    if role == "vendor":
        rows = await entity_lookup.mask_vendor_metadata(session, identity.person.id, "Asset", rows)
    return json_response(rows)


@router.get("/data/assets", operation_id="list_assets")
async def get_assets(request: Request, session: SessionDep, identity: CurrentUser) -> Response:
    return await _all_assets(request, session, identity)


@router.get("/data/assets/all", operation_id="list_all_assets")
async def get_all_assets(request: Request, session: SessionDep, identity: CurrentUser) -> Response:
    return await _all_assets(request, session, identity)


@router.get("/data/projects/{project_id:uuid}/assets", operation_id="list_project_assets")
async def get_project_assets(
    project_id: uuid.UUID, request: Request, session: SessionDep, identity: CurrentUser
) -> Response:
    project = await entity_lookup.get_project(session, project_id)
    await permissions.check_project_access(session, identity, project.id)
    params = {**criteria(request), "project_id": str(project.id)}
    return json_response(await _scoped_list(session, identity, params, project.id))


@router.get(
    "/data/projects/{project_id:uuid}/asset-types/{asset_type_id:uuid}/assets",
    operation_id="list_project_asset_type_assets",
)
async def get_project_asset_type_assets(
    project_id: uuid.UUID,
    asset_type_id: uuid.UUID,
    request: Request,
    session: SessionDep,
    identity: CurrentUser,
) -> Response:
    project = await entity_lookup.get_project(session, project_id)
    await permissions.check_project_access(session, identity, project.id)
    params = {**criteria(request), "project_id": str(project.id), "entity_type_id": str(asset_type_id)}
    return json_response(await _scoped_list(session, identity, params, project.id))


@router.get(
    "/data/projects/{project_id:uuid}/assets/shared-used", operation_id="list_project_shared_assets_used"
)
async def get_project_shared_assets_used(
    project_id: uuid.UUID, session: SessionDep, identity: CurrentUser
) -> Response:
    project = await entity_lookup.get_project(session, project_id)
    await permissions.check_project_access(session, identity, project.id)
    return json_response(await assets.shared_used_in_project(session, project.id))


@router.get(
    "/data/projects/{project_id:uuid}/episodes/{episode_id}/assets/shared-used",
    operation_id="list_episode_shared_assets_used",
)
async def get_episode_shared_assets_used(
    project_id: uuid.UUID, episode_id: str, session: SessionDep, identity: CurrentUser
) -> Response:
    project = await entity_lookup.get_project(session, project_id)
    await permissions.check_project_access(session, identity, project.id)
    # Kitsu's pseudo-episodes `main` and `all` mean the whole production here (as in Zou).
    episode = None if episode_id in ("main", "all") else entity_lookup.uuid_or_404(episode_id)
    return json_response(await assets.shared_used_in_project(session, project.id, episode))


# --- one asset -----------------------------------------------------------------------------
@router.get("/data/assets/{asset_id:uuid}", operation_id="get_asset")
async def get_asset(asset_id: uuid.UUID, session: SessionDep, identity: CurrentUser) -> Response:
    asset = await _readable_asset(session, identity, asset_id)
    client = await entities.role_in(session, identity, asset.project_id) == "client"
    return json_response(await assets.full_asset(session, asset, identity.person.id, client))


@router.delete("/data/assets/{asset_id:uuid}", operation_id="delete_asset")
async def delete_asset(
    asset_id: uuid.UUID, request: Request, session: SessionDep, identity: CurrentUser
) -> Response:
    asset = await entity_lookup.get_asset(session, asset_id)
    await entities.check_remover(session, identity, asset)
    await entity_removal.remove_entity(session, asset, flag(request, "force"), identity.person.id)
    return Response(status_code=204)


@router.post(
    "/data/projects/{project_id:uuid}/asset-types/{asset_type_id:uuid}/assets/new",
    operation_id="create_asset",
)
async def create_asset(
    project_id: uuid.UUID,
    asset_type_id: uuid.UUID,
    request: Request,
    session: SessionDep,
    identity: CurrentUser,
) -> Response:
    body = await validated(request, AssetsCreateAssetRequest)
    project = await entity_lookup.get_project(session, project_id)
    await permissions.check_manager_project_access(session, identity, project.id)
    asset_type = await entity_lookup.get_asset_type(session, asset_type_id)
    values = body.model_dump()
    asset = await assets.create_asset(session, project, asset_type, values, identity.person.id)
    return json_response(asset, status_code=201)


@router.get("/data/assets/{asset_id:uuid}/tasks", operation_id="list_asset_tasks")
async def get_asset_tasks(
    asset_id: uuid.UUID, request: Request, session: SessionDep, identity: CurrentUser
) -> Response:
    asset = await _readable_asset(session, identity, asset_id)
    client = await entities.role_in(session, identity, asset.project_id) == "client"
    tasks = await entity_tasks.detailed_tasks(session, asset.id, flag(request, "relations"), client)
    return json_response(tasks)


@router.get("/data/assets/{asset_id:uuid}/task-types", operation_id="list_asset_task_types")
async def get_asset_task_types(asset_id: uuid.UUID, session: SessionDep, identity: CurrentUser) -> Response:
    asset = await _readable_asset(session, identity, asset_id)
    return json_response(await entity_tasks.task_types_in_use(session, asset.id))


@router.get("/data/assets/{asset_id:uuid}/assets", operation_id="list_asset_linked_assets")
async def get_asset_linked_assets(
    asset_id: uuid.UUID, session: SessionDep, identity: CurrentUser
) -> Response:
    asset = await _readable_asset(session, identity, asset_id)
    return json_response(await breakdown_reads.linked_assets(session, asset.id))


@router.get("/data/assets/{asset_id:uuid}/cast-in", operation_id="list_asset_cast_in")
async def get_asset_cast_in(asset_id: uuid.UUID, session: SessionDep, identity: CurrentUser) -> Response:
    asset = await _readable_asset(session, identity, asset_id)
    return json_response(await breakdown_reads.cast_in(session, asset.id))


@router.get("/data/assets/{asset_id:uuid}/casting", operation_id="list_asset_casting")
async def get_asset_casting(asset_id: uuid.UUID, session: SessionDep, identity: CurrentUser) -> Response:
    asset = await _readable_asset(session, identity, asset_id)
    return json_response(await breakdown_reads.get_casting(session, asset.id))


@router.put("/data/assets/{asset_id:uuid}/casting", operation_id="update_asset_casting")
async def update_asset_casting(
    asset_id: uuid.UUID, request: Request, session: SessionDep, identity: CurrentUser
) -> Response:
    entries = validated_list(await silent_json(request), AssetsCastingEntry)
    asset = await entity_lookup.get_asset(session, asset_id)
    await permissions.check_manager_project_access(session, identity, asset.project_id)
    casting = [
        {
            "asset_id": str(e.asset_id),
            "nb_occurences": e.nb_occurences if e.nb_occurences is not None else 1,
            "label": e.label or "",
        }
        for e in entries
    ]
    return json_response(await breakdown.update_casting(session, asset, casting, identity.person.id))


# --- asset instances -----------------------------------------------------------------------
async def _member_asset(session, identity: Identity, asset_id: uuid.UUID):
    asset = await entity_lookup.get_asset(session, asset_id)
    await permissions.check_project_access(session, identity, asset.project_id)
    return asset


@router.get("/data/assets/{asset_id:uuid}/asset-asset-instances", operation_id="get_asset_asset_instances")
async def get_asset_asset_instances(
    asset_id: uuid.UUID, session: SessionDep, identity: CurrentUser
) -> Response:
    asset = await _member_asset(session, identity, asset_id)
    return json_response(await asset_instances.inside_asset(session, asset.id))


@router.post("/data/assets/{asset_id:uuid}/asset-asset-instances", operation_id="create_asset_asset_instance")
async def create_asset_asset_instance(
    asset_id: uuid.UUID, request: Request, session: SessionDep, identity: CurrentUser
) -> Response:
    body = await validated(request, AssetsAssetInstanceRequest)
    target = await entity_lookup.get_asset(session, asset_id)
    # Zou only asks for project access: any member could dress sets. Breakdown edits are managers'.
    await permissions.check_manager_project_access(session, identity, target.project_id)
    instantiated = await entity_lookup.get_asset(session, body.asset_to_instantiate_id)
    instance = await asset_instances.add_to_asset(
        session, target, instantiated, body.description, identity.person.id
    )
    return json_response(instance, status_code=201)


@router.get(
    "/data/assets/{asset_id:uuid}/shot-asset-instances", operation_id="get_asset_shot_asset_instances"
)
async def get_asset_shot_asset_instances(
    asset_id: uuid.UUID, session: SessionDep, identity: CurrentUser
) -> Response:
    asset = await _member_asset(session, identity, asset_id)
    return json_response(await asset_instances.of_asset_by_shot(session, asset.id))


@router.get(
    "/data/assets/{asset_id:uuid}/scene-asset-instances", operation_id="get_asset_scene_asset_instances"
)
async def get_asset_scene_asset_instances(
    asset_id: uuid.UUID, session: SessionDep, identity: CurrentUser
) -> Response:
    asset = await _member_asset(session, identity, asset_id)
    return json_response(await asset_instances.of_asset_by_scene(session, asset.id))


# --- sharing -------------------------------------------------------------------------------
@router.post("/actions/assets/share", operation_id="share_assets")
async def share_assets(request: Request, session: SessionDep, identity: CurrentUser) -> Response:
    body = await validated(request, AssetsShareRequest)
    asset_ids = list(dict.fromkeys(body.asset_ids or []))
    query = select(Entity.project_id).where(Entity.id.in_(asset_ids), entity_lookup.is_asset_condition())
    found = list((await session.execute(query)).scalars().all())
    if len(found) != len(asset_ids):
        raise not_found()
    for project_id in set(found):
        await permissions.check_manager_project_access(session, identity, project_id)
    shared = await assets.set_shared(session, bool(body.is_shared), identity.person.id, asset_ids=asset_ids)
    return json_response(shared)


@router.post("/actions/projects/{project_id:uuid}/assets/share", operation_id="share_project_assets")
async def share_project_assets(
    project_id: uuid.UUID, request: Request, session: SessionDep, identity: CurrentUser
) -> Response:
    body = await validated(request, AssetsShareRequest)
    project = await entity_lookup.get_project(session, project_id)
    await permissions.check_manager_project_access(session, identity, project.id)
    asset_ids = body.asset_ids or None
    shared = await assets.set_shared(
        session, bool(body.is_shared), identity.person.id, project_id=project.id, asset_ids=asset_ids
    )
    return json_response(shared)


@router.post(
    "/actions/projects/{project_id:uuid}/asset-types/{asset_type_id:uuid}/assets/share",
    operation_id="share_project_asset_type_assets",
)
async def share_project_asset_type_assets(
    project_id: uuid.UUID,
    asset_type_id: uuid.UUID,
    request: Request,
    session: SessionDep,
    identity: CurrentUser,
) -> Response:
    body = await validated(request, AssetsShareRequest)
    project = await entity_lookup.get_project(session, project_id)
    await permissions.check_manager_project_access(session, identity, project.id)
    shared = await assets.set_shared(
        session, bool(body.is_shared), identity.person.id, project_id=project.id, asset_type_id=asset_type_id
    )
    return json_response(shared)
