"""Production budgets and their entries, for the project's managers (Zou's projects blueprint,
budget part)."""

from fastapi import APIRouter, Request
from starlette.responses import Response

from app.areas.projects import budgets
from app.areas.projects.io import given, managed_project
from app.areas.projects.service import get_project
from app.auth import permissions
from app.auth.identity import CurrentUser
from app.core.dependencies import SessionDep
from app.core.requests import validated
from app.core.routing import UnitOfWorkRoute
from app.core.serialize import json_response
from app.schemas.models import (
    ProjectsBudgetEntryRequest,
    ProjectsBudgetEntryUpdate,
    ProjectsBudgetRequest,
    ProjectsBudgetUpdate,
)

router = APIRouter(route_class=UnitOfWorkRoute)
BUDGETS = "/data/projects/{project_id}/budgets"
BUDGET = BUDGETS + "/{budget_id}"
ENTRIES = BUDGET + "/entries"


async def _budget(session, identity, project_id: str, budget_id: str):
    project = await managed_project(session, identity, project_id)
    return await budgets.get_budget(session, project.id, budget_id)


# Declared before `{budget_id}`, which would catch the literal `time-spents`.
@router.get("/data/projects/{project_id}/budgets/time-spents", operation_id="get_project_month_time_spents")
async def get_project_month_time_spents(
    project_id: str, session: SessionDep, identity: CurrentUser
) -> Response:
    permissions.require_admin(identity)
    project = await get_project(session, project_id)
    return json_response(await budgets.month_time_spents(session, project.id))


@router.get(BUDGETS, operation_id="list_project_budgets")
async def get_project_budgets(project_id: str, session: SessionDep, identity: CurrentUser) -> Response:
    project = await managed_project(session, identity, project_id)
    return json_response(await budgets.list_budgets(session, project.id))


@router.post(BUDGETS, operation_id="create_project_budget")
async def create_project_budget(
    project_id: str, request: Request, session: SessionDep, identity: CurrentUser
) -> Response:
    project = await managed_project(session, identity, project_id)
    body = await validated(request, ProjectsBudgetRequest)
    # Zou answers 200 here, not 201.
    return json_response(await budgets.create_budget(session, identity, project.id, body.name, body.currency))


@router.get(BUDGET, operation_id="get_project_budget")
async def get_project_budget(
    project_id: str, budget_id: str, session: SessionDep, identity: CurrentUser
) -> Response:
    return json_response(budgets.budget_row(await _budget(session, identity, project_id, budget_id)))


@router.put(BUDGET, operation_id="update_project_budget")
async def update_project_budget(
    project_id: str, budget_id: str, request: Request, session: SessionDep, identity: CurrentUser
) -> Response:
    budget = await _budget(session, identity, project_id, budget_id)
    body = await validated(request, ProjectsBudgetUpdate)
    return json_response(await budgets.update_budget(session, identity, budget, body.name, body.currency))


@router.delete(BUDGET, operation_id="delete_project_budget")
async def delete_project_budget(
    project_id: str, budget_id: str, session: SessionDep, identity: CurrentUser
) -> Response:
    budget = await _budget(session, identity, project_id, budget_id)
    await budgets.delete_budget(session, identity, budget)
    return Response(status_code=204)


@router.get(ENTRIES, operation_id="list_project_budget_entries")
async def get_project_budget_entries(
    project_id: str, budget_id: str, session: SessionDep, identity: CurrentUser
) -> Response:
    budget = await _budget(session, identity, project_id, budget_id)
    return json_response(await budgets.list_entries(session, budget.id))


@router.post(ENTRIES, operation_id="create_project_budget_entry")
async def create_project_budget_entry(
    project_id: str, budget_id: str, request: Request, session: SessionDep, identity: CurrentUser
) -> Response:
    budget = await _budget(session, identity, project_id, budget_id)
    body = await validated(request, ProjectsBudgetEntryRequest)
    return json_response(await budgets.create_entry(session, identity, budget, body.model_dump()))


@router.get(f"{ENTRIES}/{{entry_id}}", operation_id="get_project_budget_entry")
async def get_project_budget_entry(
    project_id: str, budget_id: str, entry_id: str, session: SessionDep, identity: CurrentUser
) -> Response:
    budget = await _budget(session, identity, project_id, budget_id)
    return json_response(budgets.entry_row(await budgets.get_entry(session, budget, entry_id)))


@router.put(f"{ENTRIES}/{{entry_id}}", operation_id="update_project_budget_entry")
async def update_project_budget_entry(
    project_id: str,
    budget_id: str,
    entry_id: str,
    request: Request,
    session: SessionDep,
    identity: CurrentUser,
) -> Response:
    budget = await _budget(session, identity, project_id, budget_id)
    entry = await budgets.get_entry(session, budget, entry_id)
    body = await validated(request, ProjectsBudgetEntryUpdate)
    return json_response(await budgets.update_entry(session, identity, budget, entry, given(body)))


@router.delete(f"{ENTRIES}/{{entry_id}}", operation_id="delete_project_budget_entry")
async def delete_project_budget_entry(
    project_id: str, budget_id: str, entry_id: str, session: SessionDep, identity: CurrentUser
) -> Response:
    budget = await _budget(session, identity, project_id, budget_id)
    entry = await budgets.get_entry(session, budget, entry_id)
    await budgets.delete_entry(session, identity, budget, entry)
    return Response(status_code=204)
