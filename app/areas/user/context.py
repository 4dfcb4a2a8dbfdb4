"""`GET /data/user/context`: everything Kitsu loads once logged in (Zou's `user_service.get_context`)."""

from collections import defaultdict
from typing import Any

from sqlalchemy import Select, bindparam, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.areas.entities import lookup
from app.areas.persons import service as persons_service
from app.areas.user import filters, notifications
from app.areas.user.filters import visible_rows_array
from app.areas.user.projects import open_projects, open_team_project_ids, project_roles
from app.areas.user.rows import id_lists, rows_of, table_rows
from app.auth import permissions
from app.auth.identity import Identity
from app.core.config import get_settings
from app.core.db import fetch_rows
from app.core.sql import built_once, in_ids, is_postgres
from app.models import (
    CustomAction,
    Department,
    EntityType,
    Person,
    Plugin,
    PreviewBackgroundFile,
    ProjectPersonLink,
    ProjectStatus,
    SearchFilter,
    SearchFilterGroup,
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
    """Not on PostgreSQL, which reads them with the rest (`_reference_query`)."""
    table = EntityType.__table__  # type: ignore[attr-defined]
    query = built_once(ASSET_TYPES, lambda: select(table).where(lookup.asset_type_condition()))
    rows = await rows_of(session, query, "AssetType")
    own, other = TaskTypeAssetTypeLink.asset_type_id, TaskTypeAssetTypeLink.task_type_id
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


def _person_query(fields: tuple[str, ...], condition: Any) -> Select:
    table = Person.__table__  # type: ignore[attr-defined]
    return select(*(table.c[name] for name in fields)).where(condition)


def _all_department_links() -> Select:
    return select(DepartmentLink.person_id, DepartmentLink.department_id)


async def _person_rows(
    session: AsyncSession, query: Select, department_links: Any = None
) -> list[dict[str, Any]]:
    """Only the fields answered, as plain rows (ORM instances of every person cost more than
    the rest of the context); given the `(person id, department id)` links, each one's
    department ids last (from the whole, small, link table in its stored order: a list per
    person in the persons' query cost PostgreSQL a lookup per person)."""
    keys, records = await fetch_rows(session, query)
    people = [dict(zip(keys, record, strict=True)) for record in records]
    if department_links is not None:
        links: dict[Any, list[Any]] = defaultdict(list)
        for person_id, department_id in department_links:
            links[person_id].append(department_id)
        for person in people:
            person[DEPARTMENTS] = links.get(person["id"], [])
    return people


async def _persons(session: AsyncSession, identity: Identity, department_links: Any) -> list[dict[str, Any]]:
    """Clients meet the teams of their open productions (by name); managers see everyone's
    details; the others a short card of everyone. Guests and preview accounts are left out.
    The same fields and order as `persons_service`'s `present_client`, `serialize_safe` and
    `present_minimal`."""
    if identity.role == "client":
        project_ids = await open_team_project_ids(session, identity.person.id)
        members = select(ProjectPersonLink.person_id).where(in_ids(ProjectPersonLink.project_id, project_ids))
        query = _person_query(persons_service.CLIENT_FIELDS, Person.id.in_(members))
        people = await _person_rows(session, query)
        for person in people:
            person["type"] = "Person"
            person["full_name"] = persons_service.row_full_name(person)
        return sorted(people, key=lambda person: person["full_name"])
    manager = identity.role in permissions.MANAGER_ROLES
    fields = SAFE_FIELDS if manager else persons_service.MINIMAL_FIELDS
    query = built_once(
        (_persons, fields),
        lambda: _person_query(fields, Person.preview_project_id.is_(None) & Person.is_guest.is_(False)),
    )
    people = await _person_rows(session, query, department_links)
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


def _plugin_query() -> Select:
    table = Plugin.__table__  # type: ignore[attr-defined]
    return select(*(table.c[name] for name in PLUGIN_FIELDS))


# The small reference tables the context lists whole, under their context key.
REFERENCE_TABLES = (
    ("custom_actions", CustomAction),
    ("status_automations", StatusAutomation),
    ("departments", Department),
    ("studios", Studio),
    ("project_status", ProjectStatus),
    ("task_types", TaskType),
    ("task_status", TaskStatus),
    ("preview_background_files", PreviewBackgroundFile),
)
# The other lists read with them, and the caller's filters and filter groups.
NOTIFICATION_COUNT, TEAM_LINKS, DEPARTMENT_LINKS = "notification_count", "team_links", "department_links"
ASSET_TYPES, ASSET_TYPE_LINKS, PLUGINS = "asset_types", "asset_type_links", "plugins"
FILTER_ROWS = (("search_filters", SearchFilter, False), ("search_filter_groups", SearchFilterGroup, True))


def _reference_query() -> Select:
    """PostgreSQL: every row `_reference_rows` needs, each list as an array of its table's row
    type, in one read."""
    tables = [*REFERENCE_TABLES, (DEPARTMENT_LINKS, DepartmentLink), (PLUGINS, Plugin)]
    lists = [
        select(func.array_agg(model.__table__.table_valued())).scalar_subquery().label(key)  # type: ignore[attr-defined]
        for key, model in tables
    ]
    team = ProjectPersonLink.__table__  # type: ignore[attr-defined]
    mine = select(func.array_agg(team.table_valued())).where(
        ProjectPersonLink.person_id == bindparam("person_id")
    )
    lists.append(mine.scalar_subquery().label(TEAM_LINKS))
    lists += [visible_rows_array(model, groups).label(key) for key, model, groups in FILTER_ROWS]
    asset_types = select(func.array_agg(EntityType.__table__.table_valued()))  # type: ignore[attr-defined]
    lists.append(asset_types.where(lookup.asset_type_condition()).scalar_subquery().label(ASSET_TYPES))
    links = select(func.array_agg(TaskTypeAssetTypeLink.__table__.table_valued()))  # type: ignore[attr-defined]
    lists.append(links.scalar_subquery().label(ASSET_TYPE_LINKS))
    unread = notifications.unread_count_query(bindparam("person_id")).scalar_subquery()
    return select(*lists, unread.label(NOTIFICATION_COUNT))


def _typed_rows(records: Any, model: Any, type_name: str | None = None) -> list[dict[str, Any]]:
    """Rows of a table's row type as `table_rows` gives them: the model's column order, `type`."""
    names = [column.name for column in model.__table__.columns]
    rows = []
    for values in records or ():
        row = {name: values[name] for name in names}
        row["type"] = type_name or model.__name__
        rows.append(row)
    return rows


async def _reference_rows(session: AsyncSession, identity: Identity) -> dict[str, Any]:
    """The reference tables' rows, the caller's unread notification count, team links (`{project
    id: team role or None}`) and visible search filter rows (None: for the listing to read), the
    department links as `(person id, department id)`, the plugins' answered fields.

    PostgreSQL reads them in one round trip, each list as an array of its table's row type (the
    driver decodes those as records of the same typed values as a `SELECT *`): fifteen reads of
    a few rows each cost more in round trips than in anything else."""
    person_id = identity.person.id
    if not is_postgres():
        found: dict[str, Any] = {key: await table_rows(session, model) for key, model in REFERENCE_TABLES}
        found[NOTIFICATION_COUNT] = await notifications.unread_count(session, person_id)
        found[TEAM_LINKS] = await project_roles(session, person_id)
        _keys, found[DEPARTMENT_LINKS] = await fetch_rows(
            session, built_once(DEPARTMENTS, _all_department_links)
        )
        keys, records = await fetch_rows(session, built_once(PLUGINS, _plugin_query))
        found[PLUGINS] = [dict(zip(keys, record, strict=True)) for record in records]
        for key, _model, _groups in FILTER_ROWS:
            found[key] = None  # read by the filter listing itself
        found[ASSET_TYPES] = await _asset_types(session)
        return found
    query = built_once(_reference_query, _reference_query)
    record = (await fetch_rows(session, query, {"person_id": person_id}))[1][0]
    found = {key: _typed_rows(record[key], model) for key, model in REFERENCE_TABLES}
    found[NOTIFICATION_COUNT] = record[NOTIFICATION_COUNT]
    found[TEAM_LINKS] = {link["project_id"]: link["role"] for link in record[TEAM_LINKS] or ()}
    found[DEPARTMENT_LINKS] = [
        (link["person_id"], link["department_id"]) for link in record[DEPARTMENT_LINKS] or ()
    ]
    found[PLUGINS] = [{name: plugin[name] for name in PLUGIN_FIELDS} for plugin in record[PLUGINS] or ()]
    for key, model, _groups in FILTER_ROWS:
        found[key] = _typed_rows(record[key], model)
    task_types: dict[Any, list[Any]] = defaultdict(list)  # in the links' stored order, as `linked_ids`
    for link in record[ASSET_TYPE_LINKS] or ():
        task_types[link["asset_type_id"]].append(link["task_type_id"])
    found[ASSET_TYPES] = _typed_rows(record[ASSET_TYPES], EntityType, "AssetType")
    for row in found[ASSET_TYPES]:
        row[TASK_TYPES] = task_types.get(row["id"], [])
    return found


async def build_context(session: AsyncSession, identity: Identity) -> dict[str, Any]:
    found = await _reference_rows(session, identity)
    team_roles = found[TEAM_LINKS]
    context = {
        "asset_types": found[ASSET_TYPES],
        "custom_actions": found["custom_actions"],
        "status_automations": found["status_automations"],
        "departments": found["departments"],
        "studios": found["studios"],
        "notification_count": found[NOTIFICATION_COUNT],
        "persons": await _persons(session, identity, found[DEPARTMENT_LINKS]),
        "project_status": found["project_status"],
        "project_roles": {
            str(project_id): role for project_id, role in team_roles.items() if role is not None
        },
        "projects": await open_projects(session, identity, team_roles=team_roles),
        "task_types": found["task_types"],
        "task_status": found["task_status"],
        "search_filters": await filters.list_filters(session, identity, found["search_filters"]),
        "search_filter_groups": await filters.list_filter_groups(
            session, identity, found["search_filter_groups"]
        ),
        "preview_background_files": found["preview_background_files"],
        "plugins": found[PLUGINS],
    }
    if identity.is_admin:
        context["user_limit"] = get_settings().user_limit
    return context
