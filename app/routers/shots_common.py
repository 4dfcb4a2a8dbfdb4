"""Request helpers of the shot and edit routers: Zou's body validation and query flags."""

from typing import Any, TypeVar

import orjson
from fastapi import Request
from pydantic import BaseModel, ValidationError

from app.errors import ZouError, bad_request, validation_body

Body = TypeVar("Body", bound=BaseModel)
EMPTY = (
    "Data are empty. Please verify that you sent JSON data and that you set the right headers "
    "(Content-Type: application/json)."
)


async def read_body(request: Request, model: type[Body]) -> Body:
    """Zou's validate_request_body: a JSON body (any other content is "empty"), checked by the
    contract's generated model; failures answer 400 `Validation error.` with the fields."""
    payload: Any = None
    if "json" in request.headers.get("content-type", "").lower():
        try:
            payload = orjson.loads(await request.body() or b"null")
        except orjson.JSONDecodeError:
            payload = None
    if payload is None:
        raise bad_request(EMPTY)
    try:
        return model.model_validate(payload)
    except ValidationError as exc:
        raise ZouError(400, validation_body(exc.errors())) from exc


def flag(request: Request, name: str) -> bool:
    """Zou's boolean query parameters: the string `true`, whatever its case."""
    return request.query_params.get(name, "false").lower() == "true"
