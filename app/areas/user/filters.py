"""Saved search filters and filter groups of the caller (Zou's search_filters_service).

A listing groups rows by list type, then by project id (`all` for rows without a project).
Shared rows of open productions are listed to everyone; a row tied to a department only to
managers and the members of that department. An admin may read, change and remove anyone's row.
"""

from typing import Any

from sqlalchemy import Select, bindparam, delete, func, or_, select, update
from sqlalchemy.dialects.postgresql import aggregate_order_by
from sqlalchemy.ext.asyncio import AsyncSession

from app.areas.entities import lookup
from app.areas.user.rows import rows_of
from app.auth import permissions
from app.auth.identity import Identity
from app.core.errors import bad_request, not_found
from app.models import Department, Project, ProjectStatus, SearchFilter, SearchFilterGroup
from app.models.person import DepartmentLink

SHARING_MISMATCH = "A search filter should have the same value for is_shared than its search filter group."
FILTER_TABLE = SearchFilter.__table__  # type: ignore[attr-defined]
GROUP_TABLE = SearchFilterGroup.__table__  # type: ignore[attr-defined]


def row_dict(instance: Any) -> dict[str, Any]:
    table = type(instance).__table__
    row = {column.name: getattr(instance, column.key) for column in table.columns}
    row["type"] = type(instance).__name__
    return row


async def _my_departments(session: AsyncSession, person_id: Any) -> set[str]:
    query = select(DepartmentLink.department_id).where(DepartmentLink.person_id == person_id)
    return {str(value) for value in (await session.execute(query)).scalars().all()}


def _visible(model: Any, person_id: Any) -> Select:
    """The caller's rows and the shared ones, of open productions or of none."""
    return (
        select(model.__table__)
        .outerjoin(Project, Project.id == model.project_id)
        .outerjoin(ProjectStatus, ProjectStatus.id == Project.project_status_id)
        .where(or_(model.person_id == person_id, model.is_shared.is_(True)))
        .where(or_(ProjectStatus.name == "Open", model.project_id.is_(None)))
    )


def visible_rows_array(model: Any, groups: bool) -> Any:
    """PostgreSQL: `_visible`'s rows as one array of the table's row type (the caller's id bound
    as `person_id`), in a listing's order: a column of a bigger read instead of a read of its own."""
    row = model.__table__.table_valued()
    rows = func.array_agg(aggregate_order_by(row, model.created_at.desc()) if groups else row)
    return _visible(model, bindparam("person_id")).with_only_columns(rows).scalar_subquery()


