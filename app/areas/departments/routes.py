"""`/data/departments/...` (Zou's departments blueprint): the software licenses and hardware items
of the departments (admins only) and the members of a department."""

from fastapi import APIRouter, Request
from starlette.responses import Response

from app.areas.departments import service
from app.auth import permissions
from app.auth.identity import CurrentReader
from app.core.dependencies import SessionDep
from app.core.errors import name_schemas
from app.core.ids import check_id
from app.core.requests import validated
from app.core.routing import UnitOfWorkRoute
from app.core.serialize import json_response
from app.schemas.models import DepartmentsAddHardwareItem, DepartmentsAddSoftware

router = APIRouter(route_class=UnitOfWorkRoute)
name_schemas({DepartmentsAddSoftware.__name__: "AddSoftwareToDepartmentSchema"})


@router.get("/data/departments/software-licenses", operation_id="get_departments_software_licenses")
async def get_departments_software_licenses(session: SessionDep, identity: CurrentReader) -> Response:
    permissions.require_admin(identity)
    return json_response(await service.by_department(session, "software"))


@router.get("/data/departments/hardware-items", operation_id="get_departments_hardware_items")
async def get_departments_hardware_items(session: SessionDep, identity: CurrentReader) -> Response:
    permissions.require_admin(identity)
    return json_response(await service.by_department(session, "hardware"))


@router.post(
    "/data/departments/{department_id}/software-licenses", operation_id="add_department_software_license"
)
async def add_department_software_license(
    department_id: str, request: Request, session: SessionDep, identity: CurrentReader
) -> Response:
    permissions.require_admin(identity)
    body = await validated(request, DepartmentsAddSoftware)
    link = await service.add_item(session, "software", check_id(department_id), body.software_id)
    return json_response(link, status_code=201)


@router.get(
    "/data/departments/{department_id}/software-licenses/{software_id}",
    operation_id="get_department_software_license",
)
async def get_department_software_license(
    department_id: str, software_id: str, session: SessionDep, identity: CurrentReader
) -> Response:
    permissions.require_admin(identity)
    ids = check_id(department_id), check_id(software_id)
    return json_response(await service.department_item(session, "software", *ids))


@router.delete(
    "/data/departments/{department_id}/software-licenses/{software_id}",
    operation_id="remove_department_software_license",
)
async def remove_department_software_license(
    department_id: str, software_id: str, session: SessionDep, identity: CurrentReader
) -> Response:
    permissions.require_admin(identity)
    ids = check_id(department_id), check_id(software_id)
    await service.remove_item(session, "software", *ids)
    return Response(status_code=204)


@router.post("/data/departments/{department_id}/hardware-items", operation_id="add_department_hardware_item")
async def add_department_hardware_item(
    department_id: str, request: Request, session: SessionDep, identity: CurrentReader
) -> Response:
    permissions.require_admin(identity)
    body = await validated(request, DepartmentsAddHardwareItem)
    link = await service.add_item(session, "hardware", check_id(department_id), body.hardware_item_id)
    return json_response(link, status_code=201)


@router.get(
    "/data/departments/{department_id}/hardware-items/{hardware_item_id}",
    operation_id="get_department_hardware_item",
)
async def get_department_hardware_item(
    department_id: str, hardware_item_id: str, session: SessionDep, identity: CurrentReader
) -> Response:
    permissions.require_admin(identity)
    ids = check_id(department_id), check_id(hardware_item_id)
    return json_response(await service.department_item(session, "hardware", *ids))


@router.delete(
    "/data/departments/{department_id}/hardware-items/{hardware_item_id}",
    operation_id="remove_department_hardware_item",
)
async def remove_department_hardware_item(
    department_id: str, hardware_item_id: str, session: SessionDep, identity: CurrentReader
) -> Response:
    permissions.require_admin(identity)
    ids = check_id(department_id), check_id(hardware_item_id)
    await service.remove_item(session, "hardware", *ids)
    return Response(status_code=204)


@router.get("/data/departments/{department_id}/persons", operation_id="list_department_persons")
async def get_department_persons(
    department_id: str, session: SessionDep, identity: CurrentReader
) -> Response:
    # Any logged-in person, clients included, as in Zou: the minimal fields, full rows for admins.
    members = await service.members(session, check_id(department_id), minimal=not identity.is_admin)
    return json_response(members)
