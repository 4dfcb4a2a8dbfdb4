"""Project templates' workflow: task types and statuses with their link data, asset types, status
automations, preview backgrounds and the metadata descriptor snapshot (Zou's
project_templates_service link management)."""

from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import SQLModel

from app import events
from app.areas.projects import metadata as projects_metadata
from app.areas.projects.service import plain_rows
from app.areas.projects.settings import check_bitrates
from app.areas.projects.setup import row_dict
from app.auth.identity import Identity
from app.core.errors import ZouError
from app.core.ids import as_uuid
from app.crud.registry import engine_for
from app.models import (
    EntityType,
    PreviewBackgroundFile,
    ProjectTemplate,
    ProjectTemplateAssetTypeLink,
    ProjectTemplatePreviewBackgroundFileLink,
    ProjectTemplateStatusAutomationLink,
    ProjectTemplateTaskStatusLink,
    ProjectTemplateTaskTypeLink,
    StatusAutomation,
    TaskStatus,
    TaskType,
)
from app.models.project import default_roles_for_board

# Production settings copied between projects and templates (Zou's PRODUCTION_SETTING_FIELDS).
SETTING_FIELDS = (
    "fps",
    "ratio",
    "resolution",
    "production_type",
    "production_style",
    "max_retakes",
    "is_clients_isolated",
    "is_preview_download_allowed",
    "is_set_preview_automated",
    "is_publish_default_for_artists",
    "homepage",
    "hd_bitrate_compression",
    "ld_bitrate_compression",
    "is_client_stats_visible",
    "is_client_task_list_visible",
    "is_client_task_panel_visible",
)
TEMPLATE_NOT_FOUND = "Project template not found"


def message(status: int, text: str) -> ZouError:
    """The template routes answer their errors as `{"message": ...}` only."""
    return ZouError(status, {"message": text})


async def get_template(session: AsyncSession, template_id: Any) -> ProjectTemplate:
    key = as_uuid(template_id)
    template = await session.get(ProjectTemplate, key) if key is not None else None
    if template is None:
        raise message(404, TEMPLATE_NOT_FOUND)
    return template


def template_row(template: ProjectTemplate) -> dict[str, Any]:
    return engine_for("project-templates").instance_dict(template)


def emit_template_change(
    session: AsyncSession, identity: Identity, template_id: Any, action: str = "update"
) -> None:
    events.emit(
        session,
        f"project-template:{action}",
        {"project_template_id": template_id},
        user_id=identity.person.id,
    )


async def _existing(
    session: AsyncSession, model: type[SQLModel], field_name: str, label: str, raw: Any
) -> Any:
    """Zou's `_check_required_id`: a valid UUID of an existing row, else a 400 message."""
    key = as_uuid(raw) if raw else None
    if key is None:
        raise message(400, f"{field_name} is required and must be a valid UUID")
    row = await session.get(model, key)
    if row is None:
        raise message(400, f"{label} {raw} does not exist")
    return row


# --- task types and statuses (links with extra columns) ---------------------------------------
async def template_task_types(session: AsyncSession, template: ProjectTemplate) -> list[dict[str, Any]]:
    """The template's task types, each with the priority and bitrates of its link."""
    link = ProjectTemplateTaskTypeLink
    query = (
        select(
            TaskType.__table__,
            link.priority.label("link_priority"),
            link.hd_bitrate_compression,
            link.ld_bitrate_compression,
            link.is_client_visible,
        )  # type: ignore[attr-defined]
        .join(link, link.task_type_id == TaskType.id)
        .where(link.project_template_id == template.id)
    )
    rows = plain_rows(await session.execute(query), "TaskType")
    for row in rows:
        row["priority"] = row.pop("link_priority")
    return sorted(rows, key=lambda row: (row["priority"] or 0, row["name"]))


async def add_task_type(
    session: AsyncSession,
    identity: Identity,
    template: ProjectTemplate,
    raw_id: Any,
    priority: int | None,
    bitrates: dict[str, Any] | None,
    is_client_visible: bool | None = None,
) -> dict[str, Any]:
    """Link a task type, or update the priority, the given bitrates and visibility of its link."""
    task_type = await _existing(session, TaskType, "task_type_id", "Task type", raw_id)
    if bitrates is not None:
        try:
            check_bitrates(bitrates, {}, template_row(template))
        except ZouError as exc:
            raise message(400, exc.body["message"]) from exc
    query = select(ProjectTemplateTaskTypeLink).where(
        ProjectTemplateTaskTypeLink.project_template_id == template.id,
        ProjectTemplateTaskTypeLink.task_type_id == task_type.id,
    )
    link = (await session.execute(query)).scalars().first()
    changes = {**(bitrates or {})}
    if is_client_visible is not None:
        changes["is_client_visible"] = is_client_visible
    if link is None:
        link = ProjectTemplateTaskTypeLink(
            project_template_id=template.id, task_type_id=task_type.id, priority=priority, **changes
        )
        session.add(link)
    else:
        for key, value in changes.items():
            setattr(link, key, value)
        if priority is not None:
            link.priority = priority
    await session.flush()
    emit_template_change(session, identity, template.id)
    return row_dict(link)


