"""A production's settings: the asset types, task types, task statuses, status automations and
preview backgrounds linked to it (Zou's `projects_service` *_setting functions)."""

import uuid
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import SQLModel

from app.areas.projects.service import emit_project_update, plain_rows, project_row
from app.areas.projects.setup import upsert_link
from app.auth.identity import Identity
from app.core.errors import bad_request
from app.core.ids import as_uuid
from app.models import (
    EntityType,
    PreviewBackgroundFile,
    Project,
    ProjectAssetTypeLink,
    ProjectPreviewBackgroundFileLink,
    ProjectStatusAutomationLink,
    ProjectTaskStatusLink,
    ProjectTaskTypeLink,
    StatusAutomation,
    TaskStatus,
    TaskType,
)

# Zou's MOVIE_HIGHDEF_BITRATE / MOVIE_LOWDEF_BITRATE defaults (Mbit/s).
HIGHDEF_BITRATE = 28
LOWDEF_BITRATE = 6
MIN_BITRATE = 1


class LinkKind:
    """One settings list of a project: its link table and the table it points to."""

    def __init__(self, link: type[SQLModel], key: str, target: type[SQLModel]):
        self.link = link
        self.key = key
        self.target = target

    @property
    def column(self):
        return getattr(self.link, self.key)


ASSET_TYPES = LinkKind(ProjectAssetTypeLink, "asset_type_id", EntityType)
TASK_TYPES = LinkKind(ProjectTaskTypeLink, "task_type_id", TaskType)
TASK_STATUSES = LinkKind(ProjectTaskStatusLink, "task_status_id", TaskStatus)
STATUS_AUTOMATIONS = LinkKind(ProjectStatusAutomationLink, "status_automation_id", StatusAutomation)
BACKGROUNDS = LinkKind(ProjectPreviewBackgroundFileLink, "preview_background_file_id", PreviewBackgroundFile)


async def _target(session: AsyncSession, kind: LinkKind, raw_id: Any) -> Any:
    """The linked row, or Zou's 400 naming the model (a malformed id is not found either)."""
    key = as_uuid(raw_id)
    row = await session.get(kind.target, key) if key is not None else None
    if row is None:
        raise bad_request(f"{kind.target.__name__} with id {raw_id} not found")
    return row


async def _is_linked(session: AsyncSession, kind: LinkKind, project_id: Any, target_id: Any) -> bool:
    query = select(kind.column).where(kind.link.project_id == project_id, kind.column == target_id)  # type: ignore[attr-defined]
    return (await session.execute(query)).first() is not None


async def add_setting(
    session: AsyncSession, identity: Identity, project: Project, kind: LinkKind, raw_id: Any
) -> dict[str, Any]:
    """Link a row to the project; already linked is a no-op (and no event)."""
    target = await _target(session, kind, raw_id)
    if not await _is_linked(session, kind, project.id, target.id):
        await upsert_link(session, kind.link.__table__, {"project_id": project.id, kind.key: target.id})  # type: ignore[attr-defined]
        emit_project_update(session, project.id, identity)
    return project_row(project)


async def remove_setting(
    session: AsyncSession, identity: Identity, project: Project, kind: LinkKind, raw_id: Any
) -> None:
    """Unlink a row; unknown or unlinked ids are a no-op, the clients are told anyway (as Zou)."""
    key = as_uuid(raw_id)
    if key is not None:
        await session.execute(
            delete(kind.link).where(kind.link.project_id == project.id, kind.column == key)  # type: ignore[attr-defined]
        )
    emit_project_update(session, project.id, identity)


async def linked_rows(
    session: AsyncSession, project_id: Any, kind: LinkKind, type_name: str | None = None
) -> list[dict[str, Any]]:
    """The rows a project links to, serialised as their own table (Zou's `serialize_list`)."""
    table = kind.target.__table__  # type: ignore[attr-defined]
    # Zou reads a relationship without an order: the links' insertion order, which their creation
    # time keeps where the link table has one.
    linked_at = kind.link.__table__.c.get("created_at")  # type: ignore[attr-defined]
    query = (
        select(table)
        .join(kind.link, kind.column == table.c.id)
        .where(kind.link.project_id == project_id)  # type: ignore[attr-defined]
        .order_by(*([linked_at] if linked_at is not None else []))
        .order_by(table.c.name if "name" in table.c else table.c.created_at)
    )
    return plain_rows(await session.execute(query), type_name or kind.target.__name__)


# --- task types -------------------------------------------------------------------------------
def check_bitrate(value: Any) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int) or not MIN_BITRATE <= value <= HIGHDEF_BITRATE:
        raise bad_request(
            f"Invalid bitrate {value}. Expected an integer number of Mbit/s between "
            f"{MIN_BITRATE} and {HIGHDEF_BITRATE}."
        )


