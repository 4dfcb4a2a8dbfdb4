"""JSON values to column values, with Zou's 400 answers for what does not fit."""

import datetime as dt
import uuid
from typing import Any

import orjson
from sqlalchemy import BigInteger

from app.core.errors import ZouError, bad_request
from app.core.numbers import decimal_int
from app.crud.columns import ColumnInfo

TRUE_WORDS = {"y", "yes", "t", "true", "on", "1"}
FALSE_WORDS = {"n", "no", "f", "false", "off", "0"}
INVALID_FORMAT = "One of the provided values has an invalid format."


class InvalidValue(ValueError):  # noqa: N818 - reads as the condition it signals
    pass


class NotAChoice(InvalidValue):  # noqa: N818
    """A value outside a choice column's values: Zou's own checks name the field ("Invalid status")."""


def parse_uuid(value: Any) -> uuid.UUID:
    if isinstance(value, uuid.UUID):
        return value
    if isinstance(value, dict) and "id" in value:
        value = value["id"]
    if not isinstance(value, str):
        raise InvalidValue(value)
    try:
        return uuid.UUID(value)
    except ValueError as exc:
        raise InvalidValue(value) from exc


def parse_datetime(value: Any) -> dt.datetime:
    if isinstance(value, dt.datetime):
        return value
    if not isinstance(value, str):
        raise InvalidValue(value)
    try:
        parsed = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError as exc:
        raise InvalidValue(value) from exc
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone(dt.UTC).replace(tzinfo=None)
    return parsed


def parse_date(value: Any) -> dt.date:
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    if not isinstance(value, str):
        raise InvalidValue(value)
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError as exc:
        raise InvalidValue(value) from exc


def parse_bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return bool(value)
    if isinstance(value, str):
        word = value.strip().lower()
        if word in TRUE_WORDS:
            return True
        if word in FALSE_WORDS:
            return False
    raise InvalidValue(value)


def _integer(info: ColumnInfo, value: Any) -> int:
    if isinstance(value, bool):
        raise InvalidValue(value)
    if isinstance(value, float) and value.is_integer():
        number = int(value)
    elif isinstance(value, int):
        number = value
    elif isinstance(value, str) and (parsed := decimal_int(value)) is not None:
        number = parsed
    else:
        raise InvalidValue(value)
    # Beyond the column's range the database would fail (SQLite even outside the driver's errors).
    limit = 2**63 if isinstance(info.column.type, BigInteger) else 2**31
    if not -limit <= number < limit:
        raise InvalidValue(value)
    return number


def to_column_value(info: ColumnInfo, value: Any) -> Any:
    """Convert a JSON body value for `info`'s column; raises InvalidValue."""
    if value is None:
        return None
    kind = info.kind
    if kind == "uuid":
        return parse_uuid(value)
    if kind == "bool":
        return parse_bool(value)
    if kind == "int":
        return _integer(info, value)
    if kind == "float":
        if isinstance(value, bool):
            raise InvalidValue(value)
        if isinstance(value, (int, float)):
            return float(value)
        if isinstance(value, str):
            try:
                return float(value)
            except ValueError as exc:
                raise InvalidValue(value) from exc
        raise InvalidValue(value)
    if kind == "datetime":
        return parse_datetime(value)
    if kind == "date":
        return parse_date(value)
    if kind == "json":
        # PostgreSQL refuses NUL characters in jsonb: refuse them before they fail the write.
        if "\\u0000" in orjson.dumps(value).decode():
            raise InvalidValue(value)
        return value
    if kind == "bytes":
        if isinstance(value, str):
            return value.encode()
        raise InvalidValue(value)
    if isinstance(value, (dict, list)):
        raise InvalidValue(value)
    text = value if isinstance(value, str) else str(value)
    if (info.max_length is not None and len(text) > info.max_length) or "\x00" in text:
        raise InvalidValue(value)
    if info.choices is not None and text not in info.choices:
        raise NotAChoice(value)
    return text


def coerce_body(columns: dict[str, ColumnInfo], data: dict[str, Any]) -> dict[str, Any]:
    """Convert every column value of a body, or answer Zou's CRUD format error."""
    values: dict[str, Any] = {}
    for key, value in data.items():
        info = columns.get(key)
        if info is None:
            continue
        try:
            values[key] = to_column_value(info, value)
        except NotAChoice as exc:
            raise bad_request(f"Invalid {key}") from exc
        except InvalidValue as exc:
            raise ZouError(400, {"message": INVALID_FORMAT}) from exc
    return values


def parse_filter_value(info: ColumnInfo, raw: str) -> Any:
    """A query-string filter value for `info`'s column, 400 when malformed."""
    if info.kind == "uuid":
        try:
            return uuid.UUID(raw)
        except ValueError as exc:
            raise bad_request(f"Invalid UUID value: {raw}") from exc
    if info.kind == "bool":
        try:
            return parse_bool(raw)
        except InvalidValue as exc:
            raise bad_request(f"Invalid boolean value: {raw}") from exc
    if info.kind == "json":
        raise bad_request(f"Filtering on {info.name} is not allowed.")
    if info.kind == "str":
        return raw
    try:
        return to_column_value(info, raw)
    except InvalidValue as exc:
        raise bad_request(
            f"One of the value of the filter has not the proper format: {info.name}={raw}"
        ) from exc
