"""A task's comment thread: post (one task, many tasks, copies of client comments), read, move
and delete comments, and a production's comments."""

from fastapi import APIRouter, Request
from starlette.responses import Response

from app.areas.comments import moves, reads, service
from app.areas.comments.routes.common import (
    comment_list,
    decode_json_fields,
    is_manager,
    submission,
    task_and_comment,
)
from app.areas.comments.rows import comment_dict, get_task, get_task_status
from app.auth import access_rules, permissions
from app.auth.identity import CurrentUser
from app.core.dependencies import SessionDep
from app.core.errors import forbidden, not_found
from app.core.ids import as_uuid
from app.core.requests import as_model, int_param, validated, validated_list
from app.core.routing import UnitOfWorkRoute
from app.core.serialize import json_response
from app.models import Person, Project
from app.schemas.models import (
    CommentsCopyClientComments,
    CommentsManyItem,
    CommentsMoveComment,
    CommentsNewComment,
)

router = APIRouter(route_class=UnitOfWorkRoute)


@router.post("/actions/tasks/{task_id}/comment", operation_id="create_task_comment")
async def create_task_comment(
    task_id: str, request: Request, session: SessionDep, identity: CurrentUser
) -> Response:
    data, files = await submission(request, "CommentCreateSchema")
    body = as_model(decode_json_fields(data, ("checklist", "links")), CommentsNewComment)
    task = await get_task(session, task_id)
    status = await get_task_status(session, body.task_status_id)
    await service.check_comment_on_task(session, identity, task, status)
    author_id, created_at, for_client = None, None, False
    if await is_manager(session, identity, task):
        if body.person_id:
            author = await session.get(Person, as_uuid(body.person_id)) if as_uuid(body.person_id) else None
            if author is None:
                raise not_found()
            author_id = author.id
        created_at, for_client = service.parse_created_at(body.created_at), bool(body.for_client)
    comment = await service.create_comment(
        session, identity, task, status, body.comment or "",
        author_id=author_id, checklist=body.checklist, links=body.links, created_at=created_at,
        for_client=for_client, files=files,
    )  # fmt: skip
    return json_response(comment, status_code=201)


@router.post("/actions/projects/{project_id}/tasks/comment-many", operation_id="create_tasks_comments")
async def create_tasks_comments(
    project_id: str, request: Request, session: SessionDep, identity: CurrentUser
) -> Response:
    payload, files = await comment_list(request)
    items = validated_list(payload, CommentsManyItem)
    project = await session.get(Project, as_uuid(project_id)) if as_uuid(project_id) else None
    if project is None:
        raise not_found()
    comments = await moves.comment_many(session, identity, project.id, items, files)
    return json_response(comments, status_code=201)


@router.post("/actions/projects/{project_id}/tasks/copy-client-comments", operation_id="copy_client_comments")
async def copy_client_comments(
    project_id: str, request: Request, session: SessionDep, identity: CurrentUser
) -> Response:
    body = await validated(request, CommentsCopyClientComments)
    project = await session.get(Project, as_uuid(project_id)) if as_uuid(project_id) else None
    if project is None:
        raise not_found()
    await permissions.check_manager_project_access(session, identity, project.id)
    comments = await moves.copy_client_comments(
        session, identity, project.id, body.task_ids, body.prefix or ""
    )
    return json_response(comments, status_code=201)


@router.post("/actions/tasks/{task_id}/comments/{comment_id}/move", operation_id="move_comment")
async def move_comment(
    task_id: str, comment_id: str, request: Request, session: SessionDep, identity: CurrentUser
) -> Response:
    permissions.require_manager(identity)
    body = await validated(request, CommentsMoveComment)
    task = await get_task(session, task_id)
    await access_rules.check_task_access(session, identity, access_rules.task_access_dict(task))
    target = await get_task(session, body.target_task_id)
    await access_rules.check_task_access(session, identity, access_rules.task_access_dict(target))
    comment = await moves.comment_of(session, comment_id, task)
    return json_response(await moves.move(session, identity, comment, task, target))


@router.get("/data/tasks/{task_id}/comments", operation_id="list_task_comments")
async def get_task_comments(task_id: str, request: Request) -> Response:
    # The caller is read with the thread (as CurrentReader would, same checks): the hottest read.
    return json_response(await reads.caller_task_thread(request, task_id))


@router.get("/data/tasks/{task_id}/comments/{comment_id}", operation_id="get_task_comment")
async def get_task_comment(
    task_id: str, comment_id: str, session: SessionDep, identity: CurrentUser
) -> Response:
    _, comment = await task_and_comment(session, task_id, comment_id)
    row = comment_dict(comment)
    await access_rules.check_comment_access(session, identity, row)
    return json_response(row)


@router.delete("/data/tasks/{task_id}/comments/{comment_id}", operation_id="delete_task_comment")
async def delete_task_comment(
    task_id: str, comment_id: str, session: SessionDep, identity: CurrentUser
) -> Response:
    task, comment = await task_and_comment(session, task_id, comment_id)
    if await is_manager(session, identity, task):
        await permissions.check_project_access(session, identity, task.project_id)
    elif comment.person_id != identity.person.id:
        raise forbidden()
    await moves.delete(session, identity, comment, task)
    return Response(status_code=204)


@router.get("/data/projects/{project_id}/comments", operation_id="list_project_comments")
async def get_project_comments(
    project_id: str, request: Request, session: SessionDep, identity: CurrentUser
) -> Response:
    project = await session.get(Project, as_uuid(project_id)) if as_uuid(project_id) else None
    if project is None:
        raise not_found()
    await permissions.check_project_access(session, identity, project.id)
    if await access_rules.effective_role(session, identity, project.id) in ("vendor", "client"):
        raise forbidden()
    page, limit = int_param(request, "page", -1), int_param(request, "limit", 0)
    return json_response(await reads.project_comments(session, project.id, page, limit))
