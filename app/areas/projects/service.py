"""Productions as Zou's projects blueprint serves them: the open and all-project listings with
their extra data (descriptors, workflow links, first episode), and the production team.

Rows are read with set-based queries and returned as plain dicts for `json_response`.
"""

import uuid
from collections import defaultdict
from typing import Any

from sqlalchemy import Select, bindparam, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app import events
from app.auth.identity import Identity
from app.core.db import fetch_rows
from app.core.errors import ZouError, not_found
from app.core.ids import parse_id
from app.core.sql import built_once, in_ids_param
from app.crud.registry import engine_for
from app.models import (
    DepartmentLink,
    DepartmentMetadataDescriptorLink,
    Entity,
    EntityType,
    MetadataDescriptor,
    Project,
    ProjectPersonLink,
    ProjectStatus,
    ProjectTaskStatusLink,
    ProjectTaskTypeLink,
)
from app.models.project import PROJECT_ROLE_TYPES

# Zou counts these status names as open in its admin listing.
OPEN_STATUS_NAMES = ("Active", "open", "Open")
PROJECT_NOT_FOUND = {"error": True, "message": "Project not found"}


# --- rows ---------------------------------------------------------------------------------------


async def get_project(session: AsyncSession, project_id: Any) -> Project:
    """The project row, 404 when it does not exist (400 when the id is not one)."""
    project = await session.get(Project, parse_id(project_id))
    if project is None:
        raise not_found()
    return project


def project_row(project: Project) -> dict[str, Any]:
    """Zou's `project.serialize()`: every column and `type`, no relation lists."""
    return engine_for("projects").instance_dict(project)


async def project_rows_with_relations(session: AsyncSession, rows: list[dict[str, Any]]) -> None:
    await engine_for("projects").attach_relations(session, rows)


async def project_with_relations(session: AsyncSession, project: Project) -> dict[str, Any]:
    row = project_row(project)
    await project_rows_with_relations(session, [row])
    return row


def emit_project_update(session: AsyncSession, project_id: Any, identity: Identity) -> None:
    """Clients read a project's settings through the project: they refetch it on this event."""
    events.emit(session, "project:update", {}, project_id=project_id, user_id=identity.person.id)


def plain_rows(result, type_name: str | None = None) -> list[dict[str, Any]]:
    rows = [dict(row._mapping) for row in result]
    if type_name is not None:
        for row in rows:
            row["type"] = type_name
    return rows


# --- reads of every listing, built once per backend ---------------------------------------------
def _caller_roles_query() -> Select:
    return select(ProjectPersonLink.project_id, ProjectPersonLink.role).where(
        ProjectPersonLink.person_id == bindparam("person_id"),
        in_ids_param(ProjectPersonLink.project_id, "ids"),
    )


def _task_type_links_query() -> Select:
    link = ProjectTaskTypeLink
    columns = (link.project_id, link.task_type_id, link.priority, link.hd_bitrate_compression,
               link.ld_bitrate_compression, link.is_client_visible)  # fmt: skip
    return select(*columns).where(in_ids_param(link.project_id, "ids"))


def _task_status_links_query() -> Select:
    link = ProjectTaskStatusLink
    columns = (
        link.project_id,
        link.task_status_id,
        link.priority,
        link.roles_for_board,
        link.is_client_allowed,
    )
    return select(*columns).where(in_ids_param(link.project_id, "ids"))


# --- metadata descriptors narrowed to a role ---------------------------------------------------
async def department_ids(session: AsyncSession, person_id: Any) -> list[uuid.UUID]:
    query = select(DepartmentLink.department_id).where(DepartmentLink.person_id == person_id)
    return list((await session.execute(query)).scalars().all())


async def descriptor_departments(session: AsyncSession, descriptor_ids: list[Any]) -> dict[Any, list[Any]]:
    grouped: dict[Any, list[Any]] = defaultdict(list)
    if descriptor_ids:
        query = select(
            DepartmentMetadataDescriptorLink.metadata_descriptor_id,
            DepartmentMetadataDescriptorLink.department_id,
        ).where(DepartmentMetadataDescriptorLink.metadata_descriptor_id.in_(descriptor_ids))
        for descriptor_id, department_id in (await session.execute(query)).all():
            grouped[descriptor_id].append(department_id)
    return grouped


def descriptor_narrowing(role: str, vendor_departments: list[Any]):
    """Zou's rule: clients see the descriptors published to them, vendors the ones of their
    departments or of no department; everyone else sees all of them."""
    if role == "client":
        return MetadataDescriptor.for_client.is_(True)
    if role == "vendor":
        linked = select(DepartmentMetadataDescriptorLink.metadata_descriptor_id)
        mine = linked.where(DepartmentMetadataDescriptorLink.department_id.in_(vendor_departments))
        return MetadataDescriptor.id.not_in(linked) | MetadataDescriptor.id.in_(mine)
    return None


