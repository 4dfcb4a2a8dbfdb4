"""Assigning people to tasks and taking them off (Zou's assign_task, clear_assignation and
check_task_department_access rules): events, the assignation notification, the team."""

from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from app import events
from app.areas.tasks import service
from app.auth import access_rules, permissions
from app.auth.identity import Identity
from app.core.errors import bad_request, forbidden
from app.models import Notification, Person, Project, ProjectPersonLink, Task, TaskPersonLink, TaskType
from app.models.base import utcnow

PREVIEW_ACCOUNT = "A preview account can't be assigned"


async def _task_department(session: AsyncSession, task: Task) -> Any:
    query = select(TaskType.department_id).where(TaskType.id == task.task_type_id)
    return (await session.execute(query)).scalar()


async def check_bot(session: AsyncSession, person: Person, project_id: Any = None) -> None:
    """Bots take work only on projects that opened themselves to bot collaboration."""
    if not person.is_bot:
        return
    if project_id is not None:
        query = select(Project.is_bot_collaboration_enabled).where(Project.id == project_id)
        if (await session.execute(query)).scalar():
            return
    raise forbidden()


async def _role_below_manager(session: AsyncSession, identity: Identity, task: Task) -> str | None:
    """The caller's role in the task's production, None for its managers and the admins (they
    may); a 403 outside its team."""
    if identity.is_admin:
        return None
    role = await permissions.project_role(session, identity, task.project_id)
    if role is None:
        raise forbidden()
    return None if role in permissions.MANAGER_ROLES else role


async def check_assign_access(session: AsyncSession, identity: Identity, task: Task, person: Person) -> None:
    """Managers of the production; its supervisors for their departments' task types and people of
    their departments (all of them when they have no department); anyone assigning themselves a
    task of one of their departments."""
    role = await _role_below_manager(session, identity, task)
    if role is None:
        return
    mine = await access_rules.department_ids(session, identity.person.id)
    department = await _task_department(session, task)
    if role == "supervisor":
        if not mine:
            return
        if department in mine and mine & await access_rules.department_ids(session, person.id):
            return
    if department in mine and person.id == identity.person.id:
        return
    raise forbidden()


async def check_unassign_access(
    session: AsyncSession, identity: Identity, task: Task, person_id: Any
) -> None:
    """Managers, department supervisors, or an assignee taking themselves off."""
    role = await _role_below_manager(session, identity, task)
    if role is None:
        return
    if role == "supervisor":
        mine = await access_rules.department_ids(session, identity.person.id)
        if not mine or await _task_department(session, task) in mine:
            return
    if str(person_id) == str(identity.person.id) and identity.person.id in await service.assignee_ids(
        session, task.id
    ):
        return
    raise forbidden()


async def add_team_member(session: AsyncSession, project_id: Any, person_id: Any, user_id: Any) -> None:
    """An assignee works on the production: they join its team (clients hear of the change)."""
    query = select(ProjectPersonLink.person_id).where(
        ProjectPersonLink.project_id == project_id, ProjectPersonLink.person_id == person_id
    )
    if (await session.execute(query)).first() is None:
        session.add(ProjectPersonLink(project_id=project_id, person_id=person_id))
        await session.flush()
        events.emit(session, "project:update", {}, project_id=project_id, user_id=user_id)


async def _notify(session: AsyncSession, task: Task, person_id: Any, author_id: Any) -> None:
    """The assignee hears of it, unless they assigned themselves."""
    if author_id is None or author_id == person_id:
        return
    notification = Notification(type="assignation", person_id=person_id, author_id=author_id, task_id=task.id)
    session.add(notification)
    await session.flush()
    data = {"notification_id": notification.id, "person_id": person_id}
    events.emit(session, "notification:new", data, project_id=task.project_id, persist=False)


async def assign(session: AsyncSession, task: Task, person: Person, assigner_id: Any) -> dict[str, Any]:
    """Add the person to the task's assignees (once), the caller becomes its assigner."""
    if person.preview_project_id is not None:
        raise bad_request(PREVIEW_ACCOUNT)
    if person.id not in await service.assignee_ids(session, task.id):
        session.add(TaskPersonLink(task_id=task.id, person_id=person.id))
    task.assigner_id = assigner_id
    task.updated_at = utcnow()
    await session.flush()
    data = {"task_id": task.id, "person_id": person.id}
    events.emit(session, "task:assign", data, project_id=task.project_id, user_id=assigner_id)
    events.emit(session, "task:update", {"task_id": task.id}, project_id=task.project_id, user_id=assigner_id)
    await _notify(session, task, person.id, assigner_id)
    return await service.task_row(session, task)


async def clear(session: AsyncSession, task: Task, person_id: Any, user_id: Any) -> None:
    """Take one person (or, without one, everybody) off the task."""
    assignees = await service.assignee_ids(session, task.id)
    removed = assignees if person_id is None else [p for p in assignees if str(p) == str(person_id)]
    if removed:
        await session.execute(
            delete(TaskPersonLink).where(
                TaskPersonLink.task_id == task.id, TaskPersonLink.person_id.in_(removed)
            )
        )
    task.updated_at = utcnow()
    await session.flush()
    # Zou announces the person it was asked to remove, assigned or not.
    announced = removed if person_id is None else [person_id]
    for assignee in announced:
        data = {"person_id": assignee, "task_id": task.id}
        events.emit(session, "task:unassign", data, project_id=task.project_id, user_id=user_id)
    events.emit(session, "task:update", {"task_id": task.id}, project_id=task.project_id, user_id=user_id)
