"""`/data/task-types`: anyone reads, admins write; names are unique whatever their case and a
task type still scheduled or used by projects is only deleted with `?force=true`."""

from typing import Any

from sqlalchemy import delete, func, select
from sqlmodel import SQLModel

from app.core.errors import ZouError, bad_request
from app.crud.coerce import INVALID_FORMAT
from app.crud.hooks import CrudContext, OpenReadHooks
from app.models import ProjectTaskTypeLink, ScheduleItem, TaskType

SIMILAR_NAME = "A task type with similar name already exists"


async def check_name_is_unique(ctx: CrudContext, name: Any, exclude_id: Any = None) -> None:
    if name is None:
        return
    if not isinstance(name, str):  # Zou's case-insensitive lookup fails on it (StatementError)
        raise ZouError(400, {"message": INVALID_FORMAT})
    query = select(TaskType.id).where(func.lower(TaskType.name) == name.lower())
    if exclude_id is not None:
        query = query.where(TaskType.id != exclude_id)
    if (await ctx.session.execute(query.limit(1))).first() is not None:
        raise bad_request(SIMILAR_NAME)


class TaskTypeHooks(OpenReadHooks):
    async def check_creation_integrity(self, ctx: CrudContext, data: dict[str, Any]) -> None:
        await check_name_is_unique(ctx, data.get("name"))

    async def check_update(self, ctx: CrudContext, instance: dict[str, Any], data: dict[str, Any]) -> None:
        await super().check_update(ctx, instance, data)
        # Clients send the whole form: only a rename is checked, so case twins stay editable.
        if data.get("name") is not None and data["name"] != instance["name"]:
            await check_name_is_unique(ctx, data["name"], exclude_id=instance["id"])

    async def pre_delete(self, ctx: CrudContext, instance: SQLModel) -> None:
        task_type_id = instance.id  # type: ignore[attr-defined]
        users = ((ScheduleItem, "schedule items"), (ProjectTaskTypeLink, "projects"))
        if ctx.flag("force"):
            for model, _ in users:
                await ctx.session.execute(delete(model).where(model.task_type_id == task_type_id))
            return
        blockers = []
        for model, label in users:
            query = select(model.task_type_id).where(model.task_type_id == task_type_id).limit(1)
            if (await ctx.session.execute(query)).first() is not None:
                blockers.append(label)
        if blockers:
            raise bad_request(
                f"Task type is attached to {' and '.join(blockers)}. "
                "Re-issue the request with force=true to detach."
            )
