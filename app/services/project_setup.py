"""A project's workflow set-up: its status, the template it starts from, and the ordered task type
and task status links (Zou's projects_service / project_templates_service parts the CRUD needs)."""

import re
import uuid
from typing import Any

from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import SQLModel

from app.errors import ZouError
from app.models import (
    MetadataDescriptor,
    Project,
    ProjectAssetTypeLink,
    ProjectPreviewBackgroundFileLink,
    ProjectStatus,
    ProjectStatusAutomationLink,
    ProjectTaskStatusLink,
    ProjectTaskTypeLink,
    ProjectTemplate,
    ProjectTemplateAssetTypeLink,
    ProjectTemplatePreviewBackgroundFileLink,
    ProjectTemplateStatusAutomationLink,
    ProjectTemplateTaskStatusLink,
    ProjectTemplateTaskTypeLink,
)

STATUS_COLORS = {"Open": "#000000", "Closed": "#000000"}
# Template columns that are project settings (everything but identity and naming).
TEMPLATE_SETTINGS = tuple(
    name
    for name in ProjectTemplate.__table__.columns.keys()  # type: ignore[attr-defined]
    if name in Project.__table__.columns.keys()  # type: ignore[attr-defined]
    and name not in ("id", "created_at", "updated_at", "name", "description")
)


async def get_or_create_status(session: AsyncSession, name: str) -> ProjectStatus:
    status = (
        (await session.execute(select(ProjectStatus).where(ProjectStatus.name == name))).scalars().first()
    )
    if status is None:
        status = ProjectStatus(name=name, color=STATUS_COLORS.get(name, "#000000"))
        session.add(status)
        await session.flush()
    return status


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")


async def apply_template(
    session: AsyncSession, project: SQLModel, template_id: Any, explicit: set[str]
) -> None:
    """Copy a template's settings (those the body did not give) and its workflow onto a project."""
    try:
        template = await session.get(ProjectTemplate, uuid.UUID(str(template_id)))
    except ValueError:
        template = None
    if template is None:
        raise ZouError(404, {"message": "Project template not found"})
    for name in TEMPLATE_SETTINGS:
        if name not in explicit and getattr(template, name) is not None:
            setattr(project, name, getattr(template, name))
    project_id = project.id  # type: ignore[attr-defined]
    copies = (
        (ProjectTemplateTaskTypeLink, ProjectTaskTypeLink, "task_type_id", ("priority",)),
        (
            ProjectTemplateTaskStatusLink,
            ProjectTaskStatusLink,
            "task_status_id",
            ("priority", "roles_for_board"),
        ),
        (ProjectTemplateAssetTypeLink, ProjectAssetTypeLink, "asset_type_id", ()),
        (ProjectTemplateStatusAutomationLink, ProjectStatusAutomationLink, "status_automation_id", ()),
        (
            ProjectTemplatePreviewBackgroundFileLink,
            ProjectPreviewBackgroundFileLink,
            "preview_background_file_id",
            (),
        ),
    )
    for source, target, key, values in copies:
        query = select(source).where(source.project_template_id == template.id)  # type: ignore[attr-defined]
        for link in (await session.execute(query)).scalars().all():
            row = {"project_id": project_id, key: getattr(link, key)} | {v: getattr(link, v) for v in values}
            await upsert_link(session, target.__table__, row)  # type: ignore[attr-defined]
    for descriptor in template.metadata_descriptors or []:
        if isinstance(descriptor, dict) and descriptor.get("name") and descriptor.get("entity_type"):
            session.add(
                MetadataDescriptor(
                    project_id=project_id,
                    name=descriptor["name"],
                    entity_type=descriptor["entity_type"],
                    field_name=descriptor.get("field_name") or _slug(descriptor["name"]),
                    data_type=descriptor.get("data_type"),
                    choices=descriptor.get("choices") or [],
                    for_client=bool(descriptor.get("for_client", False)),
                    position=descriptor.get("position"),
                )
            )
    await session.flush()


async def upsert_link(session: AsyncSession, table, values: dict[str, Any]) -> None:
    """Insert a project link row, or update its extra columns when it already exists."""
    dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    keys = [name for name in values if name.endswith("_id")]
    if "id" in table.c:
        values = {"id": uuid.uuid4(), **values}
    extras = {k: v for k, v in values.items() if k not in keys and k != "id"}
    statement = dialect.insert(table).values(**values)
    if extras:
        statement = statement.on_conflict_do_update(index_elements=keys, set_=extras)
    else:
        statement = statement.on_conflict_do_nothing(index_elements=keys)
    await session.execute(statement)


async def set_link(
    session: AsyncSession, model: type[SQLModel], project_id: Any, key: str, value: Any, **extra: Any
) -> dict:
    """Create or update the link of a task type / status to a project; the row as Zou serialises it."""
    await upsert_link(session, model.__table__, {"project_id": project_id, key: value, **extra})  # type: ignore[attr-defined]
    link_column = getattr(model, key)
    query = select(model).where(model.project_id == project_id, link_column == value)  # type: ignore[attr-defined]
    link = (await session.execute(query)).scalars().one()
    await session.refresh(link)
    return row_dict(link)


def row_dict(link: SQLModel) -> dict[str, Any]:
    result = {c.name: getattr(link, c.key) for c in link.__table__.columns}  # type: ignore[attr-defined]
    result["type"] = type(link).__name__
    return result


async def reorder_links(
    session: AsyncSession, model: type[SQLModel], project_id: Any, key: str, ids: list[Any]
) -> list[dict]:
    """Priorities 1..n in the given order; ids not linked to the project are linked."""
    results = []
    for priority, value in enumerate(ids, start=1):
        results.append(await set_link(session, model, project_id, key, value, priority=priority))
    return results
