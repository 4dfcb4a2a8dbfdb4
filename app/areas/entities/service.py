"""Generic entity helpers (Zou's entities blueprint): an entity's news, previews and time spents,
and removing a batch of a project's entities. Also the access rules every entity route shares."""

import math
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from app.areas.entities import kinds as entity_kinds
from app.areas.entities import removal as entity_removal
from app.areas.entities.lookup import fetch_rows
from app.auth import access_rules, permissions
from app.auth.identity import Identity
from app.core.errors import bad_request, forbidden
from app.core.ids import as_uuid
from app.models import (
    Comment,
    Entity,
    EntityType,
    News,
    Person,
    PreviewFile,
    Project,
    Task,
    TaskType,
    TimeSpent,
)

NEWS_LIMIT = 2000
TIME_SPENT_COLUMNS = list(TimeSpent.__table__.columns)  # type: ignore[attr-defined]


# --- access --------------------------------------------------------------------------------
async def check_read(session: AsyncSession, identity: Identity, entity: Entity) -> None:
    """Zou's check_project_access + check_entity_access: members read, vendors their entities."""
    await permissions.check_project_access(session, identity, entity.project_id)
    await access_rules.check_entity_access(session, identity, entity.id, entity.project_id)


async def role_in(session: AsyncSession, identity: Identity, project_id: Any) -> str:
    return await access_rules.effective_role(session, identity, project_id)


async def refuse_roles(session: AsyncSession, identity: Identity, project_id: Any, *roles: str) -> None:
    if await role_in(session, identity, project_id) in roles:
        raise forbidden()


async def check_remover(session: AsyncSession, identity: Identity, entity: Entity) -> None:
    """Creators remove their own entities, managers any. Zou ignores the team check it makes for
    creators (a creator who left the production could still delete): here they must belong."""
    if entity.created_by is not None and entity.created_by == identity.person.id:
        await permissions.check_project_access(session, identity, entity.project_id)
        return
    await permissions.check_manager_project_access(session, identity, entity.project_id)


# --- reads ---------------------------------------------------------------------------------
async def full_entity_name(session: AsyncSession, entity: Entity) -> tuple[str, Any]:
    """Zou's get_full_entity_name: `Episode / Sequence / Shot`, `Asset type / Asset`..."""
    type_name = await entity_kinds.type_name_of(session, entity.entity_type_id)
    if type_name == "Episode":
        return entity.name, None
    if type_name not in ("Shot", "Sequence"):
        return f"{type_name} / {entity.name}", entity.source_id
    parent = await session.get(Entity, entity.parent_id) if entity.parent_id is not None else None
    if parent is None:
        return entity.name, None
    if type_name == "Sequence":
        return f"{parent.name} / {entity.name}", parent.id
    episode = await session.get(Entity, parent.parent_id) if parent.parent_id is not None else None
    if episode is None:
        return f"{parent.name} / {entity.name}", None
    return f"{episode.name} / {parent.name} / {entity.name}", episode.id


async def news(session: AsyncSession, entity: Entity) -> dict[str, Any]:
    """The entity's news feed, newest first, as Zou's one page of 2000."""
    base = (
        select(News.id)
        .join(Task, Task.id == News.task_id)
        .join(Project, Project.id == Task.project_id)
        .where(Task.entity_id == entity.id)
    )
    total = (await session.execute(select(func.count()).select_from(base.subquery()))).scalar_one()
    author = aliased(Person)
    query = (
        select(
            News.id,
            News.author_id,
            News.comment_id,
            News.task_id,
            Task.task_type_id,
            Comment.task_status_id,
            Task.entity_id.label("task_entity_id"),
            News.preview_file_id,
            PreviewFile.extension.label("preview_file_extension"),
            PreviewFile.revision.label("preview_file_revision"),
            Project.id.label("project_id"),
            Project.name.label("project_name"),
            News.created_at,
            News.change,
            author.first_name,
            author.last_name,
            author.has_avatar,
            author.role,
        )
        .join(Task, Task.id == News.task_id)
        .join(Project, Project.id == Task.project_id)
        .outerjoin(Comment, Comment.id == News.comment_id)
        .outerjoin(PreviewFile, PreviewFile.id == News.preview_file_id)
        .outerjoin(author, author.id == News.author_id)
        .where(Task.entity_id == entity.id)
        .order_by(News.created_at.desc(), News.id.desc())
        .limit(NEWS_LIMIT)
    )
    name, episode_id = await full_entity_name(session, entity)
    data = []
    for row in await fetch_rows(session, query):
        first, last = row.pop("first_name"), row.pop("last_name")
        has_avatar, role = row.pop("has_avatar"), row.pop("role")
        person = None
        if row["author_id"] is not None and first is not None:
            full = f"{first} {last}" if first and last else f"{first or ''}{last or ''}"
            person = {
                "id": row["author_id"],
                "first_name": first,
                "last_name": last,
                "full_name": full,
                "has_avatar": has_avatar,
                "role": role,
            }
        row.update(
            {
                "type": "News",
                "full_entity_name": name,
                "episode_id": episode_id,
                "entity_preview_file_id": entity.preview_file_id,
                "person": person,
            }
        )
        data.append(row)
    return {
        "data": data,
        "total": total,
        "nb_pages": math.ceil(total / NEWS_LIMIT),
        "limit": NEWS_LIMIT,
        "offset": 0,
        "page": 1,
    }


