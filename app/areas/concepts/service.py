"""Concepts and concept folders (Zou's concepts_service). Both are `entity` rows: concepts of
type `Concept`, folders of type `ConceptFolder`; a concept's folder is its `parent_id`."""

from collections import defaultdict
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app import events
from app.areas.entities import kinds as entity_kinds
from app.areas.entities.lookup import (
    apply_criteria,
    attach_relations,
    entity_columns,
    fetch_rows,
    get_typed_entity,
    row_of,
    typed_entity_rows,
)
from app.areas.entities.task_lists import revision_entries
from app.areas.entities.tasks import assigned_to, task_summaries
from app.core.errors import bad_request, not_found
from app.core.ids import as_uuid
from app.models import Entity, EntityConceptLink, EntityType, PreviewFile, Project, Task, TaskType

# Task fields of Zou's concept page (CONCEPTS_AND_TASKS_TASK_FIELDS).
CONCEPT_TASK_FIELDS = (
    "id",
    "duration",
    "due_date",
    "end_date",
    "entity_id",
    "estimation",
    "last_comment_date",
    "nb_assets_ready",
    "priority",
    "real_start_date",
    "retake_count",
    "start_date",
    "task_status_id",
    "task_type_id",
    "data",
)


def _type_id(name: str):
    return select(EntityType.id).where(EntityType.name == name).scalar_subquery()


