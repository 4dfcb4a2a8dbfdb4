"""`/data/day-offs`: admins list; people manage their own days off (admins anyone's); the managers
of a production the person is in read one whole, its supervisors (of the person's department)
its dates; periods of a person never overlap and the time spent logged inside one is removed."""

from typing import Any, ClassVar

from sqlalchemy import delete, select
from sqlmodel import SQLModel

from app.auth import access_rules
from app.core.errors import ZouError, bad_request, forbidden
from app.core.ids import as_uuid
from app.crud.coerce import InvalidValue, parse_date
from app.crud.hooks import CrudContext, CrudHooks
from app.models import DayOff, ProjectPersonLink, TimeSpent

OVERLAP = "Day off already exists for this period"


def _check_access(ctx: CrudContext, person_id: Any) -> None:
    if not ctx.identity.is_admin and as_uuid(person_id) != ctx.user_id:
        raise forbidden()


def _date(value: Any):
    try:
        return parse_date(value)
    except InvalidValue as exc:
        raise ZouError(400, {"message": "One of the provided values has an invalid format."}) from exc


async def _check_overlap(
    ctx: CrudContext, start: Any, end: Any, person_id: Any, exclude_id: Any = None
) -> None:
    if start is None or end is None or person_id is None:
        return
    query = select(DayOff.id).where(
        DayOff.person_id == as_uuid(person_id), DayOff.date <= _date(end), DayOff.end_date >= _date(start)
    )
    if exclude_id is not None:
        query = query.where(DayOff.id != exclude_id)
    if (await ctx.session.execute(query.limit(1))).first() is not None:
        raise bad_request(OVERLAP)


async def _purge_time_spents(ctx: CrudContext, day_off: SQLModel) -> None:
    await ctx.session.execute(
        delete(TimeSpent).where(
            TimeSpent.person_id == day_off.person_id,  # type: ignore[attr-defined]
            TimeSpent.date >= day_off.date,  # type: ignore[attr-defined]
            TimeSpent.date <= day_off.end_date,  # type: ignore[attr-defined]
        )
    )


async def _read_access(ctx: CrudContext, person_id: Any) -> bool:
    """Zou's check_day_off_read_access: True to read it whole, False for the dates only."""
    if ctx.identity.is_admin or person_id == ctx.user_id:
        return True
    mine = (
        await ctx.session.execute(
            select(ProjectPersonLink.project_id, ProjectPersonLink.role).where(
                ProjectPersonLink.person_id == ctx.user_id
            )
        )
    ).all()
    scopes = {project: role or ctx.identity.role for project, role in mine}
    scopes = {project: role for project, role in scopes.items() if role in ("manager", "supervisor")}
    shared = select(ProjectPersonLink.project_id).where(
        ProjectPersonLink.person_id == person_id, ProjectPersonLink.project_id.in_(list(scopes))
    )
    roles = (
        {scopes[project] for project in (await ctx.session.execute(shared)).scalars()} if scopes else set()
    )
    if "manager" in roles:
        return True
    if "supervisor" in roles:
        departments = await access_rules.department_ids(ctx.session, ctx.user_id)
        if not departments or departments & await access_rules.department_ids(ctx.session, person_id):
            return False
    raise forbidden()


class DayOffHooks(CrudHooks):
    required_keys: ClassVar[tuple[str, ...]] = ("person_id", "date", "end_date")

    async def check_create(self, ctx: CrudContext, data: dict[str, Any]) -> None:
        _check_access(ctx, data.get("person_id"))

    async def check_creation_integrity(self, ctx: CrudContext, data: dict[str, Any]) -> None:
        await _check_overlap(ctx, data.get("date"), data.get("end_date"), data.get("person_id"))

    async def post_create(
        self, ctx: CrudContext, instance: SQLModel, result: dict[str, Any]
    ) -> dict[str, Any]:
        await _purge_time_spents(ctx, instance)
        return result

    async def check_read_one(self, ctx: CrudContext, instance: dict[str, Any]) -> None:
        ctx.state["day_off_whole"] = await _read_access(ctx, instance["person_id"])

    async def clean_get_result(self, ctx: CrudContext, result: dict[str, Any]) -> dict[str, Any]:
        if not ctx.state.get("day_off_whole", True):
            result.pop("description", None)
        return result

    async def check_update(self, ctx: CrudContext, instance: dict[str, Any], data: dict[str, Any]) -> None:
        if (
            "person_id" in data
            and as_uuid(data["person_id"]) != instance["person_id"]
            and not ctx.identity.is_admin
        ):
            raise forbidden()
        _check_access(ctx, instance["person_id"])
        await _check_overlap(
            ctx,
            data.get("date", instance["date"]),
            data.get("end_date", instance["end_date"]),
            data.get("person_id", instance["person_id"]),
            exclude_id=instance["id"],
        )

    async def post_update(
        self, ctx: CrudContext, instance: SQLModel, result: dict[str, Any]
    ) -> dict[str, Any]:
        await _purge_time_spents(ctx, instance)
        return result

    async def check_delete(self, ctx: CrudContext, instance: dict[str, Any]) -> None:
        _check_access(ctx, instance["person_id"])
