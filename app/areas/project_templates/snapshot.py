"""A production snapshotted into a template, and a template applied to a production (Zou's
project_templates_service snapshot and apply)."""

import uuid
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.areas.project_templates.service import SETTING_FIELDS, emit_template_change, message, template_row
from app.areas.projects import metadata as projects_metadata
from app.areas.projects.service import descriptor_departments, emit_project_update, plain_rows, project_row
from app.auth.identity import Identity
from app.core.errors import ZouError
from app.core.ids import as_uuid
from app.models import (
    MetadataDescriptor,
    Project,
    ProjectAssetTypeLink,
    ProjectPreviewBackgroundFileLink,
    ProjectStatusAutomationLink,
    ProjectTaskStatusLink,
    ProjectTaskTypeLink,
    ProjectTemplate,
    ProjectTemplateAssetTypeLink,
    ProjectTemplatePreviewBackgroundFileLink,
    ProjectTemplateStatusAutomationLink,
    ProjectTemplateTaskStatusLink,
    ProjectTemplateTaskTypeLink,
    TaskType,
)


async def _snapshot_descriptors(session: AsyncSession, project_id: uuid.UUID) -> list[dict[str, Any]]:
    query = select(MetadataDescriptor.__table__).where(MetadataDescriptor.project_id == project_id)  # type: ignore[attr-defined]
    rows = plain_rows(await session.execute(query))
    departments = await descriptor_departments(session, [row["id"] for row in rows])
    return [
        {
            "name": row["name"],
            "field_name": row["field_name"],
            "entity_type": row["entity_type"],
            "task_type_id": str(row["task_type_id"]) if row["task_type_id"] else None,
            "data_type": row["data_type"],
            "choices": row["choices"] or [],
            "for_client": bool(row["for_client"]),
            "departments": [str(value) for value in departments.get(row["id"], [])],
            "position": row["position"],
        }
        for row in rows
    ]


_COPIES = (
    (
        ProjectTaskTypeLink,
        ProjectTemplateTaskTypeLink,
        "task_type_id",
        ("priority", "hd_bitrate_compression", "ld_bitrate_compression", "is_client_visible"),
    ),
    (
        ProjectTaskStatusLink,
        ProjectTemplateTaskStatusLink,
        "task_status_id",
        ("priority", "roles_for_board", "is_client_allowed"),
    ),
    (ProjectAssetTypeLink, ProjectTemplateAssetTypeLink, "asset_type_id", ()),
    (ProjectStatusAutomationLink, ProjectTemplateStatusAutomationLink, "status_automation_id", ()),
    (
        ProjectPreviewBackgroundFileLink,
        ProjectTemplatePreviewBackgroundFileLink,
        "preview_background_file_id",
        (),
    ),
)


async def create_from_project(
    session: AsyncSession, identity: Identity, project: Project, name: str, description: str | None
) -> dict[str, Any]:
    """A new template holding the project's settings, workflow links, backgrounds and
    descriptors (never its team, dates or production data)."""
    taken = select(ProjectTemplate.id).where(ProjectTemplate.name == name)
    if (await session.execute(taken)).first() is not None:
        raise message(400, "A project template with this name already exists")
    template = ProjectTemplate(
        name=name,
        description=description,
        file_tree=dict(project.file_tree) if project.file_tree else None,
        data=dict(project.data) if project.data else None,
        metadata_descriptors=await _snapshot_descriptors(session, project.id),
        default_preview_background_file_id=project.default_preview_background_file_id,
        **{name_: getattr(project, name_) for name_ in SETTING_FIELDS},
    )
    session.add(template)
    await session.flush()
    for project_link, template_link, key, extras in _COPIES:
        columns = [getattr(project_link, key), *(getattr(project_link, extra) for extra in extras)]
        rows = (await session.execute(select(*columns).where(project_link.project_id == project.id))).all()  # type: ignore[attr-defined]
        values = [
            {"project_template_id": template.id, key: row[0], **dict(zip(extras, row[1:], strict=True))}
            for row in rows
        ]
        if values:
            await session.execute(insert(template_link), values)
    emit_template_change(session, identity, template.id, "new")
    return template_row(template)


async def apply_to_project(
    session: AsyncSession,
    identity: Identity,
    project: Project,
    template: ProjectTemplate,
    overrides: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Additive: the template's settings overwrite the project's, its links are added where
    missing, its default background fills an empty one, its descriptors are created when absent.
    `overrides` are the values a new project was created with: they win over the template's."""
    overrides = overrides or {}
    for name in SETTING_FIELDS:
        value = getattr(template, name)
        if value is not None and overrides.get(name) is None:
            setattr(project, name, value)
    for name in ("file_tree", "data"):
        value = getattr(template, name)
        if value is not None and not overrides.get(name):
            setattr(project, name, dict(value))
    for project_link, template_link, key, extras in _COPIES:
        own = select(getattr(project_link, key)).where(project_link.project_id == project.id)  # type: ignore[attr-defined]
        columns = [getattr(template_link, key), *(getattr(template_link, extra) for extra in extras)]
        query = select(*columns).where(
            template_link.project_template_id == template.id,  # type: ignore[attr-defined]
            getattr(template_link, key).not_in(own),
        )
        values = [
            {"project_id": project.id, key: row[0], **dict(zip(extras, row[1:], strict=True))}
            for row in (await session.execute(query)).all()
        ]
        if values:
            await session.execute(insert(project_link), values)
    if (
        template.default_preview_background_file_id is not None
        and project.default_preview_background_file_id is None
        and "default_preview_background_file_id" not in overrides
    ):
        project.default_preview_background_file_id = template.default_preview_background_file_id
    await session.flush()
    for descriptor in template.metadata_descriptors or []:
        await _descriptor_from_snapshot(session, identity, project.id, descriptor)
    emit_project_update(session, project.id, identity)
    return project_row(project)


async def _descriptor_from_snapshot(
    session: AsyncSession, identity: Identity, project_id: uuid.UUID, descriptor: Any
) -> None:
    """Create a snapshot descriptor on the project unless one of that name exists; entries that
    cannot be created (no name, bad type, a clash) are skipped, as Zou does."""
    if not isinstance(descriptor, dict) or not descriptor.get("name") or not descriptor.get("entity_type"):
        return
    entity_type = descriptor["entity_type"]
    task_type_id = as_uuid(descriptor.get("task_type_id")) if descriptor.get("task_type_id") else None
    if entity_type == "Task" and task_type_id is None:
        return
    data_type = descriptor.get("data_type")
    if entity_type not in projects_metadata.PROJECT_ENTITY_TYPES or (
        data_type is not None and data_type not in projects_metadata.METADATA_DESCRIPTOR_TYPES
    ):
        return
    query = select(MetadataDescriptor.id).where(
        MetadataDescriptor.project_id == project_id,
        MetadataDescriptor.entity_type == entity_type,
        MetadataDescriptor.name == descriptor["name"],
        MetadataDescriptor.task_type_id == task_type_id,
    )
    if (await session.execute(query)).first() is not None:
        return
    if task_type_id is not None and await session.get(TaskType, task_type_id) is None:
        return
    fields = {
        "entity_type": entity_type,
        "name": descriptor["name"],
        "data_type": data_type,
        "choices": descriptor.get("choices") or [],
        "for_client": bool(descriptor.get("for_client", False)),
        "departments": descriptor.get("departments") or [],
        "task_type_id": task_type_id,
    }
    try:
        await projects_metadata.create_descriptor(session, identity, project_id, fields)
    except ZouError:
        return
