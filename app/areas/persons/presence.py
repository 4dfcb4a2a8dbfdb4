"""Desktop log-ins and a person's last presence, shared by the persons, user and tasks areas.

Zou moves `last_presence` to the day of the latest desktop log-in or time spent whenever either is
added, through its person update: so each move is announced as `person:update`.
"""

import datetime
import uuid
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app.events import emit
from app.models import DesktopLoginLog, Person, TimeSpent


async def desktop_login_logs(session: AsyncSession, person_id: uuid.UUID) -> list[dict[str, Any]]:
    query = select(DesktopLoginLog).where(DesktopLoginLog.person_id == person_id)
    logs = (await session.execute(query.order_by(DesktopLoginLog.date.desc()))).scalars().all()  # type: ignore[attr-defined]
    return [_log_dict(row) for row in logs]


def _log_dict(row: DesktopLoginLog) -> dict[str, Any]:
    return {
        "id": row.id,
        "created_at": row.created_at,
        "updated_at": row.updated_at,
        "person_id": row.person_id,
        "date": row.date,
        "type": "DesktopLoginLog",
    }


async def add_desktop_login_log(
    session: AsyncSession, person_id: Any, when: datetime.datetime, user_id: Any
) -> dict[str, Any]:
    row = DesktopLoginLog(person_id=person_id, date=when)
    session.add(row)
    await session.flush()
    await update_last_presence(session, person_id, user_id)
    return _log_dict(row)


async def update_last_presence(session: AsyncSession, person_id: Any, user_id: Any) -> None:
    """The day of the person's latest desktop log-in or time spent (none: no presence)."""
    logins = select(func.max(DesktopLoginLog.date)).where(DesktopLoginLog.person_id == person_id)
    last_login = (await session.execute(logins)).scalar()
    times = select(func.max(TimeSpent.date)).where(TimeSpent.person_id == person_id)
    last_time = (await session.execute(times)).scalar()
    days = [day for day in (last_login.date() if last_login else None, last_time) if day is not None]
    values = {"last_presence": max(days, default=None)}
    await session.execute(update(Person).where(Person.id == person_id).values(values))
    emit(session, "person:update", {"person_id": person_id}, user_id=user_id)
