"""Zou's chats blueprint: the chat of an entity, its messages, posting and deleting one. Members
of the entity's production read and write (vendors on the entities they hold a task on);
posting needs to have joined the chat; only the author or an administrator deletes a message."""

from fastapi import APIRouter, Request
from starlette.datastructures import UploadFile
from starlette.responses import Response

from app.areas.chats import service as chats
from app.areas.entities import lookup as entity_lookup
from app.areas.entities import service as entities
from app.auth.identity import CurrentReader, Identity
from app.core.dependencies import SessionDep
from app.core.errors import bad_request, forbidden
from app.core.requests import validated
from app.core.routing import UnitOfWorkRoute
from app.core.serialize import json_response
from app.models import Entity
from app.schemas.models import ChatsNewMessage

router = APIRouter(route_class=UnitOfWorkRoute)


async def _readable(session: SessionDep, identity: Identity, entity_id: str) -> Entity:
    entity = await entity_lookup.get_entity(session, entity_id)
    await entities.check_read(session, identity, entity)
    return entity


async def _files(request: Request) -> list[UploadFile]:
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type != "multipart/form-data":
        return []
    form = await request.form()
    return [value for _, value in form.multi_items() if isinstance(value, UploadFile)]


@router.get("/data/entities/{entity_id}/chat", operation_id="get_entity_chat")
async def get_entity_chat(entity_id: str, session: SessionDep, identity: CurrentReader) -> Response:
    entity = await _readable(session, identity, entity_id)
    chat = await chats.get_or_create_chat(session, entity.id)
    row = await chats.chat_row(session, chat)
    row["messages"] = await chats.messages(session, chat.id)
    return json_response(row)


@router.get("/data/entities/{entity_id}/chat/messages", operation_id="list_entity_chat_messages")
async def get_entity_chat_messages(entity_id: str, session: SessionDep, identity: CurrentReader) -> Response:
    entity = await _readable(session, identity, entity_id)
    chat = await chats.get_or_create_chat(session, entity.id)
    return json_response(await chats.messages(session, chat.id))


@router.post("/data/entities/{entity_id}/chat/messages", operation_id="create_entity_chat_message")
async def create_entity_chat_message(
    entity_id: str, request: Request, session: SessionDep, identity: CurrentReader
) -> Response:
    entity = await _readable(session, identity, entity_id)
    body = await validated(request, ChatsNewMessage)
    chat = await chats.get_or_create_chat(session, entity.id)
    if identity.person.id not in await chats.participant_ids(session, chat.id):
        raise bad_request("You are not a participant of this chat")
    files = await _files(request)
    return json_response(
        await chats.post_message(session, chat, identity.person.id, body.message, files), 201
    )


@router.get(
    "/data/entities/{entity_id}/chat/messages/{chat_message_id}", operation_id="get_entity_chat_message"
)
async def get_entity_chat_message(
    entity_id: str, chat_message_id: str, session: SessionDep, identity: CurrentReader
) -> Response:
    entity = await _readable(session, identity, entity_id)
    chat = await chats.get_or_create_chat(session, entity.id)
    message = await chats.get_message(session, chat, chat_message_id)
    return json_response(await chats.message_row(session, message))


@router.delete(
    "/data/entities/{entity_id}/chat/messages/{chat_message_id}", operation_id="delete_entity_chat_message"
)
async def delete_entity_chat_message(
    entity_id: str, chat_message_id: str, session: SessionDep, identity: CurrentReader
) -> Response:
    entity = await _readable(session, identity, entity_id)
    chat = await chats.get_or_create_chat(session, entity.id)
    message = await chats.get_message(session, chat, chat_message_id)
    if message.person_id != identity.person.id and not identity.is_admin:
        raise forbidden()
    await chats.delete_message(session, message)
    return Response(status_code=204)
