"""Posting a comment on a task, as Zou does: the comment with its mentions and attachments, the
task's new state, hashtag copies, notifications, news, status automations and their events."""

import datetime
import uuid
from typing import Any

from sqlalchemy import exists, or_, select
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.datastructures import UploadFile

from app import events
from app.areas.comments import attachments as attachment_store
from app.areas.comments import automations, mentions, notify, task_state
from app.areas.comments.rows import comment_with_relations, get_task_status, row_dict
from app.areas.persons import service as persons
from app.auth import access_rules, permissions
from app.auth.identity import Identity
from app.core.errors import ZouError, bad_request, forbidden
from app.models import (
    Comment,
    DepartmentLink,
    Entity,
    Person,
    Project,
    ProjectTaskStatusLink,
    Task,
    TaskStatus,
    TaskType,
    comment_department_mentions,
    comment_mentions,
)
from app.models.base import utcnow

NO_MORE_RETAKES = "No more retakes allowed on this task"
STATUS_NOT_IN_PROJECT = "This task status is not used by the project of the task."


def parse_created_at(value: str | None) -> datetime.datetime | None:
    """`YYYY-MM-DD HH:MM:SS` or ISO 8601; anything else is ignored (the comment is dated now)."""
    if not value:
        return None
    for parse in (
        lambda v: datetime.datetime.strptime(v, "%Y-%m-%d %H:%M:%S"),
        datetime.datetime.fromisoformat,
    ):
        try:
            parsed = parse(value)
        except ValueError:
            continue
        if parsed.tzinfo is not None:
            parsed = parsed.astimezone(datetime.UTC).replace(tzinfo=None)
        return parsed
    return None


# --- permissions ------------------------------------------------------------------------------
async def is_mentioned_on_task(session: AsyncSession, person_id: uuid.UUID, task_id: uuid.UUID) -> bool:
    """Named in a comment or a reply of the task, in person or through a department."""
    departments = select(DepartmentLink.department_id).where(DepartmentLink.person_id == person_id)
    in_comments = exists().where(
        Comment.object_id == task_id,
        or_(
            exists().where(comment_mentions.c.comment == Comment.id, comment_mentions.c.person == person_id),
            exists().where(
                comment_department_mentions.c.comment == Comment.id,
                comment_department_mentions.c.department.in_(departments),
            ),
        ),
    )
    if (await session.execute(select(in_comments))).scalar():
        return True
    replies = (await session.execute(select(Comment.replies).where(Comment.object_id == task_id))).scalars()
    department_ids = {str(d) for d in (await session.execute(departments)).scalars()}
    for reply in (r for entries in replies for r in entries or [] if isinstance(r, dict)):
        if str(person_id) in (reply.get("mentions") or []) or department_ids & set(
            reply.get("department_mentions") or []
        ):
            return True
    return False


async def check_mention_access(session: AsyncSession, identity: Identity, task: Task) -> None:
    """Someone mentioned on a task may answer there (vendors excepted)."""
    await permissions.check_project_access(session, identity, task.project_id)
    if await access_rules.effective_role(session, identity, task.project_id) == "vendor":
        raise forbidden()
    if not await is_mentioned_on_task(session, identity.person.id, task.id):
        raise forbidden()


async def check_status_access(
    session: AsyncSession, identity: Identity, status: TaskStatus, task: Task
) -> None:
    """Artists use the statuses open to artists, clients those open to clients in the project;
    a project that lists its statuses accepts only those."""
    links = (
        await session.execute(
            select(ProjectTaskStatusLink.task_status_id, ProjectTaskStatusLink.is_client_allowed).where(
                ProjectTaskStatusLink.project_id == task.project_id
            )
        )
    ).all()
    if links and status.id not in {link.task_status_id for link in links}:
        raise bad_request(STATUS_NOT_IN_PROJECT)
    role = await access_rules.effective_role(session, identity, task.project_id)
    if role == "user" and not status.is_artist_allowed:
        raise forbidden()
    if role == "client":
        override = next((link.is_client_allowed for link in links if link.task_status_id == status.id), None)
        if not (status.is_client_allowed if override is None else override):
            raise forbidden()


async def check_comment_on_task(
    session: AsyncSession, identity: Identity, task: Task, status: TaskStatus
) -> None:
    """Those who act on the task comment on it; those only mentioned there answer without
    changing its status."""
    try:
        await access_rules.check_task_action_access(session, identity, access_rules.task_access_dict(task))
    except ZouError as exc:
        if exc.status != 403:
            raise
        await check_mention_access(session, identity, task)
        if status.id != task.task_status_id:
            raise
    await check_status_access(session, identity, status, task)


