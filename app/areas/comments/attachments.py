"""Files attached to comments and replies: stored under `files/attachments-<id>` as Zou stores
them, listed per task or project, served back, removed."""

import uuid
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.datastructures import UploadFile

from app.areas.comments.rows import present_attachment
from app.core.unit_of_work import current_unit_of_work
from app.crud.registry import engine_for
from app.models import AttachmentFile, Comment, Task
from app.storage import get_storage, make_key

BUCKET, PREFIX = "files", "attachments"
# Raster images are shown in the browser; anything else (HTML, SVG...) is downloaded, or it could
# run scripts in Kitsu's origin.
INLINE_SAFE = frozenset({"image/jpeg", "image/png", "image/gif", "image/webp", "image/bmp", "image/avif"})


def is_inline_safe(mimetype: str | None) -> bool:
    return bool(mimetype) and mimetype.split(";")[0].strip().lower() in INLINE_SAFE  # type: ignore[union-attr]


def storage_key(attachment_id: Any) -> str:
    return make_key(PREFIX, attachment_id)


async def uploaded_files(form: Any) -> list[UploadFile]:
    """Every file part of a multipart form, whatever its field name (gazu sends file, file-1...)."""
    if form is None:
        return []
    return [value for _, value in form.multi_items() if isinstance(value, UploadFile)]


async def store(
    session: AsyncSession, comment_id: Any, uploads: list[UploadFile], reply_id: Any = None
) -> list[AttachmentFile]:
    """One attachment row per file, the bytes in storage; a failed write removes them again."""
    storage, created = get_storage(), []
    for upload in uploads:
        name = (upload.filename or "file")[:250]
        extension = name.split(".")[-1].lower()[:6]
        data = await upload.read()
        attachment = AttachmentFile(
            id=uuid.uuid4(),
            name=name,
            size=len(data),
            extension=extension,
            mimetype=upload.content_type,
            comment_id=comment_id,
            reply_id=reply_id,
        )
        session.add(attachment)
        await storage.save(BUCKET, storage_key(attachment.id), data)
        created.append(attachment)
    if created:
        await session.flush()
        keys = [storage_key(a.id) for a in created]

        async def _drop() -> None:
            for key in keys:
                await storage.delete(BUCKET, key)

        # Stored before the rows commit: a rolled-back request leaves no orphan file behind.
        current_unit_of_work().on_rollback(_drop)
    return created


async def remove(session: AsyncSession, attachments: list[AttachmentFile]) -> None:
    """Rows now, bytes once the removal is committed."""
    if not attachments:
        return
    ids = [a.id for a in attachments]
    await session.execute(delete(AttachmentFile).where(AttachmentFile.id.in_(ids)))
    storage = get_storage()

    async def _purge() -> None:
        for attachment_id in ids:
            await storage.delete(BUCKET, storage_key(attachment_id))

    current_unit_of_work().on_commit(_purge)


def presented(attachments: list[AttachmentFile]) -> list[dict[str, Any]]:
    return [present_attachment(a) for a in attachments]


async def listed(
    session: AsyncSession, *, project_id: Any = None, task_id: Any = None
) -> list[dict[str, Any]]:
    """Comment attachments of a project or a task, as full rows (with the nested comment)."""
    query = (
        select(AttachmentFile)
        .join(Comment, Comment.id == AttachmentFile.comment_id)
        .join(Task, Task.id == Comment.object_id)
        .order_by(AttachmentFile.created_at)
    )
    query = query.where(Task.project_id == project_id) if task_id is None else query.where(Task.id == task_id)
    engine = engine_for("attachment-files")
    rows = [engine.instance_dict(a) for a in (await session.execute(query)).scalars()]
    await engine.attach_scalar_relations(session, rows)
    return rows
