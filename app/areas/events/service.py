"""Reads of the event log and the login log (Zou's events blueprint): query-string parsing, the
newest-first cursor pages and the distinct event names."""

import re
from typing import Any

from fastapi import Request
from sqlalchemy import Select, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.auth import permissions
from app.auth.identity import Identity
from app.core.errors import bad_request, forbidden
from app.core.ids import as_uuid
from app.core.requests import date_param
from app.models import ApiEvent, LoginLog, Project

MAX_LIMIT = 1000
DEFAULT_LIMIT = 100
# Preview uploads and thumbnails: what `only_files=true` keeps.
FILE_EVENTS = (
    "preview-file:add-file",
    "organisation:set-thumbnail",
    "person:set-thumbnail",
    "project:set-thumbnail",
)
# A part of an event name (`<object>:<action>`): plain words, so `%` and `_` never reach LIKE.
NAME_PART = re.compile(r"[a-z0-9-]+")


def parse_limit(request: Request) -> int:
    """`limit` (default 100, at most 1000). Zou lets a negative limit reach the database (500):
    it is refused as a wrong value here."""
    raw = request.query_params.get("limit")
    if raw is None:
        return DEFAULT_LIMIT
    try:
        limit = int(raw)
    except ValueError as exc:
        raise bad_request("Wrong value for parameter limit.") from exc
    if limit < 0:
        raise bad_request("Wrong value for parameter limit.")
    return min(limit, MAX_LIMIT)


def valid_id(raw: str | None, message: str) -> Any:
    if raw is None:
        return None
    value = as_uuid(raw)
    if value is None:
        raise bad_request(message)
    return value


def person_ids(request: Request) -> list[Any]:
    values = request.query_params.getlist("person_ids")
    ids = [as_uuid(value) for value in values]
    if any(value is None for value in ids):
        raise bad_request("The person_ids parameter contains an invalid id")
    return ids


def name_parts(request: Request, name: str) -> list[str]:
    values = request.query_params.getlist(name)
    if not all(NAME_PART.fullmatch(value) for value in values):
        raise bad_request(f"The {name} parameter contains an invalid value")
    return values


def _dated(query: Select, column: Any, after: Any, before: Any) -> Select:
    if after is not None:
        query = query.where(column > after)
    if before is not None:
        query = query.where(column < before)
    return query


async def last_events(
    session: AsyncSession,
    request: Request,
    limit: int,
    project_id: Any,
    project_ids: list[Any] | None,
) -> list[dict[str, Any]]:
    """The newest events matching the query string, `project_ids` (None: any) scoping them."""
    params = request.query_params
    before, after = date_param(params.get("before")), date_param(params.get("after"))
    cursor_id = valid_id(params.get("cursor_event_id"), "The cursor_event_id parameter is not a valid id")
    query = _dated(select(ApiEvent), ApiEvent.created_at, after, before)
    if params.get("only_files", "").lower() == "true":
        query = query.where(ApiEvent.name.in_(FILE_EVENTS))
    if project_id is not None:
        query = query.where(ApiEvent.project_id == project_id)
    if project_ids is not None:
        query = query.where(ApiEvent.project_id.in_(project_ids))
    people = person_ids(request)
    if people:
        query = query.where(ApiEvent.user_id.in_(people))
    if params.get("name") is not None:
        query = query.where(ApiEvent.name == params["name"])
    prefixes = name_parts(request, "name_prefixes")
    if prefixes:
        query = query.where(or_(*[ApiEvent.name.like(f"{prefix}:%") for prefix in prefixes]))
    suffixes = name_parts(request, "name_suffixes")
    if suffixes:
        query = query.where(or_(*[ApiEvent.name.like(f"%:{suffix}") for suffix in suffixes]))
    if cursor_id is not None:
        cursor = await session.get(ApiEvent, cursor_id)
        if cursor is None:
            raise bad_request(f"No event found with id: {params['cursor_event_id']}")
        query = query.where(ApiEvent.created_at < cursor.created_at)
    query = query.order_by(ApiEvent.created_at.desc(), ApiEvent.id.desc()).limit(limit)
    return [
        {
            "id": event.id,
            "created_at": event.created_at,
            "name": event.name,
            "user_id": event.user_id,
            "project_id": event.project_id,
            "data": event.data,
        }
        for event in (await session.execute(query)).scalars()
    ]


async def last_login_logs(session: AsyncSession, request: Request, limit: int) -> list[dict[str, Any]]:
    """The newest login logs matching the query string."""
    params = request.query_params
    before, after = date_param(params.get("before")), date_param(params.get("after"))
    cursor_id = valid_id(
        params.get("cursor_login_log_id"), "The cursor_login_log_id parameter is not a valid id"
    )
    query = _dated(select(LoginLog), LoginLog.created_at, after, before)
    people = person_ids(request)
    if people:
        query = query.where(LoginLog.person_id.in_(people))
    if cursor_id is not None:
        cursor = await session.get(LoginLog, cursor_id)
        if cursor is None:
            raise bad_request(f"No login log found with id: {params['cursor_login_log_id']}")
        query = query.where(LoginLog.created_at < cursor.created_at)
    query = query.order_by(LoginLog.created_at.desc(), LoginLog.id.desc()).limit(limit)
    return [
        {
            "id": log.id,
            "created_at": log.created_at,
            "ip_address": log.ip_address,
            "person_id": log.person_id,
            "origin": log.origin,
        }
        for log in (await session.execute(query)).scalars()
    ]


async def event_names(session: AsyncSession) -> list[str]:
    """Every event name in the log, sorted (the same for every caller: it feeds the filters)."""
    rows = await session.execute(select(ApiEvent.name).distinct())
    return sorted(name for (name,) in rows)


async def readable_project_ids(
    session: AsyncSession, identity: Identity, project_id: Any
) -> list[Any] | None:
    """The productions whose events the caller reads (None: all of them, for administrators), or
    403. Studio managers pass, and so does whoever manages the production given as `project_id`
    (an unknown one is a refusal, not a 404: the caller may not learn whether it exists).
    Managers read the events of their productions, open or not, never those without one."""
    role = identity.role
    if project_id is not None and role not in permissions.MANAGER_ROLES:
        if (await session.execute(select(Project.id).where(Project.id == project_id))).first() is None:
            raise forbidden()
        role = await permissions.project_role(session, identity, project_id) or role
    if role not in permissions.MANAGER_ROLES:
        raise forbidden()
    if identity.is_admin:
        return None
    project_ids = await permissions.related_project_ids(session, identity, open_only=False)
    if project_id is not None and project_id not in project_ids:
        raise forbidden()
    return project_ids
