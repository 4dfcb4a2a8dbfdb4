"""Days off read by period: those overlapping `[start, end]` (both days included), the
description dropped for callers who read the dates only."""

import datetime as dt
import uuid
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.sql import all_columns, select_dicts
from app.models import DayOff


async def between(
    session: AsyncSession,
    start: dt.date | None = None,
    end: dt.date | None = None,
    person_id: uuid.UUID | None = None,
    person_ids: list[uuid.UUID] | None = None,
) -> list[dict[str, Any]]:
    query = all_columns(DayOff)
    if person_id is not None:
        query = query.where(DayOff.person_id == person_id)
    if person_ids is not None:
        query = query.where(DayOff.person_id.in_(person_ids))  # type: ignore[union-attr]
    if start is not None:
        query = query.where(DayOff.end_date >= start)
    if end is not None:
        query = query.where(DayOff.date <= end)
    return await select_dicts(session, query.order_by(DayOff.date), "DayOff")


async def on_day(session: AsyncSession, person_id: uuid.UUID, day: dt.date) -> dict[str, Any]:
    """The day off covering that day, or `{}`."""
    rows = await between(session, day, day, person_id=person_id)
    return rows[0] if rows else {}


def dates_only(day_off: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in day_off.items() if key != "description"}


def shaped(day_offs: list[dict[str, Any]], with_description: bool) -> list[dict[str, Any]]:
    return day_offs if with_description else [dates_only(day_off) for day_off in day_offs]


def shaped_for(day_offs: list[dict[str, Any]], readers: dict[uuid.UUID, bool]) -> list[dict[str, Any]]:
    """Each day off whole or dates only, as `access.day_off_readers` says for its person."""
    return [day_off if readers[day_off["person_id"]] else dates_only(day_off) for day_off in day_offs]
