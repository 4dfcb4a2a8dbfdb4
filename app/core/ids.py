"""Ids as the services handle them."""

import uuid
from typing import Any

from app.core.errors import bad_request


def as_uuid(value: Any) -> uuid.UUID | None:
    """The UUID a value names (a UUID, or its text in any of Python's accepted spellings); None
    for None or anything else, so callers answer the error their route owes."""
    if value is None or isinstance(value, uuid.UUID):
        return value
    try:
        return uuid.UUID(str(value))
    except ValueError:
        return None


def parse_id(value: Any) -> uuid.UUID:
    try:
        return uuid.UUID(str(value)) if not isinstance(value, uuid.UUID) else value
    except (ValueError, AttributeError, TypeError) as exc:
        raise bad_request("Malformed ID.") from exc


WRONG_UUID = "Wrong UUID format."


def check_id(value: Any) -> uuid.UUID:
    """Zou's `check_id_parameter`: a malformed (or missing) id answers 400 `Wrong UUID format.`."""
    key = as_uuid(value)
    if key is None:
        raise bad_request(WRONG_UUID)
    return key
