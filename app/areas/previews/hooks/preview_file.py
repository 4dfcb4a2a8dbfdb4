"""`/data/preview-files`: members list the previews of their open projects (vendors only those of
their tasks), admins create, assignees and managers edit (department supervisors validate),
managers delete; a main preview's revision moves its whole revision."""

from typing import Any

from sqlalchemy import select, update
from sqlmodel import SQLModel

from app.auth import access_rules, permissions
from app.core.errors import ZouError, bad_request, forbidden
from app.crud import cascade
from app.crud.coerce import InvalidValue, to_column_value
from app.crud.hooks import CrudContext, CrudHooks
from app.models import PreviewFile, Task


async def _task(ctx: CrudContext, task_id: Any) -> dict[str, Any]:
    row = (
        await ctx.session.execute(select(Task.project_id, Task.task_type_id).where(Task.id == task_id))
    ).first()
    if row is None:
        raise forbidden()
    return {"id": task_id, "project_id": row.project_id, "task_type_id": row.task_type_id}


class PreviewFileHooks(CrudHooks):
    async def check_read_list(self, ctx: CrudContext) -> None:
        return None

    async def filter_list(self, ctx: CrudContext, query):
        if ctx.identity.is_admin:
            return query
        related = await permissions.related_project_ids(ctx.session, ctx.identity)
        query = query.where(PreviewFile.task_id.in_(select(Task.id).where(Task.project_id.in_(related))))
        if ctx.identity.role == "vendor":
            query = query.where(PreviewFile.task_id.in_(access_rules.assigned_task_ids(ctx.user_id)))
        return query

    async def check_read_one(self, ctx: CrudContext, instance: dict[str, Any]) -> None:
        if ctx.identity.is_admin:
            return
        task = await _task(ctx, instance["task_id"])
        if await access_rules.effective_role(ctx.session, ctx.identity, task["project_id"]) == "vendor":
            if not await access_rules.is_assigned(ctx.session, task["id"], ctx.user_id):
                raise forbidden()
            return
        await permissions.check_project_access(ctx.session, ctx.identity, task["project_id"])

    async def check_update(self, ctx: CrudContext, instance: dict[str, Any], data: dict[str, Any]) -> None:
        if not ctx.identity.is_admin:
            await self._check_editor(ctx, instance)
        if "revision" in data and instance.get("position") == 1:
            await self._move_revision(ctx, instance, data["revision"])

    async def _check_editor(self, ctx: CrudContext, instance: dict[str, Any]) -> None:
        """Managers and assignees edit; supervisors of the task's department validate."""
        task = await _task(ctx, instance["task_id"])
        await permissions.check_project_access(ctx.session, ctx.identity, task["project_id"])
        if not await permissions.is_project_manager(ctx.session, ctx.identity, task["project_id"]):
            if not await access_rules.is_assigned(ctx.session, task["id"], ctx.user_id):
                role = await permissions.project_role(ctx.session, ctx.identity, task["project_id"])
                if role != "supervisor" or not await access_rules.is_department_supervisor(
                    ctx.session, ctx.identity, task["task_type_id"]
                ):
                    raise forbidden()

    async def _move_revision(self, ctx: CrudContext, instance: dict[str, Any], revision: Any) -> None:
        try:
            revision = to_column_value(self.info.columns["revision"], revision)
        except InvalidValue as exc:
            raise ZouError(400, {"message": "One of the provided values has an invalid format."}) from exc
        if revision == instance.get("revision"):
            return
        taken = select(PreviewFile.id).where(
            PreviewFile.task_id == instance["task_id"],
            PreviewFile.revision == revision,
            PreviewFile.position == 1,
            PreviewFile.id != instance["id"],
        )
        if (await ctx.session.execute(taken.limit(1))).first() is not None:
            raise bad_request(
                f"Revision {revision} already exists for this task. Choose a different revision number."
            )
        await ctx.session.execute(
            update(PreviewFile)
            .where(
                PreviewFile.task_id == instance["task_id"],
                PreviewFile.revision == instance.get("revision"),
                PreviewFile.id != instance["id"],
            )
            .values(revision=revision)
        )

    async def check_delete(self, ctx: CrudContext, instance: dict[str, Any]) -> None:
        if ctx.identity.is_admin:
            return
        task = await _task(ctx, instance["task_id"])
        await permissions.check_manager_project_access(ctx.session, ctx.identity, task["project_id"])

    async def pre_delete(self, ctx: CrudContext, instance: SQLModel) -> None:
        await cascade.unlink_preview_files(ctx.session, [instance.id])  # type: ignore[attr-defined]

    async def post_delete(self, ctx: CrudContext, instance: dict[str, Any]) -> None:
        await cascade.refresh_last_previews(ctx.session, [instance["task_id"]], [instance["id"]])
