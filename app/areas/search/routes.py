"""Zou's search blueprint: `POST /data/search` over persons, assets and shots."""

from fastapi import APIRouter, Request
from starlette.responses import Response

from app.areas.search import service as search
from app.areas.search import text
from app.auth.identity import CurrentReader
from app.core.dependencies import SessionDep
from app.core.errors import name_schemas
from app.core.requests import validated
from app.core.routing import UnitOfWorkRoute
from app.core.serialize import json_response
from app.schemas.models import SearchQuery

router = APIRouter(route_class=UnitOfWorkRoute)
name_schemas({SearchQuery.__name__: "SearchSchema"})


@router.post("/data/search", operation_id="search_data")
async def search_data(request: Request, session: SessionDep, identity: CurrentReader) -> Response:
    body = await validated(request, SearchQuery)
    results: dict[str, list] = {}
    query_words = text.words(body.query)
    if len(body.query) < 3:
        return json_response(results)
    project_ids = await search.visible_project_ids(session, identity, body.project_id)
    window = {"limit": body.limit or 3, "offset": body.offset or 0}
    index_names = body.index_names if body.index_names is not None else ["assets", "shots", "persons"]
    if "persons" in index_names:
        results["persons"] = await search.search_persons(session, identity, query_words, **window)
    if "assets" in index_names:
        results["assets"] = await search.search_assets(session, identity, query_words, project_ids, **window)
    if "shots" in index_names:
        results["shots"] = await search.search_shots(session, identity, query_words, project_ids, **window)
    return json_response(results)
