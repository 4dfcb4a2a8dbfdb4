"""`GET /data/user/context`: everything Kitsu loads once logged in (Zou's `user_service.get_context`)."""

from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.areas.entities import lookup
from app.areas.persons import service as persons_service
from app.areas.user import filters, notifications
from app.areas.user.projects import open_projects, open_team_project_ids, project_roles
from app.areas.user.rows import id_lists, linked_ids, rows_of, table_rows
from app.auth import permissions
from app.auth.identity import Identity
from app.core.config import get_settings
from app.core.db import fetch_rows
from app.core.sql import in_ids, is_postgres
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
from app.models.person import SENSITIVE_FIELDS, DepartmentLink

DEPARTMENTS = "departments"
TASK_TYPES = "task_types"
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
    own, other = TaskTypeAssetTypeLink.asset_type_id, TaskTypeAssetTypeLink.task_type_id
    query = select(EntityType.__table__).where(lookup.asset_type_condition())  # type: ignore[attr-defined]
    if is_postgres():
        rows = await rows_of(
            session, query.add_columns(linked_ids(own, other, EntityType.id).label(TASK_TYPES)), "AssetType"
        )
        for row in rows:
            row[TASK_TYPES] = row.pop(TASK_TYPES) or []
        return rows
    rows = await rows_of(session, query, "AssetType")
    links = await id_lists(session, own, other, [row["id"] for row in rows])
    for row in rows:
        row[TASK_TYPES] = links.get(row["id"], [])
    return rows


# What managers see of everyone: Zou's `serialize_safe()` columns, in the table's order.
SAFE_FIELDS = tuple(
    column.name
    for column in Person.__table__.columns  # type: ignore[attr-defined]
    if column.name not in SENSITIVE_FIELDS
)


async def _person_rows(
    session: AsyncSession, fields: tuple[str, ...], condition: Any, departments: bool = False
) -> list[dict[str, Any]]:
    """Only the fields answered, as plain rows (ORM instances of every person cost more than
    the rest of the context); with `departments`, each one's department ids last."""
    table = Person.__table__  # type: ignore[attr-defined]
    query = select(*(table.c[name] for name in fields)).where(condition)
    joined = departments and is_postgres()
    if joined:
        query = query.add_columns(
            linked_ids(DepartmentLink.person_id, DepartmentLink.department_id, Person.id).label(DEPARTMENTS)
        )
    keys, records = await fetch_rows(session, query)
    people = [dict(zip(keys, record, strict=True)) for record in records]
    if joined:
        for person in people:
            person[DEPARTMENTS] = person.pop(DEPARTMENTS) or []
    elif departments:
        ids = [person["id"] for person in people]
        links = await id_lists(session, DepartmentLink.person_id, DepartmentLink.department_id, ids)
        for person in people:
            person[DEPARTMENTS] = links.get(person["id"], [])
    return people


async def _persons(session: AsyncSession, identity: Identity) -> list[dict[str, Any]]:
    """Clients meet the teams of their open productions (by name); managers see everyone's
    details; the others a short card of everyone. Guests and preview accounts are left out.
    The same fields and order as `persons_service`'s `present_client`, `serialize_safe` and
    `present_minimal`."""
    if identity.role == "client":
        project_ids = await open_team_project_ids(session, identity.person.id)
        members = select(ProjectPersonLink.person_id).where(in_ids(ProjectPersonLink.project_id, project_ids))
        people = await _person_rows(session, persons_service.CLIENT_FIELDS, Person.id.in_(members))
        for person in people:
            person["type"] = "Person"
            person["full_name"] = persons_service.row_full_name(person)
        return sorted(people, key=lambda person: person["full_name"])
    manager = identity.role in permissions.MANAGER_ROLES
    fields = SAFE_FIELDS if manager else persons_service.MINIMAL_FIELDS
    condition = Person.preview_project_id.is_(None) & Person.is_guest.is_(False)
    people = await _person_rows(session, fields, condition, departments=True)
    for person in people:
        departments = person.pop(DEPARTMENTS)
        if manager:
            person["full_name"] = persons_service.row_full_name(person)
            person["type"] = "Person"
        else:
            person["type"] = "Person"
            person["full_name"] = persons_service.row_full_name(person)
        person[DEPARTMENTS] = departments
    return people


async def _plugins(session: AsyncSession) -> list[dict[str, Any]]:
    table = Plugin.__table__  # type: ignore[attr-defined]
    keys, records = await fetch_rows(session, select(*(table.c[name] for name in PLUGIN_FIELDS)))
    return [dict(zip(keys, record, strict=True)) for record in records]


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
