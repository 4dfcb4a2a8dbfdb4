"""What the comment routes share: reading a JSON or multipart submission, the caller's role in
the task's production, the task and comment of a path."""

from typing import Any

import orjson
from fastapi import Request
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.datastructures import UploadFile

from app.areas.comments.rows import get_comment, get_task
from app.auth import access_rules
from app.auth.identity import Identity
from app.core.errors import ZouError, forbidden, not_found, validation_body
from app.core.requests import silent_json
from app.models import Comment, Task


def _is_multipart(request: Request) -> bool:
    return request.headers.get("content-type", "").split(";")[0].strip().lower() == "multipart/form-data"


async def submission(request: Request) -> tuple[dict[str, Any], list[UploadFile]]:
    """The fields (JSON body, else form fields, else query string) and the uploaded files."""
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
        raise ZouError(400, validation_body([{"loc": (), "msg": "Input should be an object"}]))
    return data, files


async def uploads(request: Request) -> list[UploadFile]:
    if not _is_multipart(request):
        return []
    form = await request.form()
    return [value for _, value in form.multi_items() if isinstance(value, UploadFile)]


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
            except orjson.JSONDecodeError:
                errors.append({"loc": (name,), "msg": "Value error, invalid JSON text"})
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
