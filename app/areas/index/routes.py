"""Zou's `index` routes: version, client configuration, health probes and usage stats.

All are public (monitoring and Kitsu's login page read them) except `/stats`, admin only.
"""

from fastapi import APIRouter
from starlette.responses import Response

from app.areas.index import service
from app.auth.identity import CurrentUser
from app.auth.permissions import require_admin
from app.core.dependencies import SessionDep
from app.core.routing import UnitOfWorkRoute
from app.core.serialize import json_response
from app.events import emit

router = APIRouter(route_class=UnitOfWorkRoute)


# HEAD too: gazu's `host_is_up()` probes the API root with a HEAD request (Flask answers it).
@router.api_route("/", methods=["GET", "HEAD"], operation_id="get_index")
async def get_index() -> Response:
    return json_response(service.index())


@router.get("/config", operation_id="get_config")
async def get_config(session: SessionDep) -> Response:
    return json_response(await service.get_config(session))


@router.get("/status", operation_id="get_status")
async def get_status() -> Response:
    return json_response(service.status(await service.health()))


@router.get("/status.txt", operation_id="get_status_txt")
async def get_status_txt() -> Response:
    # Flask's `mimetype="text"` becomes exactly this header; kept for monitoring scripts.
    return Response(service.status_text(await service.health()), media_type="text; charset=utf-8")


@router.get("/status/resources", operation_id="get_status_resources")
async def get_status_resources() -> Response:
    return json_response(await service.status_resources())


@router.get("/status/influx", operation_id="get_status_influx")
async def get_status_influx() -> Response:
    return json_response(service.status_influx(await service.health()))


@router.get("/status/test-event", operation_id="get_status_test_event")
async def get_status_test_event(session: SessionDep) -> Response:
    # Lets a client check its event-stream connection end to end; not recorded as an api_event.
    emit(session, "main:test", {}, persist=False)
    return json_response({"success": True})


@router.get("/stats", operation_id="get_stats")
async def get_stats(session: SessionDep, identity: CurrentUser) -> Response:
    require_admin(identity)
    return json_response(await service.main_stats(session))
