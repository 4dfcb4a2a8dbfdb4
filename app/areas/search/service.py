"""Zou's global search (`POST /data/search`) without a search engine: persons, assets and shots
whose text holds every word of the query, sorted by name, restricted to what the caller reads."""

import uuid
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from app.areas.entities.kinds import TEMPORAL_TYPES
from app.areas.entities.lookup import entity_columns, fetch_rows, mask_vendor_metadata
from app.areas.persons import service as persons
from app.areas.search import text
from app.auth import access_rules, permissions
from app.auth.identity import Identity
from app.models import Entity, EntityType, Person, PreviewFile, Project, ProjectPersonLink, ProjectStatus

# Frame ranges and handles are not searched in shots (Zou leaves them out of its index).
SHOT_FRAME_KEYS = ("frame_in", "frame_out", "fps", "handle_in", "handle_out")


async def visible_project_ids(
    session: AsyncSession, identity: Identity, wanted: uuid.UUID | None
) -> list[uuid.UUID]:
    """Open productions: all for admins, their teams' for others; `wanted` narrows to one of them
    (none when it is not one of them)."""
    query = (
        select(Project.id)
        .join(ProjectStatus, ProjectStatus.id == Project.project_status_id)
        .where(ProjectStatus.name == "Open")
    )
    if not identity.is_admin:
        query = query.join(ProjectPersonLink, ProjectPersonLink.project_id == Project.id).where(
            ProjectPersonLink.person_id == identity.person.id
        )
    ids = list((await session.execute(query)).scalars().all())
    if wanted is not None:
        return [wanted] if wanted in ids else []
    return ids


async def vendor_project_ids(
    session: AsyncSession, identity: Identity, project_ids: list[uuid.UUID]
) -> set[Any]:
    """Among `project_ids`, those where the caller acts as a vendor (global or team role)."""
    if identity.is_admin or not project_ids:
        return set()
    query = select(ProjectPersonLink.project_id, ProjectPersonLink.role).where(
        ProjectPersonLink.person_id == identity.person.id, ProjectPersonLink.project_id.in_(project_ids)
    )
    return {
        project_id
        for project_id, role in (await session.execute(query)).all()
        if (role if role in permissions.PROJECT_ROLES else identity.role) == "vendor"
    }


def _scoped(
    query: Select, identity: Identity, project_ids: list[uuid.UUID], vendor_projects: set[Any]
) -> Select:
    query = query.where(Entity.project_id.in_(project_ids))
    if vendor_projects:
        # Vendors reach the entities of their tasks only: filtered before paging, so a page is full.
        query = query.where(
            Entity.project_id.not_in(vendor_projects)
            | Entity.id.in_(access_rules.assigned_entity_ids(identity.person.id))
        )
    return query


def _matched_terms(
    query_words: list[str], name: str, row: dict[str, Any], skipped: tuple[str, ...] = ()
) -> list[str]:
    terms = ["name"] if text.matches(query_words, name) else []
    if text.matches(query_words, row.get("description")):
        terms.append("description")
    data = row.get("data") if isinstance(row.get("data"), dict) else {}
    terms += [
        key for key, value in data.items() if key not in skipped and text.matches(query_words, str(value))
    ]
    return terms


async def _finish(
    session: AsyncSession,
    identity: Identity,
    kind: str,
    rows: list[dict[str, Any]],
    names: list[str],
    query_words: list[str],
    vendor_projects: set[Any],
) -> list[dict[str, Any]]:
    """Hide the metadata vendors may not read, then say which fields matched; a row that only
    matched through hidden metadata is dropped."""
    masked = [row for row in rows if row["project_id"] in vendor_projects]
    if masked:
        await mask_vendor_metadata(session, identity.person.id, kind, masked)
    results = []
    for row, name in zip(rows, names, strict=True):
        skipped = SHOT_FRAME_KEYS if kind == "Shot" else ()
        row["matched_terms"] = _matched_terms(query_words, name, row, skipped)
        if row["matched_terms"] or row["project_id"] not in vendor_projects:
            results.append(row)
    return results


