"""`/auth/*`: log-in, sessions, passwords, second factors, SSO stubs and app log-in (Zou's auth blueprint)."""

from typing import Any, TypeVar

from fastapi import APIRouter, Request
from pydantic import BaseModel
from starlette.responses import Response

from app.areas.auth import app_login, fido, two_factor
from app.areas.auth import service as auth_service
from app.areas.auth.bodies import (
    AppLoginCodeBody,
    AppLoginTokenBody,
    ChangePasswordBody,
    EmailOtpBody,
    FidoRegisterBody,
    FidoUnregisterBody,
    LoginBody,
    ResetPasswordBody,
    ResetPasswordChangeBody,
    TotpBody,
    TwoFactorAuthBody,
)
from app.areas.persons import service as persons
from app.auth import cookies
from app.auth.identity import CurrentUser, RefreshUser
from app.auth.permissions import require_person
from app.auth.tokens import create_auth_tokens
from app.core.dependencies import SessionDep
from app.core.errors import ZouError, bad_request, validation_body
from app.core.requests import validated
from app.core.routing import UnitOfWorkRoute
from app.core.serialize import json_response
from app.models.person import Person

router = APIRouter(route_class=UnitOfWorkRoute, tags=["Authentication"])

B = TypeVar("B", bound=BaseModel)


# --- request helpers ----------------------------------------------------------------------------
async def read_body(request: Request, model: type[B]) -> B:
    # Zou 1.0.97 validates an absent or unreadable body as `{}`: required fields answer field errors.
    return await validated(request, model)


def _required_arg(request: Request, name: str) -> str:
    value = request.query_params.get(name)
    if value is None:  # absent: Zou's argument parser's words
        raise bad_request(f"Missing required parameter: {name}")
    if not value:
        raise ZouError(400, validation_body([{"loc": (name,), "msg": "Field required"}]))
    return value


def client_ip(request: Request) -> str:
    forwarded = request.headers.get("x-real-ip") or request.headers.get("x-forwarded-for", "").split(",")[0]
    if forwarded.strip():
        return forwarded.strip()
    return request.client.host if request.client else ""


def _from_browser(request: Request) -> bool:
    return cookies.is_browser(request.headers.get("user-agent"))


def _proof(body: TwoFactorAuthBody) -> dict[str, Any]:
    return body.model_dump(include={"totp", "email_otp", "fido_authentication_response", "recovery_code"})


def _registration_response(request: Request, person: Person, codes: list[str] | None) -> Response:
    """After a factor is set up: fresh unrestricted tokens (cookies for browsers)."""
    pair = create_auth_tokens(str(person.id))
    payload = {
        "otp_recovery_codes": codes,
        "access_token": pair["access_token"],
        "refresh_token": pair["refresh_token"],
    }
    response = json_response(payload)
    if _from_browser(request):
        cookies.set_auth_cookies(response, pair["access_token"], pair["refresh_token"])
    return response


# --- sessions -----------------------------------------------------------------------------------
@router.post("/auth/login", operation_id="login")
async def login(request: Request, session: SessionDep) -> Response:
    body = await read_body(request, LoginBody)
    from_browser = _from_browser(request)
    result = await auth_service.login(
        session,
        body.email,
        body.password,
        body.totp,
        body.email_otp,
        body.fido_authentication_response,
        body.recovery_code,
        client_ip(request),
        from_browser,
    )
    response = json_response(result.payload)
    if from_browser:
        cookies.set_auth_cookies(response, result.access_token, result.refresh_token)
    return response


@router.get("/auth/logout", operation_id="logout")
async def logout(request: Request, session: SessionDep, identity: CurrentUser) -> Response:
    require_person(identity)
    await auth_service.logout(session, identity.claims)
    response = json_response({"logout": True})
    if _from_browser(request):
        cookies.unset_auth_cookies(response)
    return response


