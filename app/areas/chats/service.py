"""Entity chats (Zou's chats blueprint): the chat of an entity (created on first read), its
participants and messages, posting (with attached files) and deleting messages."""

import asyncio
import logging
import uuid
from pathlib import PurePath
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.datastructures import UploadFile

from app.areas.entities.lookup import row_of
from app.core.errors import forbidden, not_found
from app.core.ids import as_uuid
from app.core.unit_of_work import current_unit_of_work
from app.events import emit
from app.models import AttachmentFile, Chat, ChatMessage, ChatParticipant
from app.models.base import utcnow
from app.storage import get_storage, make_key

log = logging.getLogger(__name__)

# Zou's attachment_file.extension is 6 characters long (a longer one is a 500 there).
MAX_EXTENSION = 6
THUMBNAIL_SIZE = 150
MAX_PIXELS = 20000 * 20000  # Zou's MAX_IMAGE_PIXELS


def square_thumbnail(data: bytes) -> bytes | None:
    """Zou's attachment thumbnail: the picture cropped to a centred square, 150 px, PNG; None when
    the bytes are not a picture libvips reads (the attachment is kept, without a thumbnail)."""
    import pyvips  # loaded on first use: it weighs on every worker otherwise

    try:
        header = pyvips.Image.new_from_buffer(data, "", access="sequential")
        if header.width * header.height > MAX_PIXELS:
            return None
        image = pyvips.Image.thumbnail_buffer(data, THUMBNAIL_SIZE, height=THUMBNAIL_SIZE, crop="centre")
        if image.interpretation != "srgb":
            image = image.colourspace("srgb")
        if image.format != "uchar":
            image = image.cast("uchar")
        return image.write_to_buffer(".png", keep="none")
    except pyvips.Error:
        log.warning("chat attachment is not a readable picture: no thumbnail")
        return None


async def get_or_create_chat(session: AsyncSession, entity_id: uuid.UUID) -> Chat:
    chat = (await session.execute(select(Chat).where(Chat.object_id == entity_id))).scalars().first()
    if chat is None:
        chat = Chat(object_id=entity_id)
        session.add(chat)
        await session.flush()
    return chat


async def participant_ids(session: AsyncSession, chat_id: uuid.UUID) -> list[uuid.UUID]:
    query = select(ChatParticipant.person_id).where(ChatParticipant.chat_id == chat_id)
    return list((await session.execute(query)).scalars().all())


async def chat_row(session: AsyncSession, chat: Chat) -> dict[str, Any]:
    """The chat with its participants' ids (Zou's serialize with relations)."""
    return {**row_of(chat), "participants": await participant_ids(session, chat.id)}


async def _attachments(
    session: AsyncSession, message_ids: list[uuid.UUID]
) -> dict[Any, list[dict[str, Any]]]:
    grouped: dict[Any, list[dict[str, Any]]] = {message_id: [] for message_id in message_ids}
    if message_ids:
        query = (
            select(
                AttachmentFile.chat_message_id,
                AttachmentFile.id,
                AttachmentFile.name,
                AttachmentFile.extension,
            )
            .where(AttachmentFile.chat_message_id.in_(message_ids))
            .order_by(AttachmentFile.created_at, AttachmentFile.id)
        )
        for message_id, file_id, name, extension in (await session.execute(query)).all():
            grouped[message_id].append({"id": file_id, "name": name, "extension": extension})
    return grouped


async def messages(session: AsyncSession, chat_id: uuid.UUID) -> list[dict[str, Any]]:
    """The chat's messages, oldest first, each with its attachments (id, name, extension)."""
    query = (
        select(ChatMessage)
        .where(ChatMessage.chat_id == chat_id)
        .order_by(ChatMessage.created_at, ChatMessage.id)
    )
    rows = [row_of(message) for message in (await session.execute(query)).scalars()]
    attachments = await _attachments(session, [row["id"] for row in rows])
    for row in rows:
        row["attachment_files"] = attachments[row["id"]]
    return rows


