"""`/data/...` task reads: a task's page and previews, a person's to-do lists, a project's tasks,
an entity's tasks of a type, and the admin's per-project lists."""

from fastapi import APIRouter, Request
from starlette.responses import Response

from app.areas.entities import tasks as entity_tasks
from app.areas.tasks import assignment, http_cache, reads, scopes, service
from app.auth import access_rules, permissions
from app.auth.identity import CurrentUser, Identity
from app.core.dependencies import SessionDep
from app.core.errors import bad_request, forbidden, not_found
from app.core.ids import as_uuid
from app.core.requests import int_param
from app.core.routing import UnitOfWorkRoute
from app.core.serialize import json_response
from app.models import Entity, Task

router = APIRouter(route_class=UnitOfWorkRoute)


def _optional_id(request: Request, name: str):
    raw = request.query_params.get(name)
    if raw is None:
        return None
    value = as_uuid(raw)
    if value is None:
        raise bad_request(f"Invalid {name}: {raw}")
    return value


# --- one task ---------------------------------------------------------------------------------
@router.get("/data/tasks/{task_id}/full", operation_id="get_full_task")
async def get_full_task(task_id: str, session: SessionDep, identity: CurrentUser) -> Response:
    task = await service.get_task(session, task_id)
    await access_rules.check_task_access(session, identity, access_rules.task_access_dict(task))
    result = await reads.full_task(session, task, identity.person.id)
    if await access_rules.effective_role(session, identity, task.project_id) == "client":
        entity_tasks.blank_for_client(result)
        result["persons"] = []
        result.pop("assigner", None)
    return json_response(result)


@router.get("/data/tasks/{task_id}/previews", operation_id="list_task_previews")
async def get_task_previews(task_id: str, session: SessionDep, identity: CurrentUser) -> Response:
    task = await service.get_task(session, task_id)
    await access_rules.check_task_access(session, identity, access_rules.task_access_dict(task))
    client = await access_rules.effective_role(session, identity, task.project_id) == "client"
    return json_response(await reads.task_previews(session, task.id, client))


# --- a person's tasks -------------------------------------------------------------------------
async def _check_person_reader(session: SessionDep, identity: Identity, person_id: str):
    """The person (not a bot); callers below supervisor read only their own lists."""
    person = await service.get_person(session, person_id)
    await assignment.check_bot(session, person)
    if person.id != identity.person.id and identity.role not in permissions.SUPERVISOR_ROLES + ("client",):
        raise forbidden()
    return person


async def _person_tasks(session: SessionDep, identity: Identity, person_id: str, done: bool) -> Response:
    person = await _check_person_reader(session, identity, person_id)
    if identity.role == "client":
        return json_response([])
    projects = await scopes.caller_project_ids(session, identity)
    return json_response(await reads.person_tasks(session, person.id, projects, done))


@router.get("/data/persons/{person_id}/tasks", operation_id="list_person_tasks")
async def get_person_tasks(person_id: str, session: SessionDep, identity: CurrentUser) -> Response:
    return await _person_tasks(session, identity, person_id, done=False)


@router.get("/data/persons/{person_id}/done-tasks", operation_id="list_person_done_tasks")
async def get_person_done_tasks(person_id: str, session: SessionDep, identity: CurrentUser) -> Response:
    return await _person_tasks(session, identity, person_id, done=True)


@router.get(
    "/data/persons/{person_id}/related-tasks/{task_type_id}", operation_id="list_person_related_tasks"
)
async def get_person_related_tasks(
    person_id: str, task_type_id: str, session: SessionDep, identity: CurrentUser
) -> Response:
    person = await _check_person_reader(session, identity, person_id)
    if identity.role == "client":
        return json_response([])
    # A task type is a filter here: an unknown one finds nothing (Zou: 200 []), a malformed one is 404.
    task_type = as_uuid(task_type_id)
    if task_type is None:
        raise not_found()
    projects = await scopes.caller_project_ids(session, identity)
    return json_response(await reads.related_tasks(session, person.id, task_type, projects))


# --- tasks of a project, of an entity ---------------------------------------------------------
@router.get("/data/projects/{project_id}/tasks", operation_id="list_project_tasks")
async def get_project_tasks(
    project_id: str, request: Request, session: SessionDep, identity: CurrentUser
) -> Response:
    project = await service.get_project(session, project_id)
    await permissions.check_project_access(session, identity, project.id)
    role = await access_rules.effective_role(session, identity, project.id)
    etag = await http_cache.project_tasks_etag(session, project.id, identity.person.id, role)
    if http_cache.is_fresh(request.headers.get("if-none-match"), etag):
        return http_cache.not_modified(etag)
    query = reads.project_tasks_query(
        project.id, _optional_id(request, "task_type_id"), _optional_id(request, "episode_id")
    )
    if role == "vendor":
        query = query.where(Task.id.in_(access_rules.assigned_task_ids(identity.person.id)))
    page = int_param(request, "page", 0)
    result = await reads.paginate(session, "tasks", query, page, relations=True)
    return json_response(result, headers=http_cache.headers(etag))


@router.get(
    "/data/entities/{entity_id}/task-types/{task_type_id}/tasks", operation_id="list_entity_tasks_of_type"
)
async def get_entity_tasks_of_type(
    entity_id: str, task_type_id: str, session: SessionDep, identity: CurrentUser
) -> Response:
    value = as_uuid(entity_id)
    entity = None if value is None else await session.get(Entity, value)
    if entity is None:
        raise not_found()
    await permissions.check_project_access(session, identity, entity.project_id)
    await access_rules.check_entity_access(session, identity, entity.id, entity.project_id)
    task_type = await service.get_task_type(session, task_type_id)
    client = await access_rules.effective_role(session, identity, entity.project_id) == "client"
    return json_response(await reads.entity_tasks_of_type(session, entity.id, task_type.id, client))


# --- admin lists of a project -----------------------------------------------------------------
async def _admin_list(request: Request, session: SessionDep, identity: Identity, project_id: str, kind: str):
    permissions.require_admin(identity)
    project = await service.get_project(session, project_id)
    if kind == "notifications":
        query, collection = reads.project_notifications(project.id), "notifications"
    elif kind == "subscriptions":
        return json_response(
            await reads.paginate(session, "subscriptions", reads.project_subscriptions(project.id), 0)
        )
    else:
        query, collection = reads.project_preview_files(project.id), "preview-files"
    return json_response(await reads.paginate(session, collection, query, int_param(request, "page", 0)))


@router.get("/data/projects/{project_id}/preview-files", operation_id="list_project_preview_files")
async def get_project_preview_files(
    project_id: str, request: Request, session: SessionDep, identity: CurrentUser
) -> Response:
    return await _admin_list(request, session, identity, project_id, "preview-files")


@router.get("/data/projects/{project_id}/notifications", operation_id="list_project_notifications")
async def get_project_notifications(
    project_id: str, request: Request, session: SessionDep, identity: CurrentUser
) -> Response:
    return await _admin_list(request, session, identity, project_id, "notifications")


@router.get("/data/projects/{project_id}/subscriptions", operation_id="list_project_subscriptions")
async def get_project_subscriptions(
    project_id: str, request: Request, session: SessionDep, identity: CurrentUser
) -> Response:
    return await _admin_list(request, session, identity, project_id, "subscriptions")
