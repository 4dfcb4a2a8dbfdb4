"""Dates read from query strings and bodies, as naive UTC datetimes (the database's form)."""

import datetime


def naive_utc(value: str) -> datetime.datetime:
    """`YYYY-MM-DD`, `YYYY-MM-DDTHH:MM:SS[.ffffff][±HH:MM|Z]`; an offset is turned into UTC.
    Raises ValueError for anything else."""
    parsed = datetime.datetime.fromisoformat(value.strip())
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone(datetime.UTC).replace(tzinfo=None)
    return parsed