async def with_concept_links(session: AsyncSession, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Zou answers a concept with the ids of the entities it is linked to (`entity_concept_links`)."""
    ids = [row["id"] for row in rows]
    links: dict[str, list[str]] = {str(concept_id): [] for concept_id in ids}
    if ids:
        query = select(EntityConceptLink.entity_in_id, EntityConceptLink.entity_out_id).where(
            EntityConceptLink.entity_in_id.in_(ids)
        )
        for concept_id, entity_id in (await session.execute(query)).all():
            links[str(concept_id)].append(str(entity_id))
    for row in rows:
        row["entity_concept_links"] = links[str(row["id"])]
    return rows


async def list_concepts(
    session: AsyncSession, criteria: dict[str, str], person_id: Any
) -> list[dict[str, Any]]:
    """Zou's get_concepts: criteria on the entity columns, plus the project name."""
    criteria = {key: value for key, value in criteria.items() if key not in ("page", "entity_type_id")}
    query = (
        select(*entity_columns(), Project.name.label("project_name"))
        .join(Project, Project.id == Entity.project_id)
        .where(Entity.entity_type_id == _type_id("Concept"))
    )
    if criteria.pop("assigned_to", None) is not None:
        query = query.where(assigned_to(Entity.id, person_id))
    query = apply_criteria(query, criteria)
    return await with_concept_links(
        session, await typed_entity_rows(session, query.order_by(Entity.name), "Concept")
    )


async def project_entities(session: AsyncSession, project_id: Any, type_name: str) -> list[dict[str, Any]]:
    query = (
        select(*entity_columns())
        .where(Entity.project_id == project_id, Entity.entity_type_id == _type_id(type_name))
        .order_by(Entity.name)
    )
    rows = await typed_entity_rows(session, query, type_name)
    return await with_concept_links(session, rows) if type_name == "Concept" else rows


async def full_concept(
    session: AsyncSession, concept: Entity, person_id: Any, client: bool
) -> dict[str, Any]:
    """The concept page: its row with links, project name, picture status and tasks."""
    row = row_of(concept, "Concept")
    await attach_relations(session, [row])
    project_name = (
        await session.execute(select(Project.name).where(Project.id == concept.project_id))
    ).scalar()
    status = None
    if concept.preview_file_id is not None:
        status_query = select(PreviewFile.status).where(PreviewFile.id == concept.preview_file_id)
        status = (await session.execute(status_query)).scalar()
    data = concept.data or {}
    summaries = await task_summaries(session, [concept.id], person_id, client, CONCEPT_TASK_FIELDS)
    tasks = summaries.get(concept.id, [])
    row.update(
        {
            "fps": data.get("fps"),
            "frame_in": data.get("frame_in"),
            "frame_out": data.get("frame_out"),
            "preview_file_status": status,
            "project_name": project_name,
            "tasks": tasks,
        }
    )
    return row


async def get_folder(session: AsyncSession, raw_id: Any) -> Entity:
    return await get_typed_entity(session, raw_id, "ConceptFolder")


async def _project_folder(session: AsyncSession, project_id: Any, raw_id: Any) -> Entity:
    folder = await get_folder(session, raw_id)
    if folder.project_id != project_id:
        raise not_found()
    return folder


def _link_ids(values: list[Any]) -> list[Any]:
    """Concept links name entities by id or as objects holding an `id`."""
    ids = []
    for value in values:
        raw = value.get("id") if isinstance(value, dict) else value
        parsed = as_uuid(raw)
        if parsed is None:
            raise bad_request("Invalid entity id in entity_concept_links.")
        ids.append(parsed)
    return list(dict.fromkeys(ids))


async def create_concept(
    session: AsyncSession, project: Project, values: dict[str, Any], user_id: Any
) -> dict[str, Any]:
    """A concept of the project (in a folder of the project when `parent_id` is given). A concept
    already carrying the name is answered as is, as Zou does."""
    parent_id = values.get("parent_id")
    if parent_id is not None:
        parent_id = (await _project_folder(session, project.id, parent_id)).id
    concept_type = await entity_kinds.get_or_create_type(session, "Concept")
    query = select(Entity).where(
        Entity.project_id == project.id,
        Entity.entity_type_id == concept_type.id,
        Entity.name == values["name"],
    )
    existing = (await session.execute(query)).scalars().first()
    if existing is not None:
        return (await with_concept_links(session, [row_of(existing, "Concept")]))[0]
    link_ids = _link_ids(values.get("entity_concept_links") or [])
    if link_ids:
        known = select(Entity.id).where(Entity.id.in_(link_ids))
        link_ids = list((await session.execute(known)).scalars().all())
    concept = Entity(
        project_id=project.id,
        entity_type_id=concept_type.id,
        name=values["name"],
        data=values.get("data") if values.get("data") is not None else {},
        description=values.get("description"),
        created_by=user_id,
        parent_id=parent_id,
    )
    session.add(concept)
    await session.flush()
    for entity_id in link_ids:
        session.add(EntityConceptLink(entity_in_id=concept.id, entity_out_id=entity_id))
    await session.flush()
    events.emit(session, "concept:new", {"concept_id": concept.id}, project_id=project.id, user_id=user_id)
    return (await with_concept_links(session, [row_of(concept, "Concept")]))[0]


async def preview_files_by_task_type(
    session: AsyncSession, concept_id: Any
) -> dict[str, list[dict[str, Any]]]:
    """Zou's get_entity_previews_by_task_type: per task type, the previews newest revision first,
    the files of one revision nested under its first one."""
    query = (
        select(
            PreviewFile.id,
            PreviewFile.revision,
            PreviewFile.position,
            PreviewFile.original_name,
            PreviewFile.extension,
            PreviewFile.width,
            PreviewFile.height,
            PreviewFile.duration,
            PreviewFile.status,
            PreviewFile.annotations,
            PreviewFile.created_at,
            PreviewFile.data,
            Task.id.label("task_id"),
            Task.task_type_id,
        )
        .join(PreviewFile, PreviewFile.task_id == Task.id)
        .join(TaskType, TaskType.id == Task.task_type_id)
        .where(Task.entity_id == concept_id)
        .order_by(
            TaskType.priority.desc(), TaskType.name, PreviewFile.revision.desc(), PreviewFile.created_at
        )
    )
    by_task: dict[Any, list[dict[str, Any]]] = defaultdict(list)
    for row in await fetch_rows(session, query):
        data = row.pop("data") or {}
        row["duration"] = float(row["duration"] or 0)
        for key in ("original_width", "original_height", "original_duration", "original_file_size"):
            row[key] = data.get(key)
        by_task[row["task_id"]].append(row)
    hidden = ("position", "task_type_id")
    return revision_entries(by_task, lambda entry: {k: v for k, v in entry.items() if k not in hidden})


# --- folders -------------------------------------------------------------------------------
async def create_folder(session: AsyncSession, project: Project, name: str, user_id: Any) -> dict[str, Any]:
    """A folder of the project; one already carrying the name is answered as is."""
    folder_type = await entity_kinds.get_or_create_type(session, "ConceptFolder")
    query = select(Entity).where(
        Entity.project_id == project.id, Entity.entity_type_id == folder_type.id, Entity.name == name
    )
    folder = (await session.execute(query)).scalars().first()
    if folder is None:
        folder = Entity(project_id=project.id, entity_type_id=folder_type.id, name=name, created_by=user_id)
        session.add(folder)
        await session.flush()
        data = {"concept_folder_id": folder.id}
        events.emit(session, "concept-folder:new", data, project_id=project.id, user_id=user_id)
    return row_of(folder, "ConceptFolder")


async def rename_folder(session: AsyncSession, folder: Entity, name: str, user_id: Any) -> dict[str, Any]:
    query = select(Entity.id).where(
        Entity.project_id == folder.project_id,
        Entity.entity_type_id == folder.entity_type_id,
        Entity.name == name,
        Entity.id != folder.id,
    )
    if (await session.execute(query)).first() is not None:
        raise bad_request("A concept folder with this name already exists.")
    folder.name = name
    await session.flush()
    data = {"concept_folder_id": folder.id}
    events.emit(session, "concept-folder:update", data, project_id=folder.project_id, user_id=user_id)
    return row_of(folder, "ConceptFolder")


async def move_concepts(
    session: AsyncSession, project_id: Any, concept_ids: list[Any], folder_id: Any, user_id: Any
) -> list[str]:
    """Put concepts of the project in a folder (or back at the root); others are skipped."""
    if folder_id is not None:
        folder_id = (await _project_folder(session, project_id, folder_id)).id
    if not concept_ids:
        return []
    query = select(Entity.id).where(
        Entity.id.in_(concept_ids),
        Entity.project_id == project_id,
        Entity.entity_type_id == _type_id("Concept"),
    )
    moved = list((await session.execute(query)).scalars().all())
    if moved:
        await session.execute(update(Entity).where(Entity.id.in_(moved)).values(parent_id=folder_id))
    for concept_id in moved:
        events.emit(
            session, "concept:update", {"concept_id": concept_id}, project_id=project_id, user_id=user_id
        )
    return [str(concept_id) for concept_id in moved]


async def remove_folder(session: AsyncSession, folder: Entity, user_id: Any) -> None:
    """The folder goes; its concepts go back to the root of the project."""
    inside = select(Entity.id).where(Entity.parent_id == folder.id)
    concept_ids = list((await session.execute(inside)).scalars().all())
    await move_concepts(session, folder.project_id, concept_ids, None, user_id)
    # Anything else still hanging from the folder is detached too: nothing points at a gone row.
    await session.execute(update(Entity).where(Entity.parent_id == folder.id).values(parent_id=None))
    project_id, folder_id = folder.project_id, folder.id
    await session.delete(folder)
    await session.flush()
    data = {"concept_folder_id": folder_id}
    events.emit(session, "concept-folder:delete", data, project_id=project_id, user_id=user_id)
