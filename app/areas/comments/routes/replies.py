"""Replies to comments and acknowledgements."""

from fastapi import APIRouter, Request
from starlette.responses import Response

from app.areas.comments import replies, service
from app.areas.comments.routes.common import require_own_task, role_in, submission, task_and_comment
from app.areas.comments.rows import comment_dict, get_comment, get_task
from app.auth import access_rules
from app.auth.identity import CurrentUser, Identity
from app.core.dependencies import SessionDep
from app.core.errors import ZouError, forbidden
from app.core.requests import as_model
from app.core.routing import UnitOfWorkRoute
from app.core.serialize import json_response
from app.models import Comment, Person, Task
from app.schemas.models import CommentsReply

router = APIRouter(route_class=UnitOfWorkRoute)


@router.post("/data/tasks/{task_id}/comments/{comment_id}/ack", operation_id="acknowledge_comment")
async def acknowledge_comment(
    task_id: str, comment_id: str, session: SessionDep, identity: CurrentUser
) -> Response:
    task = await get_task(session, task_id)
    await access_rules.check_task_access(session, identity, access_rules.task_access_dict(task))
    _, comment = await task_and_comment(session, task_id, comment_id)
    await access_rules.check_comment_access(session, identity, comment_dict(comment))
    return json_response(await replies.toggle_acknowledgement(session, comment, task, identity.person.id))


async def _check_reply_access(session, identity: Identity, task: Task, comment: Comment) -> None:
    """Authors answer their comments; others need the task's actions or a mention there. Clients
    of another studio stay out of a client's thread; only managers answer the studio's side of
    client threads."""
    if comment.person_id != identity.person.id:
        try:
            await access_rules.check_task_action_access(
                session, identity, access_rules.task_access_dict(task)
            )
        except ZouError as exc:
            if exc.status != 403:
                raise
            await service.check_mention_access(session, identity, task)
        if await role_in(session, identity, task) == "client":
            author = await session.get(Person, comment.person_id)
            if (
                author is not None
                and identity.person.studio_id != author.studio_id
                and await access_rules.author_role(session, author.id, task.project_id) == "client"
            ):
                raise forbidden()
    role = await role_in(session, identity, task)
    if role not in ("admin", "manager", "client") and await _is_client_thread(session, comment, task):
        raise forbidden()


async def _is_client_thread(session, comment: Comment, task: Task) -> bool:
    if comment.for_client:
        return True
    return await access_rules.author_role(session, comment.person_id, task.project_id) == "client"


@router.post("/data/tasks/{task_id}/comments/{comment_id}/reply", operation_id="reply_to_comment")
async def reply_to_comment(
    task_id: str, comment_id: str, request: Request, session: SessionDep, identity: CurrentUser
) -> Response:
    comment = await get_comment(session, comment_id)
    require_own_task(comment, task_id)
    task = await get_task(session, task_id)
    await _check_reply_access(session, identity, task, comment)
    data, files = await submission(request, "CommentReplySchema")
    body = as_model(data, CommentsReply)
    return json_response(
        await replies.reply(session, comment, task, identity.person.id, body.text or "", files)
    )


@router.delete(
    "/data/tasks/{task_id}/comments/{comment_id}/reply/{reply_id}", operation_id="delete_comment_reply"
)
async def delete_comment_reply(
    task_id: str, comment_id: str, reply_id: str, session: SessionDep, identity: CurrentUser
) -> Response:
    task, comment = await task_and_comment(session, task_id, comment_id)
    entry = replies.find_reply(comment, reply_id)
    if entry.get("person_id") != str(identity.person.id) and not identity.is_admin:
        raise forbidden()
    return json_response(await replies.delete_reply(session, comment, task, reply_id, identity.person.id))
