"""`/data/persons/.../day-offs`: the days off of the studio by year or month, and of one person
(all, on a date, by week, month or year). Whoever reads them gets the description only where
`access.day_off_reading` allows it."""

from fastapi import APIRouter
from starlette.responses import Response

from app.areas.persons import access, day_offs, periods
from app.auth.identity import CurrentReader
from app.core.dependencies import SessionDep
from app.core.routing import UnitOfWorkRoute
from app.core.serialize import json_response

router = APIRouter(route_class=UnitOfWorkRoute)


async def _studio_day_offs(session: SessionDep, identity: CurrentReader, interval) -> Response:
    start, end = periods.last_day(interval)
    readers = await access.day_off_readers(session, identity)
    if readers is None:
        return json_response(await day_offs.between(session, start, end))
    rows = await day_offs.between(session, start, end, person_ids=list(readers))
    return json_response(day_offs.shaped_for(rows, readers))


@router.get("/data/persons/day-offs/{year}", operation_id="list_year_day_offs")
async def get_year_day_offs(year: str, session: SessionDep, identity: CurrentReader) -> Response:
    return await _studio_day_offs(session, identity, periods.year_interval(year))


@router.get("/data/persons/day-offs/{year}/{month}", operation_id="list_month_day_offs")
async def get_month_day_offs(year: str, month: str, session: SessionDep, identity: CurrentReader) -> Response:
    return await _studio_day_offs(
        session, identity, periods.month_interval(year, month, periods.INVALID_DATE)
    )


async def _person_day_offs(
    session: SessionDep, identity: CurrentReader, person_id: str, interval_of
) -> Response:
    pid = await access.human(session, person_id)
    with_description = await access.day_off_reading(session, identity, pid)
    start, end = periods.last_day(interval_of()) if interval_of is not None else (None, None)
    rows = await day_offs.between(session, start, end, person_id=pid)
    return json_response(day_offs.shaped(rows, with_description))


@router.get("/data/persons/{person_id}/day-offs", operation_id="list_person_day_offs")
async def get_person_day_offs(person_id: str, session: SessionDep, identity: CurrentReader) -> Response:
    return await _person_day_offs(session, identity, person_id, None)


@router.get("/data/persons/{person_id}/day-offs/{date}", operation_id="get_person_date_day_off")
async def get_person_date_day_off(
    person_id: str, date: str, session: SessionDep, identity: CurrentReader
) -> Response:
    pid = await access.human(session, person_id)
    with_description = await access.day_off_reading(session, identity, pid)
    day_off = await day_offs.on_day(session, pid, periods.parse_day(date, periods.INVALID_DATE))
    return json_response(day_off if with_description or not day_off else day_offs.dates_only(day_off))


@router.get("/data/persons/{person_id}/day-offs/week/{year}/{week}", operation_id="list_person_week_day_offs")
async def get_person_week_day_offs(
    person_id: str, year: str, week: str, session: SessionDep, identity: CurrentReader
) -> Response:
    return await _person_day_offs(
        session, identity, person_id, lambda: periods.week_interval(year, week, periods.INVALID_DATE)
    )


@router.get(
    "/data/persons/{person_id}/day-offs/month/{year}/{month}", operation_id="list_person_month_day_offs"
)
async def get_person_month_day_offs(
    person_id: str, year: str, month: str, session: SessionDep, identity: CurrentReader
) -> Response:
    return await _person_day_offs(
        session, identity, person_id, lambda: periods.month_interval(year, month, periods.INVALID_DATE)
    )


@router.get("/data/persons/{person_id}/day-offs/year/{year}", operation_id="list_person_year_day_offs")
async def get_person_year_day_offs(
    person_id: str, year: str, session: SessionDep, identity: CurrentReader
) -> Response:
    return await _person_day_offs(session, identity, person_id, lambda: periods.year_interval(year))
