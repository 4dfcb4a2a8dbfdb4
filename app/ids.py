"""Ids as the services handle them."""

import uuid
from typing import Any


def as_uuid(value: Any) -> uuid.UUID | None:
    """The UUID a value names (a UUID, or its text in any of Python's accepted spellings); None
    for None or anything else, so callers answer the error their route owes."""
    if value is None or isinstance(value, uuid.UUID):
        return value
    try:
        return uuid.UUID(str(value))
    except ValueError:
        return None
