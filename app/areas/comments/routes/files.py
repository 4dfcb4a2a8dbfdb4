"""Attachments of comments (upload, download, lists, removal) and the preview slots of a comment."""

from urllib.parse import quote

from fastapi import APIRouter, Request
from sqlalchemy import select
from starlette.responses import Response, StreamingResponse

from app.areas.comments import attachments as attachment_store
from app.areas.comments import previews
from app.areas.comments.routes.common import (
    is_manager,
    require_own_task,
    submission,
    task_and_comment,
    uploads,
)
from app.areas.comments.rows import comment_dict, get_comment, get_task
from app.auth import access_rules, permissions
from app.auth.identity import CurrentUser
from app.core.dependencies import SessionDep
from app.core.errors import bad_request, forbidden, not_found
from app.core.ids import as_uuid, check_id
from app.core.requests import as_model, flag
from app.core.routing import UnitOfWorkRoute
from app.core.serialize import json_response
from app.crud import cascade
from app.models import AttachmentFile, Chat, ChatMessage, Entity, PreviewFile
from app.schemas.models import CommentsAddPreview
from app.storage import FileNotInStorageError, get_storage

router = APIRouter(route_class=UnitOfWorkRoute)

NO_FILE = "No file was sent: attach at least one file part."


# --- attachments ------------------------------------------------------------------------------
@router.post(
    "/actions/tasks/{task_id}/comments/{comment_id}/add-attachment", operation_id="add_comment_attachments"
)
async def add_comment_attachments(
    task_id: str, comment_id: str, request: Request, session: SessionDep, identity: CurrentUser
) -> Response:
    comment = await get_comment(session, comment_id)
    require_own_task(comment, task_id)
    if comment.person_id != identity.person.id:
        task = await get_task(session, task_id)
        await permissions.check_manager_project_access(session, identity, task.project_id)
    files = await uploads(request)
    if not files:
        raise bad_request(NO_FILE)
    stored = await attachment_store.store(session, comment.id, files)
    return json_response(attachment_store.presented(stored), status_code=201)


@router.delete(
    "/data/tasks/{task_id}/comments/{comment_id}/attachments/{attachment_file_id}",
    operation_id="delete_comment_attachment",
)
async def delete_comment_attachment(
    task_id: str, comment_id: str, attachment_file_id: str, session: SessionDep, identity: CurrentUser
) -> Response:
    comment = await get_comment(session, comment_id)
    require_own_task(comment, task_id)
    attachment = await _attachment(session, attachment_file_id)
    if attachment.comment_id != comment.id:
        raise forbidden()
    if comment.person_id != identity.person.id:
        task = await get_task(session, task_id)
        await permissions.check_manager_project_access(session, identity, task.project_id)
    await attachment_store.remove(session, [attachment])
    return Response(status_code=204)


async def _attachment(session, attachment_file_id: str) -> AttachmentFile:
    attachment_id = as_uuid(attachment_file_id)
    attachment = await session.get(AttachmentFile, attachment_id) if attachment_id else None
    if attachment is None:
        raise not_found()
    return attachment


@router.get(
    "/data/attachment-files/{attachment_file_id}/file/{file_name}", operation_id="download_attachment_file"
)
async def download_attachment_file(
    attachment_file_id: str, file_name: str, session: SessionDep, identity: CurrentUser
) -> Response:
    attachment = await _attachment(session, attachment_file_id)
    if attachment.comment_id is not None:
        # Zou checks the task, not the comment: whoever reads the task downloads its attachments
        # (a client of the production included).
        comment = await get_comment(session, attachment.comment_id)
        task = await get_task(session, comment.object_id)
        await access_rules.check_task_access(session, identity, access_rules.task_access_dict(task))
    elif attachment.chat_message_id is not None:
        query = (
            select(Entity.id, Entity.project_id)
            .join(Chat, Chat.object_id == Entity.id)
            .join(ChatMessage, ChatMessage.chat_id == Chat.id)
            .where(ChatMessage.id == attachment.chat_message_id)
        )
        row = (await session.execute(query)).first()
        if row is None:
            raise forbidden()
        await permissions.check_project_access(session, identity, row.project_id)
        await access_rules.check_entity_access(session, identity, row.id, row.project_id)
    else:
        raise forbidden()
    storage, key = get_storage(), attachment_store.storage_key(attachment.id)
    if not await storage.exists(attachment_store.BUCKET, key):
        raise not_found()
    disposition = "inline" if attachment_store.is_inline_safe(attachment.mimetype) else "attachment"
    headers = {"Content-Disposition": f"{disposition}; filename*=UTF-8''{quote(attachment.name or 'file')}"}
    if attachment.size is not None:
        headers["Content-Length"] = str(attachment.size)
    try:
        stream = storage.open_stream(attachment_store.BUCKET, key)
    except FileNotInStorageError as exc:
        raise not_found() from exc
    return StreamingResponse(
        stream, media_type=attachment.mimetype or "application/octet-stream", headers=headers
    )


