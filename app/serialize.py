"""Zou's wire format: orjson straight from rows, naive datetimes without microseconds."""

import uuid
from typing import Any

import orjson
from starlette.responses import Response

# orjson renders UUIDs lowercase-hyphenated and naive datetimes as YYYY-MM-DDTHH:MM:SS
# once microseconds are dropped: exactly Zou's format, with no per-row Python work.
ORJSON_OPTIONS = orjson.OPT_OMIT_MICROSECONDS | orjson.OPT_NON_STR_KEYS


def _default(value: Any) -> Any:
    # asyncpg hands out its own uuid.UUID subclass, which orjson only knows by its base.
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value).decode("utf-8", "replace")
    if isinstance(value, (set, frozenset, tuple)):
        return list(value)
    raise TypeError(f"cannot serialise {type(value).__name__}")


def dumps(content: Any) -> bytes:
    return orjson.dumps(content, default=_default, option=ORJSON_OPTIONS)


class ZouJSONResponse(Response):
    media_type = "application/json"

    def render(self, content: Any) -> bytes:
        return dumps(content)


def json_response(content: Any, status_code: int = 200, headers: dict[str, str] | None = None) -> Response:
    return ZouJSONResponse(content, status_code=status_code, headers=headers)
