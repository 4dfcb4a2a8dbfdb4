"""What the comment routes share: reading a JSON or multipart submission, the caller's role in
the task's production, the task and comment of a path."""

import re
from typing import Any

import orjson
from fastapi import Request
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.datastructures import UploadFile

from app.areas.comments.rows import get_comment, get_task
from app.auth import access_rules
from app.auth.identity import Identity
from app.core.errors import ZouError, forbidden, not_found, validation_body
from app.core.numbers import decimal_int
from app.core.requests import silent_json
from app.models import Comment, Task


def _is_multipart(request: Request) -> bool:
    return request.headers.get("content-type", "").split(";")[0].strip().lower() == "multipart/form-data"


async def submission(request: Request, zou_schema: str) -> tuple[dict[str, Any], list[UploadFile]]:
    """The fields (JSON body, else form fields, else query string) and the uploaded files;
    `zou_schema` names Zou's body model in the refusal of a body that is not an object."""
    files: list[UploadFile] = []
    data: Any = await silent_json(request)
    if data is None:
        data = dict(request.query_params)
        content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if content_type in ("application/x-www-form-urlencoded", "multipart/form-data"):
            form = await request.form()
            for key, value in form.multi_items():
                if isinstance(value, UploadFile):
                    files.append(value)
                else:
                    data[key] = value
    if not isinstance(data, dict):
        message = f"Input should be a valid dictionary or instance of {zou_schema}"
        raise ZouError(400, validation_body([{"loc": (), "msg": message}]))
    return data, files


async def uploads(request: Request) -> list[UploadFile]:
    if not _is_multipart(request):
        return []
    form = await request.form()
    return [value for _, value in form.multi_items() if isinstance(value, UploadFile)]


async def comment_list(request: Request) -> tuple[Any, dict[int, list[UploadFile]]]:
    """The JSON array of comments, sent as the body or, as gazu's `create_multiple_comments` sends
    it, as the `comments` part of a multipart form whose `attachment_file-<i>-<j>` parts are the
    files of the i-th comment."""
    if not _is_multipart(request):
        return await silent_json(request), {}
    form = await request.form()
    part = form.get("comments")
    raw = await part.read() if isinstance(part, UploadFile) else part
    try:
        payload = orjson.loads(raw) if raw else None
    except orjson.JSONDecodeError:
        payload = None
    files: dict[int, list[UploadFile]] = {}
    for key, value in form.multi_items():
        pieces = key.split("-")
        index = decimal_int(pieces[1]) if len(pieces) == 3 else None
        if isinstance(value, UploadFile) and pieces[0] == "attachment_file" and index is not None:
            files.setdefault(index, []).append(value)
    if isinstance(payload, list):
        # gazu documents `task_id` for what Zou reads as `object_id`.
        payload = [
            {**item, "object_id": item.get("object_id") or item.get("task_id")}
            if isinstance(item, dict)
            else item
            for item in payload
        ]
    return payload, files


def json_error_text(exc: orjson.JSONDecodeError) -> str:
    """The decoder's message as Zou's orjson words it: newer releases add an `, expected ...` hint
    (`invalid literal, expected 'null': line 1 column 1 (char 0)`) that Zou's answer lacks."""
    return re.sub(r", expected [^:]*:", ":", str(exc), count=1)


def decode_json_fields(data: dict[str, Any], names: tuple[str, ...]) -> dict[str, Any]:
    """Lists sent as JSON text (multipart forms): decoded, `""` and null meaning empty."""
    result = dict(data)
    errors = []
    for name in names:
        value = result.get(name)
        if value is None or value == "":
            result[name] = []
        elif isinstance(value, str):
            try:
                result[name] = orjson.loads(value)
            except orjson.JSONDecodeError as exc:
                errors.append({"loc": (name,), "msg": f"Value error, {json_error_text(exc)}"})
    if errors:
        raise ZouError(400, validation_body(errors))
    return result


async def role_in(session: AsyncSession, identity: Identity, task: Task) -> str:
    return await access_rules.effective_role(session, identity, task.project_id)


async def is_manager(session: AsyncSession, identity: Identity, task: Task) -> bool:
    return await role_in(session, identity, task) in ("admin", "manager")


async def task_and_comment(session: AsyncSession, task_id: str, comment_id: str) -> tuple[Task, Comment]:
    """Both exist and the comment is on that task (404 otherwise)."""
    task = await get_task(session, task_id)
    comment = await get_comment(session, comment_id)
    if comment.object_id != task.id:
        raise not_found()
    return task, comment


def require_own_task(comment: Comment, task_id: str) -> None:
    """Zou's answer to a comment named under another task: 403."""
    if str(comment.object_id) != task_id.lower():
        raise forbidden()
