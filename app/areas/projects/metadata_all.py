"""The same metadata descriptor on every open production a manager runs (Zou's all-projects
descriptor routes)."""

import uuid
from collections import defaultdict
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.areas.projects.metadata import (
    check_rename,
    create_descriptor,
    descriptor_rows,
    remove_descriptor,
    reorder_descriptors,
    slugify,
    update_descriptor,
)
from app.areas.projects.service import OPEN_STATUS_NAMES
from app.auth.identity import Identity
from app.models import MetadataDescriptor, Project, ProjectPersonLink, ProjectStatus


async def manageable_open_project_ids(session: AsyncSession, identity: Identity) -> list[uuid.UUID]:
    """Open projects the caller manages: all of them for an admin, else the team ones where
    their role on the project (the team role, or the global one when unset) is manager."""
    query = (
        select(Project.id)
        .join(ProjectStatus, ProjectStatus.id == Project.project_status_id)
        .order_by(Project.name)
    )
    if identity.is_admin:
        return list((await session.execute(query.where(ProjectStatus.name.in_(OPEN_STATUS_NAMES)))).scalars())
    query = query.add_columns(ProjectPersonLink.role).join(
        ProjectPersonLink, ProjectPersonLink.project_id == Project.id
    )
    query = query.where(ProjectStatus.name == "Open", ProjectPersonLink.person_id == identity.person.id)
    return [
        project_id
        for project_id, role in (await session.execute(query)).all()
        if (role or identity.role) == "manager"
    ]


async def add_to_projects(
    session: AsyncSession, identity: Identity, project_ids: list[uuid.UUID], fields: dict[str, Any]
) -> list[dict[str, Any]]:
    field_name = slugify(fields["name"])
    query = select(MetadataDescriptor.project_id).where(
        MetadataDescriptor.project_id.in_(project_ids),
        MetadataDescriptor.entity_type == fields["entity_type"],
        MetadataDescriptor.field_name == field_name,
    )
    owners = set((await session.execute(query)).scalars())
    created = []
    for project_id in project_ids:
        if project_id not in owners:
            created.append(await create_descriptor(session, identity, project_id, fields))
    return created


async def _by_field(
    session: AsyncSession, project_ids: list[uuid.UUID], entity_type: str, field_name: str
) -> list[dict[str, Any]]:
    return await descriptor_rows(
        session,
        MetadataDescriptor.project_id.in_(project_ids),
        MetadataDescriptor.entity_type == entity_type,
        MetadataDescriptor.field_name == field_name,
    )


async def update_on_projects(
    session: AsyncSession,
    identity: Identity,
    project_ids: list[uuid.UUID],
    entity_type: str,
    field_name: str,
    changes: dict[str, Any],
) -> list[dict[str, Any]]:
    """A rename is checked on every project first: a refusal leaves them all unchanged."""
    descriptors = await _by_field(session, project_ids, entity_type, field_name)
    if changes.get("name"):
        for descriptor in descriptors:
            await check_rename(session, descriptor, changes["name"])
    return [await update_descriptor(session, identity, descriptor, changes) for descriptor in descriptors]


async def remove_from_projects(
    session: AsyncSession, identity: Identity, project_ids: list[uuid.UUID], entity_type: str, field_name: str
) -> list[uuid.UUID]:
    removed = []
    for descriptor in await _by_field(session, project_ids, entity_type, field_name):
        await remove_descriptor(session, identity, descriptor)
        removed.append(descriptor["id"])
    return removed


async def reorder_on_projects(
    session: AsyncSession, project_ids: list[uuid.UUID], entity_type: str, field_order: list[str]
) -> list[dict[str, Any]]:
    query = select(MetadataDescriptor.project_id, MetadataDescriptor.field_name, MetadataDescriptor.id).where(
        MetadataDescriptor.project_id.in_(project_ids), MetadataDescriptor.entity_type == entity_type
    )
    by_project: dict[Any, dict[str, str]] = defaultdict(dict)
    for project_id, field_name, descriptor_id in (await session.execute(query)).all():
        by_project[project_id][field_name] = str(descriptor_id)
    updated: list[dict[str, Any]] = []
    for project_id in project_ids:
        fields = by_project.get(project_id, {})
        ordered = [fields[name] for name in field_order if name in fields]
        if ordered:
            updated.extend(await reorder_descriptors(session, project_id, entity_type, ordered))
    return updated


async def copy_to_new_project(session: AsyncSession, identity: Identity, project_id: uuid.UUID) -> None:
    """A new production gets the all-projects columns of the open ones (Project descriptors,
    one per field name), so its cells are editable right away."""
    open_projects = (
        select(Project.id)
        .join(ProjectStatus, ProjectStatus.id == Project.project_status_id)
        .where(ProjectStatus.name.in_(OPEN_STATUS_NAMES), Project.id != project_id)
    )
    descriptors = await descriptor_rows(
        session,
        MetadataDescriptor.entity_type == "Project",
        MetadataDescriptor.project_id.in_(open_projects),
    )
    owned_query = select(MetadataDescriptor.field_name).where(
        MetadataDescriptor.project_id == project_id, MetadataDescriptor.entity_type == "Project"
    )
    owned = set((await session.execute(owned_query)).scalars())
    for descriptor in descriptors:
        if descriptor["field_name"] in owned:
            continue
        owned.add(descriptor["field_name"])
        await create_descriptor(session, identity, project_id, descriptor)
