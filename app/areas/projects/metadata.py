"""Metadata descriptors of a production: the custom columns whose values live in the `data` of
its entities, tasks or of the project itself (Zou's metadata_descriptors_service)."""

import re
import unicodedata
import uuid
from typing import Any

from sqlalchemy import delete, insert, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app import events
from app.areas.projects import metadata_values as projects_metadata_values
from app.areas.projects.service import (
    department_ids,
    descriptor_departments,
    descriptor_narrowing,
    plain_rows,
)
from app.auth import access_rules, permissions
from app.auth.identity import Identity
from app.core.errors import bad_request, forbidden, not_found
from app.core.ids import as_uuid
from app.models import Department, DepartmentMetadataDescriptorLink, MetadataDescriptor, TaskType
from app.models.metadata_descriptor import METADATA_DESCRIPTOR_TYPES

PROJECT_ENTITY_TYPES = ("Asset", "Shot", "Edit", "Episode", "Sequence", "Project", "Task")
ALL_PROJECTS_ENTITY_TYPES = PROJECT_ENTITY_TYPES[:-1]
WRONG_ENTITY_TYPE = "Wrong entity type. Please select Asset, Shot, Sequence, Episode, Edit, Project, or Task."
WRONG_ALL_PROJECTS_ENTITY_TYPE = (
    "Wrong entity type. Please select Asset, Shot, Sequence, Episode, Edit, or Project."
)
ALREADY_EXISTS = "Metadata descriptor already exists."
_TABLE = MetadataDescriptor.__table__  # type: ignore[attr-defined]
_NAME_LENGTH = _TABLE.c.name.type.length
_FIELD_NAME_LENGTH = _TABLE.c.field_name.type.length


def slugify(name: str) -> str:
    """python-slugify's `slugify(name, separator="_")` for the field name: accents folded,
    lowercase, every run of other characters one `_` (scripts without a Latin form are dropped,
    where Zou would transliterate them)."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii").lower()
    text = re.sub(r"['\"]+", "", text)
    text = re.sub(r"(?<=\d),(?=\d)", "", text)
    return re.sub(r"[^a-z0-9]+", "_", text).strip("_")


def check_entity_type(entity_type: str, all_projects: bool = False) -> None:
    if all_projects and entity_type not in ALL_PROJECTS_ENTITY_TYPES:
        raise bad_request(WRONG_ALL_PROJECTS_ENTITY_TYPE)
    if entity_type not in PROJECT_ENTITY_TYPES:
        raise bad_request(WRONG_ENTITY_TYPE)


def check_data_type(data_type: str) -> None:
    if data_type not in METADATA_DESCRIPTOR_TYPES:
        raise bad_request("Invalid data_type")


# --- reads ------------------------------------------------------------------------------------
async def descriptor_rows(session: AsyncSession, *criteria: Any) -> list[dict[str, Any]]:
    """Full descriptor rows with their department ids, by position then name."""
    query = (
        select(_TABLE)
        .where(*criteria)
        .order_by(MetadataDescriptor.position.asc().nulls_last(), MetadataDescriptor.name)
    )
    rows = plain_rows(await session.execute(query), "MetadataDescriptor")
    departments = await descriptor_departments(session, [row["id"] for row in rows])
    for row in rows:
        row["departments"] = departments.get(row["id"], [])
    return rows


async def _narrowing(session: AsyncSession, identity: Identity, project_id: Any):
    role = await access_rules.effective_role(session, identity, project_id)
    vendor_departments = await department_ids(session, identity.person.id) if role == "vendor" else []
    return descriptor_narrowing(role, vendor_departments)


async def list_descriptors(session: AsyncSession, identity: Identity, project_id: uuid.UUID) -> list[dict]:
    """The project's descriptors the caller may see (clients: published ones; vendors: theirs)."""
    criteria = [MetadataDescriptor.project_id == project_id]
    narrowing = await _narrowing(session, identity, project_id)
    if narrowing is not None:
        criteria.append(narrowing)
    return await descriptor_rows(session, *criteria)


async def get_descriptor(session: AsyncSession, project_id: uuid.UUID, descriptor_id: Any) -> dict[str, Any]:
    """A descriptor of this project (one of another project is not found through it)."""
    key = as_uuid(descriptor_id)
    rows = await descriptor_rows(session, MetadataDescriptor.id == key) if key is not None else []
    if not rows or rows[0]["project_id"] != project_id:
        raise not_found()
    return rows[0]


