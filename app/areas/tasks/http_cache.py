"""Conditional GET of a project's task list (Zou's http_cache): the tag covers the tasks' change
signal, the caller and their role there, so a copy is never validated for someone else."""

import hashlib
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.responses import Response

from app.models import Task

CACHE_CONTROL = "private, no-cache"


async def project_tasks_etag(session: AsyncSession, project_id: Any, user_id: Any, role: str) -> str:
    """Any creation, update, deletion or assignment of a task moves its latest update or count."""
    query = select(func.max(Task.updated_at), func.count(Task.id)).where(Task.project_id == project_id)
    latest, count = (await session.execute(query)).one()
    raw = "|".join(str(part) for part in (f"{latest}:{count}", user_id, role))
    return hashlib.sha256(raw.encode()).hexdigest()


def headers(etag: str) -> dict[str, str]:
    return {"ETag": f'"{etag}"', "Cache-Control": CACHE_CONTROL}


def is_fresh(if_none_match: str | None, etag: str) -> bool:
    """If-None-Match holds the tag (strong or weak form, or `*`)."""
    for candidate in (if_none_match or "").split(","):
        value = candidate.strip().removeprefix("W/")
        if value and (value == "*" or value.strip('"') == etag):
            return True
    return False


def not_modified(etag: str) -> Response:
    return Response(status_code=304, headers=headers(etag))