@router.get("/data/projects/{project_id}/attachment-files", operation_id="list_project_attachment_files")
async def get_project_attachment_files(
    project_id: str, session: SessionDep, identity: CurrentUser
) -> Response:
    permissions.require_admin(identity)
    key = as_uuid(project_id)
    if key is None:
        raise not_found()
    # As Zou: an unknown production simply has no attachments (200 []).
    return json_response(await attachment_store.listed(session, project_id=key))


@router.get("/data/tasks/{task_id}/attachment-files", operation_id="list_task_attachment_files")
async def get_task_attachment_files(task_id: str, session: SessionDep, identity: CurrentUser) -> Response:
    permissions.require_admin(identity)
    key = as_uuid(task_id)
    if key is None:
        raise not_found()
    # As Zou: an unknown task simply has no attachments (200 []).
    return json_response(await attachment_store.listed(session, task_id=key))


# --- preview slots --------------------------------------------------------------------------
@router.post("/actions/tasks/{task_id}/comments/{comment_id}/add-preview", operation_id="add_comment_preview")
async def add_comment_preview(
    task_id: str, comment_id: str, request: Request, session: SessionDep, identity: CurrentUser
) -> Response:
    data, _ = await submission(request, "CommentPreviewSchema")
    body = as_model(data, CommentsAddPreview)
    task = await get_task(session, task_id)
    await access_rules.check_task_action_access(session, identity, access_rules.task_access_dict(task))
    _, comment = await task_and_comment(session, task_id, comment_id)
    result = await previews.add_preview(
        session, comment, task, identity.person.id, body.revision, identity.person.id
    )
    return json_response(result, status_code=201)


@router.post(
    "/actions/tasks/{task_id}/comments/{comment_id}/preview-files/{preview_file_id}",
    operation_id="add_comment_extra_preview",
)
async def add_comment_extra_preview(
    task_id: str, comment_id: str, preview_file_id: str, session: SessionDep, identity: CurrentUser
) -> Response:
    task = await get_task(session, task_id)
    await access_rules.check_task_action_access(session, identity, access_rules.task_access_dict(task))
    _, comment = await task_and_comment(session, task_id, comment_id)
    related = await session.get(PreviewFile, as_uuid(preview_file_id)) if as_uuid(preview_file_id) else None
    if related is None:
        raise not_found()
    result = await previews.add_preview(
        session, comment, task, identity.person.id, related.revision, identity.person.id
    )
    return json_response(result, status_code=201)


@router.delete(
    "/actions/tasks/{task_id}/comments/{comment_id}/preview-files/{preview_file_id}",
    operation_id="delete_comment_preview",
)
async def delete_comment_preview(
    task_id: str,
    comment_id: str,
    preview_file_id: str,
    request: Request,
    session: SessionDep,
    identity: CurrentUser,
) -> Response:
    for key in (task_id, comment_id, preview_file_id):
        check_id(key)  # Zou checks the three ids before anything else
    task = await get_task(session, task_id)
    await access_rules.check_task_action_access(session, identity, access_rules.task_access_dict(task))
    _, comment = await task_and_comment(session, task_id, comment_id)
    preview = await previews.linked_preview(session, comment, task.id, as_uuid(preview_file_id))
    await access_rules.check_comment_access(session, identity, comment_dict(comment))
    if flag(request, "force") and not await is_manager(session, identity, task):
        raise forbidden()
    await cascade.remove_preview_files(session, [preview.id])
    return Response(status_code=204)
