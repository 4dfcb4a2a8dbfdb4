"""The caller's open productions (Zou's `user_service.get_open_projects`) and their team roles."""

from typing import Any

from sqlalchemy import Select, bindparam, func, literal_column, select
from sqlalchemy.dialects.postgresql import aggregate_order_by
from sqlalchemy.ext.asyncio import AsyncSession

from app.areas.projects import service as projects_service
from app.areas.user.rows import linked_ids, rows_of
from app.auth.identity import Identity
from app.core.db import fetch_rows
from app.core.sql import built_once, is_postgres
from app.crud.registry import engine_for
from app.models import Project, ProjectPersonLink, ProjectStatus, ProjectTaskStatusLink, ProjectTaskTypeLink

OPEN = "Open"


def team_project_ids(person_id: Any):
    return select(ProjectPersonLink.project_id).where(ProjectPersonLink.person_id == person_id)


def _open_projects_query(admin: bool, named: bool) -> Select:
    query = (
        select(Project.__table__)  # type: ignore[attr-defined]
        .join(ProjectStatus, ProjectStatus.id == Project.project_status_id)
        .where(ProjectStatus.name == OPEN)
        .order_by(Project.name)
    )
    if named:
        query = query.where(Project.name == bindparam("name"))
    if not admin:
        query = query.where(Project.id.in_(team_project_ids(bindparam("person_id"))))
    if is_postgres():
        # The relation lists (team, task types...) in the same read, a round trip less; as text:
        # a studio's teams are thousands of ids only sent on.
        project = Project.__table__  # type: ignore[attr-defined]
        for name, relation in _relations().items():
            link = project.metadata.tables[relation.link_table]
            own, other = link.c[relation.own_column], link.c[relation.other_column]
            query = query.add_columns(linked_ids(own, other, Project.id, as_text=True).label(name))
        # And the workflow links, each an array of the link table's rows in their stored order.
        for link_model in (ProjectTaskTypeLink, ProjectTaskStatusLink):
            link_rows = aggregate_order_by(link_model.__table__.table_valued(), literal_column("ctid"))  # type: ignore[attr-defined]
            links = select(func.array_agg(link_rows)).where(link_model.project_id == Project.id)
            query = query.add_columns(links.scalar_subquery())
    return query


def _relations() -> dict[str, Any]:
    """The relation lists of a project as Zou serialises it, in their order."""
    return engine_for("projects").info.relations


async def open_projects(
    session: AsyncSession,
    identity: Identity,
    name: str | None = None,
    team_roles: dict[Any, str | None] | None = None,
) -> list[dict[str, Any]]:
    """Open productions (status `Open`): every one for an admin, those of the caller's teams for
    the others, each with the extra data Kitsu renders them with. `team_roles`: the caller's
    `project_roles`, when already read."""
    admin, named = identity.is_admin, name is not None
    query = built_once((_open_projects_query, admin, named), lambda: _open_projects_query(admin, named))
    params: dict[str, Any] = {} if admin else {"person_id": identity.person.id}
    if named:
        params["name"] = name
    if not is_postgres():
        rows = await rows_of(session, query, "Project", params)
        return await projects_service.with_extra_data(session, identity, rows, team_roles)
    rows, workflow_links = _with_links(*await fetch_rows(session, query, params))
    return await projects_service.with_extra_data(
        session, identity, rows, team_roles, relations_read=True, workflow_links=workflow_links
    )


def _with_links(keys: list[str], records: Any) -> tuple[list[dict[str, Any]], Any]:
    """PostgreSQL's rows of `_open_projects_query`: the projects with their relation lists, and
    their task type and task status links as `with_extra_data` takes them."""
    names = list(_relations())
    columns = keys[: len(keys) - len(names) - 2]
    rows = []
    task_types: dict[Any, dict[str, Any]] = {}
    task_statuses: dict[Any, dict[str, Any]] = {}
    for record in records:
        row = dict(zip(columns, record, strict=False))
        row["type"] = "Project"
        for name, ids in zip(names, record[len(columns) : len(columns) + len(names)], strict=True):
            row[name] = ids or []
        task_types[row["id"]] = {
            str(link["task_type_id"]): projects_service.task_type_link_entry(
                link["priority"], link["hd_bitrate_compression"], link["ld_bitrate_compression"],
                link["is_client_visible"],
            )
            for link in record[-2] or ()
        }  # fmt: skip
        task_statuses[row["id"]] = {
            str(link["task_status_id"]): projects_service.task_status_link_entry(
                link["priority"], link["roles_for_board"], link["is_client_allowed"]
            )
            for link in record[-1] or ()
        }
        rows.append(row)
    return rows, (task_types, task_statuses)


async def open_team_project_ids(session: AsyncSession, person_id: Any) -> list[Any]:
    """Open productions whose team holds the person, whatever their global role (Zou's
    `related_projects`)."""
    query = (
        select(Project.id)
        .join(ProjectStatus, ProjectStatus.id == Project.project_status_id)
        .where(ProjectStatus.name == OPEN, Project.id.in_(team_project_ids(person_id)))
    )
    return [record[0] for record in (await fetch_rows(session, query))[1]]


def _team_roles_query() -> Select:
    return select(ProjectPersonLink.project_id, ProjectPersonLink.role).where(
        ProjectPersonLink.person_id == bindparam("person_id")
    )


async def project_roles(session: AsyncSession, person_id: Any) -> dict[Any, str | None]:
    """`{project id: team role or None}` for every team holding the caller."""
    query = built_once(_team_roles_query, _team_roles_query)
    return dict((await fetch_rows(session, query, {"person_id": person_id}))[1])  # type: ignore[arg-type]
