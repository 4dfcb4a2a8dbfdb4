"""`/data/task-status`: anyone reads, admins write; only one status is the default one."""

from typing import Any

from sqlalchemy import update
from sqlmodel import SQLModel

from app.crud.hooks import CrudContext, OpenReadHooks
from app.models import TaskStatus


async def _unset_other_defaults(ctx: CrudContext, for_concept: Any, keep_id: Any = None) -> None:
    """Setting `is_default` takes it from the previous default (per concept / non-concept list)."""
    query = update(TaskStatus).where(TaskStatus.is_default.is_(True))
    query = query.where(TaskStatus.for_concept.is_(bool(for_concept)))
    if keep_id is not None:
        query = query.where(TaskStatus.id != keep_id)
    await ctx.session.execute(query.values(is_default=False))


class TaskStatusHooks(OpenReadHooks):
    async def prepare_create(self, ctx: CrudContext, data: dict[str, Any]) -> dict[str, Any]:
        if data.get("is_default"):
            await _unset_other_defaults(ctx, data.get("for_concept"))
        return data

    async def prepare_update(
        self, ctx: CrudContext, instance: SQLModel, data: dict[str, Any]
    ) -> dict[str, Any]:
        if data.get("is_default"):
            for_concept = data.get("for_concept", instance.for_concept)  # type: ignore[attr-defined]
            await _unset_other_defaults(ctx, for_concept, keep_id=instance.id)  # type: ignore[attr-defined]
        return data
