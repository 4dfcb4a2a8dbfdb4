"""Every `with-tasks` list (assets, shots, sequences, episodes, scenes, edits, concepts, and the
entities a concept links to): Kitsu's production boards. The literal paths are declared here, in a
router included before the `/data/<kind>/{id}` routes, so `with-tasks` never reads as an id."""

from fastapi import APIRouter, Request
from starlette.responses import Response

from app.areas.boards import http as with_tasks_http
from app.areas.boards import scope as with_tasks_scope
from app.areas.boards import service as with_tasks
from app.auth.identity import CurrentUser
from app.core.dependencies import SessionDep
from app.core.routing import UnitOfWorkRoute
from app.core.serialize import json_response

router = APIRouter(route_class=UnitOfWorkRoute)


async def _board(kind_key: str, request: Request, session: SessionDep, identity: CurrentUser) -> Response:
    plan = await with_tasks_scope.plan_list(session, identity, kind_key, dict(request.query_params))
    if plan.etag is not None and with_tasks_http.matches(request.headers.get("if-none-match"), plan.etag):
        return with_tasks_http.not_modified(plan.etag)
    headers = with_tasks_http.cache_headers(plan.etag)
    return with_tasks_http.rows_response(plan.kind, plan.scope, plan.stream, plan.compact, headers)


@router.get("/data/assets/with-tasks", operation_id="list_assets_with_tasks")
async def get_assets_with_tasks(request: Request, session: SessionDep, identity: CurrentUser) -> Response:
    return await _board("assets", request, session, identity)


@router.get("/data/shots/with-tasks", operation_id="list_shots_with_tasks")
async def get_shots_with_tasks(request: Request, session: SessionDep, identity: CurrentUser) -> Response:
    return await _board("shots", request, session, identity)


@router.get("/data/sequences/with-tasks", operation_id="list_sequences_with_tasks")
async def get_sequences_with_tasks(request: Request, session: SessionDep, identity: CurrentUser) -> Response:
    return await _board("sequences", request, session, identity)


@router.get("/data/episodes/with-tasks", operation_id="list_episodes_with_tasks")
async def get_episodes_with_tasks(request: Request, session: SessionDep, identity: CurrentUser) -> Response:
    return await _board("episodes", request, session, identity)


@router.get("/data/scenes/with-tasks", operation_id="list_scenes_with_tasks")
async def get_scenes_with_tasks(request: Request, session: SessionDep, identity: CurrentUser) -> Response:
    return await _board("scenes", request, session, identity)


@router.get("/data/edits/with-tasks", operation_id="list_edits_with_tasks")
async def get_edits_with_tasks(request: Request, session: SessionDep, identity: CurrentUser) -> Response:
    return await _board("edits", request, session, identity)


@router.get("/data/concepts/with-tasks", operation_id="list_concepts_with_tasks")
async def get_concepts_with_tasks(request: Request, session: SessionDep, identity: CurrentUser) -> Response:
    return await _board("concepts", request, session, identity)


@router.get(
    "/data/entities/{entity_id}/entities-linked/with-tasks", operation_id="list_entities_linked_with_tasks"
)
async def get_entities_linked_with_tasks(
    entity_id: str, session: SessionDep, identity: CurrentUser
) -> Response:
    plan = await with_tasks_scope.plan_linked(session, identity, entity_id)
    return json_response(await with_tasks.collect(session, plan.kind, plan.scope))