async def get_message(session: AsyncSession, chat: Chat, raw_id: str) -> ChatMessage:
    """A message of this chat: 404 when unknown (or malformed), 403 when of another chat."""
    message_id = as_uuid(raw_id)
    message = await session.get(ChatMessage, message_id) if message_id is not None else None
    if message is None:
        raise not_found()
    if message.chat_id != chat.id:
        raise forbidden()
    return message


async def message_row(session: AsyncSession, message: ChatMessage) -> dict[str, Any]:
    return {**row_of(message), "attachment_files": (await _attachments(session, [message.id]))[message.id]}


def _extension(filename: str) -> str:
    return PurePath(filename).suffix.lstrip(".").lower()


async def _attach(session: AsyncSession, message: ChatMessage, upload: UploadFile) -> dict[str, Any]:
    """Store one uploaded file as an attachment of the message (Zou's `attachments` files)."""
    filename = upload.filename or "file"
    extension = _extension(filename)[:MAX_EXTENSION]
    taken = (
        await session.execute(
            select(AttachmentFile.id).where(
                AttachmentFile.chat_message_id == message.id, AttachmentFile.name == filename
            )
        )
    ).first()
    if taken is not None:  # Zou retries a taken name with a random suffix
        stem = filename[: len(filename) - len(PurePath(filename).suffix)]
        filename = f"{stem}-{uuid.uuid4().hex[:8]}{PurePath(filename).suffix}"
    data = await upload.read()
    attachment = AttachmentFile(
        name=filename[:250],
        size=len(data),
        extension=extension,
        mimetype=(upload.content_type or "")[:255] or None,
        chat_message_id=message.id,
    )
    session.add(attachment)
    await session.flush()
    await get_storage().save("files", make_key("attachments", attachment.id), data)
    mimetype = upload.content_type or ""
    if "png" in mimetype or "jpg" in mimetype or "jpeg" in mimetype:
        thumbnail = await asyncio.to_thread(square_thumbnail, data)
        if thumbnail is not None:
            await get_storage().save("pictures", make_key("thumbnails", attachment.id), thumbnail)
    return {
        "id": attachment.id,
        "name": attachment.name,
        "extension": attachment.extension,
        "size": attachment.size,
    }


async def post_message(
    session: AsyncSession, chat: Chat, person_id: uuid.UUID, text: str, files: list[UploadFile]
) -> dict[str, Any]:
    message = ChatMessage(chat_id=chat.id, person_id=person_id, text=text)
    session.add(message)
    await session.flush()
    chat.last_message = message.created_at
    chat.updated_at = utcnow()
    row = row_of(message)
    if files:
        row["attachment_files"] = [await _attach(session, message, upload) for upload in files]
    await session.flush()
    emit(
        session,
        "chat:new-message",
        {"chat_id": chat.id, "chat_message_id": message.id, "last_message": message.created_at},
        persist=False,
    )
    return row


async def delete_message(session: AsyncSession, message: ChatMessage) -> None:
    """The message, its attachment rows and their files (whatever REMOVE_FILES says, as Zou)."""
    query = select(AttachmentFile.id).where(AttachmentFile.chat_message_id == message.id)
    attachment_ids = list((await session.execute(query)).scalars().all())
    await session.execute(delete(AttachmentFile).where(AttachmentFile.chat_message_id == message.id))
    chat_id, message_id = message.chat_id, message.id
    await session.delete(message)
    await session.flush()

    async def remove_files() -> None:  # once the rows are gone for good
        storage = get_storage()
        for attachment_id in attachment_ids:
            await storage.delete("files", make_key("attachments", attachment_id))
            await storage.delete("pictures", make_key("thumbnails", attachment_id))

    current_unit_of_work().on_commit(remove_files)
    emit(session, "chat:deleted-message", {"chat_id": chat_id, "chat_message_id": message_id}, persist=False)
