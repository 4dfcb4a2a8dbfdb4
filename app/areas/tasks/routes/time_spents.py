"""`/actions/tasks/{task_id}/time-spents...`: the time logged on a task, read, set, added, removed."""

from fastapi import APIRouter, Request
from starlette.responses import Response

from app.areas.tasks import assignment, service
from app.areas.tasks import time_spents as logs
from app.auth import access_rules
from app.auth.identity import CurrentUser
from app.core.dependencies import SessionDep
from app.core.requests import validated
from app.core.routing import UnitOfWorkRoute
from app.core.serialize import json_response
from app.schemas.models import TasksTimeSpent

router = APIRouter(route_class=UnitOfWorkRoute)


@router.get("/actions/tasks/{task_id}/time-spents", operation_id="get_task_time_spents")
async def get_task_time_spents(task_id: str, session: SessionDep, identity: CurrentUser) -> Response:
    task = await service.get_task(session, task_id)
    await access_rules.check_task_access(session, identity, access_rules.task_access_dict(task))
    return json_response(await logs.for_task(session, task))


@router.get("/actions/tasks/{task_id}/time-spents/{date}", operation_id="get_task_time_spents_for_date")
async def get_task_time_spents_for_date(
    task_id: str, date: str, session: SessionDep, identity: CurrentUser
) -> Response:
    task = await service.get_task(session, task_id)
    await access_rules.check_task_access(session, identity, access_rules.task_access_dict(task))
    day = logs.parse_day(date, logs.WRONG_DATE)
    return json_response(await logs.for_task(session, task, day))


async def _write(
    request: Request,
    session: SessionDep,
    identity: CurrentUser,
    task_id: str,
    date: str,
    person_id: str,
    add: bool,
) -> Response:
    task = await service.get_task(session, task_id)
    person = await service.get_person(session, person_id)
    await assignment.check_bot(session, person, task.project_id)
    body = await validated(request, TasksTimeSpent)
    await logs.check_access(session, identity, task, person.id)
    day = logs.parse_day(date)
    result = await logs.set_duration(session, task, person.id, day, body.duration, add, identity.person.id)
    return json_response(result, status_code=201)


@router.post(
    "/actions/tasks/{task_id}/time-spents/{date}/persons/{person_id}", operation_id="set_task_time_spent"
)
async def set_task_time_spent(
    task_id: str, date: str, person_id: str, request: Request, session: SessionDep, identity: CurrentUser
) -> Response:
    return await _write(request, session, identity, task_id, date, person_id, add=False)


@router.post(
    "/actions/tasks/{task_id}/time-spents/{date}/persons/{person_id}/add", operation_id="add_task_time_spent"
)
async def add_task_time_spent(
    task_id: str, date: str, person_id: str, request: Request, session: SessionDep, identity: CurrentUser
) -> Response:
    return await _write(request, session, identity, task_id, date, person_id, add=True)


@router.delete(
    "/actions/tasks/{task_id}/time-spents/{date}/persons/{person_id}", operation_id="delete_task_time_spent"
)
async def delete_task_time_spent(
    task_id: str, date: str, person_id: str, session: SessionDep, identity: CurrentUser
) -> Response:
    person = await service.get_person(session, person_id)
    await assignment.check_bot(session, person)
    task = await service.get_task(session, task_id)
    await logs.check_access(session, identity, task, person.id)
    day = logs.parse_day(date)
    return json_response(
        await logs.remove(session, task, person.id, day, identity.person.id), status_code=201
    )