def short_descriptor(row: dict[str, Any], departments: list[Any]) -> dict[str, Any]:
    """The descriptor entry of a project listing (Zou's `_serialize_descriptor`)."""
    return {
        "id": row["id"],
        "name": row["name"],
        "field_name": row["field_name"],
        "data_type": row["data_type"],
        "choices": row["choices"],
        "for_client": row["for_client"] or False,
        "entity_type": row["entity_type"],
        "task_type_id": row["task_type_id"],
        "position": row["position"],
        "departments": departments,
    }


async def _descriptors_by_project(
    session: AsyncSession, roles: dict[Any, str], vendor_departments: list[Any], **criteria: Any
) -> dict[Any, list[dict[str, Any]]]:
    """Descriptors of the given projects, each project narrowed to the caller's role on it."""
    by_role: dict[str, list[Any]] = defaultdict(list)
    for project_id, role in roles.items():
        by_role[role].append(project_id)
    found: list[dict[str, Any]] = []
    table = MetadataDescriptor.__table__  # type: ignore[attr-defined]
    for role, project_ids in by_role.items():
        query = select(table).where(MetadataDescriptor.project_id.in_(project_ids))
        for name, value in criteria.items():
            query = query.where(getattr(MetadataDescriptor, name) == value)
        narrowing = descriptor_narrowing(role, vendor_departments)
        if narrowing is not None:
            query = query.where(narrowing)
        keys, records = await fetch_rows(session, query)
        found.extend(dict(zip(keys, record, strict=True)) for record in records)
    departments = await descriptor_departments(session, [row["id"] for row in found])
    grouped: dict[Any, list[dict[str, Any]]] = defaultdict(list)
    for row in found:
        grouped[row["project_id"]].append(short_descriptor(row, departments.get(row["id"], [])))
    return grouped


async def _caller_roles(
    session: AsyncSession,
    identity: Identity,
    project_ids: list[Any],
    team_roles: dict[Any, str | None] | None = None,
) -> dict[Any, str]:
    """The role that narrows each project's descriptors: the team role when set, else the global
    one. `team_roles`: the caller's `{project id: team role}` when already read."""
    if identity.is_admin or not project_ids:
        return {project_id: identity.role for project_id in project_ids}
    if team_roles is None:
        query = built_once(_caller_roles_query, _caller_roles_query)
        params = {"person_id": identity.person.id, "ids": project_ids}
        team_roles = dict((await fetch_rows(session, query, params))[1])  # type: ignore[arg-type]
    roles = {}
    for project_id in project_ids:
        role = team_roles.get(project_id)
        roles[project_id] = role if role in PROJECT_ROLE_TYPES else identity.role
    return roles


# --- open projects with their extra data ------------------------------------------------------
def task_type_link_entry(priority: Any, hd: Any, ld: Any, visible: Any) -> dict[str, Any]:
    return {
        "priority": priority,
        "hd_bitrate_compression": hd,
        "ld_bitrate_compression": ld,
        "is_client_visible": visible,
    }


def task_status_link_entry(priority: Any, roles: Any, allowed: Any) -> dict[str, Any]:
    return {
        "priority": priority,
        "roles_for_board": list(roles or []),
        "is_client_allowed": allowed,  # null: the studio value
    }


async def _task_type_links(session: AsyncSession, project_ids: list[Any]) -> dict[Any, dict[str, Any]]:
    grouped: dict[Any, dict[str, Any]] = defaultdict(dict)
    _, rows = await fetch_rows(
        session, built_once(_task_type_links_query, _task_type_links_query), {"ids": project_ids}
    )
    for project_id, task_type_id, *values in rows:
        grouped[project_id][str(task_type_id)] = task_type_link_entry(*values)
    return grouped


async def _task_status_links(session: AsyncSession, project_ids: list[Any]) -> dict[Any, dict[str, Any]]:
    grouped: dict[Any, dict[str, Any]] = defaultdict(dict)
    _, rows = await fetch_rows(
        session, built_once(_task_status_links_query, _task_status_links_query), {"ids": project_ids}
    )
    for project_id, task_status_id, *values in rows:
        grouped[project_id][str(task_status_id)] = task_status_link_entry(*values)
    return grouped


