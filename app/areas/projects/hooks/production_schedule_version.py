"""`/data/production-schedule-versions` and their task links: read by the project's members (never
vendors or clients, and only with `?project_id=` unless admin), written by its managers."""

import uuid
from typing import Any, ClassVar

from sqlalchemy import select, update
from sqlmodel import SQLModel

from app.auth import access_rules, permissions
from app.core.errors import ZouError, bad_request, forbidden, not_found
from app.core.ids import as_uuid
from app.crud.hooks import CrudContext, CrudHooks
from app.models import ProductionScheduleVersion, ProductionScheduleVersionTaskLink, Project, Task


async def _check_member(ctx: CrudContext, project_id: Any) -> None:
    await permissions.check_project_access(ctx.session, ctx.identity, project_id)
    if await access_rules.effective_role(ctx.session, ctx.identity, project_id) in ("vendor", "client"):
        raise forbidden()


async def _check_list(ctx: CrudContext) -> None:
    if "project_id" in ctx.params:
        await _check_member(ctx, ctx.params["project_id"])
    else:
        permissions.require_admin(ctx.identity)


async def _task_project(ctx: CrudContext, task_id: Any) -> Any:
    return (await ctx.session.execute(select(Task.project_id).where(Task.id == task_id))).scalar()


class ProductionScheduleVersionHooks(CrudHooks):
    required_keys: ClassVar[tuple[str, ...]] = ("project_id",)

    async def check_read_list(self, ctx: CrudContext) -> None:
        await _check_list(ctx)

    async def check_read_one(self, ctx: CrudContext, instance: dict[str, Any]) -> None:
        await _check_member(ctx, instance["project_id"])

    async def check_create(self, ctx: CrudContext, data: dict[str, Any]) -> None:
        if data.get("project_id") is None:
            raise ZouError(400, {"message": "A required field is missing."})
        await permissions.check_manager_project_access(ctx.session, ctx.identity, data["project_id"])

    async def check_update(self, ctx: CrudContext, instance: dict[str, Any], data: dict[str, Any]) -> None:
        await permissions.check_manager_project_access(ctx.session, ctx.identity, instance["project_id"])

    async def check_delete(self, ctx: CrudContext, instance: dict[str, Any]) -> None:
        await permissions.check_manager_project_access(ctx.session, ctx.identity, instance["project_id"])

    async def pre_delete(self, ctx: CrudContext, instance: SQLModel) -> None:
        """Projects started from this version and versions derived from it forget it."""
        version_id = instance.id  # type: ignore[attr-defined]
        await ctx.session.execute(
            update(Project)
            .where(Project.from_schedule_version_id == version_id)
            .values(from_schedule_version_id=None)
        )
        await ctx.session.execute(
            update(ProductionScheduleVersion)
            .where(ProductionScheduleVersion.production_schedule_from == version_id)
            .values(production_schedule_from=None)
        )


class ProductionScheduleVersionTaskLinkHooks(CrudHooks):
    required_keys: ClassVar[tuple[str, ...]] = ("production_schedule_version_id", "task_id")
    # A link has no project column: `project_id` scopes the list through its version.
    own_params: ClassVar[frozenset[str]] = frozenset({"project_id"})
    protected_fields: ClassVar[frozenset[str]] = frozenset({"task_id", "production_schedule_version_id"})

    async def check_read_list(self, ctx: CrudContext) -> None:
        await _check_list(ctx)

    async def filter_list(self, ctx: CrudContext, query):
        if "project_id" not in ctx.params:
            return query
        try:
            project_id = uuid.UUID(ctx.params["project_id"])
        except ValueError as exc:
            raise bad_request("Invalid project_id.") from exc
        versions = select(ProductionScheduleVersion.id).where(
            ProductionScheduleVersion.project_id == project_id
        )
        return query.where(ProductionScheduleVersionTaskLink.production_schedule_version_id.in_(versions))

    async def check_read_one(self, ctx: CrudContext, instance: dict[str, Any]) -> None:
        await _check_member(ctx, await _task_project(ctx, instance["task_id"]))

    async def check_create(self, ctx: CrudContext, data: dict[str, Any]) -> None:
        version_id = as_uuid(data.get("production_schedule_version_id"))
        task_id = as_uuid(data.get("task_id"))
        if version_id is None or task_id is None:
            raise ZouError(400, {"message": "A required field is missing."})
        version = await ctx.session.get(ProductionScheduleVersion, version_id)
        task_project = await _task_project(ctx, task_id)
        if version is None or task_project is None:
            raise not_found()
        if version.project_id != task_project:
            raise bad_request("The task and the production schedule version must be in the same project.")
        await permissions.check_manager_project_access(ctx.session, ctx.identity, version.project_id)

    async def check_update(self, ctx: CrudContext, instance: dict[str, Any], data: dict[str, Any]) -> None:
        project_id = await _task_project(ctx, instance["task_id"])
        await permissions.check_manager_project_access(ctx.session, ctx.identity, project_id)

    async def check_delete(self, ctx: CrudContext, instance: dict[str, Any]) -> None:
        project_id = await _task_project(ctx, instance["task_id"])
        await permissions.check_manager_project_access(ctx.session, ctx.identity, project_id)
