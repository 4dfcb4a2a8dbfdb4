"""One error type rendered to Zou's error bodies, and the handlers that map everything else to it."""

import logging
import re
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from sqlalchemy.exc import DBAPIError, IntegrityError, InterfaceError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeoutError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import Response

from app.core.routing import allowed_methods
from app.core.serialize import dumps

log = logging.getLogger("app.core.errors")

# Werkzeug's default descriptions, which Zou returns as `message`.
NOT_FOUND = (
    "404 Not Found: The requested URL was not found on the server. If you entered the URL "
    "manually please check your spelling and try again."
)
FORBIDDEN = (
    "You don't have the permission to access the requested resource. It is either "
    "read-protected or not readable by the server."
)
UNAUTHORIZED = (
    "The server could not verify that you are authorized to access the URL requested. You "
    "either supplied the wrong credentials (e.g. a bad password), or your browser doesn't "
    "understand how to supply the credentials required."
)
METHOD_NOT_ALLOWED = "The method is not allowed for the requested URL."
BAD_REQUEST = "The browser (or proxy) sent a request that this server could not understand."
UNSUPPORTED_MEDIA = (
    "Did not attempt to load JSON data because the request Content-Type was not 'application/json'."
)
SERVICE_UNAVAILABLE = "The database is unavailable. Please try again shortly."
INVALID_VALUE = "One of the provided values has an invalid format."
DUPLICATE = "A record with the same unique values already exists."
CONFLICT = "The data conflicts with database integrity rules."
DEFAULT_MESSAGES = {
    400: BAD_REQUEST,
    401: UNAUTHORIZED,
    403: FORBIDDEN,
    404: NOT_FOUND,
    405: METHOD_NOT_ALLOWED,
    415: UNSUPPORTED_MEDIA,
    503: SERVICE_UNAVAILABLE,
}


class ZouError(Exception):
    """An HTTP error with the exact JSON body Zou answers."""

    def __init__(self, status: int, body: dict[str, Any], headers: dict[str, str] | None = None):
        super().__init__(body.get("message") or body.get("msg") or status)
        self.status = status
        self.body = body
        self.headers = headers or {}


def error(status: int, message: str | None = None, data: Any = ..., **extra: Any) -> ZouError:
    """Zou's global-handler shape: `{"error": true, "message": ..., ["data": ...]}`."""
    body: dict[str, Any] = {"error": True, "message": message or DEFAULT_MESSAGES.get(status, "")}
    if data is not ...:
        body["data"] = data
    body.update(extra)
    return ZouError(status, body)


def bad_request(message: str, data: Any = None) -> ZouError:
    """A WrongParameterException: 400 with `data` (null unless given)."""
    return error(400, message, data)


def not_found() -> ZouError:
    return error(404)


def forbidden() -> ZouError:
    return error(403)


def crud_error(message: str, status: int = 400) -> ZouError:
    """CRUD write failures carry only `message` (no `error` key) in Zou."""
    return ZouError(status, {"message": message})


def jwt_error(status: int, msg: str) -> ZouError:
    """flask-jwt-extended's own shape: `{"msg": ...}`."""
    return ZouError(status, {"msg": msg})


def render(status: int, body: Any, headers: dict[str, str] | None = None) -> Response:
    return Response(dumps(body), status_code=status, media_type="application/json", headers=headers)


# SQLSTATEs of a server that is there but not serving: shutting down, starting up or recovering,
# out of connection slots. asyncpg reports "the database system is starting up" (57P03) as a
# plain database error, not a connection failure.
UNAVAILABLE_SQLSTATES = frozenset({"57P01", "57P02", "57P03", "53300"})


def _is_database_down(exc: Exception) -> bool:
    if isinstance(exc, (PoolTimeoutError, InterfaceError, ConnectionError, OSError)):
        return True
    if isinstance(exc, OperationalError):
        return True
    if isinstance(exc, DBAPIError) and exc.connection_invalidated:
        return True
    sqlstate = str(getattr(getattr(exc, "orig", None), "sqlstate", None) or "")
    return sqlstate.startswith("08") or sqlstate in UNAVAILABLE_SQLSTATES


