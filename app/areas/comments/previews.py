"""Preview slots of a comment: an empty preview file (status `processing`) that the file upload
fills in later, as a new revision or one more position in the comment's revision."""

import uuid
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app import events
from app.areas.comments.rows import comment_dict
from app.core.errors import bad_request, not_found
from app.crud.registry import engine_for
from app.models import Comment, CommentPreviewLink, News, PreviewFile, Project, Task

SINGLE_PREVIEW = "Only one preview file is allowed per revision for this project."


def revision_taken(revision: int) -> str:
    return (
        f"Revision {revision} already exists for this task. Choose a different revision number, or omit "
        "it to let the revision auto-increment."
    )


async def _linked(session: AsyncSession, comment_id: Any) -> list[PreviewFile]:
    query = (
        select(PreviewFile)
        .join(CommentPreviewLink, CommentPreviewLink.preview_file == PreviewFile.id)
        .where(CommentPreviewLink.comment == comment_id)
        .order_by(PreviewFile.position)
    )
    return list((await session.execute(query)).scalars().all())


async def _count(session: AsyncSession, task_id: Any, revision: int, position: int | None = None) -> int:
    query = select(func.count(PreviewFile.id)).where(
        PreviewFile.task_id == task_id, PreviewFile.revision == revision
    )
    if position is not None:
        query = query.where(PreviewFile.position == position)
    return (await session.execute(query)).scalar() or 0


async def add_preview(
    session: AsyncSession, comment: Comment, task: Task, person_id: Any, revision: int | None, user_id: Any
) -> dict[str, Any]:
    """Zou's add_preview_file_to_comment. Concurrent uploads on one task are serialised by the
    task row lock taken here (Zou uses a Redis lock for the same purpose)."""
    await session.execute(select(Task.id).where(Task.id == task.id).with_for_update())
    linked = await _linked(session, comment.id)
    position = 1
    if revision is None and not linked:
        last = (
            await session.execute(
                select(func.max(PreviewFile.revision)).where(PreviewFile.task_id == task.id)
            )
        ).scalar()
        revision = (last or 0) + 1
    elif revision is None:
        revision = linked[0].revision or 1
        position = await _count(session, task.id, revision) + 1
    else:
        if not linked and await _count(session, task.id, revision, position=1):
            raise bad_request(revision_taken(revision))
        position = await _count(session, task.id, revision) + 1
    if position > 1:
        single = (
            await session.execute(
                select(Project.is_single_preview_per_revision).where(Project.id == task.project_id)
            )
        ).scalar()
        if single:
            raise bad_request(SINGLE_PREVIEW)
    preview = PreviewFile(
        id=uuid.uuid4(),
        name=str(uuid.uuid4())[:13],
        revision=revision,
        source="webgui",
        task_id=task.id,
        person_id=person_id,
        extension="mp4",
        position=position,
        status="processing",
    )
    session.add(preview)
    await session.flush()
    data = {"preview_file_id": preview.id, "comment_id": comment.id}
    events.emit(session, "preview-file:new", data, project_id=task.project_id, user_id=user_id)
    session.add(CommentPreviewLink(comment=comment.id, preview_file=preview.id))
    await session.execute(
        update(News).where(News.comment_id == comment.id).values(preview_file_id=preview.id)
    )
    await session.flush()
    events.emit(
        session, "comment:update", comment_event(comment), project_id=task.project_id, user_id=user_id
    )
    engine = engine_for("preview-files")
    result = engine.instance_dict(preview)
    await engine.attach_relations(session, [result])
    return result


def comment_event(comment: Comment) -> dict[str, Any]:
    row = comment_dict(comment)
    return {
        "comment_id": row["id"],
        "task_id": row["object_id"],
        "person_id": row["person_id"],
        "for_client": row["for_client"],
    }


async def linked_preview(
    session: AsyncSession, comment: Comment, task_id: Any, preview_id: Any
) -> PreviewFile:
    """The preview, when it belongs to the task and is published with the comment."""
    preview = await session.get(PreviewFile, preview_id) if preview_id is not None else None
    if preview is None:
        raise not_found()
    link = (
        await session.execute(
            select(CommentPreviewLink.comment).where(
                CommentPreviewLink.comment == comment.id, CommentPreviewLink.preview_file == preview.id
            )
        )
    ).first()
    if preview.task_id != task_id or link is None:
        raise not_found()
    return preview
