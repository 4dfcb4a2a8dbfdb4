"""`/data/<collection>` routes: five per collection, all served by the generic engine."""

from fastapi import APIRouter, Request
from starlette.responses import Response

from app.auth.identity import CurrentUser
from app.crud.engine import parse_json_body
from app.crud.hooks import CrudContext
from app.crud.registry import COLLECTIONS, engine_for
from app.dependencies import SessionDep
from app.routing import UnitOfWorkRoute
from app.serialize import json_response

router = APIRouter(route_class=UnitOfWorkRoute)


def _context(request: Request, session, identity) -> CrudContext:
    return CrudContext(session=session, identity=identity, params=dict(request.query_params))


def _operation_name(path: str) -> str:
    return path.replace("-", "_")


def _register(path: str) -> None:
    name = _operation_name(path)
    collection, instance = f"/data/{path}", f"/data/{path}/{{instance_id}}"

    async def list_all(request: Request, session: SessionDep, identity: CurrentUser) -> Response:
        return json_response(await engine_for(path).list(_context(request, session, identity)))

    async def create(request: Request, session: SessionDep, identity: CurrentUser) -> Response:
        body = parse_json_body(await request.body(), request.headers.get("content-type"))
        result = await engine_for(path).create(_context(request, session, identity), body)
        return json_response(result, status_code=201)

    async def get_one(
        instance_id: str, request: Request, session: SessionDep, identity: CurrentUser
    ) -> Response:
        return json_response(await engine_for(path).get(_context(request, session, identity), instance_id))

    async def update(
        instance_id: str, request: Request, session: SessionDep, identity: CurrentUser
    ) -> Response:
        body = parse_json_body(await request.body(), request.headers.get("content-type"))
        result = await engine_for(path).update(_context(request, session, identity), instance_id, body)
        return json_response(result)

    async def remove(
        instance_id: str, request: Request, session: SessionDep, identity: CurrentUser
    ) -> Response:
        await engine_for(path).delete(_context(request, session, identity), instance_id)
        return Response(status_code=204)

    router.add_api_route(collection, list_all, methods=["GET"], operation_id=f"list_{name}")
    router.add_api_route(collection, create, methods=["POST"], operation_id=f"create_{name}")
    router.add_api_route(instance, get_one, methods=["GET"], operation_id=f"get_{name}")
    router.add_api_route(instance, update, methods=["PUT"], operation_id=f"update_{name}")
    router.add_api_route(instance, remove, methods=["DELETE"], operation_id=f"delete_{name}")


for _path in COLLECTIONS:
    _register(_path)
