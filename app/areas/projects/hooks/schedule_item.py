"""`/data/schedule-items`: admins list; the project's managers create and delete (one item per
project, task type and object); supervisors of the project's task type edit; a textual
`man_days` is ignored."""

from typing import Any

from sqlalchemy import select

from app.auth import access_rules, permissions
from app.core.errors import bad_request, forbidden
from app.core.ids import as_uuid
from app.crud.hooks import CrudContext, CrudHooks
from app.models import ScheduleItem


class ScheduleItemHooks(CrudHooks):
    async def check_create(self, ctx: CrudContext, data: dict[str, Any]) -> None:
        await permissions.check_manager_project_access(ctx.session, ctx.identity, data.get("project_id"))

    async def check_delete(self, ctx: CrudContext, instance: dict[str, Any]) -> None:
        await permissions.check_manager_project_access(ctx.session, ctx.identity, instance["project_id"])

    async def check_creation_integrity(self, ctx: CrudContext, data: dict[str, Any]) -> None:
        conditions = []
        for name in ("project_id", "task_type_id", "object_id"):
            value = data.get(name)
            column = getattr(ScheduleItem, name)
            conditions.append(column.is_(None) if value is None else column == as_uuid(value))
        if (
            await ctx.session.execute(select(ScheduleItem.id).where(*conditions).limit(1))
        ).first() is not None:
            raise bad_request("A similar schedule item already exists")

    async def check_update(self, ctx: CrudContext, instance: dict[str, Any], data: dict[str, Any]) -> None:
        if isinstance(data.get("man_days"), str):
            data.pop("man_days")
        if await permissions.is_project_manager(ctx.session, ctx.identity, instance["project_id"]):
            return
        role = await permissions.project_role(ctx.session, ctx.identity, instance["project_id"])
        if role != "supervisor" or not await access_rules.is_department_supervisor(
            ctx.session, ctx.identity, instance["task_type_id"]
        ):
            raise forbidden()
