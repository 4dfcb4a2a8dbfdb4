"""Zou's object-level access rules (its user_service / permissions_service checks) for entities,
tasks, comments, playlists and time spents. Every check raises 403 or returns quietly."""

import uuid
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from sqlalchemy import String, bindparam, case, exists, literal, literal_column, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.auth import permissions
from app.auth.identity import Identity
from app.core.db import fetch_rows
from app.core.errors import forbidden, not_found
from app.core.ids import as_uuid
from app.models import (
    DepartmentLink,
    DepartmentMetadataDescriptorLink,
    Entity,
    EntityType,
    MetadataDescriptor,
    Person,
    Project,
    ProjectPersonLink,
    Task,
    TaskPersonLink,
    TaskType,
)

# Fields a supervisor may change on tasks of their departments (Zou's check_supervisor_task_access).
SUPERVISOR_TASK_FIELDS = frozenset({"priority", "start_date", "due_date", "estimation", "difficulty", "data"})


def task_access_dict(task: Task) -> dict[str, Any]:
    """What the task checks read of a task."""
    return {
        "id": task.id,
        "project_id": task.project_id,
        "entity_id": task.entity_id,
        "task_type_id": task.task_type_id,
    }


# The task's access fields and the reader's team link to its production, in one plain SELECT.
_TASK_WITH_TEAM_LINK = (
    select(
        Task.id,
        Task.project_id,
        Task.entity_id,
        Task.task_type_id,
        ProjectPersonLink.person_id.label("member"),
        ProjectPersonLink.role.label("link_role"),
    )
    .outerjoin(
        ProjectPersonLink,
        (ProjectPersonLink.project_id == Task.project_id)
        & (ProjectPersonLink.person_id == bindparam("person_id")),
    )
    .where(Task.id == bindparam("task_id"))
)


async def task_access_row(session: AsyncSession, identity: Identity, raw_task_id: Any) -> dict[str, Any]:
    """`task_access_dict` of a task read with the caller's role in its production (remembered for
    the request's checks: one round trip instead of two); Zou's 404 for a missing or malformed id."""
    task_id = as_uuid(raw_task_id)
    if task_id is None:
        raise not_found()
    _keys, rows = await fetch_rows(
        session, _TASK_WITH_TEAM_LINK, {"task_id": task_id, "person_id": identity.person.id}
    )
    if not rows:
        raise not_found()
    return task_with_team_link(identity, *rows[0])


def task_with_team_link(
    identity: Identity,
    task_id: Any,
    project_id: Any,
    entity_id: Any,
    task_type_id: Any,
    member: Any,
    link_role: Any,
) -> dict[str, Any]:
    """`task_access_dict` of a task read along with the caller's team link to its production
    (`member`: the link's person id, None without a link), the caller's role there remembered for
    the request's checks."""
    permissions.remember_project_role(identity, project_id, member is not None, link_role)
    return {"id": task_id, "project_id": project_id, "entity_id": entity_id, "task_type_id": task_type_id}


async def effective_role(session: AsyncSession, identity: Identity, project_id: Any) -> str:
    """The role that applies inside a project: admin stays global, a team role overrides."""
    if identity.is_admin:
        return "admin"
    return await permissions.project_role(session, identity, project_id) or identity.role


def effective_role_sql(global_role: Any, link_role: Any) -> Any:
    """`effective_role` in SQL, from the caller's global role and their team link's role (null
    without a link), for a statement that reads the link itself: a member's valid team role, else
    the global one (a caller outside the team is refused by the access checks anyway)."""
    return case(
        (global_role == "admin", literal("admin")),
        (link_role.in_(sql_texts(permissions.PROJECT_ROLES)), link_role),
        else_=global_role,
    )


def sql_texts(values: Iterable[str]) -> list[Any]:
    """Constant texts (roles) written in the SQL: an IN list of them is compiled once, where bound
    values are expanded again at every execution."""
    return [literal_column("'" + value.replace("'", "''") + "'", String) for value in values]


async def department_ids(session: AsyncSession, person_id: Any) -> set[uuid.UUID]:
    query = select(DepartmentLink.department_id).where(DepartmentLink.person_id == person_id)
    return set((await session.execute(query)).scalars().all())


