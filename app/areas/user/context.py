"""`GET /data/user/context`: everything Kitsu loads once logged in (Zou's `user_service.get_context`)."""

from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.areas.entities import lookup
from app.areas.persons import service as persons_service
from app.areas.user import filters, notifications
from app.areas.user.projects import open_projects, open_team_project_ids, project_roles
from app.areas.user.rows import id_lists, rows_of, table_rows
from app.auth import permissions
from app.auth.identity import Identity
from app.core.config import get_settings
from app.models import (
    CustomAction,
    Department,
    EntityType,
    Person,
    Plugin,
    PreviewBackgroundFile,
    ProjectPersonLink,
    ProjectStatus,
    StatusAutomation,
    Studio,
    TaskStatus,
    TaskType,
    TaskTypeAssetTypeLink,
)
from app.models.person import DepartmentLink

PLUGIN_FIELDS = (
    "id",
    "plugin_id",
    "name",
    "description",
    "version",
    "maintainer_name",
    "maintainer_email",
    "frontend_project_enabled",
    "frontend_studio_enabled",
    "icon",
)


async def _asset_types(session: AsyncSession) -> list[dict[str, Any]]:
    query = select(EntityType.__table__).where(lookup.asset_type_condition())  # type: ignore[attr-defined]
    rows = await rows_of(session, query, "AssetType")
    links = await id_lists(
        session,
        TaskTypeAssetTypeLink.asset_type_id,
        TaskTypeAssetTypeLink.task_type_id,
        [row["id"] for row in rows],
    )
    for row in rows:
        row["task_types"] = links.get(row["id"], [])
    return rows


async def _persons(session: AsyncSession, identity: Identity) -> list[dict[str, Any]]:
    """Clients meet the teams of their open productions (by name); managers see everyone's
    details; the others a short card of everyone. Guests and preview accounts are left out."""
    query = select(Person).where(Person.preview_project_id.is_(None))
    if identity.role == "client":
        project_ids = await open_team_project_ids(session, identity.person.id)
        members = select(ProjectPersonLink.person_id).where(ProjectPersonLink.project_id.in_(project_ids))
        people = (await session.execute(select(Person).where(Person.id.in_(members)))).scalars().all()
        return sorted(
            (persons_service.present_client(person) for person in people), key=lambda p: p["full_name"]
        )
    people = (await session.execute(query.where(Person.is_guest.is_(False)))).scalars().all()
    departments = await id_lists(
        session, DepartmentLink.person_id, DepartmentLink.department_id, [person.id for person in people]
    )
    if identity.role in permissions.MANAGER_ROLES:
        return [persons_service.serialize_safe(person, departments.get(person.id, [])) for person in people]
    return [persons_service.present_minimal(person, departments.get(person.id, [])) for person in people]


async def _plugins(session: AsyncSession) -> list[dict[str, Any]]:
    plugins = (await session.execute(select(Plugin))).scalars().all()
    return [{name: getattr(plugin, name) for name in PLUGIN_FIELDS} for plugin in plugins]


async def build_context(session: AsyncSession, identity: Identity) -> dict[str, Any]:
    person_id = identity.person.id
    context = {
        "asset_types": await _asset_types(session),
        "custom_actions": await table_rows(session, CustomAction),
        "status_automations": await table_rows(session, StatusAutomation),
        "departments": await table_rows(session, Department),
        "studios": await table_rows(session, Studio),
        "notification_count": await notifications.unread_count(session, person_id),
        "persons": await _persons(session, identity),
        "project_status": await table_rows(session, ProjectStatus),
        "project_roles": await project_roles(session, person_id),
        "projects": await open_projects(session, identity),
        "task_types": await table_rows(session, TaskType),
        "task_status": await table_rows(session, TaskStatus),
        "search_filters": await filters.list_filters(session, identity),
        "search_filter_groups": await filters.list_filter_groups(session, identity),
        "preview_background_files": await table_rows(session, PreviewBackgroundFile),
        "plugins": await _plugins(session),
    }
    if identity.is_admin:
        context["user_limit"] = get_settings().user_limit
    return context