async def _department_ids(session: AsyncSession, person_id: Any) -> list[uuid.UUID]:
    query = select(DepartmentLink.department_id).where(DepartmentLink.person_id == person_id)
    return list((await session.execute(query)).scalars().all())


# --- creation ---------------------------------------------------------------------------------
async def check_retake_capping(session: AsyncSession, task: Task, status: TaskStatus) -> None:
    """A project (or an entity, in its data) may cap the retakes of a task."""
    if not status.is_retake:
        return
    project_max = (
        await session.execute(select(Project.max_retakes).where(Project.id == task.project_id))
    ).scalar()
    if not project_max:
        return
    entity_data = (
        await session.execute(select(Entity.data).where(Entity.id == task.entity_id))
    ).scalar() or {}
    entity_max = entity_data.get("max_retakes") if isinstance(entity_data, dict) else None
    try:
        max_retakes = int(entity_max or project_max)
    except (TypeError, ValueError):
        max_retakes = int(project_max)
    if max_retakes > 0 and (task.retake_count or 0) >= max_retakes:
        raise bad_request(NO_MORE_RETAKES)


async def create_comment(
    session: AsyncSession,
    identity: Identity,
    task: Task,
    status: TaskStatus,
    text: str,
    *,
    author_id: Any = None,
    checklist: list[Any] | None = None,
    links: list[str] | None = None,
    created_at: datetime.datetime | None = None,
    for_client: bool = False,
    files: list[UploadFile] | None = None,
    with_hashtags: bool = True,
) -> dict[str, Any]:
    """The comment as Zou answers it: with relations, its status and its author."""
    author = await session.get(Person, author_id) if author_id is not None else None
    if author is None:
        author = await session.get(Person, identity.person.id)
    assert author is not None
    await check_retake_capping(session, task, status)
    user_id = identity.person.id
    comment = Comment(
        id=uuid.uuid4(),
        object_id=task.id,
        object_type="Task",
        task_status_id=status.id,
        person_id=author.id,
        text=text,
        checklist=checklist if checklist is not None else [],
        links=links if links is not None else [],
        for_client=for_client,
        replies=[],
        created_at=created_at or utcnow(),
    )
    # A backdated comment is still updated now, as in Zou (the production's feed sorts on it).
    comment.updated_at = utcnow() if created_at else comment.created_at
    session.add(comment)
    await session.flush()
    await mentions.set_mentions(session, comment.id, task.project_id, text)
    stored = await attachment_store.store(session, comment.id, files or [])
    result = await comment_with_relations(session, comment)
    result["attachment_files"] = attachment_store.presented(stored)
    data = {
        "comment_id": comment.id,
        "task_id": task.id,
        "task_status_id": status.id,
        "person_id": author.id,
        "for_client": comment.for_client,
    }
    events.emit(session, "comment:new", data, project_id=task.project_id, user_id=user_id)
    if with_hashtags:
        await _copy_to_tagged_tasks(session, identity, task, author.id, text)
    changed = await task_state.apply_comment(session, task, status, comment, user_id)
    await notify.notify_comment(session, task, result, changed, user_id)
    await notify.add_news(session, task, result, changed, user_id)
    result["task_status"] = row_dict(status)
    # Zou reads an author given by id with its departments; the caller as author, without.
    departments = await _department_ids(session, author.id) if author_id is not None else None
    result["person"] = persons.serialize_safe(author, departments)

    async def post(target: Task, status_id: Any, automatic_text: str) -> Any:
        next_status = await get_task_status(session, status_id)
        return await create_comment(
            session, identity, target, next_status, automatic_text, author_id=author_id
        )

    await automations.run(session, task, user_id, post)
    return result


async def _copy_to_tagged_tasks(
    session: AsyncSession, identity: Identity, task: Task, author_id: Any, text: str
) -> None:
    """`#modeling` (or `#all`) copies the comment to the entity's other tasks of that type, each
    keeping its status."""
    tags = mentions.hashtags(text)
    if not tags:
        return
    own_type = (
        await session.execute(select(TaskType.name).where(TaskType.id == task.task_type_id))
    ).scalar() or ""
    query = (
        select(Task, TaskType.name)
        .join(TaskType, TaskType.id == Task.task_type_id)
        .where(Task.entity_id == task.entity_id, Task.id != task.id)
    )
    for other, type_name in (await session.execute(query)).all():
        name = (type_name or "").lower()
        if name == own_type.lower() or ("all" not in tags and name not in tags):
            continue
        status = await get_task_status(session, other.task_status_id)
        await create_comment(
            session, identity, other, status, f"{text}\n\n____\nFrom {own_type} task",
            author_id=author_id, with_hashtags=False,
        )  # fmt: skip
