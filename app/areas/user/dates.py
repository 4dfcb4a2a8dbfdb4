"""Dates read from query strings and bodies, as naive UTC datetimes (the database's form)."""

import datetime

from app.core.errors import bad_request


def naive_utc(value: str) -> datetime.datetime:
    """`YYYY-MM-DD`, `YYYY-MM-DDTHH:MM:SS[.ffffff][±HH:MM|Z]`; an offset is turned into UTC.
    Raises ValueError for anything else."""
    parsed = datetime.datetime.fromisoformat(value.strip())
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone(datetime.UTC).replace(tzinfo=None)
    return parsed


def optional_date(value: str | None, message: str) -> datetime.datetime | None:
    """`naive_utc` of a query parameter: None when it is absent, a 400 with `message` when it is
    not a date."""
    if value is None:
        return None
    try:
        return naive_utc(value)
    except ValueError as exc:
        raise bad_request(message) from exc
