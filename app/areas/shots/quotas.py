"""Shot quotas (Zou's quotas of shots_service): frames, seconds, drawings and shot counts done per
day, week, month and year, per artist (or per task type for one artist).

A shot counts as done at its feedback date (`end_date`) or, when asked, at its approval date
(`done_date`). The weighted mode spreads a shot over the time logged on it, or, without time
spents, over the business days from its work-in-progress date to that end date."""

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import exists, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from app.core.ids import as_uuid
from app.models import Entity, EntityType, Person, Project, Task, TaskPersonLink, TimeSpent

COUNT_MODES = ("weighted", "weighteddone", "feedback", "done")
PERIODS = ("day", "week", "month", "year")


def business_days(start: dt.datetime, end: dt.datetime) -> int:
    """Weekdays from `start` (included) to `end` (excluded), by calendar day."""
    first, last = start.date(), end.date()
    if last <= first:
        return 0
    weeks, extra = divmod((last - first).days, 7)
    count = weeks * 5
    for offset in range(extra):
        if (first + dt.timedelta(days=weeks * 7 + offset)).weekday() < 5:
            count += 1
    return count


class Quotas:
    def __init__(self, fps: float, timezone: str):
        self.fps = fps or 25.0
        try:
            self.zone = ZoneInfo(timezone or "UTC")
        except (ZoneInfoNotFoundError, ValueError):
            self.zone = ZoneInfo("UTC")
        self.entries: dict[str, dict[str, dict[str, dict[str, Any]]]] = {}

    def add(self, entry_id: str, when: Any, frames: float, drawings: float, count: float = 1) -> None:
        if isinstance(when, dt.datetime):  # UTC instants land on the user's local day
            local = when.replace(tzinfo=dt.UTC).astimezone(self.zone).date()
        else:  # time spents are calendar days already
            local = when
        day = local.strftime("%Y-%m-%d")
        iso_year, iso_week, _ = local.isocalendar()
        keys = {"day": day, "week": f"{iso_year}-{iso_week}", "month": day[:7], "year": day[:4]}
        entry = self.entries.get(entry_id)
        if entry is None:
            entry = self.entries[entry_id] = {
                period: {"frames": {}, "seconds": {}, "count": {}, "entries": {}, "drawings": {}}
                for period in PERIODS
            }
            del entry["year"]["entries"]
        # `entries` counts the buckets opened per enclosing period (days per month...).
        parents = {"day": keys["month"], "week": keys["week"][:4], "month": keys["year"]}
        for period, key in keys.items():
            bucket = entry[period]
            if key not in bucket["frames"]:
                for name in ("frames", "seconds", "count", "drawings"):
                    bucket[name][key] = 0
                if period in parents:
                    bucket["entries"][parents[period]] = bucket["entries"].get(parents[period], 0) + 1
            bucket["frames"][key] += frames
            bucket["seconds"][key] += frames / self.fps
            bucket["drawings"][key] += drawings
            bucket["count"][key] += count

    def rounded(self) -> dict[str, Any]:
        for entry in self.entries.values():
            for period in entry.values():
                period["count"] = {key: round(value, 2) for key, value in period["count"].items()}
        return self.entries


def _base_conditions(project_id: Any, task_type_id: Any, studio_id: Any, feedback: bool) -> list[Any]:
    shot_type = select(EntityType.id).where(EntityType.name == "Shot").scalar_subquery()
    conditions = [
        Task.project_id == project_id,
        Task.entity_id.in_(select(Entity.id).where(Entity.entity_type_id == shot_type)),
        (Task.end_date if feedback else Task.done_date).is_not(None),
    ]
    if task_type_id is not None:
        conditions.append(Task.task_type_id == task_type_id)
    if studio_id is not None:
        # An alias of its own: the queries also join the assignees, which would otherwise be
        # correlated away, leaving the EXISTS without a FROM.
        assignee = aliased(TaskPersonLink)
        conditions.append(
            exists()
            .where(assignee.task_id == Task.id)
            .where(assignee.person_id.in_(select(Person.id).where(Person.studio_id == studio_id)))
        )
    return conditions


