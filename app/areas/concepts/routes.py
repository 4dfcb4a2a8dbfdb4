"""Zou's concepts blueprint: concepts (lists, page, creation, deletion, tasks, previews) and the
concept folders sorting them. Path ids are UUIDs: anything else is no route (404)."""

import uuid

from fastapi import APIRouter, Request
from starlette.responses import Response

from app.areas.concepts import service as concepts
from app.areas.entities import lookup as entity_lookup
from app.areas.entities import removal as entity_removal
from app.areas.entities import service as entities
from app.areas.entities import tasks as entity_tasks
from app.auth import permissions
from app.auth.identity import CurrentUser, Identity
from app.core.dependencies import SessionDep
from app.core.errors import bad_request, forbidden
from app.core.ids import as_uuid
from app.core.requests import criteria, flag, validated
from app.core.routing import UnitOfWorkRoute
from app.core.serialize import json_response
from app.models import Entity
from app.schemas.models import ConceptsCreateConceptRequest, ConceptsFolderRequest, ConceptsMoveRequest

router = APIRouter(route_class=UnitOfWorkRoute)
NO_VENDORS_OR_CLIENTS = ("vendor", "client")


async def _readable_concept(session, identity: Identity, concept_id: uuid.UUID) -> Entity:
    """Members read a concept (vendors the ones they work on); clients never see concepts."""
    concept = await entity_lookup.get_typed_entity(session, concept_id, "Concept")
    await entities.check_read(session, identity, concept)
    await entities.refuse_roles(session, identity, concept.project_id, "client")
    return concept


async def _project_member(session, identity: Identity, project_id: uuid.UUID):
    project = await entity_lookup.get_project(session, project_id)
    await permissions.check_project_access(session, identity, project.id)
    await entities.refuse_roles(session, identity, project.id, *NO_VENDORS_OR_CLIENTS)
    return project


async def _project_supervisor(session, identity: Identity, project_id: uuid.UUID):
    project = await entity_lookup.get_project(session, project_id)
    await permissions.check_supervisor_project_access(session, identity, project.id)
    return project


# --- concepts ------------------------------------------------------------------------------
@router.get("/data/concepts", operation_id="list_concepts")
async def get_concepts(request: Request, session: SessionDep, identity: CurrentUser) -> Response:
    params = criteria(request)
    project_id = params.get("project_id")
    if project_id is not None and as_uuid(project_id) is None:
        raise bad_request(f"Invalid UUID value: {project_id}")
    # Zou checks the project given, so only administrators may leave it out.
    await permissions.check_project_access(session, identity, project_id)
    role = await entities.role_in(session, identity, project_id) if project_id else identity.role
    if role in NO_VENDORS_OR_CLIENTS:
        raise forbidden()
    return json_response(await concepts.list_concepts(session, params, identity.person.id))


@router.get("/data/concepts/{concept_id:uuid}", operation_id="get_concept")
async def get_concept(concept_id: uuid.UUID, session: SessionDep, identity: CurrentUser) -> Response:
    concept = await _readable_concept(session, identity, concept_id)
    return json_response(await concepts.full_concept(session, concept, identity.person.id, client=False))


@router.delete("/data/concepts/{concept_id:uuid}", operation_id="delete_concept")
async def delete_concept(
    concept_id: uuid.UUID, request: Request, session: SessionDep, identity: CurrentUser
) -> Response:
    concept = await entity_lookup.get_typed_entity(session, concept_id, "Concept")
    await entities.check_remover(session, identity, concept)
    await entity_removal.remove_entity(session, concept, flag(request, "force"), identity.person.id)
    return Response(status_code=204)


@router.get("/data/concepts/{concept_id:uuid}/task-types", operation_id="list_concept_task_types")
async def get_concept_task_types(
    concept_id: uuid.UUID, session: SessionDep, identity: CurrentUser
) -> Response:
    concept = await _readable_concept(session, identity, concept_id)
    return json_response(await entity_tasks.task_types_in_use(session, concept.id))


