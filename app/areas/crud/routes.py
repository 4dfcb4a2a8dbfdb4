"""`/data/<collection>` routes: five generic routes dispatching every collection to the engine.

One route per method and shape instead of five per collection: matching stays O(1) whatever the
number of collections (230 routes matched one by one cost ~1 ms a request). The `{collection}`
parameter only matches the registry's paths, so an unknown collection is Zou's 404 and a wrong
method on a known path its 405, exactly as with one route per collection. The routes are matched
first but give way to any other route matching the same request (`/data/projects/open`), see
`GenericRoute`. `crud_operations()` enumerates what these routes serve (the contract test reads it).
"""

import re
from typing import NamedTuple

from fastapi import APIRouter, Request
from starlette.convertors import Convertor, register_url_convertor
from starlette.responses import Response

from app.auth.identity import CurrentReader
from app.core.dependencies import SessionDep
from app.core.requests import parse_json_body
from app.core.routing import GenericRoute
from app.core.serialize import json_response
from app.crud.hooks import CrudContext
from app.crud.registry import COLLECTIONS, engine_for

router = APIRouter(route_class=GenericRoute)

if not COLLECTIONS:  # the path convertor below is built from them
    raise RuntimeError("register the collections (app.areas.assemble) before importing the CRUD routes")


class CollectionConvertor(Convertor[str]):
    """Matches the registry's collection paths only (longest first: `task-status` vs `task-types`)."""

    regex = "|".join(re.escape(path) for path in sorted(COLLECTIONS, key=len, reverse=True))

    def convert(self, value: str) -> str:
        return value

    def to_string(self, value: str) -> str:
        return value


register_url_convertor("zou_collection", CollectionConvertor())

COLLECTION = "/data/{collection:zou_collection}"
INSTANCE = "/data/{collection:zou_collection}/{instance_id}"


class CrudOperation(NamedTuple):
    method: str
    path: str
    operation_id: str


# (method, generic path, operation verb) of the five routes below.
SHAPES = (
    ("GET", COLLECTION, "list"),
    ("POST", COLLECTION, "create"),
    ("GET", INSTANCE, "get"),
    ("PUT", INSTANCE, "update"),
    ("DELETE", INSTANCE, "delete"),
)


# Zou's collection paths that are not plurals, and a model named otherwise than its rows.
PLURALS = {
    "file-status": "file_statuses",
    "project-status": "project_statuses",
    "task-status": "task_statuses",
}
SINGULARS = {"events": "event"}


def operation_id(verb: str, path: str) -> str:
    """`list_<things>` for the list, `<verb>_<thing>` for one row (the contract's conventions)."""
    if verb == "list":
        return f"list_{PLURALS.get(path, path.replace('-', '_'))}"
    model_name = COLLECTIONS[path][0]
    thing = SINGULARS.get(path) or re.sub(r"(?<!^)(?=[A-Z])", "_", model_name).lower()
    return f"{verb}_{thing}"


def crud_operations() -> list[CrudOperation]:
    """Every (method, concrete path, operation id) the generic routes serve, from the registry."""
    return [
        CrudOperation(method, shape.replace("{collection:zou_collection}", path), operation_id(verb, path))
        for path in COLLECTIONS
        for method, shape, verb in SHAPES
    ]


def _context(request: Request, session, identity) -> CrudContext:
    return CrudContext(session=session, identity=identity, params=dict(request.query_params))


@router.get(COLLECTION, operation_id="crud_list")
async def list_all(
    collection: str, request: Request, session: SessionDep, identity: CurrentReader
) -> Response:
    return await engine_for(collection).list_response(_context(request, session, identity))


@router.post(COLLECTION, operation_id="crud_create")
async def create(collection: str, request: Request, session: SessionDep, identity: CurrentReader) -> Response:
    body = parse_json_body(await request.body(), request.headers.get("content-type"))
    result = await engine_for(collection).create(_context(request, session, identity), body)
    return json_response(result, status_code=201)


@router.get(INSTANCE, operation_id="crud_get")
async def get_one(
    collection: str, instance_id: str, request: Request, session: SessionDep, identity: CurrentReader
) -> Response:
    return json_response(await engine_for(collection).get(_context(request, session, identity), instance_id))


@router.put(INSTANCE, operation_id="crud_update")
async def update(
    collection: str, instance_id: str, request: Request, session: SessionDep, identity: CurrentReader
) -> Response:
    body = parse_json_body(await request.body(), request.headers.get("content-type"))
    result = await engine_for(collection).update(_context(request, session, identity), instance_id, body)
    return json_response(result)


@router.delete(INSTANCE, operation_id="crud_delete")
async def remove(
    collection: str, instance_id: str, request: Request, session: SessionDep, identity: CurrentReader
) -> Response:
    await engine_for(collection).delete(_context(request, session, identity), instance_id)
    return Response(status_code=204)