async def check_descriptor_visible(
    session: AsyncSession, identity: Identity, descriptor: dict[str, Any]
) -> None:
    narrowing = await _narrowing(session, identity, descriptor["project_id"])
    if narrowing is None:
        return
    query = select(MetadataDescriptor.id).where(MetadataDescriptor.id == descriptor["id"], narrowing)
    if (await session.execute(query)).first() is None:
        raise forbidden()


# --- permissions ------------------------------------------------------------------------------
def _same_ids(values: list[Any]) -> set[str]:
    return {str(as_uuid(value) or value) for value in values}


async def check_all_departments_access(
    session: AsyncSession, identity: Identity, project_id: Any, departments: list[Any]
) -> None:
    """Managers of the project write any descriptor; its supervisors only descriptors bound to
    departments, all of their own departments included (or any, for a supervisor without one)."""
    if await permissions.is_project_manager(session, identity, project_id):
        return
    if await permissions.project_role(session, identity, project_id) != "supervisor" or not departments:
        raise forbidden()
    mine = _same_ids(await department_ids(session, identity.person.id))
    if mine and not mine <= _same_ids(departments):
        raise forbidden()


# --- writes -----------------------------------------------------------------------------------
async def _department_ids(session: AsyncSession, raw_ids: list[Any]) -> list[uuid.UUID]:
    """Known departments among the given ids, in order (unknown ones are left out)."""
    parsed = [key for key in dict.fromkeys(as_uuid(raw) for raw in raw_ids) if key is not None]
    if not parsed:
        return []
    found = set((await session.execute(select(Department.id).where(Department.id.in_(parsed)))).scalars())
    return [key for key in parsed if key in found]


async def _set_departments(session: AsyncSession, descriptor_id: uuid.UUID, raw_ids: list[Any]) -> None:
    link = DepartmentMetadataDescriptorLink
    await session.execute(delete(link).where(link.metadata_descriptor_id == descriptor_id))
    values = [
        {"metadata_descriptor_id": descriptor_id, "department_id": department_id}
        for department_id in await _department_ids(session, raw_ids)
    ]
    if values:
        await session.execute(insert(link), values)


async def _name_taken(
    session: AsyncSession,
    project_id: Any,
    entity_type: str,
    task_type_id: Any,
    name: str,
    field_name: str,
    exclude_id: Any = None,
) -> bool:
    """Zou's unique indexes: name and field name are unique per project, entity type and, for
    task descriptors, task type."""
    query = select(MetadataDescriptor.id).where(
        MetadataDescriptor.project_id == project_id,
        MetadataDescriptor.entity_type == entity_type,
        or_(MetadataDescriptor.name == name, MetadataDescriptor.field_name == field_name),
    )
    if task_type_id is None:
        query = query.where(MetadataDescriptor.task_type_id.is_(None))
    else:
        query = query.where(MetadataDescriptor.task_type_id == task_type_id)
    if exclude_id is not None:
        query = query.where(MetadataDescriptor.id != exclude_id)
    return (await session.execute(query.limit(1))).first() is not None


def _emit(
    session: AsyncSession, action: str, descriptor_id: Any, project_id: Any, identity: Identity
) -> None:
    events.emit(
        session,
        f"metadata-descriptor:{action}",
        {"metadata_descriptor_id": descriptor_id},
        project_id=project_id,
        user_id=identity.person.id,
    )


async def check_task_type(session: AsyncSession, entity_type: str, task_type_id: Any) -> uuid.UUID | None:
    """Task descriptors are scoped to an existing task type; other kinds take none."""
    if entity_type != "Task":
        if task_type_id is not None:
            raise bad_request("task_type_id only applies to Task metadata descriptors.")
        return None
    if task_type_id is None:
        raise bad_request("Task metadata descriptors require a task_type_id.")
    key = as_uuid(task_type_id)
    if key is None or await session.get(TaskType, key) is None:
        raise bad_request("Task type not found.")
    return key