async def template_task_statuses(session: AsyncSession, template: ProjectTemplate) -> list[dict[str, Any]]:
    link = ProjectTemplateTaskStatusLink
    query = (
        select(
            TaskStatus.__table__,  # type: ignore[attr-defined]
            link.priority.label("link_priority"),
            link.roles_for_board,
            link.is_client_allowed.label("link_is_client_allowed"),
        )
        .join(link, link.task_status_id == TaskStatus.id)
        .where(link.project_template_id == template.id)
    )
    rows = plain_rows(await session.execute(query), "TaskStatus")
    for row in rows:
        row["priority"] = row.pop("link_priority")
        row["roles_for_board"] = list(row["roles_for_board"] or [])
    return sorted(rows, key=lambda row: (row["priority"] or 0, row["name"]))


async def add_task_status(
    session: AsyncSession,
    identity: Identity,
    template: ProjectTemplate,
    raw_id: Any,
    priority: int | None,
    roles_for_board: list[str] | None,
    client_allowed: dict[str, bool | None] | None = None,
) -> dict[str, Any]:
    """Link a task status, or update the given priority, board roles and client permission of
    its link (`client_allowed`: `{"is_client_allowed": value}` when sent, null meaning the
    studio's value)."""
    task_status = await _existing(session, TaskStatus, "task_status_id", "Task status", raw_id)
    query = select(ProjectTemplateTaskStatusLink).where(
        ProjectTemplateTaskStatusLink.project_template_id == template.id,
        ProjectTemplateTaskStatusLink.task_status_id == task_status.id,
    )
    link = (await session.execute(query)).scalars().first()
    if link is None:
        link = ProjectTemplateTaskStatusLink(
            project_template_id=template.id,
            task_status_id=task_status.id,
            priority=priority,
            # Unset board roles take the column's default (every role but client), as in Zou.
            roles_for_board=roles_for_board if roles_for_board is not None else default_roles_for_board(),
            **(client_allowed or {}),
        )
        session.add(link)
    else:
        if priority is not None:
            link.priority = priority
        if roles_for_board is not None:
            link.roles_for_board = roles_for_board
        for key, value in (client_allowed or {}).items():
            setattr(link, key, value)
    await session.flush()
    emit_template_change(session, identity, template.id)
    return row_dict(link)


async def remove_link(
    session: AsyncSession, identity: Identity, template_id: Any, model: type[SQLModel], key: str, raw_id: Any
) -> None:
    """Unlink a row (no-op when not linked, even from an unknown template, as Zou)."""
    template_key, target_key = as_uuid(template_id), as_uuid(raw_id)
    if template_key is not None and target_key is not None:
        await session.execute(
            delete(model).where(
                model.project_template_id == template_key,  # type: ignore[attr-defined]
                getattr(model, key) == target_key,
            )
        )
    emit_template_change(session, identity, template_id)


async def reorder(
    session: AsyncSession, identity: Identity, template: ProjectTemplate, kind: str, raw_ids: list[str]
) -> list[dict[str, Any]]:
    """Priorities 1..n in the given order; an id not linked yet is linked."""
    results = []
    for priority, raw_id in enumerate(raw_ids, start=1):
        if kind == "task_types":
            results.append(await add_task_type(session, identity, template, raw_id, priority, None))
        else:
            results.append(await add_task_status(session, identity, template, raw_id, priority, None))
    return results


# --- plain links: asset types, status automations, backgrounds --------------------------------
async def template_asset_types(session: AsyncSession, template: ProjectTemplate) -> list[dict[str, Any]]:
    query = (
        select(EntityType.id, EntityType.name)
        .join(ProjectTemplateAssetTypeLink, ProjectTemplateAssetTypeLink.asset_type_id == EntityType.id)
        .where(ProjectTemplateAssetTypeLink.project_template_id == template.id)
        .order_by(EntityType.name)
    )
    return plain_rows(await session.execute(query))


async def _add_plain_link(
    session: AsyncSession, model: type[SQLModel], template: ProjectTemplate, key: str, row_id: Any
) -> None:
    exists = select(model).where(model.project_template_id == template.id, getattr(model, key) == row_id)  # type: ignore[attr-defined]
    if (await session.execute(exists)).first() is None:
        await session.execute(insert(model).values(project_template_id=template.id, **{key: row_id}))


async def add_asset_type(
    session: AsyncSession, identity: Identity, template: ProjectTemplate, raw_id: Any
) -> dict:
    asset_type = await _existing(session, EntityType, "asset_type_id", "Asset type", raw_id)
    await _add_plain_link(session, ProjectTemplateAssetTypeLink, template, "asset_type_id", asset_type.id)
    emit_template_change(session, identity, template.id)
    return {"id": asset_type.id, "name": asset_type.name}


