"""What editing or deleting a comment implies in Zou: who may change which part of it, the
mentions read back from its text, and the task state recomputed from the remaining comments."""

import re
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app.auth import access_rules, permissions
from app.auth.identity import Identity
from app.core.errors import forbidden
from app.core.ids import as_uuid
from app.models import (
    Comment,
    Department,
    Person,
    ProjectPersonLink,
    Task,
    TaskStatus,
    comment_department_mentions,
    comment_mentions,
)

MENTION = re.compile(r"@([^@\n]+)")


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


async def reset_mentions(session: AsyncSession, comment: Comment, project_id: Any) -> None:
    """Mentions are `@Full Name` of team members and `@Department` names found in the text."""
    names = set(match.strip() for match in MENTION.findall(comment.text or ""))
    await session.execute(delete(comment_mentions).where(comment_mentions.c.comment == comment.id))
    await session.execute(
        delete(comment_department_mentions).where(comment_department_mentions.c.comment == comment.id)
    )
    if not names:
        return
    team = select(ProjectPersonLink.person_id).where(ProjectPersonLink.project_id == project_id)
    persons = (
        await session.execute(
            select(Person.id, Person.first_name, Person.last_name).where(Person.id.in_(team))
        )
    ).all()
    text = comment.text or ""
    people = [p.id for p in persons if f"@{p.first_name} {p.last_name}".strip() in text]
    departments = (await session.execute(select(Department.id, Department.name))).all()
    mentioned_departments = [d.id for d in departments if f"@{d.name}" in text]
    if people:
        await session.execute(
            insert(comment_mentions), [{"comment": comment.id, "person": p} for p in people]
        )
    if mentioned_departments:
        await session.execute(
            insert(comment_department_mentions),
            [{"comment": comment.id, "department": d} for d in mentioned_departments],
        )


async def reset_task_data(session: AsyncSession, task_id: Any) -> Task | None:
    """A task's status, last comment date and retakes follow the comments it has left."""
    task = await session.get(Task, task_id)
    if task is None:
        return None
    comments = (
        await session.execute(
            select(Comment.task_status_id, Comment.created_at, TaskStatus.is_retake)
            .outerjoin(TaskStatus, TaskStatus.id == Comment.task_status_id)
            .where(Comment.object_id == task_id)
            .order_by(Comment.created_at)
        )
    ).all()
    retakes, previous = 0, None
    for status_id, _, is_retake in comments:
        if is_retake and status_id != previous:
            retakes += 1
        previous = status_id
    values: dict[str, Any] = {"retake_count": retakes}
    if comments:
        values["task_status_id"] = comments[-1].task_status_id or task.task_status_id
        values["last_comment_date"] = comments[-1].created_at
    else:
        values["last_comment_date"] = None
    await session.execute(update(Task).where(Task.id == task_id).values(**values))
    await session.refresh(task)
    return task
