"""Request reading shared by the routers: Zou's ArgsMixin flags and integers, query criteria, and
bodies read the ways Zou's resources read them, validated by the contract's generated models."""

import datetime
from typing import Any, TypeVar

import orjson
from fastapi import Request
from pydantic import BaseModel, ValidationError

from app.core.config import get_settings
from app.core.errors import ZouError, bad_request, error, validation_body

M = TypeVar("M", bound=BaseModel)

EMPTY_BODY = "Data are empty. Please verify that you sent JSON data and that you set the right headers."


def parse_json_body(raw: bytes, content_type: str | None) -> Any:
    """Zou's rules: non-JSON content type 415, malformed JSON 400, null 400."""
    if not content_type or "json" not in content_type.split(";")[0].lower():
        raise error(415)
    try:
        body = orjson.loads(raw) if raw else None
    except orjson.JSONDecodeError as exc:
        raise error(400) from exc
    if body is None:
        raise bad_request(EMPTY_BODY)
    return body


def flag(request: Request, name: str) -> bool:
    """`?force=true` / `?force=True` (gazu sends both spellings)."""
    return request.query_params.get(name, "false").lower() == "true"


def int_param(request: Request, name: str, default: int) -> int:
    return int_value(name, request.query_params.get(name), default)


D = TypeVar("D")
# Zou's own wording where its argument parser reads the number.
WRONG_INT = "Wrong value for parameter {name}."


def int_value(name: str, raw: str | None, default: D, message: str = "{name} must be an integer.") -> int | D:
    """The parameter as an integer, `default` when absent; 400 with `message` when not a number."""
    if raw is None:
        return default
    try:
        return int(raw)
    except ValueError as exc:
        raise bad_request(message.format(name=name)) from exc


def page_limit(raw: int) -> int:
    """A page's `limit` as asked, lowered to the configured maximum (0 or less: the default)."""
    return min(raw, get_settings().max_page_limit)


DATE_ERROR = "Wrong date format for before argument.Expected format: 2020-01-05T13:23:10 or 2020-01-05"


def date_param(raw: str | None) -> datetime.datetime | None:
    """Zou's parse_date_parameter: `YYYY-MM-DDTHH:MM:SS` or `YYYY-MM-DD` (its message names
    `before` whichever parameter it was), else 400."""
    if raw is None:
        return None
    for pattern in ("%Y-%m-%dT%H:%M:%S", "%Y-%m-%d"):
        try:
            return datetime.datetime.strptime(raw, pattern)
        except ValueError:
            continue
    raise bad_request(DATE_ERROR)


def criteria(request: Request) -> dict[str, str]:
    """Zou's get_query_criterions_from_request: every query parameter but `page`."""
    return {key: value for key, value in request.query_params.items() if key != "page"}


EMPTY_BODY = (
    "Data are empty. Please verify that you sent JSON data and that you set the right headers "
    "(Content-Type: application/json)."
)


async def submitted(request: Request) -> Any | None:
    """What Zou's validate_request_body reads: the JSON body when readable, else the form fields
    and query string; None when there is nothing at all."""
    data = await silent_json(request)
    if data is not None:
        return data
    values: dict[str, Any] = dict(request.query_params)
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type in ("application/x-www-form-urlencoded", "multipart/form-data"):
        form = await request.form()
        values.update({key: value for key, value in form.items() if isinstance(value, str)})
    return values or None


async def payload(request: Request) -> Any:
    """`submitted`, or an empty object (so required fields answer field errors)."""
    data = await submitted(request)
    return {} if data is None else data


def as_model(data: Any, model: type[M]) -> M:
    """The data validated by a contract model: 400 `Validation error.` with the failing fields
    (messages naming a model name Zou's schema instead: `app.core.errors.name_schemas`)."""
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise ZouError(400, validation_body(exc.errors())) from exc


def required(data: Any, model: type[M]) -> M:
    """`as_model`, with Zou's "Data are empty" 400 when nothing was sent."""
    if data is None:
        raise bad_request(EMPTY_BODY)
    return as_model(data, model)


async def validated(request: Request, model: type[M]) -> M:
    return as_model(await payload(request), model)


def validated_list(payload: Any, model: type[M]) -> list[M]:
    """Zou's validate_request_list: a JSON array whose items each match the model."""
    if not isinstance(payload, list):
        raise bad_request("Request body must be a JSON array.")
    items, errors = [], []
    for index, item in enumerate(payload):
        try:
            items.append(model.model_validate(item))
        except ValidationError as exc:
            errors += [{**error, "loc": (index, *error.get("loc", ()))} for error in exc.errors()]
    if errors:
        raise ZouError(400, validation_body(errors))
    return items


async def json_body(request: Request) -> Any:
    """Flask's `request.json`: 415 when not sent as JSON, 400 when unreadable or empty."""
    return parse_json_body(await request.body(), request.headers.get("content-type"))


async def silent_json(request: Request) -> Any:
    """Flask's `get_json(silent=True)`: None unless a readable JSON body was sent as JSON."""
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if "json" not in content_type:
        return None
    try:
        raw = await request.body()
        return orjson.loads(raw) if raw else None
    except orjson.JSONDecodeError:
        return None


async def zou_args(request: Request) -> dict[str, Any]:
    """Zou's ArgsMixin: query string and form fields first, then a JSON object body (read silently)."""
    args: dict[str, Any] = {key: request.query_params.getlist(key) for key in request.query_params}
    content_type = request.headers.get("content-type", "")
    if "form" in content_type:
        form = await request.form()
        for key in form:
            args.setdefault(key, form.getlist(key))
    values = {key: value if len(value) > 1 else value[0] for key, value in args.items()}
    if "json" in content_type:
        try:
            body = orjson.loads(await request.body())
        except orjson.JSONDecodeError:
            body = None
        if isinstance(body, dict):
            for key, value in body.items():
                values.setdefault(key, value)
    return values
