"""`/data/time-spents`: admin only but for deletion (the person themselves or a manager); any
change recomputes the task's `duration` and announces `task:update`."""

from typing import Any, ClassVar

from sqlalchemy import func, select, update

from app import events
from app.auth import access_rules
from app.core.errors import bad_request, error
from app.crud.coerce import InvalidValue, parse_date
from app.crud.hooks import CrudContext, CrudHooks
from app.models import Task, TimeSpent

RANGE_NEEDS_BOTH = "If querying for a range of dates, both a `start_date` and an `end_date` must be given."


async def recompute_duration(ctx: CrudContext, task_id: Any) -> None:
    """The task's duration is the sum of its time spents, in minutes."""
    if task_id is None:
        return
    total = select(func.coalesce(func.sum(TimeSpent.duration), 0)).where(TimeSpent.task_id == task_id)
    await ctx.session.execute(update(Task).where(Task.id == task_id).values(duration=total.scalar_subquery()))
    project_id = (await ctx.session.execute(select(Task.project_id).where(Task.id == task_id))).scalar()
    events.emit(ctx.session, "task:update", {"task_id": task_id}, project_id=project_id, user_id=ctx.user_id)


class TimeSpentHooks(CrudHooks):
    own_params: ClassVar[frozenset[str]] = frozenset({"start_date", "end_date"})

    async def filter_list(self, ctx: CrudContext, query):
        start, end = ctx.params.get("start_date"), ctx.params.get("end_date")
        if not start and not end:
            return query
        if not start or not end:
            raise error(400, RANGE_NEEDS_BOTH)
        try:
            return query.where(TimeSpent.date.between(parse_date(start), parse_date(end)))
        except InvalidValue as exc:
            raise bad_request(
                f"One of the value of the filter has not the proper format: {start}, {end}"
            ) from exc

    async def post_create(self, ctx: CrudContext, instance, result: dict[str, Any]) -> dict[str, Any]:
        await recompute_duration(ctx, result["task_id"])
        return result

    async def post_update(self, ctx: CrudContext, instance, result: dict[str, Any]) -> dict[str, Any]:
        await recompute_duration(ctx, result["task_id"])
        return result

    async def check_delete(self, ctx: CrudContext, instance: dict[str, Any]) -> None:
        if not ctx.identity.is_admin:
            await access_rules.check_time_spent_access(
                ctx.session, ctx.identity, instance["task_id"], instance["person_id"]
            )

    async def post_delete(self, ctx: CrudContext, instance: dict[str, Any]) -> None:
        await recompute_duration(ctx, instance["task_id"])
