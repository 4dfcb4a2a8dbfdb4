"""`/data/persons/.../time-spents`: a person's time sheet (rows, per-task totals by period) and
the studio tables of minutes per person by day, week, month and year. Who reads what:
`app/areas/persons/access.py`."""

from fastapi import APIRouter, Request
from starlette.responses import Response

from app.areas.persons import access, periods, time_sheets
from app.auth.identity import CurrentReader
from app.core.dependencies import SessionDep
from app.core.errors import bad_request
from app.core.routing import UnitOfWorkRoute
from app.core.serialize import json_response

router = APIRouter(route_class=UnitOfWorkRoute)


async def _table_scope(request: Request, session: SessionDep, identity: CurrentReader) -> access.Scope:
    params = request.query_params
    return await access.table_scope(
        session,
        identity,
        periods.optional_id(params.get("project_id")),
        periods.optional_id(params.get("department_id")),
        periods.optional_id(params.get("studio_id")),
    )


@router.get("/data/persons/time-spents/year-table", operation_id="get_time_spents_year_table")
async def get_time_spents_year_table(
    request: Request, session: SessionDep, identity: CurrentReader
) -> Response:
    scope = await _table_scope(request, session, identity)
    return json_response(await time_sheets.table(session, scope, "year", None, None))


@router.get("/data/persons/time-spents/month-table/{year}", operation_id="get_time_spents_month_table")
async def get_time_spents_month_table(
    year: str, request: Request, session: SessionDep, identity: CurrentReader
) -> Response:
    scope = await _table_scope(request, session, identity)
    start, end = periods.year_interval(year, periods.INVALID_MONTH)
    return json_response(await time_sheets.table(session, scope, "month", start, end))


@router.get("/data/persons/time-spents/week-table/{year}", operation_id="get_time_spents_week_table")
async def get_time_spents_week_table(
    year: str, request: Request, session: SessionDep, identity: CurrentReader
) -> Response:
    scope = await _table_scope(request, session, identity)
    start, end = periods.year_interval(year, periods.INVALID_MONTH)
    return json_response(await time_sheets.table(session, scope, "week", start, end))


@router.get("/data/persons/time-spents/day-table/{year}/{month}", operation_id="get_time_spents_day_table")
async def get_time_spents_day_table(
    year: str, month: str, request: Request, session: SessionDep, identity: CurrentReader
) -> Response:
    scope = await _table_scope(request, session, identity)
    start, end = periods.month_interval(year, month)
    return json_response(await time_sheets.table(session, scope, "day", start, end))


@router.get("/data/persons/{person_id}/time-spents", operation_id="list_person_time_spents")
async def get_person_time_spents(
    person_id: str, request: Request, session: SessionDep, identity: CurrentReader
) -> Response:
    pid = await access.human(session, person_id)
    scope = await access.sheet_scope(session, identity, pid)
    start_text, end_text = request.query_params.get("start_date"), request.query_params.get("end_date")
    if not start_text and not end_text:
        # Zou compares the date column with a NULL date here: no row ever matches.
        return json_response([])
    if not start_text or not end_text:
        raise bad_request(
            "If querying for a range of dates, both a `start_date` and an `end_date` must be given."
        )
    message = f"Wrong date format for {start_text} and/or {end_text}"
    start, end = periods.parse_day(start_text, message), periods.parse_day(end_text, message)
    return json_response(await time_sheets.range_rows(session, scope, start, end))


@router.get("/data/persons/{person_id}/time-spents/{date}", operation_id="list_person_date_time_spents")
async def get_person_date_time_spents(
    person_id: str, date: str, session: SessionDep, identity: CurrentReader
) -> Response:
    pid = await access.human(session, person_id)
    scope = await access.sheet_scope(session, identity, pid)
    day = periods.parse_day(date, periods.INVALID_MONTH)
    return json_response(await time_sheets.day_rows(session, scope, day))


async def _task_totals(
    request: Request, session: SessionDep, identity: CurrentReader, person_id: str, interval_of
) -> Response:
    pid = await access.human(session, person_id)
    project_id = periods.optional_id(request.query_params.get("project_id"))
    scope = await access.sheet_scope_for_project(session, identity, pid, project_id)
    start, end = interval_of()
    return json_response(await time_sheets.task_totals(session, scope, start, end))


@router.get("/data/persons/{person_id}/time-spents/year/{year}", operation_id="list_person_year_time_spents")
async def get_person_year_time_spents(
    person_id: str, year: str, request: Request, session: SessionDep, identity: CurrentReader
) -> Response:
    return await _task_totals(request, session, identity, person_id, lambda: periods.year_interval(year))


@router.get(
    "/data/persons/{person_id}/time-spents/month/all/{year}/{month}",
    operation_id="list_person_month_all_time_spents",
)
async def get_person_month_all_time_spents(
    person_id: str, year: str, month: str, session: SessionDep, identity: CurrentReader
) -> Response:
    pid = await access.human(session, person_id)
    access.check_self_or_admin(identity, pid)
    start, end = periods.month_interval(year, month)
    return json_response(await time_sheets.period_rows(session, access.Scope(person_id=pid), start, end))


@router.get(
    "/data/persons/{person_id}/time-spents/month/{year}/{month}", operation_id="list_person_month_time_spents"
)
async def get_person_month_time_spents(
    person_id: str, year: str, month: str, request: Request, session: SessionDep, identity: CurrentReader
) -> Response:
    return await _task_totals(
        request,
        session,
        identity,
        person_id,
        lambda: periods.month_interval(year, month, periods.INVALID_DATE),
    )


@router.get(
    "/data/persons/{person_id}/time-spents/week/{year}/{week}", operation_id="list_person_week_time_spents"
)
async def get_person_week_time_spents(
    person_id: str, year: str, week: str, request: Request, session: SessionDep, identity: CurrentReader
) -> Response:
    return await _task_totals(
        request, session, identity, person_id, lambda: periods.week_interval(year, week)
    )


@router.get(
    "/data/persons/{person_id}/time-spents/day/{year}/{month}/{day}",
    operation_id="list_person_day_time_spents",
)
async def get_person_day_time_spents(
    person_id: str,
    year: str,
    month: str,
    day: str,
    request: Request,
    session: SessionDep,
    identity: CurrentReader,
) -> Response:
    return await _task_totals(
        request, session, identity, person_id, lambda: periods.day_interval(year, month, day)
    )