async def preview_files(session: AsyncSession, entity_id: Any) -> list[dict[str, Any]]:
    query = (
        select(
            PreviewFile.id,
            PreviewFile.name,
            PreviewFile.original_name,
            PreviewFile.extension,
            PreviewFile.revision,
            PreviewFile.position,
            PreviewFile.file_size,
            PreviewFile.status,
            PreviewFile.validation_status,
            PreviewFile.task_id,
            PreviewFile.person_id,
            PreviewFile.created_at,
            PreviewFile.token_in,
            PreviewFile.token_out,
        )
        .join(Task, Task.id == PreviewFile.task_id)
        .join(TaskType, TaskType.id == Task.task_type_id)
        .where(Task.entity_id == entity_id)
        .order_by(TaskType.name, PreviewFile.revision.desc(), PreviewFile.position)
    )
    return await fetch_rows(session, query)


async def time_spents(session: AsyncSession, entity_id: Any) -> list[dict[str, Any]]:
    query = (
        select(*TIME_SPENT_COLUMNS)
        .join(Task, Task.id == TimeSpent.task_id)
        .where(Task.entity_id == entity_id)
        .order_by(TimeSpent.date.desc())
    )
    rows = await fetch_rows(session, query)
    for row in rows:
        row["type"] = "TimeSpent"
    return rows


# --- batch removal -------------------------------------------------------------------------
def parse_id_list(body: Any) -> list[str]:
    """Zou's validate_id_list: a JSON array of UUID strings."""
    if not isinstance(body, list):
        raise bad_request("Request body must be a JSON array.")
    for value in body:
        if not isinstance(value, str) or as_uuid(value) is None:
            raise bad_request("Request body must only contain valid UUIDs.")
    return body


REMOVABLE = ("Asset", "Shot", "Edit", "Concept")


async def remove_entities(
    session: AsyncSession, identity: Identity, project: Project, entity_ids: list[str], force: bool
) -> list[str]:
    """Every entity is authorised before anything goes; absent ones, those of another project and
    kinds other than assets, shots, edits and concepts are skipped. Without force an entity with
    tasks is canceled, or removed for good when already canceled; concepts always go."""
    wanted = list(dict.fromkeys(as_uuid(value) for value in entity_ids))
    found = {
        entity.id: entity
        for entity in (await session.execute(select(Entity).where(Entity.id.in_(wanted)))).scalars().all()
    }
    for entity in found.values():
        if entity.created_by is not None and entity.created_by == identity.person.id:
            await permissions.check_project_access(session, identity, project.id)
        else:
            await permissions.check_manager_project_access(session, identity, project.id)
    names = dict((await session.execute(select(EntityType.id, EntityType.name))).all())
    removable = []
    for raw, value in zip(entity_ids, [as_uuid(v) for v in entity_ids], strict=True):
        entity = found.get(value)
        if entity is None or entity.project_id != project.id:
            continue
        kind = entity_kinds.base_type_name(names.get(entity.entity_type_id))
        if kind not in REMOVABLE or any(entity is other for _, other in removable):
            continue
        removable.append((raw, entity))
    for _raw, entity in removable:
        kind = entity_kinds.base_type_name(names.get(entity.entity_type_id))
        entity_force = True if kind == "Concept" else force or bool(entity.canceled)
        await entity_removal.remove_entity(session, entity, entity_force, identity.person.id)
    return [raw for raw, _ in removable]
