"""The periods of the time sheet and day off routes, from their path parts: `[start, end[` date
intervals. Anything that is not a calendar period (month 13, week 54, year "abc") is a 400 with the
message the route owes, never a crash."""

import datetime as dt
import uuid
from typing import Any

from app.core.errors import bad_request
from app.core.ids import check_id

INVALID_MONTH = "Invalid month or year."
INVALID_DATE = "Invalid date format."


def _number(value: Any) -> int:
    # Python's int() also reads "+7" and " 7": what Zou accepts.
    return int(str(value))


def year_interval(year: Any, message: str = INVALID_DATE) -> tuple[dt.date, dt.date]:
    try:
        start = dt.date(_number(year), 1, 1)
        return start, dt.date(start.year + 1, 1, 1) if start.year < 9999 else dt.date.max
    except (ValueError, OverflowError) as exc:
        raise bad_request(message) from exc


def month_interval(year: Any, month: Any, message: str = INVALID_MONTH) -> tuple[dt.date, dt.date]:
    try:
        start = dt.date(_number(year), _number(month), 1)
        if start.month == 12:
            return start, dt.date(start.year + 1, 1, 1) if start.year < 9999 else dt.date.max
        return start, dt.date(start.year, start.month + 1, 1)
    except (ValueError, OverflowError) as exc:
        raise bad_request(message) from exc


def week_interval(year: Any, week: Any, message: str = INVALID_MONTH) -> tuple[dt.date, dt.date]:
    try:
        start = dt.date.fromisocalendar(_number(year), _number(week), 1)
        return start, start + dt.timedelta(days=7)
    except (ValueError, OverflowError) as exc:
        raise bad_request(message) from exc


def day_interval(year: Any, month: Any, day: Any, message: str = INVALID_MONTH) -> tuple[dt.date, dt.date]:
    try:
        start = dt.date(_number(year), _number(month), _number(day))
        return start, start + dt.timedelta(days=1)
    except (ValueError, OverflowError) as exc:
        raise bad_request(message) from exc


def parse_day(value: Any, message: str) -> dt.date:
    """A `YYYY-MM-DD` day (a datetime's day part is accepted, as PostgreSQL casts it)."""
    text = str(value).strip()
    try:
        if len(text) > 10:
            return dt.datetime.fromisoformat(text).date()
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise bad_request(message) from exc


def optional_id(value: str | None) -> uuid.UUID | None:
    """An id given as a query filter: absent or empty is no filter, anything else must be a UUID."""
    return None if value is None or value == "" else check_id(value)


def last_day(interval: tuple[dt.date, dt.date]) -> tuple[dt.date, dt.date]:
    """The interval with its end included: the day before the next period."""
    start, end = interval
    return start, end - dt.timedelta(days=1)
