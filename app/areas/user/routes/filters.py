"""The caller's saved search filters and filter groups."""

from fastapi import APIRouter, Request
from starlette.responses import Response

from app.areas.user import filters
from app.areas.user.routes.common import Caller
from app.core.dependencies import SessionDep
from app.core.requests import validated
from app.core.routing import UnitOfWorkRoute
from app.core.serialize import json_response
from app.schemas.models import (
    UserFilterCreate,
    UserFilterGroupCreate,
    UserFilterGroupUpdate,
    UserFilterUpdate,
)

router = APIRouter(route_class=UnitOfWorkRoute)


@router.get("/data/user/filters", operation_id="get_user_filters")
async def get_user_filters(session: SessionDep, identity: Caller) -> Response:
    return json_response(await filters.list_filters(session, identity))


@router.post("/data/user/filters", operation_id="create_user_filter")
async def create_user_filter(request: Request, session: SessionDep, identity: Caller) -> Response:
    body = await validated(request, UserFilterCreate)
    return json_response(await filters.create_filter(session, identity, body), status_code=201)


@router.put("/data/user/filters/{filter_id}", operation_id="update_user_filter")
async def update_user_filter(
    filter_id: str, request: Request, session: SessionDep, identity: Caller
) -> Response:
    body = await validated(request, UserFilterUpdate)
    return json_response(await filters.update_filter(session, identity, filter_id, body))


@router.delete("/data/user/filters/{filter_id}", operation_id="delete_user_filter")
async def delete_user_filter(filter_id: str, session: SessionDep, identity: Caller) -> Response:
    await filters.remove_filter(session, identity, filter_id)
    return Response(status_code=204)


@router.get("/data/user/filter-groups", operation_id="get_user_filter_groups")
async def get_user_filter_groups(session: SessionDep, identity: Caller) -> Response:
    return json_response(await filters.list_filter_groups(session, identity))


@router.post("/data/user/filter-groups", operation_id="create_user_filter_group")
async def create_user_filter_group(request: Request, session: SessionDep, identity: Caller) -> Response:
    body = await validated(request, UserFilterGroupCreate)
    return json_response(await filters.create_filter_group(session, identity, body), status_code=201)


@router.get("/data/user/filter-groups/{filter_group_id}", operation_id="get_user_filter_group")
async def get_user_filter_group(filter_group_id: str, session: SessionDep, identity: Caller) -> Response:
    return json_response(await filters.get_filter_group(session, identity, filter_group_id))


@router.put("/data/user/filter-groups/{filter_group_id}", operation_id="update_user_filter_group")
async def update_user_filter_group(
    filter_group_id: str, request: Request, session: SessionDep, identity: Caller
) -> Response:
    body = await validated(request, UserFilterGroupUpdate)
    return json_response(await filters.update_filter_group(session, identity, filter_group_id, body))


@router.delete("/data/user/filter-groups/{filter_group_id}", operation_id="delete_user_filter_group")
async def delete_user_filter_group(filter_group_id: str, session: SessionDep, identity: Caller) -> Response:
    await filters.remove_filter_group(session, identity, filter_group_id)
    return Response(status_code=204)
