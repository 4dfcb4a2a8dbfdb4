"""`/actions/...` on tasks: assignments, priorities, main previews, creation and deletion in batch."""

from fastapi import APIRouter, Request
from starlette.responses import Response

from app.areas.entities import service as entities_service
from app.areas.tasks import assignment, batch, service
from app.auth import access_rules, permissions
from app.auth.identity import CurrentUser
from app.core.dependencies import SessionDep
from app.core.errors import ZouError, bad_request, forbidden, not_found
from app.core.ids import as_uuid
from app.core.requests import criteria, silent_json, validated
from app.core.routing import UnitOfWorkRoute
from app.core.serialize import json_response
from app.models import Task
from app.schemas.models import (
    TasksAssignPerson,
    TasksAssignTasks,
    TasksClearAssignation,
    TasksSetMainPreview,
    TasksSetPriority,
)

router = APIRouter(route_class=UnitOfWorkRoute)

NO_ASSIGNEE = {"error": "Assignee doesn't exist in database."}
NO_PREVIEW = "This task has no preview file to set as the main preview."


async def _existing_task(session: SessionDep, raw_id: str):
    """A task of a batch, or None when there is none with that id (batches skip it)."""
    value = as_uuid(raw_id)
    return None if value is None else await session.get(Task, value)


# --- assignments ------------------------------------------------------------------------------
@router.put("/actions/tasks/clear-assignation", operation_id="clear_task_assignations")
async def clear_task_assignations(request: Request, session: SessionDep, identity: CurrentUser) -> Response:
    body = await validated(request, TasksClearAssignation)
    cleared = []
    for task_id in body.task_ids:
        task = await _existing_task(session, task_id)
        if task is None:
            continue
        try:
            await assignment.check_unassign_access(session, identity, task, body.person_id)
        except ZouError:
            continue
        await assignment.clear(session, task, body.person_id, identity.person.id)
        cleared.append(task_id)
    return json_response(cleared)


@router.put("/actions/tasks/{task_id}/assign", operation_id="assign_task")
async def assign_task(task_id: str, request: Request, session: SessionDep, identity: CurrentUser) -> Response:
    body = await validated(request, TasksAssignPerson)
    task = await service.get_task(session, task_id)
    person = await service.find_person(session, body.person_id)
    if person is None:
        return json_response(NO_ASSIGNEE, status_code=400)
    await assignment.check_bot(session, person, task.project_id)
    await assignment.check_assign_access(session, identity, task, person)
    result = await assignment.assign(session, task, person, identity.person.id)
    await assignment.add_team_member(session, task.project_id, person.id, identity.person.id)
    return json_response(result)


@router.put("/actions/persons/{person_id}/assign", operation_id="assign_tasks_to_person")
async def assign_tasks_to_person(
    person_id: str, request: Request, session: SessionDep, identity: CurrentUser
) -> Response:
    body = await validated(request, TasksAssignTasks)
    assigned, person = [], None
    for task_id in body.task_ids:
        task = await _existing_task(session, task_id)
        if task is None:
            continue
        person = person or await service.find_person(session, person_id)
        if person is None:
            raise ZouError(400, NO_ASSIGNEE)
        try:
            await assignment.check_bot(session, person, task.project_id)
            await assignment.check_assign_access(session, identity, task, person)
        except ZouError:
            continue
        assigned.append(await assignment.assign(session, task, person, identity.person.id))
    if assigned and person is not None:
        await assignment.add_team_member(session, assigned[0]["project_id"], person.id, identity.person.id)
    return json_response(assigned)


# --- planning fields and pictures -------------------------------------------------------------
@router.put("/actions/tasks/set-priority", operation_id="set_tasks_priority")
async def set_tasks_priority(request: Request, session: SessionDep, identity: CurrentUser) -> Response:
    body = await validated(request, TasksSetPriority)
    updated = []
    for task_id in body.task_ids:
        task = await _existing_task(session, task_id)
        if task is None:
            continue
        try:
            await access_rules.check_supervisor_task_access(
                session, identity, access_rules.task_access_dict(task), {"priority": body.priority}
            )
        except ZouError:
            continue
        updated.append(await batch.set_priority(session, task, body.priority, identity.person.id))
    return json_response(updated)


async def _check_preview_setter(session: SessionDep, identity: CurrentUser, task) -> None:
    """Members of the production (vendors on their tasks' entities); clients review pictures
    but do not choose them."""
    await access_rules.check_task_access(session, identity, access_rules.task_access_dict(task))
    if await access_rules.effective_role(session, identity, task.project_id) == "client":
        raise forbidden()


@router.put("/actions/tasks/set-main-preview", operation_id="set_tasks_main_preview")
async def set_tasks_main_preview(request: Request, session: SessionDep, identity: CurrentUser) -> Response:
    body = await validated(request, TasksSetMainPreview)
    entities = []
    for task_id in body.task_ids:
        task = await service.get_task(session, task_id)
        await _check_preview_setter(session, identity, task)
        preview = await batch.last_preview(session, task.id)
        if preview is not None:
            entities.append(
                await batch.set_entity_preview(
                    session, task.entity_id, preview, task.project_id, identity.person.id
                )
            )
    return json_response(entities)