@router.get("/data/concepts/{concept_id:uuid}/tasks", operation_id="list_concept_tasks")
async def get_concept_tasks(
    concept_id: uuid.UUID, request: Request, session: SessionDep, identity: CurrentUser
) -> Response:
    concept = await _readable_concept(session, identity, concept_id)
    tasks = await entity_tasks.detailed_tasks(session, concept.id, flag(request, "relations"), client=False)
    return json_response(tasks)


@router.get("/data/concepts/{concept_id:uuid}/preview-files", operation_id="get_concept_preview_files")
async def get_concept_preview_files(
    concept_id: uuid.UUID, session: SessionDep, identity: CurrentUser
) -> Response:
    concept = await _readable_concept(session, identity, concept_id)
    return json_response(await concepts.preview_files_by_task_type(session, concept.id))


@router.get("/data/projects/{project_id:uuid}/concepts", operation_id="list_project_concepts")
async def get_project_concepts(project_id: uuid.UUID, session: SessionDep, identity: CurrentUser) -> Response:
    project = await _project_member(session, identity, project_id)
    return json_response(await concepts.project_entities(session, project.id, "Concept"))


@router.post("/data/projects/{project_id:uuid}/concepts", operation_id="create_concept")
async def create_concept(
    project_id: uuid.UUID, request: Request, session: SessionDep, identity: CurrentUser
) -> Response:
    body = await validated(request, ConceptsCreateConceptRequest)
    project = await _project_member(session, identity, project_id)
    concept = await concepts.create_concept(session, project, body.model_dump(), identity.person.id)
    return json_response(concept, status_code=201)


# --- folders -------------------------------------------------------------------------------
@router.get("/data/projects/{project_id:uuid}/concept-folders", operation_id="list_project_concept_folders")
async def get_project_concept_folders(
    project_id: uuid.UUID, session: SessionDep, identity: CurrentUser
) -> Response:
    project = await _project_member(session, identity, project_id)
    return json_response(await concepts.project_entities(session, project.id, "ConceptFolder"))


@router.post("/data/projects/{project_id:uuid}/concept-folders", operation_id="create_concept_folder")
async def create_concept_folder(
    project_id: uuid.UUID, request: Request, session: SessionDep, identity: CurrentUser
) -> Response:
    body = await validated(request, ConceptsFolderRequest)
    project = await _project_supervisor(session, identity, project_id)
    folder = await concepts.create_folder(session, project, body.name, identity.person.id)
    return json_response(folder, status_code=201)


@router.put("/data/concept-folders/{concept_folder_id:uuid}", operation_id="update_concept_folder")
async def update_concept_folder(
    concept_folder_id: uuid.UUID, request: Request, session: SessionDep, identity: CurrentUser
) -> Response:
    body = await validated(request, ConceptsFolderRequest)
    folder = await concepts.get_folder(session, concept_folder_id)
    await permissions.check_supervisor_project_access(session, identity, folder.project_id)
    return json_response(await concepts.rename_folder(session, folder, body.name, identity.person.id))


@router.delete("/data/concept-folders/{concept_folder_id:uuid}", operation_id="delete_concept_folder")
async def delete_concept_folder(
    concept_folder_id: uuid.UUID, session: SessionDep, identity: CurrentUser
) -> Response:
    folder = await concepts.get_folder(session, concept_folder_id)
    await permissions.check_supervisor_project_access(session, identity, folder.project_id)
    await concepts.remove_folder(session, folder, identity.person.id)
    return Response(status_code=204)


@router.post("/actions/projects/{project_id:uuid}/move-concepts", operation_id="move_concepts")
async def move_concepts(
    project_id: uuid.UUID, request: Request, session: SessionDep, identity: CurrentUser
) -> Response:
    body = await validated(request, ConceptsMoveRequest)
    project = await _project_supervisor(session, identity, project_id)
    concept_ids = list(dict.fromkeys(body.concept_ids))
    moved = await concepts.move_concepts(
        session, project.id, concept_ids, body.concept_folder_id, identity.person.id
    )
    return json_response(moved)
