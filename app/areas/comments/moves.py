"""Comments posted in bulk (many tasks, copies of client comments), moved to another task of the
same entity, or deleted (the task goes back to the state its other comments give)."""

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.datastructures import UploadFile

from app import events
from app.areas.comments import attachments as attachment_store
from app.areas.comments import notify, service, task_state
from app.areas.comments.rows import comment_with_relations, get_comment, get_task, get_task_status
from app.auth import access_rules, permissions
from app.auth.identity import Identity
from app.core.errors import bad_request
from app.core.ids import as_uuid
from app.crud import cascade
from app.models import AttachmentFile, Comment, CommentPreviewLink, News, Person, ProjectPersonLink, Task
from app.models.base import utcnow

NOT_ON_TASK = "Comment does not belong to the given task."
SAME_TASK = "Source and target tasks must be different."
OTHER_ENTITY = "A comment can only be moved between tasks of the same entity."
HAS_PREVIEW = "A comment attached to a preview revision cannot be moved."
TASK_ELSEWHERE = "Task {} does not belong to this project."


async def comment_of(session: AsyncSession, comment_id: str, task: Task) -> Comment:
    comment = await get_comment(session, comment_id)
    if comment.object_id != task.id:
        raise bad_request(NOT_ON_TASK)
    return comment


async def comment_many(
    session: AsyncSession,
    identity: Identity,
    project_id: Any,
    items: list[Any],
    files: dict[int, list[UploadFile]] | None = None,
) -> list[Any]:
    """Every complete item, in one transaction. Non-managers keep only the tasks they are
    assigned to or supervise (their department's); a task of another production refuses all."""
    manager = await permissions.is_project_manager(session, identity, project_id)
    result = []
    for index, item in enumerate(items):
        if item.object_id is None or item.task_status_id is None or item.comment is None:
            continue
        task = await get_task(session, item.object_id)
        if task.project_id != project_id:
            raise bad_request(TASK_ELSEWHERE.format(task.id))
        if not manager and not await _may_comment(session, identity, task):
            continue
        status = await get_task_status(session, item.task_status_id)
        await service.check_status_access(session, identity, status, task)
        result.append(
            await service.create_comment(
                session,
                identity,
                task,
                status,
                item.comment,
                checklist=[],
                links=list(item.links or []),
                files=(files or {}).get(index, []),
            )  # fmt: skip
        )
    return await _with_author_departments(session, result)


async def _with_author_departments(session: AsyncSession, comments: list[Any]) -> list[Any]:
    """Zou's batch comment routes serialize the author with its relations: their answers carry
    the author's department ids (the single comment route's do not)."""
    for comment in comments:
        departments = await access_rules.department_ids(session, as_uuid(str(comment["person_id"])))
        comment["person"]["departments"] = sorted(str(department) for department in departments)
    return comments


async def _may_comment(session: AsyncSession, identity: Identity, task: Task) -> bool:
    if await access_rules.is_assigned(session, task.id, identity.person.id):
        return True
    role = await permissions.project_role(session, identity, task.project_id)
    return role == "supervisor" and await access_rules.is_department_supervisor(
        session, identity, task.task_type_id
    )


async def copy_client_comments(
    session: AsyncSession, identity: Identity, project_id: Any, task_ids: list[Any], prefix: str
) -> list[Any]:
    """The last comment a client left on each task, posted again by the caller (so the studio
    sees it), the task keeping its status."""
    role = func.coalesce(ProjectPersonLink.role, Person.role)
    query = (
        select(Comment)
        .join(Task, Task.id == Comment.object_id)
        .join(Person, Person.id == Comment.person_id)
        .outerjoin(
            ProjectPersonLink,
            (ProjectPersonLink.person_id == Person.id) & (ProjectPersonLink.project_id == Task.project_id),
        )
        .where(Task.project_id == project_id, Comment.object_id.in_(task_ids), role == "client")
        .order_by(Comment.object_id, Comment.created_at.desc())
    )
    last: dict[Any, Comment] = {}
    for comment in (await session.execute(query)).scalars().all():
        last.setdefault(comment.object_id, comment)
    result = []
    for comment in last.values():
        task = await get_task(session, comment.object_id)
        status = await get_task_status(session, task.task_status_id)
        text = f"{prefix}\n\n{comment.text or ''}" if prefix else comment.text or ""
        result.append(await service.create_comment(session, identity, task, status, text))
    return await _with_author_departments(session, result)


async def move(
    session: AsyncSession, identity: Identity, comment: Comment, source: Task, target: Task
) -> dict[str, Any]:
    if source.id == target.id:
        raise bad_request(SAME_TASK)
    if source.entity_id != target.entity_id:
        raise bad_request(OTHER_ENTITY)
    linked = (
        await session.execute(
            select(CommentPreviewLink.preview_file).where(CommentPreviewLink.comment == comment.id)
        )
    ).first()
    if comment.preview_file_id is not None or linked is not None:
        raise bad_request(HAS_PREVIEW)
    user_id = identity.person.id
    await notify.forget_comment(session, comment.id, source.project_id, user_id)
    comment.object_id = target.id
    comment.updated_at = utcnow()
    await session.flush()
    await task_state.reset_task_data(session, source, user_id)
    await task_state.reset_task_data(session, target, user_id)
    result = await comment_with_relations(session, comment)
    events.emit(
        session, "comment:delete", {"comment_id": comment.id, "task_id": source.id},
        project_id=source.project_id, user_id=user_id,
    )  # fmt: skip
    data = {
        "comment_id": comment.id,
        "task_id": target.id,
        "task_status_id": comment.task_status_id,
        "person_id": comment.person_id,
        "for_client": comment.for_client,
    }
    events.emit(session, "comment:new", data, project_id=target.project_id, user_id=user_id)
    await notify.notify_comment(session, target, result, False, user_id)
    await notify.add_news(session, target, result, False, user_id)
    return result


async def delete(session: AsyncSession, identity: Identity, comment: Comment, task: Task) -> None:
    """The comment, its previews, attachments (files included), news and notifications."""
    user_id = identity.person.id
    previous_status = task.task_status_id
    news_ids = (await session.execute(select(News.id).where(News.comment_id == comment.id))).scalars().all()
    attached = (
        (await session.execute(select(AttachmentFile).where(AttachmentFile.comment_id == comment.id)))
        .scalars()
        .all()
    )
    await attachment_store.remove(session, list(attached))
    await cascade.remove_comments(session, [comment.id])
    for news_id in news_ids:
        events.emit(session, "news:delete", {"news_id": news_id}, project_id=task.project_id, user_id=user_id)
    await task_state.reset_task_data(session, task, user_id)
    events.emit(
        session, "comment:delete", {"comment_id": comment.id, "task_id": task.id},
        project_id=task.project_id, user_id=user_id,
    )  # fmt: skip
    if task.task_status_id != previous_status:
        task_state.status_changed_event(session, task, previous_status, comment.person_id, user_id)
