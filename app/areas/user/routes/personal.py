"""The caller's time spents, days off, desktop login logs and avatar."""

from fastapi import APIRouter, Request
from starlette.responses import Response

from app.areas.persons import presence
from app.areas.user import personal
from app.areas.user.routes.common import Caller
from app.core.dependencies import SessionDep
from app.core.errors import bad_request
from app.core.requests import zou_args
from app.core.routing import UnitOfWorkRoute
from app.core.serialize import json_response

router = APIRouter(route_class=UnitOfWorkRoute)


@router.get("/data/user/time-spents", operation_id="list_user_time_spents")
async def get_user_time_spents(request: Request, session: SessionDep, identity: Caller) -> Response:
    start, end = request.query_params.get("start_date"), request.query_params.get("end_date")
    if not start and not end:
        # Zou reads this as "the time spents of no date": always an empty list.
        return json_response([])
    if not start or not end:
        raise bad_request(personal.WRONG_RANGE)
    return json_response(await personal.time_spents_between(session, identity.person.id, start, end))


@router.get("/data/user/time-spents/{date}", operation_id="list_user_day_time_spents")
async def get_user_day_time_spents(date: str, session: SessionDep, identity: Caller) -> Response:
    return json_response(await personal.time_spents_of_day(session, identity.person.id, date))


@router.get("/data/user/tasks/{task_id}/time-spents/{date}", operation_id="get_user_task_time_spent")
async def get_user_task_time_spent(
    task_id: str, date: str, session: SessionDep, identity: Caller
) -> Response:
    return json_response(await personal.task_time_spent(session, identity.person.id, task_id, date))


@router.get("/data/user/day-offs/{date}", operation_id="get_user_day_off")
async def get_user_day_off(date: str, session: SessionDep, identity: Caller) -> Response:
    return json_response(await personal.day_off(session, identity.person.id, date))


@router.get("/data/user/desktop-login-logs", operation_id="list_user_desktop_login_logs")
async def get_user_desktop_login_logs(session: SessionDep, identity: Caller) -> Response:
    return json_response(await presence.desktop_login_logs(session, identity.person.id))


@router.post("/data/user/desktop-login-logs", operation_id="create_user_desktop_login_log")
async def create_user_desktop_login_log(request: Request, session: SessionDep, identity: Caller) -> Response:
    raw = (await zou_args(request)).get("date")
    when = personal.parse_login_date(raw)
    entry = await presence.add_desktop_login_log(session, identity.person.id, when, identity.person.id)
    return json_response(entry, status_code=201)


@router.delete("/actions/user/clear-avatar", operation_id="clear_user_avatar")
async def clear_user_avatar(session: SessionDep, identity: Caller) -> Response:
    await personal.clear_avatar(session, identity.person.id)
    return Response(status_code=204)