async def _grouped(
    session: AsyncSession,
    identity: Identity,
    model: Any,
    groups: bool,
    rows: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """Zou lists a group's list type even when every group of that type is hidden from the
    caller (an empty object), a filter's only when one of its filters shows. `rows`: the
    visible rows when already read."""
    if rows is None:
        query = _visible(model, identity.person.id)
        if groups:
            query = query.order_by(model.created_at.desc())
        rows = await rows_of(session, query, model.__name__)
    departments: set[str] | None = None  # read once a department's filter needs them
    is_manager = identity.role in permissions.MANAGER_ROLES
    result: dict[str, Any] = {}
    for row in rows:
        by_project = result.setdefault(row["list_type"], {})
        department_id = row["department_id"]
        if department_id is not None and not is_manager and departments is None:
            departments = await _my_departments(session, identity.person.id)
        if department_id is None or is_manager or str(department_id) in (departments or ()):
            key = "all" if row["project_id"] is None else str(row["project_id"])
            by_project.setdefault(key, []).append(row)
    if groups:
        return result
    return {list_type: by_project for list_type, by_project in result.items() if by_project}


async def list_filters(
    session: AsyncSession, identity: Identity, rows: list[dict[str, Any]] | None = None
) -> dict[str, Any]:
    return await _grouped(session, identity, SearchFilter, False, rows)


async def list_filter_groups(
    session: AsyncSession, identity: Identity, rows: list[dict[str, Any]] | None = None
) -> dict[str, Any]:
    return await _grouped(session, identity, SearchFilterGroup, True, rows)


# --- checks --------------------------------------------------------------------------------------
async def _check_project(session: AsyncSession, project_id: Any) -> Any:
    if project_id is None:
        return None
    parsed = lookup.uuid_or_404(project_id)
    if await session.get(Project, parsed) is None:
        raise not_found()
    return parsed


async def _check_department(session: AsyncSession, department_id: Any) -> Any:
    if department_id is None:
        return None
    parsed = lookup.uuid_or_404(department_id)
    if await session.get(Department, parsed) is None:
        raise not_found()
    return parsed


async def _group(session: AsyncSession, group_id: Any) -> SearchFilterGroup:
    parsed = lookup.uuid_or_404(group_id)
    group = await session.get(SearchFilterGroup, parsed)
    if group is None:
        raise not_found()
    return group


async def can_share(session: AsyncSession, identity: Identity, project_id: Any) -> bool:
    """Sharing is a production manager's privilege; a row without a production is never shared."""
    return project_id is not None and await permissions.is_project_manager(session, identity, project_id)


async def own_or_as_admin(session: AsyncSession, identity: Identity, model: Any, raw_id: Any) -> Any:
    """The caller's row (anyone's for an admin); 404 otherwise, a malformed id included."""
    instance = await session.get(model, lookup.uuid_or_404(raw_id))
    if instance is None or (instance.person_id != identity.person.id and not identity.is_admin):
        raise not_found()
    return instance


async def _deny_sharing(
    session: AsyncSession, identity: Identity, data: dict[str, Any], instance: Any
) -> None:
    """A sharing change the caller may not make turns into `is_shared: false`, as in Zou."""
    wanted = data.get("is_shared")
    if wanted is not None and wanted != instance.is_shared:
        if not await can_share(session, identity, data.get("project_id")):
            data["is_shared"] = False


# --- filters -------------------------------------------------------------------------------------
async def create_filter(session: AsyncSession, identity: Identity, body: Any) -> dict[str, Any]:
    project_id = await _check_project(session, body.project_id)
    is_shared = bool(body.is_shared) and await can_share(session, identity, project_id)
    group_id = None
    if body.search_filter_group_id is not None:
        group = await _group(session, body.search_filter_group_id)
        if is_shared != group.is_shared:
            raise bad_request(SHARING_MISMATCH)
        group_id = group.id
    search_filter = SearchFilter(
        list_type=body.list_type or "todo",
        name=body.name,
        search_query=body.query,
        project_id=project_id,
        person_id=identity.person.id,
        entity_type=body.entity_type,
        is_shared=is_shared,
        search_filter_group_id=group_id,
        department_id=await _check_department(session, body.department_id),
    )
    session.add(search_filter)
    await session.flush()
    return row_dict(search_filter)


async def update_filter(session: AsyncSession, identity: Identity, raw_id: str, body: Any) -> dict[str, Any]:
    search_filter = await own_or_as_admin(session, identity, SearchFilter, raw_id)
    data = body.model_dump(exclude_none=True)
    if "search_filter_group_id" in body.model_fields_set:
        data["search_filter_group_id"] = body.search_filter_group_id
    if "department_id" in data:
        data["department_id"] = await _check_department(session, data["department_id"])
    if "project_id" in data:
        data["project_id"] = await _check_project(session, data["project_id"])
    await _deny_sharing(session, identity, data, search_filter)
    group_id = data.get("search_filter_group_id", search_filter.search_filter_group_id)
    if group_id is not None:
        group = await _group(session, group_id)
        if data.get("is_shared", search_filter.is_shared) != group.is_shared:
            raise bad_request(SHARING_MISMATCH)
        if "search_filter_group_id" in data:
            data["search_filter_group_id"] = group.id
    for key, value in data.items():
        setattr(search_filter, key, value)
    await session.flush()
    await session.refresh(search_filter)
    return row_dict(search_filter)


async def remove_filter(session: AsyncSession, identity: Identity, raw_id: str) -> None:
    search_filter = await own_or_as_admin(session, identity, SearchFilter, raw_id)
    await session.delete(search_filter)
    await session.flush()


# --- filter groups -------------------------------------------------------------------------------
async def create_filter_group(session: AsyncSession, identity: Identity, body: Any) -> dict[str, Any]:
    project_id = await _check_project(session, body.project_id)
    group = SearchFilterGroup(
        list_type=body.list_type or "todo",
        name=body.name,
        color=body.color if body.color is not None else "",
        project_id=project_id,
        person_id=identity.person.id,
        entity_type=body.entity_type,
        is_shared=bool(body.is_shared) and await can_share(session, identity, project_id),
        department_id=await _check_department(session, body.department_id),
    )
    session.add(group)
    await session.flush()
    return row_dict(group)


async def get_filter_group(session: AsyncSession, identity: Identity, raw_id: str) -> dict[str, Any]:
    return row_dict(await own_or_as_admin(session, identity, SearchFilterGroup, raw_id))


async def update_filter_group(
    session: AsyncSession, identity: Identity, raw_id: str, body: Any
) -> dict[str, Any]:
    group = await own_or_as_admin(session, identity, SearchFilterGroup, raw_id)
    data = body.model_dump(exclude_none=True)
    if "department_id" in data:
        data["department_id"] = await _check_department(session, data["department_id"])
    if "project_id" in data:
        data["project_id"] = await _check_project(session, data["project_id"])
    await _deny_sharing(session, identity, data, group)
    for key, value in data.items():
        setattr(group, key, value)
    await session.flush()
    if "is_shared" in data:
        # The filters of a group share its visibility: left out of step, they could no longer
        # be changed (a filter's sharing must equal its group's).
        await session.execute(
            update(SearchFilter)
            .where(SearchFilter.search_filter_group_id == group.id)
            .values(is_shared=group.is_shared)
        )
    await session.refresh(group)
    return row_dict(group)


async def remove_filter_group(session: AsyncSession, identity: Identity, raw_id: str) -> None:
    """The group goes with the filters it holds, whoever owns them."""
    group = await own_or_as_admin(session, identity, SearchFilterGroup, raw_id)
    await session.execute(delete(SearchFilter).where(SearchFilter.search_filter_group_id == group.id))
    await session.delete(group)
    await session.flush()
