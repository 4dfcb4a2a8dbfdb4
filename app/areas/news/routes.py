"""Zou's news blueprint: the news feed of a production, of every open production the caller
belongs to, and one news item."""

import uuid
from typing import Any

from fastapi import APIRouter, Request
from sqlalchemy import select
from starlette.responses import Response

from app.areas.entities import lookup as entity_lookup
from app.areas.news import service as news
from app.auth import access_rules, permissions
from app.auth.identity import CurrentReader, Identity
from app.core.dependencies import SessionDep
from app.core.errors import bad_request, forbidden, not_found
from app.core.ids import as_uuid
from app.core.requests import date_param
from app.core.routing import UnitOfWorkRoute
from app.core.serialize import json_response
from app.models import Project, ProjectPersonLink, ProjectStatus

router = APIRouter(route_class=UnitOfWorkRoute)

ID_FILTERS = {"task_status_id": "task_status_id", "task_type_id": "task_type_id", "person_id": "author_id"}


def _positive(request: Request, name: str, default: int) -> int:
    raw = request.query_params.get(name)
    if raw is None:
        return default
    try:
        value = int(raw)
    except ValueError as exc:
        raise bad_request(f"Wrong value for parameter {name}.") from exc
    if value < 1:  # Zou divides by the limit and offsets by the page: a 500 there
        raise bad_request(f"Wrong value for parameter {name}.")
    return value


def _filters(request: Request, project_ids: list[uuid.UUID]) -> tuple[news.NewsFilters, int, int]:
    """The feed's query string (Zou's NewsMixin): ids, dates, `only_preview`, `page`, `limit`."""
    params = request.query_params
    only_preview = params.get("only_preview")
    if only_preview is not None and only_preview.lower() not in ("true", "1", "on", "false", "0"):
        raise bad_request("Wrong value for parameter only_preview.")
    page, limit = _positive(request, "page", 1), _positive(request, "limit", 50)
    ids: dict[str, Any] = {}
    for name, field in (*ID_FILTERS.items(), ("episode_id", "episode_id")):
        raw = params.get(name)
        if raw is not None:
            # Zou lets a malformed id reach the database (a 500): a 400 here.
            ids[field] = as_uuid(raw)
            if ids[field] is None:
                raise bad_request(f"The {name} parameter is not a valid id")
    filters = news.NewsFilters(
        project_ids=project_ids,
        only_preview=(only_preview or "").lower() in ("true", "1", "on"),
        after=date_param(params.get("after")),
        before=date_param(params.get("before")),
        **ids,
    )
    return filters, page, limit


async def _feed(session: SessionDep, request: Request, project_ids: list[uuid.UUID]) -> Response:
    filters, page, limit = _filters(request, project_ids)
    result = await news.news_page(session, filters, page, limit)
    result["stats"] = await news.news_stats(session, filters)
    return json_response(result)


async def _open_projects(session: SessionDep, identity: Identity) -> list[uuid.UUID]:
    """Open productions whose news the caller reads: all for admins, else those of their teams
    where they are not a client (clients are refused a production's feed, so here too)."""
    query = (
        select(Project.id, ProjectPersonLink.role)
        .join(ProjectStatus, ProjectStatus.id == Project.project_status_id)
        .where(ProjectStatus.name == "Open")
    )
    if identity.is_admin:
        return list((await session.execute(query.with_only_columns(Project.id))).scalars().all())
    query = query.join(ProjectPersonLink, ProjectPersonLink.project_id == Project.id).where(
        ProjectPersonLink.person_id == identity.person.id
    )
    return [
        project_id
        for project_id, role in (await session.execute(query)).all()
        if (role if role in permissions.PROJECT_ROLES else identity.role) != "client"
    ]


@router.get("/data/projects/news", operation_id="get_open_projects_news")
async def get_open_projects_news(request: Request, session: SessionDep, identity: CurrentReader) -> Response:
    project_ids = await _open_projects(session, identity)
    wanted = as_uuid(request.query_params.get("project_id"))
    if wanted is not None and wanted in project_ids:
        project_ids = [wanted]
    return await _feed(session, request, project_ids)


@router.get("/data/projects/{project_id}/news", operation_id="get_project_news")
async def get_project_news(
    project_id: str, request: Request, session: SessionDep, identity: CurrentReader
) -> Response:
    project = await entity_lookup.get_project(session, project_id)
    await permissions.check_project_access(session, identity, project.id)
    if await access_rules.effective_role(session, identity, project.id) == "client":
        raise forbidden()
    return await _feed(session, request, [project.id])


@router.get("/data/projects/{project_id}/news/{news_id}", operation_id="get_project_news_item")
async def get_project_news_item(
    project_id: str, news_id: str, session: SessionDep, identity: CurrentReader
) -> Response:
    project = await entity_lookup.get_project(session, project_id)
    await permissions.check_project_access(session, identity, project.id)
    if await access_rules.effective_role(session, identity, project.id) == "vendor":
        raise forbidden()
    item_id = as_uuid(news_id)
    if item_id is None:
        raise not_found()
    page = await news.news_page(session, news.NewsFilters(project_id=project.id, news_id=item_id))
    if not page["data"]:
        raise not_found()
    return json_response(page["data"][0])