async def template_status_automations(
    session: AsyncSession, template: ProjectTemplate
) -> list[dict[str, Any]]:
    link = ProjectTemplateStatusAutomationLink
    query = (
        select(StatusAutomation.__table__)  # type: ignore[attr-defined]
        .join(link, link.status_automation_id == StatusAutomation.id)
        .where(link.project_template_id == template.id)
        .order_by(StatusAutomation.created_at)
    )
    return plain_rows(await session.execute(query), "StatusAutomation")


async def add_status_automation(
    session: AsyncSession, identity: Identity, template: ProjectTemplate, raw_id: Any
) -> dict[str, Any]:
    automation = await _existing(
        session, StatusAutomation, "status_automation_id", "Status automation", raw_id
    )
    link = ProjectTemplateStatusAutomationLink
    await _add_plain_link(session, link, template, "status_automation_id", automation.id)
    emit_template_change(session, identity, template.id)
    return engine_for("status-automations").instance_dict(automation)


def _background(background: Any) -> dict[str, Any]:
    return {"id": background.id, "name": background.name, "is_default": bool(background.is_default)}


async def template_backgrounds(session: AsyncSession, template: ProjectTemplate) -> list[dict[str, Any]]:
    link = ProjectTemplatePreviewBackgroundFileLink
    query = (
        select(PreviewBackgroundFile)
        .join(link, link.preview_background_file_id == PreviewBackgroundFile.id)
        .where(link.project_template_id == template.id)
        .order_by(PreviewBackgroundFile.name)
    )
    return [_background(row) for row in (await session.execute(query)).scalars()]


async def add_background(
    session: AsyncSession, identity: Identity, template: ProjectTemplate, raw_id: Any
) -> dict:
    background = await _existing(
        session, PreviewBackgroundFile, "preview_background_file_id", "Preview background file", raw_id
    )
    link = ProjectTemplatePreviewBackgroundFileLink
    await _add_plain_link(session, link, template, "preview_background_file_id", background.id)
    emit_template_change(session, identity, template.id)
    return _background(background)


async def remove_background(
    session: AsyncSession, identity: Identity, template: ProjectTemplate, raw_id: Any
) -> None:
    """Unlink a background; the template loses it as default too."""
    link = ProjectTemplatePreviewBackgroundFileLink
    key = as_uuid(raw_id)
    if key is not None:
        await session.execute(
            delete(link).where(
                link.project_template_id == template.id, link.preview_background_file_id == key
            )
        )
    if (
        template.default_preview_background_file_id is not None
        and template.default_preview_background_file_id == key
    ):
        template.default_preview_background_file_id = None
        await session.flush()
    emit_template_change(session, identity, template.id)


async def set_default_background(
    session: AsyncSession, identity: Identity, template: ProjectTemplate, raw_id: Any
) -> dict[str, Any]:
    key = None
    if raw_id is not None:
        key = as_uuid(raw_id)
        link = ProjectTemplatePreviewBackgroundFileLink
        query = select(link.preview_background_file_id).where(
            link.project_template_id == template.id, link.preview_background_file_id == key
        )
        if key is None or (await session.execute(query)).first() is None:
            raise message(400, "Preview background file is not linked to this template")
    template.default_preview_background_file_id = key
    await session.flush()
    emit_template_change(session, identity, template.id)
    return template_row(template)


# --- metadata descriptor snapshot -------------------------------------------------------------
def clean_descriptor(entry: dict[str, Any]) -> dict[str, Any]:
    """A descriptor of the snapshot, always with the same keys."""
    name = entry.get("name") or ""
    task_type_id = entry.get("task_type_id")
    return {
        "name": name,
        "field_name": entry.get("field_name") or projects_metadata.slugify(name),
        "entity_type": entry.get("entity_type"),
        "task_type_id": str(task_type_id) if task_type_id else None,
        "data_type": entry.get("data_type"),
        "choices": entry.get("choices") or [],
        "for_client": bool(entry.get("for_client", False)),
        "departments": [str(value) for value in (entry.get("departments") or []) if value is not None],
        "position": entry.get("position"),
    }


async def set_descriptors(
    session: AsyncSession, identity: Identity, template: ProjectTemplate, descriptors: Any
) -> dict[str, Any]:
    if descriptors is None:
        descriptors = []
    if not isinstance(descriptors, list):
        raise message(400, "metadata_descriptors must be a list")
    if any(not isinstance(entry, dict) for entry in descriptors):
        raise message(400, "Each metadata descriptor must be an object")
    template.metadata_descriptors = [clean_descriptor(entry) for entry in descriptors]
    await session.flush()
    emit_template_change(session, identity, template.id)
    return template_row(template)
