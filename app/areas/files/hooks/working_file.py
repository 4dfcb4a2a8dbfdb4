"""`/data/working-files`: listed (for their teams' projects) to every role but vendors, created and
deleted by admins, read by who may read the task, edited by who may work on it."""

from typing import Any

from sqlalchemy import select

from app.auth import access_rules, permissions
from app.core.errors import forbidden
from app.crud.hooks import CrudContext, NonVendorListHooks
from app.models import Task, WorkingFile


async def _task(ctx: CrudContext, task_id: Any) -> dict[str, Any]:
    query = select(Task.id, Task.project_id, Task.entity_id, Task.task_type_id).where(Task.id == task_id)
    row = (await ctx.session.execute(query)).first()
    if row is None:
        raise forbidden()
    return dict(row._mapping)


class WorkingFileHooks(NonVendorListHooks):
    async def filter_list(self, ctx: CrudContext, query):
        if ctx.identity.is_admin:
            return query
        projects = await permissions.related_project_ids(ctx.session, ctx.identity, open_only=False)
        return query.where(WorkingFile.task_id.in_(select(Task.id).where(Task.project_id.in_(projects))))

    async def check_read_one(self, ctx: CrudContext, instance: dict[str, Any]) -> None:
        if not ctx.identity.is_admin:
            await access_rules.check_task_access(
                ctx.session, ctx.identity, await _task(ctx, instance["task_id"])
            )

    async def check_update(self, ctx: CrudContext, instance: dict[str, Any], data: dict[str, Any]) -> None:
        if not ctx.identity.is_admin:
            task = await _task(ctx, instance["task_id"])
            await access_rules.check_task_action_access(ctx.session, ctx.identity, task)
