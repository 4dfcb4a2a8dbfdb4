"""`/actions/persons/{person_id}/...`: what admins do to an account (password, invitation, reset
link, two-factor authentication, avatar, departments); `/data/persons/{person_id}/desktop-login-logs`
and the monthly presence sheet they make."""

import datetime as dt
import ipaddress

from fastapi import APIRouter, Request
from sqlalchemy import select
from starlette.responses import Response

from app.areas.persons import access, accounts, presence
from app.auth import permissions
from app.auth.identity import CurrentReader
from app.core.dependencies import SessionDep
from app.core.errors import ZouError, bad_request, forbidden, name_schemas, validation_body
from app.core.ids import as_uuid
from app.core.requests import validated
from app.core.routing import UnitOfWorkRoute
from app.core.serialize import json_response
from app.models import Department
from app.models.base import utcnow
from app.schemas.models import PersonsAddToDepartment, PersonsChangePassword, PersonsDesktopLoginCreate

router = APIRouter(route_class=UnitOfWorkRoute)
name_schemas(
    {
        PersonsDesktopLoginCreate.__name__: "DesktopLoginCreateSchema",
        PersonsChangePassword.__name__: "ChangePasswordSchema",
    }
)

NO_DEPARTMENT = "Department ID matches no department"
DATE_FORMAT = "Wrong date format. Expected: 2020-01-05T13:23:10 or 2020-01-05"


def _forwarded_ip(request: Request) -> str | None:
    """The first X-Forwarded-For address, when it is one (it goes into a mail)."""
    first = request.headers.get("x-forwarded-for", "").split(",")[0].strip()
    try:
        return str(ipaddress.ip_address(first)) if first else None
    except ValueError:
        return None


async def _department(session: SessionDep, department_id) -> None:
    if (
        department_id is None
        or (await session.execute(select(Department.id).where(Department.id == department_id))).first()
        is None
    ):
        raise bad_request(NO_DEPARTMENT)


# --- desktop login logs and presence -----------------------------------------------------------
@router.get("/data/persons/presence-logs/{month_date}", operation_id="get_presence_logs")
async def get_presence_logs(month_date: str, session: SessionDep, identity: CurrentReader) -> Response:
    permissions.require_admin(identity)
    try:
        month = dt.datetime.strptime(month_date, "%Y-%m")
    except ValueError as exc:
        raise bad_request("Invalid month or year.") from exc
    return Response(
        await accounts.presence_csv(session, month.year, month.month),
        media_type="text/csv",
        headers={"Content-Disposition": "attachment; filename=kitsu_export.csv"},
    )


@router.get("/data/persons/{person_id}/desktop-login-logs", operation_id="list_person_desktop_login_logs")
async def get_person_desktop_login_logs(
    person_id: str, session: SessionDep, identity: CurrentReader
) -> Response:
    if identity.id != person_id and identity.role not in permissions.MANAGER_ROLES:
        raise forbidden()
    pid = await access.existing(session, person_id)
    return json_response(await presence.desktop_login_logs(session, pid))


def _login_date(value: object) -> dt.datetime:
    text = str(value).strip()
    try:
        return dt.datetime.fromisoformat(text).replace(tzinfo=None)
    except ValueError as exc:
        error = {"loc": ("date",), "msg": f"Value error, {DATE_FORMAT}"}
        raise ZouError(400, validation_body([error])) from exc


@router.post("/data/persons/{person_id}/desktop-login-logs", operation_id="create_person_desktop_login_log")
async def create_person_desktop_login_log(
    person_id: str, request: Request, session: SessionDep, identity: CurrentReader
) -> Response:
    body = await validated(request, PersonsDesktopLoginCreate)
    when = _login_date(body.date) if body.date else utcnow()
    if identity.id != person_id and not identity.is_admin:
        raise forbidden()
    person = await accounts.get_person(session, person_id)
    entry = await presence.add_desktop_login_log(session, person.id, when, identity.person.id)
    return json_response(entry, status_code=201)


# --- account actions ---------------------------------------------------------------------------
@router.post("/actions/persons/{person_id}/change-password", operation_id="change_person_password")
async def change_person_password(
    person_id: str, request: Request, session: SessionDep, identity: CurrentReader
) -> Response:
    await access.human(session, person_id)
    permissions.require_admin(identity)
    body = await validated(request, PersonsChangePassword)
    if body.password != body.password_2:
        error = {"loc": (), "msg": "Value error, Confirmation password doesn't match."}
        raise ZouError(400, validation_body([error]))
    person = await accounts.get_person(session, person_id)
    await accounts.set_password(identity, person, body.password, body.password_2, _forwarded_ip(request))
    return json_response({"success": True})


@router.get("/actions/persons/{person_id}/invite", operation_id="invite_person")
async def invite_person(person_id: str, session: SessionDep, identity: CurrentReader) -> Response:
    await access.human(session, person_id)
    permissions.require_admin(identity)
    await accounts.invite(session, await accounts.get_person(session, person_id))
    return json_response({"success": True, "message": "Email sent"})


@router.post(
    "/actions/persons/{person_id}/reset-password-link", operation_id="create_person_reset_password_link"
)
async def create_person_reset_password_link(
    person_id: str, session: SessionDep, identity: CurrentReader
) -> Response:
    await access.human(session, person_id)
    permissions.require_admin(identity)
    person = await accounts.get_person(session, person_id)
    return json_response(
        {"reset_password_link": await accounts.reset_password_link(session, identity, person)}
    )


@router.delete(
    "/actions/persons/{person_id}/disable-two-factor-authentication",
    operation_id="disable_person_two_factor_authentication",
)
async def disable_person_two_factor_authentication(
    person_id: str, request: Request, session: SessionDep, identity: CurrentReader
) -> Response:
    await access.human(session, person_id)
    permissions.require_admin(identity)
    person = await accounts.get_person(session, person_id)
    await accounts.disable_two_factor(session, identity, person, _forwarded_ip(request))
    return json_response({"success": True})


@router.delete("/actions/persons/{person_id}/clear-avatar", operation_id="clear_person_avatar")
async def clear_person_avatar(person_id: str, session: SessionDep, identity: CurrentReader) -> Response:
    permissions.require_admin(identity)
    person = await accounts.get_person(session, person_id)
    await accounts.clear_avatar(session, identity, person)
    return Response(status_code=204)


@router.post("/actions/persons/{person_id}/departments/add", operation_id="add_person_to_department")
async def add_person_to_department(
    person_id: str, request: Request, session: SessionDep, identity: CurrentReader
) -> Response:
    permissions.require_admin(identity)
    body = await validated(request, PersonsAddToDepartment)
    await _department(session, body.department_id)
    person = await accounts.get_person(session, person_id)
    await accounts.add_to_department(session, identity, person, body.department_id)
    return json_response(await accounts.person_with_departments(session, person), status_code=201)


@router.delete(
    "/actions/persons/{person_id}/departments/{department_id}", operation_id="remove_person_from_department"
)
async def remove_person_from_department(
    person_id: str, department_id: str, session: SessionDep, identity: CurrentReader
) -> Response:
    permissions.require_admin(identity)
    did = as_uuid(department_id)
    await _department(session, did)
    person = await accounts.get_person(session, person_id)
    await accounts.remove_from_department(session, identity, person, did)
    return Response(status_code=204)
