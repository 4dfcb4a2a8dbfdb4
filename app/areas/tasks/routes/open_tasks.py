"""`/data/tasks/open-tasks...` and `/data/persons/task-dates`: the studio's task pool and the team
schedule's dates."""

import datetime

from fastapi import APIRouter, Request
from starlette.responses import Response

from app.areas.tasks import open_tasks, scopes
from app.auth import permissions
from app.auth.identity import CurrentUser
from app.core.dependencies import SessionDep
from app.core.errors import bad_request, forbidden
from app.core.ids import as_uuid, check_id
from app.core.requests import WRONG_INT, int_value
from app.core.routing import UnitOfWorkRoute
from app.core.serialize import json_response

router = APIRouter(route_class=UnitOfWorkRoute)

ID_FILTERS = ("project_id", "task_type_id", "task_status_id", "studio_id", "department_id")
WRONG_DATE = "Wrong date format for before argument.Expected format: 2020-01-05T13:23:10 or 2020-01-05"


def _date(raw: str | None) -> datetime.datetime | None:
    if raw is None:
        return None
    for pattern in ("%Y-%m-%dT%H:%M:%S", "%Y-%m-%d"):
        try:
            return datetime.datetime.strptime(raw, pattern)
        except ValueError:
            continue
    raise bad_request(WRONG_DATE)


def _filters(request: Request) -> open_tasks.Filters:
    params = request.query_params
    priority = int_value("priority", params.get("priority"), None, WRONG_INT)
    ids = {name: check_id(params[name]) for name in ID_FILTERS if params.get(name) is not None}
    person = params.get("person_id")
    person_ids = None
    if person is not None and person != "unassigned":
        person_ids = [check_id(value) for value in person.split(",")]
    return open_tasks.Filters(
        **ids,
        person_ids=person_ids,
        unassigned=person == "unassigned",
        start_date=_date(params.get("start_date")),
        due_date=_date(params.get("due_date")),
        priority=priority,
    )


@router.get("/data/tasks/open-tasks", operation_id="get_open_tasks")
async def get_open_tasks(request: Request, session: SessionDep, identity: CurrentUser) -> Response:
    page = int_value("page", request.query_params.get("page"), None, WRONG_INT)
    limit = int_value("limit", request.query_params.get("limit"), 100, WRONG_INT) or 100
    filters = _filters(request)
    return json_response(await open_tasks.open_tasks(session, identity, filters, page, limit))


@router.get("/data/tasks/open-tasks/stats", operation_id="get_open_tasks_stats")
async def get_open_tasks_stats(session: SessionDep, identity: CurrentUser) -> Response:
    return json_response(await open_tasks.stats(session, identity))


@router.get("/data/tasks/open-tasks/burndown", operation_id="get_open_tasks_burndown")
async def get_open_tasks_burndown(request: Request, session: SessionDep, identity: CurrentUser) -> Response:
    return json_response(await open_tasks.burndown(session, identity, _filters(request)))


@router.get("/data/persons/task-dates", operation_id="list_persons_task_dates")
async def get_persons_task_dates(request: Request, session: SessionDep, identity: CurrentUser) -> Response:
    raw = (request.query_params.get("project_id") or "").strip() or None
    project_id = None
    if raw is not None:
        project_id = as_uuid(raw)
        if project_id is None:
            raise bad_request("Invalid project_id.")
    if identity.is_admin:
        projects = [project_id] if project_id else await scopes.open_project_ids(session)
        return json_response(await open_tasks.persons_task_dates(session, projects, []))
    permissions.require_roles(identity, permissions.SUPERVISOR_ROLES)
    if project_id is not None:
        if not await permissions.has_project_access(session, identity, project_id):
            raise forbidden()
        return json_response(await open_tasks.persons_task_dates(session, [project_id], []))
    own = await permissions.related_project_ids(session, identity)
    busy = [value for value in await scopes.open_project_ids(session) if value not in set(own)]
    return json_response(await open_tasks.persons_task_dates(session, own, busy))