async def create_descriptor(
    session: AsyncSession, identity: Identity, project_id: uuid.UUID, fields: dict[str, Any]
) -> dict[str, Any]:
    name = fields["name"]
    field_name = slugify(name)
    task_type_id = fields.get("task_type_id")
    if len(name) > _NAME_LENGTH or len(field_name) > _FIELD_NAME_LENGTH:
        raise bad_request("Metadata descriptor name is too long.")
    if await _name_taken(session, project_id, fields["entity_type"], task_type_id, name, field_name):
        raise bad_request(ALREADY_EXISTS)
    descriptor = MetadataDescriptor(
        project_id=project_id,
        entity_type=fields["entity_type"],
        task_type_id=task_type_id,
        name=name,
        data_type=fields["data_type"],
        field_name=field_name,
        choices=fields.get("choices") or [],
        for_client=fields.get("for_client"),
    )
    session.add(descriptor)
    await session.flush()
    await _set_departments(session, descriptor.id, fields.get("departments") or [])
    _emit(session, "new", descriptor.id, project_id, identity)
    return (await descriptor_rows(session, MetadataDescriptor.id == descriptor.id))[0]


async def check_rename(session: AsyncSession, descriptor: dict[str, Any], name: str) -> str:
    field_name = slugify(name)
    if len(name) > _NAME_LENGTH or len(field_name) > _FIELD_NAME_LENGTH:
        raise bad_request("Metadata descriptor name is too long.")
    if await _name_taken(
        session,
        descriptor["project_id"],
        descriptor["entity_type"],
        descriptor["task_type_id"],
        name,
        field_name,
        exclude_id=descriptor["id"],
    ):
        raise bad_request(ALREADY_EXISTS)
    return field_name


async def update_descriptor(
    session: AsyncSession, identity: Identity, descriptor: dict[str, Any], changes: dict[str, Any]
) -> dict[str, Any]:
    """Apply the given fields; a new name renames the field and moves the stored values."""
    values: dict[str, Any] = {}
    if changes.get("name"):
        field_name = await check_rename(session, descriptor, changes["name"])
        values["name"] = changes["name"]
        values["field_name"] = field_name
        if field_name != descriptor["field_name"]:
            await projects_metadata_values.move_values(session, descriptor, field_name)
    for key in ("for_client", "data_type", "choices"):
        if key in changes:
            values[key] = changes[key] if key != "choices" else (changes[key] or [])
    instance = await session.get(MetadataDescriptor, descriptor["id"])
    for key, value in values.items():
        setattr(instance, key, value)
    await session.flush()
    if "departments" in changes:
        await _set_departments(session, descriptor["id"], changes["departments"] or [])
    _emit(session, "update", descriptor["id"], descriptor["project_id"], identity)
    return (await descriptor_rows(session, MetadataDescriptor.id == descriptor["id"]))[0]


async def remove_descriptor(session: AsyncSession, identity: Identity, descriptor: dict[str, Any]) -> None:
    """Delete a descriptor and the values stored under its field name."""
    await projects_metadata_values.drop_values(session, descriptor)
    link = DepartmentMetadataDescriptorLink
    await session.execute(delete(link).where(link.metadata_descriptor_id == descriptor["id"]))
    await session.execute(delete(MetadataDescriptor).where(MetadataDescriptor.id == descriptor["id"]))
    _emit(session, "delete", descriptor["id"], descriptor["project_id"], identity)


async def reorder_descriptors(
    session: AsyncSession, project_id: Any, entity_type: str, descriptor_ids: list[str]
) -> list[dict[str, Any]]:
    """Positions 1..n in the given order, the descriptors left out after them by name."""
    query = select(MetadataDescriptor.id, MetadataDescriptor.name).where(
        MetadataDescriptor.project_id == project_id, MetadataDescriptor.entity_type == entity_type
    )
    names = {str(row_id): name for row_id, name in (await session.execute(query)).all()}
    for descriptor_id in descriptor_ids:
        if descriptor_id not in names:
            raise bad_request(
                f"Descriptor {descriptor_id} not found for project {project_id} and entity type {entity_type}"
            )
    ordered = list(dict.fromkeys(descriptor_ids))
    ordered += sorted((key for key in names if key not in set(ordered)), key=lambda key: names[key])
    positions = [{"id": uuid.UUID(key), "position": index} for index, key in enumerate(ordered, start=1)]
    if positions:
        await session.execute(update(MetadataDescriptor), positions)
    return await descriptor_rows(
        session, MetadataDescriptor.project_id == project_id, MetadataDescriptor.entity_type == entity_type
    )