async def project_fps(session: AsyncSession, project_id: Any) -> float:
    fps = (await session.execute(select(Project.fps).where(Project.id == project_id))).scalar()
    try:
        return float(fps or 25)
    except ValueError:
        return 25.0


async def weighted_quotas(
    session: AsyncSession, quotas: Quotas, project_id: Any, task_type_id: Any = None,
    person_id: Any = None, studio_id: Any = None, feedback: bool = True,
) -> dict[str, Any]:  # fmt: skip
    conditions = _base_conditions(project_id, task_type_id, studio_id, feedback)
    logged = (
        select(Task, Entity.nb_frames, TimeSpent.date, TimeSpent.duration, TimeSpent.person_id)
        .join(Entity, Entity.id == Task.entity_id)
        .join(TimeSpent, TimeSpent.task_id == Task.id)
        .where(*conditions)
    )
    if person_id is not None:
        logged = logged.where(TimeSpent.person_id == person_id)
    for task, nb_frames, date, duration, spender in (await session.execute(logged)).all():
        if (task.duration or 0) <= 0:
            continue
        share = (duration or 0) / task.duration
        entry_id = str(task.task_type_id) if person_id is not None else str(spender)
        frames, drawings = round((nb_frames or 0) * share), round((task.nb_drawings or 0) * share)
        for entry in (entry_id, "total"):
            quotas.add(entry, date, frames, drawings, count=share)
    unlogged = (
        select(Task, Entity.nb_frames, TaskPersonLink.person_id)
        .join(Entity, Entity.id == Task.entity_id)
        .join(TaskPersonLink, TaskPersonLink.task_id == Task.id)
        .where(*conditions, Task.real_start_date.is_not(None), ~exists().where(TimeSpent.task_id == Task.id))
    )
    if person_id is not None:
        unlogged = unlogged.where(TaskPersonLink.person_id == person_id)
    for task, nb_frames, assignee in (await session.execute(unlogged)).all():
        end = task.end_date if feedback else task.done_date
        days = business_days(task.real_start_date, end) + 1
        frames = round((nb_frames or 0) / days) if nb_frames is not None else 0
        entry_id = str(task.task_type_id) if person_id is not None else str(assignee)
        day = task.real_start_date
        for _ in range((end - task.real_start_date).days + 1):
            if day.weekday() < 5:
                for entry in (entry_id, "total"):
                    quotas.add(entry, day, frames, task.nb_drawings or 0, count=1 / days)
            day += dt.timedelta(days=1)
    return quotas.rounded()


async def raw_quotas(
    session: AsyncSession, quotas: Quotas, project_id: Any, task_type_id: Any = None,
    person_id: Any = None, studio_id: Any = None, feedback: bool = True,
) -> dict[str, Any]:  # fmt: skip
    """Every shot counted whole on its end (or approval) date."""
    query = (
        select(Task, Entity.nb_frames, TaskPersonLink.person_id)
        .join(Entity, Entity.id == Task.entity_id)
        .join(TaskPersonLink, TaskPersonLink.task_id == Task.id)
        .where(*_base_conditions(project_id, task_type_id, studio_id, feedback))
    )
    if person_id is not None:
        query = query.where(TaskPersonLink.person_id == person_id)
    for task, nb_frames, assignee in (await session.execute(query)).all():
        entry_id = str(task.task_type_id) if person_id is not None else str(assignee)
        when = task.end_date if feedback else task.done_date
        for entry in (entry_id, "total"):
            quotas.add(entry, when, nb_frames or 0, task.nb_drawings or 0)
    return quotas.entries


def parse_studio(value: str | None) -> Any:
    return as_uuid(value) if value else None
