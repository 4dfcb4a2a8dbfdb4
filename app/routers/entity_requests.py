"""Request reading shared by the entity routers (assets, breakdown, entities, concepts): Zou's
ArgsMixin flags and integers, query criteria, and Pydantic-validated bodies."""

from typing import Any, TypeVar

import orjson
from fastapi import Request
from pydantic import BaseModel, ValidationError

from app.crud.engine import parse_json_body
from app.errors import ZouError, bad_request, validation_body

M = TypeVar("M", bound=BaseModel)


def flag(request: Request, name: str) -> bool:
    """`?force=true` / `?force=True` (gazu sends both spellings)."""
    return request.query_params.get(name, "false").lower() == "true"


def int_param(request: Request, name: str, default: int) -> int:
    raw = request.query_params.get(name)
    if raw is None:
        return default
    try:
        return int(raw)
    except ValueError as exc:
        raise bad_request(f"{name} must be an integer.") from exc


def criteria(request: Request) -> dict[str, str]:
    """Zou's get_query_criterions_from_request: every query parameter but `page`."""
    return {key: value for key, value in request.query_params.items() if key != "page"}


async def _payload(request: Request) -> Any:
    """Zou's validate_request_body input: the JSON body, else form and query values, else {}."""
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if "json" in content_type:
        raw = await request.body()
        try:
            data = orjson.loads(raw) if raw else None
        except orjson.JSONDecodeError:
            data = None
        if data is not None:
            return data
    values: dict[str, Any] = dict(request.query_params)
    if content_type in ("application/x-www-form-urlencoded", "multipart/form-data"):
        form = await request.form()
        values.update({key: value for key, value in form.items() if isinstance(value, str)})
    return values


async def validated(request: Request, model: type[M]) -> M:
    payload = await _payload(request)
    try:
        return model.model_validate(payload)
    except ValidationError as exc:
        raise ZouError(400, validation_body(exc.errors())) from exc


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
