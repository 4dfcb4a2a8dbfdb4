"""`/data/persons/{person_id}/quota-shots/...`: the shots behind a person's quotas for a day, a
week or a month (`app/areas/persons/quota_shots.py`)."""

import uuid

from fastapi import APIRouter, Request
from sqlalchemy import select
from starlette.responses import Response

from app.areas.persons import access, periods, quota_shots
from app.auth import access_rules, permissions
from app.auth.identity import CurrentReader, Identity
from app.core.dependencies import SessionDep
from app.core.errors import bad_request, not_found
from app.core.ids import as_uuid
from app.core.routing import UnitOfWorkRoute
from app.core.serialize import json_response
from app.models import Project

router = APIRouter(route_class=UnitOfWorkRoute)


async def _production(session: SessionDep, value: str | None) -> uuid.UUID | None:
    """The `project_id` filter. Zou resolves the caller's role in that production first, which
    looks it up: 404 when there is none, for anyone, a malformed id included."""
    if value is None or value == "":
        return None
    project_id = as_uuid(value)
    if (
        project_id is None
        or (await session.execute(select(Project.id).where(Project.id == project_id))).first() is None
    ):
        raise not_found()
    return project_id


async def _check_access(session: SessionDep, identity: Identity, person_id, project_id) -> None:
    """Within a production, its managers and supervisors read anyone's; otherwise (no production
    given, or a lower role there) only the person and admins."""
    if identity.is_admin:
        return
    if project_id is not None:
        role = await access_rules.effective_role(session, identity, project_id)
        if role in access.READERS:
            await permissions.check_supervisor_project_access(session, identity, project_id)
            return
    access.check_self_or_admin(identity, person_id)


async def _quota_shots(
    request: Request, session: SessionDep, identity: Identity, person_id: str, interval_of
) -> Response:
    pid = await access.human(session, person_id)
    params = request.query_params
    task_type_id = periods.optional_id(params.get("task_type_id"))
    count_mode = params.get("count_mode", "weighted")
    if count_mode not in quota_shots.COUNT_MODES:
        raise bad_request("count_mode must be equal to weighted, weighteddone, feedback, or done")
    project_id = await _production(session, params.get("project_id"))
    await _check_access(session, identity, pid, project_id)
    start, end = interval_of()
    compute = quota_shots.weighted if "weighted" in count_mode else quota_shots.raw
    shots = await compute(
        session, pid, start, end, project_id, task_type_id, "done" not in count_mode, identity.person.timezone
    )
    return json_response(shots)


@router.get(
    "/data/persons/{person_id}/quota-shots/month/{year}/{month}", operation_id="list_person_month_quota_shots"
)
async def get_person_month_quota_shots(
    person_id: str, year: str, month: str, request: Request, session: SessionDep, identity: CurrentReader
) -> Response:
    return await _quota_shots(
        request, session, identity, person_id, lambda: periods.month_interval(year, month)
    )


@router.get(
    "/data/persons/{person_id}/quota-shots/week/{year}/{week}", operation_id="list_person_week_quota_shots"
)
async def get_person_week_quota_shots(
    person_id: str, year: str, week: str, request: Request, session: SessionDep, identity: CurrentReader
) -> Response:
    return await _quota_shots(
        request, session, identity, person_id, lambda: periods.week_interval(year, week)
    )


@router.get(
    "/data/persons/{person_id}/quota-shots/day/{year}/{month}/{day}",
    operation_id="list_person_day_quota_shots",
)
async def get_person_day_quota_shots(
    person_id: str,
    year: str,
    month: str,
    day: str,
    request: Request,
    session: SessionDep,
    identity: CurrentReader,
) -> Response:
    return await _quota_shots(
        request, session, identity, person_id, lambda: periods.day_interval(year, month, day)
    )