async def hidden_metadata_fields(
    db: Any, departments: set[Any], entity_type: str, project_ids: Iterable[Any]
) -> dict[Any, set[str]]:
    """Zou's mask_metadata_for_vendor rule: per project, the metadata fields of `entity_type`
    whose descriptor is held by departments, none of them in `departments`. `db` is a session or
    a connection."""
    ids = [project_id for project_id in set(project_ids) if project_id is not None]
    if not ids:
        return {}
    query = (
        select(
            MetadataDescriptor.project_id,
            MetadataDescriptor.field_name,
            DepartmentMetadataDescriptorLink.department_id,
        )
        .join(
            DepartmentMetadataDescriptorLink,
            DepartmentMetadataDescriptorLink.metadata_descriptor_id == MetadataDescriptor.id,
        )
        .where(MetadataDescriptor.project_id.in_(ids), MetadataDescriptor.entity_type == entity_type)
    )
    holders: dict[tuple[Any, str], set[Any]] = defaultdict(set)
    for project_id, field_name, department_id in (await db.execute(query)).all():
        holders[(project_id, field_name)].add(department_id)
    hidden: dict[Any, set[str]] = defaultdict(set)
    for (project_id, field_name), linked in holders.items():
        if not linked & departments:
            hidden[project_id].add(field_name)
    return hidden


def assigned_task_ids(person_id: Any):
    """Subquery of the tasks assigned to a person (Zou's build_assignee_filter)."""
    return select(TaskPersonLink.task_id).where(TaskPersonLink.person_id == person_id)


def assigned_entity_ids(person_id: Any):
    """Subquery of the entities holding a task assigned to a person."""
    return select(Task.entity_id).where(Task.id.in_(assigned_task_ids(person_id)))


async def is_assigned(session: AsyncSession, task_id: Any, person_id: Any) -> bool:
    query = select(
        exists().where(
            TaskPersonLink.task_id == as_uuid(task_id), TaskPersonLink.person_id == as_uuid(person_id)
        )
    )
    return bool((await session.execute(query)).scalar())


async def check_entity_access(
    session: AsyncSession, identity: Identity, entity_id: Any, project_id: Any
) -> None:
    """Only vendors are filtered: they need a task of the entity assigned to them."""
    if await effective_role(session, identity, project_id) != "vendor":
        return
    query = select(
        exists().where(
            Task.entity_id == as_uuid(entity_id), Task.id.in_(assigned_task_ids(identity.person.id))
        )
    )
    if not (await session.execute(query)).scalar():
        raise forbidden()


async def check_task_access(session: AsyncSession, identity: Identity, task: dict[str, Any]) -> None:
    await permissions.check_project_access(session, identity, task["project_id"])
    await check_entity_access(session, identity, task["entity_id"], task["project_id"])


async def _task_type_department(session: AsyncSession, task_type_id: Any) -> uuid.UUID | None:
    if task_type_id is None:
        return None
    return (await session.execute(select(TaskType.department_id).where(TaskType.id == task_type_id))).scalar()


async def is_department_supervisor(session: AsyncSession, identity: Identity, task_type_id: Any) -> bool:
    """A supervisor acts on task types of their departments, or on any when they have none."""
    departments = await department_ids(session, identity.person.id)
    if not departments:
        return True
    return await _task_type_department(session, task_type_id) in departments


async def check_task_action_access(session: AsyncSession, identity: Identity, task: dict[str, Any]) -> None:
    """Comment, publish, update files on a task (Zou's check_task_action_access)."""
    if identity.is_admin:
        return
    await permissions.check_project_access(session, identity, task["project_id"])
    role = await effective_role(session, identity, task["project_id"])
    if role in ("manager", "client"):
        return
    if await is_assigned(session, task["id"], identity.person.id):
        return
    if role == "supervisor" and await is_department_supervisor(session, identity, task["task_type_id"]):
        return
    creator = (
        await session.execute(select(Entity.created_by).where(Entity.id == task["entity_id"]))
    ).scalar()
    if creator is not None and creator == identity.person.id:
        return
    raise forbidden()


async def check_supervisor_task_access(
    session: AsyncSession, identity: Identity, task: dict[str, Any], data: dict[str, Any]
) -> None:
    """Managers change anything; supervisors only planning fields of their departments' tasks."""
    if await permissions.is_project_manager(session, identity, task["project_id"]):
        return
    role = await permissions.project_role(session, identity, task["project_id"])
    if role != "supervisor" or not set(data) <= SUPERVISOR_TASK_FIELDS:
        raise forbidden()
    if not await is_department_supervisor(session, identity, task["task_type_id"]):
        raise forbidden()


async def check_task_creation_access(
    session: AsyncSession, identity: Identity, project_id: Any, task_type_id: Any
) -> None:
    """Zou checks nothing on POST /data/tasks; we require what assigning work requires:
    a manager of the project, or one of its supervisors for their departments' task types."""
    if await permissions.is_project_manager(session, identity, project_id):
        return
    if await permissions.project_role(session, identity, project_id) == "supervisor" and (
        await is_department_supervisor(session, identity, task_type_id)
    ):
        return
    raise forbidden()