async def search_assets(
    session: AsyncSession,
    identity: Identity,
    query_words: list[str],
    project_ids: list[uuid.UUID],
    limit: int,
    offset: int,
) -> list[dict[str, Any]]:
    if not project_ids or not query_words:
        return []
    doc = text.document(
        EntityType.name, Entity.name, Entity.description, text.json_values(Entity.data, "entity")
    )
    vendor_projects = await vendor_project_ids(session, identity, project_ids)
    query = (
        select(
            *entity_columns(),
            Project.name.label("project_name"),
            EntityType.name.label("asset_type_name"),
            PreviewFile.extension.label("preview_file_extension"),
        )
        .join(EntityType, EntityType.id == Entity.entity_type_id)
        .join(Project, Project.id == Entity.project_id)
        .outerjoin(PreviewFile, PreviewFile.id == Entity.preview_file_id)
        .where(EntityType.name.not_in(TEMPORAL_TYPES), text.condition(doc, query_words))
        .order_by(EntityType.name, Entity.name, Entity.id)
        .limit(limit)
        .offset(offset)
    )
    query = _scoped(query, identity, project_ids, vendor_projects)
    rows = await fetch_rows(session, query)
    for row in rows:
        row["type"] = "Asset"
    names = [f"{row['asset_type_name']} {row['name']}" for row in rows]
    return await _finish(session, identity, "Asset", rows, names, query_words, vendor_projects)


async def search_shots(
    session: AsyncSession,
    identity: Identity,
    query_words: list[str],
    project_ids: list[uuid.UUID],
    limit: int,
    offset: int,
) -> list[dict[str, Any]]:
    if not project_ids or not query_words:
        return []
    sequence, episode = aliased(Entity, name="sequence"), aliased(Entity, name="episode")
    shot_values = text.json_values(Entity.data, "entity", SHOT_FRAME_KEYS)
    doc = text.document(episode.name, sequence.name, Entity.name, Entity.description, shot_values)
    vendor_projects = await vendor_project_ids(session, identity, project_ids)
    query = (
        select(
            *entity_columns(),
            Project.name.label("project_name"),
            Project.production_type.label("production_type"),
            sequence.name.label("sequence_name"),
            episode.id.label("episode_id"),
            episode.name.label("episode"),
            PreviewFile.extension.label("preview_file_extension"),
        )
        .join(EntityType, EntityType.id == Entity.entity_type_id)
        .join(Project, Project.id == Entity.project_id)
        .outerjoin(sequence, sequence.id == Entity.parent_id)
        .outerjoin(episode, episode.id == sequence.parent_id)
        .outerjoin(PreviewFile, PreviewFile.id == Entity.preview_file_id)
        .where(EntityType.name == "Shot", text.condition(doc, query_words))
        .order_by(text.document(episode.name, sequence.name, Entity.name), Entity.id)
        .limit(limit)
        .offset(offset)
    )
    query = _scoped(query, identity, project_ids, vendor_projects)
    rows = await fetch_rows(session, query)
    names = []
    for row in rows:
        row["type"] = "Shot"
        row["sequence_name"] = row["sequence_name"] or ""
        production_type, episode_id, episode_name = (
            row.pop("production_type"),
            row.pop("episode_id"),
            row.pop("episode"),
        )
        if production_type == "tvshow" and episode_id is not None:
            row["episode"], row["episode_id"] = episode_name, episode_id
        names.append(" ".join(part for part in (episode_name, row["sequence_name"], row["name"]) if part))
    return await _finish(session, identity, "Shot", rows, names, query_words, vendor_projects)


async def search_persons(
    session: AsyncSession, identity: Identity, query_words: list[str], limit: int, offset: int
) -> list[dict[str, Any]]:
    """Active people (guests and preview accounts aside): full rows for admins, minimal ones else."""
    if not query_words:
        return []
    doc = text.document(Person.first_name, Person.last_name)
    query = (
        select(Person)
        .where(
            Person.active.is_(True),
            Person.is_guest.is_not(True),
            Person.preview_project_id.is_(None),
            text.condition(doc, query_words),
        )
        .order_by(Person.first_name, Person.last_name, Person.id)
        .limit(limit)
        .offset(offset)
    )
    results = []
    for person in (await session.execute(query)).scalars():
        row = persons.serialize_safe(person) if identity.is_admin else persons.present_minimal(person)
        row["matched_terms"] = ["name"]
        results.append(row)
    return results