@router.get("/auth/authenticated", operation_id="get_authenticated")
async def get_authenticated(session: SessionDep, identity: CurrentUser) -> Response:
    person = identity.person
    user = persons.serialize_safe(person, await persons.department_ids(session, person.id))
    user["fido_devices"] = persons.fido_device_names(person)
    organisation = await persons.get_organisation(session, sensitive=identity.is_admin)
    return json_response({"authenticated": True, "user": user, "organisation": organisation})


@router.get("/auth/refresh-token", operation_id="refresh_token")
async def refresh_token(request: Request, identity: RefreshUser) -> Response:
    require_person(identity)
    access_token = auth_service.refreshed_access_token(identity.person, identity.claims)
    if not _from_browser(request):
        return json_response({"access_token": access_token})
    # Zou drops the refresh cookie on a browser refresh: the session then lives on the access cookie.
    response = json_response({"refresh": True})
    cookies.set_access_cookie(response, access_token)
    cookies.unset_refresh_cookie(response)
    return response


# --- passwords ----------------------------------------------------------------------------------
@router.post("/auth/change-password", operation_id="change_password")
async def change_password(request: Request, session: SessionDep, identity: CurrentUser) -> Response:
    require_person(identity)
    body = await read_body(request, ChangePasswordBody)
    await auth_service.change_password(
        session, identity, body.old_password, body.password, body.password_2, client_ip(request)
    )
    return json_response({"success": True})


@router.post("/auth/reset-password", operation_id="reset_password")
async def reset_password(request: Request, session: SessionDep) -> Response:
    body = await read_body(request, ResetPasswordBody)
    await auth_service.send_reset_token(session, body.email, client_ip(request))
    return json_response({"success": "Reset token sent"})


@router.put("/auth/reset-password", operation_id="reset_password_change")
async def reset_password_change(request: Request, session: SessionDep) -> Response:
    body = await read_body(request, ResetPasswordChangeBody)
    await auth_service.reset_password(session, body.email, body.token, body.password, body.password2)
    return json_response({"success": True})


# --- TOTP ---------------------------------------------------------------------------------------
@router.put("/auth/totp", operation_id="pre_enable_totp")
async def pre_enable_totp(session: SessionDep, identity: CurrentUser) -> Response:
    require_person(identity)
    return json_response(await two_factor.pre_enable_totp(session, identity.person))


@router.post("/auth/totp", operation_id="enable_totp")
async def enable_totp(request: Request, session: SessionDep, identity: CurrentUser) -> Response:
    require_person(identity)
    body = await read_body(request, TotpBody)
    codes = await two_factor.enable_totp(session, identity.person, body.totp)
    return _registration_response(request, identity.person, codes)


@router.delete("/auth/totp", operation_id="disable_totp")
async def disable_totp(request: Request, session: SessionDep, identity: CurrentUser) -> Response:
    require_person(identity)
    body = await read_body(request, TwoFactorAuthBody)
    await two_factor.disable_totp(session, identity.person, _proof(body))
    return json_response({"success": True})


# --- e-mail OTP ---------------------------------------------------------------------------------
@router.get("/auth/email-otp", operation_id="send_email_otp")
async def send_email_otp(request: Request, session: SessionDep) -> Response:
    login_name = _required_arg(request, "email")
    await two_factor.send_email_otp_for_login(session, login_name, client_ip(request))
    return json_response({"success": True})


@router.put("/auth/email-otp", operation_id="pre_enable_email_otp")
async def pre_enable_email_otp(request: Request, session: SessionDep, identity: CurrentUser) -> Response:
    require_person(identity)
    await two_factor.pre_enable_email_otp(session, identity.person, client_ip(request))
    return json_response({"success": True})


@router.post("/auth/email-otp", operation_id="enable_email_otp")
async def enable_email_otp(request: Request, session: SessionDep, identity: CurrentUser) -> Response:
    require_person(identity)
    body = await read_body(request, EmailOtpBody)
    codes = await two_factor.enable_email_otp(session, identity.person, body.email_otp)
    return _registration_response(request, identity.person, codes)