async def check_time_spent_access(
    session: AsyncSession, identity: Identity, task_id: Any, person_id: Any
) -> None:
    task = (await session.execute(select(Task.project_id).where(Task.id == as_uuid(task_id)))).first()
    if task is None:
        raise forbidden()
    if await permissions.is_project_manager(session, identity, task[0]):
        return
    if as_uuid(person_id) == identity.person.id and await is_assigned(session, task_id, person_id):
        return
    raise forbidden()


async def author_role(session: AsyncSession, person_id: Any, project_id: Any) -> str | None:
    """A person's role inside a project, for the client/artist comment visibility rules."""
    query = (
        select(Person.role, ProjectPersonLink.role)
        .select_from(Person)
        .outerjoin(
            ProjectPersonLink,
            (ProjectPersonLink.person_id == Person.id)
            & (ProjectPersonLink.project_id == as_uuid(project_id)),
        )
        .where(Person.id == as_uuid(person_id))
    )
    row = (await session.execute(query)).first()
    if row is None:
        return None
    global_role, team_role = row
    return "admin" if global_role == "admin" else team_role or global_role


async def check_comment_access(session: AsyncSession, identity: Identity, comment: dict[str, Any]) -> None:
    """Zou's check_comment_access: clients see client-side comments, artists not the clients' ones."""
    if identity.is_admin:
        return
    task = (await session.execute(select(Task).where(Task.id == comment["object_id"]))).scalars().first()
    if task is None:
        raise forbidden()
    task_dict = {"id": task.id, "project_id": task.project_id, "entity_id": task.entity_id}
    await check_task_access(session, identity, task_dict)
    role = await effective_role(session, identity, task.project_id)
    if role in ("manager", "supervisor"):
        return
    writer_role = await author_role(session, comment["person_id"], task.project_id)
    if role == "client":
        isolated = (
            await session.execute(select(Project.is_clients_isolated).where(Project.id == task.project_id))
        ).scalar()
        if isolated:
            allowed = comment["person_id"] == identity.person.id or bool(comment.get("for_client"))
        else:
            allowed = writer_role == "client" or bool(comment.get("for_client"))
        if not allowed:
            raise forbidden()
    elif writer_role == "client":
        raise forbidden()


# Entity kinds positioned in time, plus concept folders: every other kind is an asset kind.
TEMPORAL_KINDS = frozenset({"Shot", "Sequence", "Episode", "Edit", "Scene", "Concept", "ConceptFolder"})


async def _metadata_kind(session: AsyncSession, entity_type_id: Any) -> str | None:
    """The descriptors' `entity_type` an entity's metadata belongs to: Shot, Edit or Asset (Zou
    checks no other kind's)."""
    name = (await session.execute(select(EntityType.name).where(EntityType.id == entity_type_id))).scalar()
    if name in ("Shot", "Edit"):
        return name
    return None if name is None or name in TEMPORAL_KINDS else "Asset"


async def check_metadata_department_access(
    session: AsyncSession, identity: Identity, entity: dict[str, Any], data: dict[str, Any]
) -> None:
    """Zou's check_metadata_department_access: the project's managers and the entity's creator
    (in the team) edit it; a supervisor only its `data`, and, when they belong to departments,
    only keys of descriptors of the entity's kind (shot, edit, asset) shared with one of them."""
    if await permissions.is_project_manager(session, identity, entity["project_id"]):
        return
    role = await permissions.project_role(session, identity, entity["project_id"])
    if role is None:
        raise forbidden()
    if entity.get("created_by") is not None and entity["created_by"] == identity.person.id:
        return
    if role != "supervisor" or set(data) - {"data"}:
        raise forbidden()
    departments = await department_ids(session, identity.person.id)
    if not departments:
        return
    metadata = data.get("data")
    kind = await _metadata_kind(session, entity["entity_type_id"])
    if kind is None or not isinstance(metadata, dict) or not metadata:
        raise forbidden()
    for field_name in metadata:
        query = (
            select(DepartmentMetadataDescriptorLink.department_id)
            .join(
                MetadataDescriptor,
                MetadataDescriptor.id == DepartmentMetadataDescriptorLink.metadata_descriptor_id,
            )
            .where(
                MetadataDescriptor.project_id == entity["project_id"],
                MetadataDescriptor.entity_type == kind,
                MetadataDescriptor.field_name == field_name,
            )
        )
        if not departments & set((await session.execute(query)).scalars().all()):
            raise forbidden()


async def check_playlist_update_access(
    session: AsyncSession, identity: Identity, playlist: dict[str, Any]
) -> None:
    """Managers, or supervisors of the project on the playlists they created (or orphan ones)."""
    if await permissions.is_project_manager(session, identity, playlist["project_id"]):
        return
    role = await permissions.project_role(session, identity, playlist["project_id"])
    creator = playlist.get("created_by")
    if role == "supervisor" and (creator is None or creator == identity.person.id):
        return
    raise forbidden()
