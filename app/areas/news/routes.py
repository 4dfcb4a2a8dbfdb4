"""Zou's news blueprint: the news feed of a production, of every open production the caller
belongs to, and one news item."""

import uuid

from fastapi import APIRouter, Request
from starlette.responses import Response

from app.areas.entities.lookup import uuid_or_404
from app.areas.news import params
from app.areas.news import service as news
from app.auth import access_rules, permissions
from app.auth.identity import CurrentReader, Identity, reader_and_session
from app.core.dependencies import SessionDep
from app.core.errors import ZouError, forbidden, not_found
from app.core.ids import as_uuid
from app.core.routing import UnitOfWorkRoute
from app.core.serialize import json_response

router = APIRouter(route_class=UnitOfWorkRoute)


async def _feed(session: SessionDep, request: Request, project_ids: list[uuid.UUID]) -> Response:
    filters, page, limit = params.feed_filters(request, project_ids)
    return json_response(await news.news_feed(session, filters, page, limit))


@router.get("/data/projects/news", operation_id="get_open_projects_news")
async def get_open_projects_news(request: Request, session: SessionDep, identity: CurrentReader) -> Response:
    project_ids = await news.open_project_ids(session, identity)
    wanted = as_uuid(request.query_params.get("project_id"))
    if wanted is not None and wanted in project_ids:
        project_ids = [wanted]
    return await _feed(session, request, project_ids)


@router.get("/data/projects/{project_id}/news", operation_id="get_project_news")
async def get_project_news(project_id: str, request: Request) -> Response:
    identity, session = await reader_and_session(request)  # as CurrentReader: a hot read
    project = uuid_or_404(project_id)
    try:
        filters, page, limit = params.feed_filters(request, [project])
    except ZouError:  # the production and the caller's access are checked first, as Zou does
        await _check_feed_reader(
            session, identity, await news.project_id_or_404(session, identity, project_id)
        )
        raise
    # The production's existence and the caller's role come with the page (one round trip);
    # the page leaves only once they are checked.
    feed = await news.news_feed(session, filters, page, limit, reader=(identity, project))
    await _check_feed_reader(session, identity, project)
    return json_response(feed)


async def _check_feed_reader(session: SessionDep, identity: Identity, project: uuid.UUID) -> None:
    """A production's feed is for its team (and admins), clients excepted."""
    await permissions.check_project_access(session, identity, project)
    if await access_rules.effective_role(session, identity, project) == "client":
        raise forbidden()


@router.get("/data/projects/{project_id}/news/{news_id}", operation_id="get_project_news_item")
async def get_project_news_item(
    project_id: str, news_id: str, session: SessionDep, identity: CurrentReader
) -> Response:
    project = await news.project_id_or_404(session, identity, project_id)
    await permissions.check_project_access(session, identity, project)
    if await access_rules.effective_role(session, identity, project) == "vendor":
        raise forbidden()
    item_id = as_uuid(news_id)
    if item_id is None:
        raise not_found()
    rows = await news.news_rows(session, news.NewsFilters(project_id=project, news_id=item_id))
    if not rows:
        raise not_found()
    return json_response(rows[0])
