"""Zou's events blueprint: the last events of the log (Kitsu's catch-up and the event log page),
the login logs, and the event names the log page filters on."""

from fastapi import APIRouter, Request
from starlette.responses import Response

from app.areas.events import service as events
from app.auth import permissions
from app.auth.identity import CurrentReader
from app.core.dependencies import SessionDep
from app.core.routing import UnitOfWorkRoute
from app.core.serialize import json_response

router = APIRouter(route_class=UnitOfWorkRoute)


@router.get("/data/events/last", operation_id="list_last_events")
async def get_last_events(request: Request, session: SessionDep, identity: CurrentReader) -> Response:
    limit = events.parse_limit(request)
    project_id = events.valid_id(
        request.query_params.get("project_id"), "The project_id parameter is not a valid id"
    )
    project_ids = await events.readable_project_ids(session, identity, project_id)
    return json_response(await events.last_events(session, request, limit, project_id, project_ids))


@router.get("/data/events/login-logs/last", operation_id="list_last_login_logs")
async def get_last_login_logs(request: Request, session: SessionDep, identity: CurrentReader) -> Response:
    limit = events.parse_limit(request)
    permissions.require_admin(identity)
    return json_response(await events.last_login_logs(session, request, limit))


@router.get("/data/events/names", operation_id="list_event_names")
async def get_event_names(session: SessionDep, identity: CurrentReader) -> Response:
    permissions.require_manager(identity)
    return json_response(await events.event_names(session))
