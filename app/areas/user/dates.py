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


# PostgreSQL's special date inputs, which Zou's casts of a route's date accept ("today"...).
_DAY_WORDS = {"today": 0, "now": 0, "yesterday": -1, "tomorrow": 1}
_EPOCH = datetime.date(1970, 1, 1)


def day_of(value: str) -> datetime.date:
    """A day as Zou reads it by casting to a PostgreSQL date: `YYYY-MM-DD`, a date and time read as
    its day, or one of PostgreSQL's words (today, now, yesterday, tomorrow, epoch; UTC days).
    Raises ValueError for anything else."""
    word = value.strip().lower()
    if word == "epoch":
        return _EPOCH
    if word in _DAY_WORDS:
        return datetime.datetime.now(datetime.UTC).date() + datetime.timedelta(days=_DAY_WORDS[word])
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        return datetime.datetime.fromisoformat(value).date()
