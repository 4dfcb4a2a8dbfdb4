"""Zou's entities blueprint (generic entity helpers): news, previews and time spents of an entity,
task creation, and deleting a batch of a production's entities."""

import uuid

from fastapi import APIRouter, Request
from starlette.responses import Response

from app.areas.entities import lookup as entity_lookup
from app.areas.entities import service as entities
from app.areas.entities import tasks as entity_tasks
from app.auth import access_rules, permissions
from app.auth.identity import CurrentUser
from app.core.dependencies import SessionDep
from app.core.requests import flag, silent_json, validated
from app.core.routing import UnitOfWorkRoute
from app.core.serialize import json_response
from app.schemas.models import EntitiesCreateTasksRequest

router = APIRouter(route_class=UnitOfWorkRoute)


@router.post("/actions/projects/{project_id:uuid}/delete-entities", operation_id="delete_project_entities")
async def delete_project_entities(
    project_id: uuid.UUID, request: Request, session: SessionDep, identity: CurrentUser
) -> Response:
    project = await entity_lookup.get_project(session, project_id)
    entity_ids = entities.parse_id_list(await silent_json(request))
    removed = await entities.remove_entities(session, identity, project, entity_ids, flag(request, "force"))
    return json_response(removed)


@router.get("/data/entities/{entity_id:uuid}/news", operation_id="get_entity_news")
async def get_entity_news(entity_id: uuid.UUID, session: SessionDep, identity: CurrentUser) -> Response:
    entity = await entity_lookup.get_entity(session, entity_id)
    await entities.check_read(session, identity, entity)
    return json_response(await entities.news(session, entity))


@router.get("/data/entities/{entity_id:uuid}/preview-files", operation_id="list_entity_preview_files")
async def get_entity_preview_files(
    entity_id: uuid.UUID, session: SessionDep, identity: CurrentUser
) -> Response:
    entity = await entity_lookup.get_entity(session, entity_id)
    await entities.check_read(session, identity, entity)
    return json_response(await entities.preview_files(session, entity.id))


@router.get("/data/entities/{entity_id:uuid}/time-spents", operation_id="list_entity_time_spents")
async def get_entity_time_spents(
    entity_id: uuid.UUID, session: SessionDep, identity: CurrentUser
) -> Response:
    entity = await entity_lookup.get_entity(session, entity_id)
    await entities.check_read(session, identity, entity)
    # Zou answers clients here although it blanks task durations for them everywhere else.
    await entities.refuse_roles(session, identity, entity.project_id, "client")
    return json_response(await entities.time_spents(session, entity.id))


@router.post("/data/entities/{entity_id:uuid}/tasks", operation_id="create_entity_tasks")
async def create_entity_tasks(
    entity_id: uuid.UUID, request: Request, session: SessionDep, identity: CurrentUser
) -> Response:
    entity = await entity_lookup.get_entity(session, entity_id)
    await entities.check_read(session, identity, entity)
    await entities.refuse_roles(session, identity, entity.project_id, "vendor", "client")
    # Zou lets any member create tasks; assigning work is a manager's (or a supervisor's for the
    # task types of their departments, checked per task below), as for POST /data/tasks.
    await permissions.check_supervisor_project_access(session, identity, entity.project_id)
    body = await validated(request, EntitiesCreateTasksRequest)
    task_type_ids = body.task_type_ids or []
    tasks = await entity_tasks.create_tasks_for_entity(session, entity, task_type_ids, identity.person.id)
    for task in tasks:
        await access_rules.check_task_creation_access(
            session, identity, entity.project_id, task["task_type_id"]
        )
    return json_response(tasks, status_code=201)
