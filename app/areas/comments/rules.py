"""Who may change which part of a comment (Zou's rules for the CRUD update)."""

from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.auth import access_rules, permissions
from app.auth.identity import Identity
from app.core.errors import forbidden
from app.core.ids import as_uuid
from app.models import Task, TaskStatus


def _same_items_but_checked(new: Any, old: Any) -> bool:
    """True when a checklist only changes its `checked` flags (what assignees may toggle)."""
    if not isinstance(new, list) or not isinstance(old, list) or len(new) != len(old):
        return False
    return all(
        isinstance(n, dict) and all(k == "checked" or n.get(k) == v for k, v in o.items())
        for n, o in zip(new, old, strict=True)
        if isinstance(o, dict)
    )


async def check_task_status_access(
    session: AsyncSession, identity: Identity, status_id: Any, project_id: Any
) -> None:
    """Artists may only use statuses open to artists, clients those open to clients."""
    role = await access_rules.effective_role(session, identity, project_id)
    flags = (
        await session.execute(
            select(TaskStatus.is_artist_allowed, TaskStatus.is_client_allowed).where(
                TaskStatus.id == as_uuid(status_id)
            )
        )
    ).first()
    if flags is None:
        return
    if (role == "user" and not flags.is_artist_allowed) or (role == "client" and not flags.is_client_allowed):
        raise forbidden()


async def check_update_access(
    session: AsyncSession, identity: Identity, comment: dict[str, Any], data: dict[str, Any]
) -> None:
    """Zou's rules: team members only; managers anything; others touch pins and checklists,
    and the author the rest of their own comment."""
    if identity.is_admin:
        return
    task = (await session.execute(select(Task).where(Task.id == comment["object_id"]))).scalars().first()
    if task is None:
        raise forbidden()
    await permissions.check_project_access(session, identity, task.project_id)
    role = await access_rules.effective_role(session, identity, task.project_id)
    if role == "manager":
        return
    is_author = comment["person_id"] == identity.person.id
    is_supervisor = role == "supervisor"
    in_department = await access_rules.is_department_supervisor(session, identity, task.task_type_id)
    assigned = await access_rules.is_assigned(session, task.id, identity.person.id)
    if "pinned" in data and data["pinned"] != comment.get("pinned") and not (is_supervisor and in_department):
        raise forbidden()
    if "checklist" in data and data["checklist"] != comment.get("checklist") and not is_author:
        # Assignees and department supervisors tick boxes of others' checklists, nothing more.
        may_check = (is_supervisor and (in_department or assigned)) or (not is_supervisor and assigned)
        if not may_check or not _same_items_but_checked(data["checklist"], comment.get("checklist")):
            raise forbidden()
    if not is_author and set(data) - {"pinned", "checklist"}:
        raise forbidden()
    if "person_id" in data and as_uuid(data["person_id"]) != identity.person.id:
        raise forbidden()
    if "object_id" in data and as_uuid(data["object_id"]) != comment["object_id"]:
        raise forbidden()
    if "for_client" in data and data["for_client"] != comment.get("for_client"):
        raise forbidden()
    if "task_status_id" in data:
        await check_task_status_access(session, identity, data["task_status_id"], task.project_id)