def check_bitrates(changes: dict[str, Any], current: dict[str, Any], inherited: dict[str, Any]) -> None:
    """Zou's validate_movie_bitrates: each changed bitrate in bounds, and the low definition one
    never above the high definition bitrate the movies resolve to (link, then project, then config)."""
    changed = {
        key: changes[key]
        for key in ("hd_bitrate_compression", "ld_bitrate_compression")
        if key in changes and changes[key] != current.get(key)
    }
    for value in changed.values():
        check_bitrate(value)
    lowdef = changed.get("ld_bitrate_compression")
    if lowdef is None:
        return
    merged = {**current, **changes}
    highdef = merged.get("hd_bitrate_compression") or inherited.get("hd_bitrate_compression")
    highdef = min(highdef or HIGHDEF_BITRATE, HIGHDEF_BITRATE)
    if lowdef > highdef:
        raise bad_request(
            f"The low definition bitrate ({lowdef}) cannot exceed the high definition one ({highdef})."
        )


async def add_task_type_setting(
    session: AsyncSession,
    identity: Identity,
    project: Project,
    raw_id: Any,
    priority: int | None,
    bitrates: dict[str, Any] | None,
    is_client_visible: bool | None = None,
) -> dict[str, Any]:
    """Link a task type; an existing link keeps its priority and only takes the given bitrates
    and client visibility."""
    if as_uuid(raw_id) is None:
        raise bad_request("task_type_id is required and must be a valid UUID")
    task_type = await _target(session, TASK_TYPES, raw_id)
    query = select(ProjectTaskTypeLink).where(
        ProjectTaskTypeLink.project_id == project.id, ProjectTaskTypeLink.task_type_id == task_type.id
    )
    link = (await session.execute(query)).scalars().first()
    current = {}
    if link is not None:
        current = {
            "hd_bitrate_compression": link.hd_bitrate_compression,
            "ld_bitrate_compression": link.ld_bitrate_compression,
        }
    if bitrates is not None:
        check_bitrates(bitrates, current, project_row(project))
    changes = {**(bitrates or {}), **_visibility(is_client_visible)}
    if link is None:
        session.add(
            ProjectTaskTypeLink(
                project_id=project.id, task_type_id=task_type.id, priority=priority, **changes
            )
        )
    else:
        for key, value in changes.items():
            setattr(link, key, value)
    await session.flush()
    emit_project_update(session, project.id, identity)
    return project_row(project)


def _visibility(is_client_visible: bool | None) -> dict[str, bool]:
    """The client visibility to write: none when not sent (a new link then defaults to visible)."""
    return {} if is_client_visible is None else {"is_client_visible": is_client_visible}


# --- batch ------------------------------------------------------------------------------------
async def _existing_ids(session: AsyncSession, model: type[SQLModel], raw_ids: list[Any]) -> list[uuid.UUID]:
    """The ids that name existing rows, in order and once each (Zou skips the others)."""
    parsed = [key for key in (as_uuid(raw) for raw in raw_ids) if key is not None]
    if not parsed:
        return []
    query = select(model.id).where(model.id.in_(parsed))  # type: ignore[attr-defined]
    found = set((await session.execute(query)).scalars().all())
    return [key for key in dict.fromkeys(parsed) if key in found]


async def update_settings_batch(
    session: AsyncSession,
    identity: Identity,
    project: Project,
    task_types: list[dict[str, Any]],
    task_status_ids: list[Any],
    asset_type_ids: list[Any],
    replace_task_types: bool,
) -> dict[str, Any]:
    """Kitsu's new-production wizard in one call: task types with their priority, statuses and
    asset types are linked (unknown ids skipped); `replace_task_types` unlinks the other task types."""
    wanted: dict[uuid.UUID, dict[str, Any]] = {}
    for entry in task_types:
        key = as_uuid(entry.get("task_type_id"))
        if key is not None:
            wanted[key] = entry
    existing_query = select(ProjectTaskTypeLink).where(ProjectTaskTypeLink.project_id == project.id)
    existing = {link.task_type_id: link for link in (await session.execute(existing_query)).scalars()}
    known = set(await _existing_ids(session, TaskType, list(wanted)))
    for task_type_id, entry in wanted.items():
        link = existing.get(task_type_id)
        priority = entry.get("priority")
        visibility = _visibility(entry.get("is_client_visible"))
        if link is None:
            if task_type_id in known:
                session.add(
                    ProjectTaskTypeLink(
                        project_id=project.id, task_type_id=task_type_id, priority=priority, **visibility
                    )
                )
            continue
        if priority is not None:
            link.priority = priority
        for key, value in visibility.items():
            setattr(link, key, value)
    if replace_task_types:
        stale = [task_type_id for task_type_id in existing if task_type_id not in wanted]
        if stale:
            await session.execute(
                delete(ProjectTaskTypeLink).where(
                    ProjectTaskTypeLink.project_id == project.id,
                    ProjectTaskTypeLink.task_type_id.in_(stale),
                )
            )
    for kind, raw_ids in ((TASK_STATUSES, task_status_ids), (ASSET_TYPES, asset_type_ids)):
        for target_id in await _existing_ids(session, kind.target, raw_ids):
            await upsert_link(session, kind.link.__table__, {"project_id": project.id, kind.key: target_id})  # type: ignore[attr-defined]
    await session.flush()
    emit_project_update(session, project.id, identity)
    return project_row(project)
