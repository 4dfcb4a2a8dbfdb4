"""Database constraint errors translated to Zou's CRUD messages."""

from sqlalchemy.exc import DBAPIError, IntegrityError

from app.core.errors import ZouError, crud_error

UNIQUE = "A record with the same unique values already exists."
FOREIGN_KEY = "The change conflicts with records referencing this one."
REQUIRED = "A required field is missing."
OTHER = "The data conflicts with database integrity rules."
INVALID_FORMAT = "One of the provided values has an invalid format."


def translate(exc: DBAPIError) -> ZouError:
    text = str(getattr(exc, "orig", exc)).lower()
    if isinstance(exc, IntegrityError):
        if "unique" in text or "duplicate key" in text:
            return crud_error(UNIQUE)
        if "foreign key" in text:
            return crud_error(FOREIGN_KEY)
        if "not null" in text or "not-null" in text:
            return crud_error(REQUIRED)
        return crud_error(OTHER)
    return crud_error(INVALID_FORMAT)


def is_constraint_error(exc: BaseException) -> bool:
    """Integrity and data-format errors; connection failures are left to the 503 handler."""
    if isinstance(exc, IntegrityError):
        return True
    if isinstance(exc, DBAPIError) and not exc.connection_invalidated:
        text = str(getattr(exc, "orig", exc)).lower()
        return any(
            word in text
            for word in ("invalid input", "value too long", "out of range", "datatype", "invalid text")
        )
    return False