def refused_by_database(exc: Exception) -> ZouError | None:
    """A statement the database refused for its values (SQLSTATE class 22: bad text, too long,
    out of range) or its rules (class 23, or SQLite's integrity errors): the caller's 400.
    The routes check what they can first; this keeps what slips through from being a 500."""
    sqlstate = str(getattr(getattr(exc, "orig", None), "sqlstate", None) or "")
    if sqlstate.startswith("22"):
        return bad_request(INVALID_VALUE)
    if isinstance(exc, IntegrityError) or sqlstate.startswith("23"):
        unique = sqlstate == "23505" or "unique" in str(getattr(exc, "orig", exc)).lower()
        return bad_request(DUPLICATE if unique else CONFLICT)
    return None


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ZouError)
    async def _zou_error(_request: Request, exc: ZouError) -> Response:
        return render(exc.status, exc.body, exc.headers)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> Response:
        message = DEFAULT_MESSAGES.get(exc.status_code, str(exc.detail))
        headers = getattr(exc, "headers", None)
        if exc.status_code == 405:
            headers = {**(headers or {}), "Allow": ", ".join(allowed_methods(request.app, request.url.path))}
        return render(exc.status_code, {"error": True, "message": message}, headers)

    @app.exception_handler(RequestValidationError)
    async def _validation_error(_request: Request, exc: RequestValidationError) -> Response:
        return render(400, validation_body(exc.errors()))

    async def _database_error(request: Request, exc: Exception) -> Response:
        refusal = refused_by_database(exc) if isinstance(exc, DBAPIError) else None
        if refusal is not None:
            log.info("refused by the database on %s %s: %s", request.method, request.url.path, exc)
            return render(refusal.status, refusal.body)
        if not _is_database_down(exc):
            raise exc
        # A down database or an exhausted pool is transient: say so, and let the pool recover
        # (SQLAlchemy discards connections that failed) instead of needing a restart.
        log.warning("database unavailable on %s %s: %s", request.method, request.url.path, exc)
        return render(503, {"error": True, "message": SERVICE_UNAVAILABLE}, {"Retry-After": "1"})

    # Registered per class so they are answered like any HTTP error, not as a crash.
    for database_error in (DBAPIError, PoolTimeoutError, OSError):
        app.add_exception_handler(database_error, _database_error)
    # Anything else is answered by `app.core.guard.RequestGuard` (500, logged once).


def _field_path(loc: Any) -> str:
    """The failing field, without FastAPI's leading location (`body`, `query`, `path`): a body
    field may itself be named `query` (the search body)."""
    parts = [str(part) for part in loc]
    if parts and parts[0] in ("body", "query", "path") and (len(parts) > 1 or parts[0] == "body"):
        parts = parts[1:]
    return ".".join(part for part in parts if part != "body")


def _zou_uuid_message(message: str) -> str:
    """A UUID parsing message as Zou's pydantic-core words it: positions counted from 1 and the
    simple format's length named (our newer release counts from 0 and names no length)."""
    message = re.sub(r"(invalid character: found `.` at )(\d+)$", lambda m: f"{m[1]}{int(m[2]) + 1}", message)
    return message.replace(
        "invalid length: found", "invalid length: expected length 32 for simple format, found"
    )


# Zou's names of the request schemas a message names ("... instance of ProjectTaskTypeSchema"),
# by the name of our model generated from the contract: areas add theirs (`name_schemas`).
ZOU_SCHEMA_NAMES: dict[str, str] = {}


def name_schemas(names: dict[str, str]) -> None:
    ZOU_SCHEMA_NAMES.update(names)


def _message(error: dict[str, Any]) -> str:
    message = error.get("msg", "")
    if error.get("type") == "uuid_parsing":
        return _zou_uuid_message(message)
    ours = (error.get("ctx") or {}).get("class_name")
    if ours in ZOU_SCHEMA_NAMES:
        message = message.replace(ours, ZOU_SCHEMA_NAMES[ours])
    return message


def validation_body(errors: list[dict[str, Any]]) -> dict[str, Any]:
    """Zou's Pydantic error body: field paths joined with dots."""
    fields = [{"field": _field_path(e.get("loc", ())), "message": _message(e)} for e in errors]
    return {"error": True, "message": "Validation error.", "data": {"errors": fields}}
