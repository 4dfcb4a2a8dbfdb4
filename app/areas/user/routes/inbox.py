"""The caller's notifications, subscriptions and entity chats."""

from fastapi import APIRouter, Request
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.responses import Response

from app.areas.user import notifications, personal
from app.areas.user.routes.common import Caller
from app.auth import permissions
from app.auth.identity import Identity
from app.core.dependencies import SessionDep
from app.core.requests import validated
from app.core.routing import UnitOfWorkRoute
from app.core.serialize import json_response
from app.schemas.models import UserNotificationUpdate, UserTaskIds

router = APIRouter(route_class=UnitOfWorkRoute)


def _flag(request: Request, name: str) -> bool | None:
    value = request.query_params.get(name)
    return None if value is None else value.lower() == "true"


# --- notifications -------------------------------------------------------------------------------
@router.get("/data/user/notifications", operation_id="list_user_notifications")
async def get_user_notifications(request: Request, session: SessionDep, identity: Caller) -> Response:
    params = request.query_params
    result = await notifications.last_notifications(
        session,
        identity,
        after=params.get("after"),
        before=params.get("before"),
        task_type_id=params.get("task_type_id"),
        task_status_id=params.get("task_status_id"),
        notification_type=params.get("type"),
        read=_flag(request, "read"),
        watching=_flag(request, "watching"),
    )
    return json_response(result)


@router.get("/data/user/notifications/{notification_id}", operation_id="get_user_notification")
async def get_user_notification(notification_id: str, session: SessionDep, identity: Caller) -> Response:
    return json_response(await notifications.get_notification(session, identity, notification_id))


@router.put("/data/user/notifications/{notification_id}", operation_id="update_user_notification")
async def update_user_notification(
    notification_id: str, request: Request, session: SessionDep, identity: Caller
) -> Response:
    body = await validated(request, UserNotificationUpdate)
    return json_response(
        await notifications.update_notification(session, identity, notification_id, body.read)
    )


@router.post("/actions/user/notifications/mark-all-as-read", operation_id="mark_user_notifications_as_read")
async def mark_user_notifications_as_read(session: SessionDep, identity: Caller) -> Response:
    await notifications.mark_all_as_read(session, identity)
    return json_response({"success": True})


# --- subscriptions -------------------------------------------------------------------------------
@router.get("/data/user/tasks/{task_id}/subscribed", operation_id="get_user_task_subscribed")
async def get_user_task_subscribed(task_id: str, session: SessionDep, identity: Caller) -> Response:
    return json_response(await personal.is_subscribed(session, identity.person.id, task_id=task_id))


@router.post("/actions/user/tasks/{task_id}/subscribe", operation_id="subscribe_user_to_task")
async def subscribe_user_to_task(task_id: str, session: SessionDep, identity: Caller) -> Response:
    result = await personal.subscribe_to_tasks(session, identity, [task_id])
    return json_response(result[0], status_code=201)


@router.delete("/actions/user/tasks/{task_id}/unsubscribe", operation_id="unsubscribe_user_from_task")
async def unsubscribe_user_from_task(task_id: str, session: SessionDep, identity: Caller) -> Response:
    await personal.unsubscribe(session, identity.person.id, task_id=task_id)
    return Response(status_code=204)


@router.post("/actions/user/tasks/subscribe", operation_id="subscribe_user_to_tasks")
async def subscribe_user_to_tasks(request: Request, session: SessionDep, identity: Caller) -> Response:
    body = await validated(request, UserTaskIds)
    return json_response(await personal.subscribe_to_tasks(session, identity, body.task_ids), status_code=201)


@router.post("/actions/user/tasks/unsubscribe", operation_id="unsubscribe_user_from_tasks")
async def unsubscribe_user_from_tasks(request: Request, session: SessionDep, identity: Caller) -> Response:
    body = await validated(request, UserTaskIds)
    for task_id in body.task_ids:
        await personal.unsubscribe(session, identity.person.id, task_id=task_id)
    return json_response(body.task_ids)


async def _sequence_subscribed(
    session: AsyncSession, identity: Identity, sequence_id: str, task_type_id: str
) -> Response:
    subscribed = await personal.is_subscribed(
        session, identity.person.id, entity_id=sequence_id, task_type_id=task_type_id
    )
    return json_response(subscribed)


@router.get(
    "/data/user/sequences/{sequence_id}/task-types/{task_type_id}/subscribed",
    operation_id="get_user_sequence_subscribed",
)
async def get_user_sequence_subscribed(
    sequence_id: str, task_type_id: str, session: SessionDep, identity: Caller
) -> Response:
    return await _sequence_subscribed(session, identity, sequence_id, task_type_id)


@router.get(
    "/data/user/entities/{sequence_id}/task-types/{task_type_id}/subscribed",
    operation_id="get_user_entity_sequence_subscribed",
)
async def get_user_entity_sequence_subscribed(
    sequence_id: str, task_type_id: str, session: SessionDep, identity: Caller
) -> Response:
    return await _sequence_subscribed(session, identity, sequence_id, task_type_id)


@router.post(
    "/actions/user/sequences/{sequence_id}/task-types/{task_type_id}/subscribe",
    operation_id="subscribe_user_to_sequence",
)
async def subscribe_user_to_sequence(
    sequence_id: str, task_type_id: str, session: SessionDep, identity: Caller
) -> Response:
    sequence = await personal.sequence_or_404(session, sequence_id)
    await permissions.check_project_access(session, identity, sequence.project_id)
    task_type = await personal.task_type_or_404(session, task_type_id)
    subscription = await personal.subscribe(
        session, identity.person.id, entity_id=sequence.id, task_type_id=task_type.id
    )
    return json_response(subscription, status_code=201)


@router.delete(
    "/actions/user/sequences/{sequence_id}/task-types/{task_type_id}/unsubscribe",
    operation_id="unsubscribe_user_from_sequence",
)
async def unsubscribe_user_from_sequence(
    sequence_id: str, task_type_id: str, session: SessionDep, identity: Caller
) -> Response:
    await personal.unsubscribe(session, identity.person.id, entity_id=sequence_id, task_type_id=task_type_id)
    return Response(status_code=204)


# --- chats ---------------------------------------------------------------------------------------
@router.get("/data/user/chats", operation_id="list_user_chats")
async def get_user_chats(session: SessionDep, identity: Caller) -> Response:
    return json_response(await personal.my_chats(session, identity.person.id))


@router.post("/actions/user/chats/{entity_id}/join", operation_id="join_user_chat")
async def join_user_chat(entity_id: str, session: SessionDep, identity: Caller) -> Response:
    entity = await personal.readable_entity(session, identity, entity_id)
    return json_response(await personal.join_chat(session, identity, entity))


@router.delete("/actions/user/chats/{entity_id}/join", operation_id="leave_user_chat")
async def leave_user_chat(entity_id: str, session: SessionDep, identity: Caller) -> Response:
    entity = await personal.readable_entity(session, identity, entity_id)
    await personal.leave_chat(session, identity, entity)
    return Response(status_code=204)