async def _first_episodes(session: AsyncSession, project_ids: list[Any]) -> dict[Any, Any]:
    """The episode a TV show opens on: its first running episode by name, else its first one."""
    if not project_ids:
        return {}
    query = (
        select(Entity.project_id, Entity.id, Entity.status)
        .join(EntityType, EntityType.id == Entity.entity_type_id)
        .where(EntityType.name == "Episode", Entity.project_id.in_(project_ids))
        .order_by(Entity.project_id, Entity.name)
    )
    running: dict[Any, Any] = {}
    fallback: dict[Any, Any] = {}
    for project_id, episode_id, status in (await session.execute(query)).all():
        fallback.setdefault(project_id, episode_id)
        if status == "running":
            running.setdefault(project_id, episode_id)
    return {project_id: running.get(project_id, episode_id) for project_id, episode_id in fallback.items()}


async def with_extra_data(
    session: AsyncSession,
    identity: Identity,
    rows: list[dict[str, Any]],
    team_roles: dict[Any, str | None] | None = None,
    relations_read: bool = False,
    workflow_links: tuple[dict[Any, dict[str, Any]], dict[Any, dict[str, Any]]] | None = None,
) -> list[dict[str, Any]]:
    """Zou's `serialize_projects_with_extra_data`: relations, descriptors, workflow links.
    `team_roles`: the caller's `{project id: team role}` of every team, when already read;
    `relations_read`: the rows hold their relation lists already; `workflow_links`: the task
    type and task status links by project (`{project id: {type or status id: entry}}`), read."""
    if not rows:
        return rows
    project_ids = [row["id"] for row in rows]
    if not relations_read:
        await project_rows_with_relations(session, rows)
    roles = await _caller_roles(session, identity, project_ids, team_roles)
    vendor_departments: list[Any] = []
    if "vendor" in roles.values():
        vendor_departments = await department_ids(session, identity.person.id)
    descriptors = await _descriptors_by_project(session, roles, vendor_departments)
    if workflow_links is None:
        workflow_links = (
            await _task_type_links(session, project_ids),
            await _task_status_links(session, project_ids),
        )
    task_types, task_statuses = workflow_links
    tv_shows = [row["id"] for row in rows if row["production_type"] == "tvshow"]
    episodes = await _first_episodes(session, tv_shows)
    for row in rows:
        links = task_types.get(row["id"], {})
        row["descriptors"] = descriptors.get(row["id"], [])
        row["task_type_links"] = links
        row["task_types_priority"] = {key: link["priority"] for key, link in links.items()}
        row["task_statuses_link"] = task_statuses.get(row["id"], {})
        if row["id"] in episodes:
            row["first_episode_id"] = episodes[row["id"]]
    return rows


def _project_rows_query():
    return select(Project.__table__).join(  # type: ignore[attr-defined]
        ProjectStatus, ProjectStatus.id == Project.project_status_id
    )


async def open_projects(session: AsyncSession, identity: Identity, name: str | None) -> list[dict[str, Any]]:
    """Admins get every open production; the others the open ones whose team holds them."""
    query = _project_rows_query().where(ProjectStatus.name.in_(OPEN_STATUS_NAMES)).order_by(Project.name)
    if name is not None:
        query = query.where(Project.name == name)
    if not identity.is_admin:
        team = select(ProjectPersonLink.project_id).where(ProjectPersonLink.person_id == identity.person.id)
        query = query.where(ProjectStatus.name == "Open", Project.id.in_(team))
    rows = plain_rows(await session.execute(query), "Project")
    return await with_extra_data(session, identity, rows)


async def all_projects(session: AsyncSession, identity: Identity, name: str | None) -> list[dict[str, Any]]:
    """Admins: every production (with its status name and Project-level descriptors); others:
    the productions of their teams, open or closed. A name narrows to one (404 if none)."""
    query = _project_rows_query().order_by(Project.name)
    if name is not None:
        query = query.where(func.lower(Project.name) == name.lower())
    if not identity.is_admin:
        team = select(ProjectPersonLink.project_id).where(ProjectPersonLink.person_id == identity.person.id)
        query = query.where(Project.id.in_(team))
    if name is not None:
        rows = plain_rows(await session.execute(query.limit(1)), "Project")
        if not rows:
            raise ZouError(404, PROJECT_NOT_FOUND)
        return rows
    if not identity.is_admin:
        return plain_rows(await session.execute(query), "Project")
    query = query.add_columns(ProjectStatus.name.label("project_status_name"))
    rows = plain_rows(await session.execute(query), "Project")
    roles = {row["id"]: "admin" for row in rows}
    descriptors = await _descriptors_by_project(session, roles, [], entity_type="Project")
    for row in rows:
        row["descriptors"] = descriptors.get(row["id"], [])
    return rows