@router.put("/actions/tasks/{task_id}/set-main-preview", operation_id="set_task_main_preview")
async def set_task_main_preview(task_id: str, session: SessionDep, identity: CurrentUser) -> Response:
    task = await service.get_task(session, task_id)
    await _check_preview_setter(session, identity, task)
    preview = await batch.last_preview(session, task.id)
    if preview is None:
        raise bad_request(NO_PREVIEW)
    return json_response(
        await batch.set_entity_preview(session, task.entity_id, preview, task.project_id, identity.person.id)
    )


# --- creation and deletion in batch -----------------------------------------------------------
async def _selection(request: Request) -> list[str] | None:
    """Zou's optional id list: absent, `{}` or `[]` means every entity matching the query string."""
    body = await silent_json(request)
    if body is None or body == {} or body == []:
        return None
    return entities_service.parse_id_list(body)


async def _create(
    request: Request,
    session: SessionDep,
    identity: CurrentUser,
    project_id: str,
    task_type_id: str,
    kind: str,
) -> Response:
    if kind == "Concept":
        await permissions.check_project_access(session, identity, project_id)
        if await access_rules.effective_role(session, identity, project_id) in ("vendor", "client"):
            raise forbidden()
    else:
        await permissions.check_manager_project_access(session, identity, project_id)
    task_type = await service.get_task_type(session, task_type_id)
    project = await service.get_project(session, project_id)
    ids = await _selection(request)
    if ids is not None:
        entities = await batch.entities_by_ids(session, project.id, ids, kind)
    else:
        entities = await batch.entities_by_criteria(session, project.id, kind, criteria(request))
    tasks = await batch.create_tasks(session, task_type, entities, identity.person.id)
    return json_response(tasks, status_code=201)


@router.post(
    "/actions/projects/{project_id}/task-types/{task_type_id}/assets/create-tasks",
    operation_id="create_asset_tasks",
)
async def create_asset_tasks(
    project_id: str, task_type_id: str, request: Request, session: SessionDep, identity: CurrentUser
) -> Response:
    return await _create(request, session, identity, project_id, task_type_id, "Asset")


@router.post(
    "/actions/projects/{project_id}/task-types/{task_type_id}/shots/create-tasks",
    operation_id="create_shot_tasks",
)
async def create_shot_tasks(
    project_id: str, task_type_id: str, request: Request, session: SessionDep, identity: CurrentUser
) -> Response:
    return await _create(request, session, identity, project_id, task_type_id, "Shot")


@router.post(
    "/actions/projects/{project_id}/task-types/{task_type_id}/edits/create-tasks",
    operation_id="create_edit_tasks",
)
async def create_edit_tasks(
    project_id: str, task_type_id: str, request: Request, session: SessionDep, identity: CurrentUser
) -> Response:
    return await _create(request, session, identity, project_id, task_type_id, "Edit")


@router.post(
    "/actions/projects/{project_id}/task-types/{task_type_id}/concepts/create-tasks",
    operation_id="create_concept_tasks",
)
async def create_concept_tasks(
    project_id: str, task_type_id: str, request: Request, session: SessionDep, identity: CurrentUser
) -> Response:
    return await _create(request, session, identity, project_id, task_type_id, "Concept")


@router.post(
    "/actions/projects/{project_id}/task-types/{task_type_id}/create-tasks/{entity_type}",
    operation_id="create_tasks_for_entity_type",
)
async def create_tasks_for_entity_type(
    project_id: str,
    task_type_id: str,
    entity_type: str,
    request: Request,
    session: SessionDep,
    identity: CurrentUser,
) -> Response:
    await permissions.check_manager_project_access(session, identity, project_id)
    task_type = await service.get_task_type(session, task_type_id)
    kind = await batch.entity_type_named(session, entity_type)
    project = await service.get_project(session, project_id)
    ids = await _selection(request)
    if ids is not None:
        entities = await batch.entities_by_ids(session, project.id, ids, None)
    else:
        episode_id = request.query_params.get("episode_id")
        entities = await batch.entities_of_type(session, project.id, kind, episode_id)
    tasks = await batch.create_tasks(session, task_type, entities, identity.person.id)
    return json_response(tasks, status_code=201)


@router.delete(
    "/actions/projects/{project_id}/task-types/{task_type_id}/delete-tasks",
    operation_id="delete_project_tasks_of_type",
)
async def delete_project_tasks_of_type(
    project_id: str, task_type_id: str, session: SessionDep, identity: CurrentUser
) -> Response:
    permissions.require_admin(identity)
    project = await service.get_project(session, project_id)
    task_type = as_uuid(task_type_id)
    if task_type is None:
        raise not_found()
    await batch.delete_tasks_of_type(session, project.id, task_type, identity.person.id)
    return Response(status_code=204)


@router.post("/actions/projects/{project_id}/delete-tasks", operation_id="delete_project_tasks")
async def delete_project_tasks(
    project_id: str, request: Request, session: SessionDep, identity: CurrentUser
) -> Response:
    await permissions.check_manager_project_access(session, identity, project_id)
    project = await service.get_project(session, project_id)
    ids = entities_service.parse_id_list(await silent_json(request))
    return json_response(await batch.delete_tasks(session, project.id, ids, identity.person.id))