@router.delete("/auth/email-otp", operation_id="disable_email_otp")
async def disable_email_otp(request: Request, session: SessionDep, identity: CurrentUser) -> Response:
    require_person(identity)
    body = await read_body(request, TwoFactorAuthBody)
    await two_factor.disable_email_otp(session, identity.person, _proof(body))
    return json_response({"success": True})


# --- recovery codes -----------------------------------------------------------------------------
@router.put("/auth/recovery-codes", operation_id="new_recovery_codes")
async def new_recovery_codes(request: Request, session: SessionDep, identity: CurrentUser) -> Response:
    require_person(identity)
    body = await read_body(request, TwoFactorAuthBody)
    codes = await two_factor.renew_recovery_codes(session, identity.person, _proof(body))
    return json_response({"otp_recovery_codes": codes})


# --- FIDO ---------------------------------------------------------------------------------------
@router.get("/auth/fido", operation_id="get_fido_challenge")
async def get_fido_challenge(request: Request, session: SessionDep) -> Response:
    login_name = _required_arg(request, "email")
    return json_response(await fido.challenge(session, login_name))


@router.put("/auth/fido", operation_id="pre_register_fido")
async def pre_register_fido(session: SessionDep, identity: CurrentUser) -> Response:
    require_person(identity)
    return json_response(await fido.pre_register(session, identity.person))


@router.post("/auth/fido", operation_id="register_fido")
async def register_fido(request: Request, session: SessionDep, identity: CurrentUser) -> Response:
    require_person(identity)
    body = await read_body(request, FidoRegisterBody)
    codes = await fido.register(session, identity.person, body.registration_response, body.device_name)
    return _registration_response(request, identity.person, codes)


@router.delete("/auth/fido", operation_id="unregister_fido")
async def unregister_fido(request: Request, session: SessionDep, identity: CurrentUser) -> Response:
    require_person(identity)
    body = await read_body(request, FidoUnregisterBody)
    await fido.unregister(session, identity.person, body.device_name, _proof(body))
    return json_response({"success": True})


# --- SSO: not available on this server, answered as Zou does when disabled ------------------------
def _sso_disabled(protocol: str) -> ZouError:
    return ZouError(400, {"error": f"{protocol} is not enabled."})


@router.get("/auth/saml/login", operation_id="saml_login")
async def saml_login() -> Response:
    raise _sso_disabled("SAML")


@router.post("/auth/saml/sso", operation_id="saml_sso")
async def saml_sso() -> Response:
    raise _sso_disabled("SAML")


@router.get("/auth/oidc/login", operation_id="oidc_login")
async def oidc_login() -> Response:
    raise _sso_disabled("OIDC")


@router.get("/auth/oidc/callback", operation_id="oidc_callback")
async def oidc_callback() -> Response:
    raise _sso_disabled("OIDC")


# --- app log-in (browser-assisted log-in for desktop tools) -------------------------------------
@router.post("/auth/app-login/code", operation_id="app_login_code")
async def app_login_code(request: Request, session: SessionDep, identity: CurrentUser) -> Response:
    require_person(identity)
    body = await read_body(request, AppLoginCodeBody)
    skip_2fa = bool(identity.claims.get("skip_2fa_setup"))
    code = await app_login.mint_code(session, identity.person, body.code_challenge, skip_2fa)
    return json_response({"code": code}, status_code=201)


@router.post("/auth/app-login/token", operation_id="app_login_token")
async def app_login_token(request: Request, session: SessionDep) -> Response:
    body = await read_body(request, AppLoginTokenBody)
    person, pair = await app_login.exchange_code(session, body.code, body.code_verifier)
    auth_service.add_login_log(session, person.id, client_ip(request), "script")
    # Never cookies here: the caller is a desktop tool, not the browser that minted the code.
    return json_response(await auth_service.login_payload(session, person, pair))
