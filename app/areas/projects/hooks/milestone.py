"""`/data/milestones`: admins list; managers of the project create, edit and delete; members
(not vendors) read one."""

from typing import Any, ClassVar

from app.auth import permissions
from app.core.errors import ZouError
from app.crud.hooks import CrudContext, CrudHooks


class MilestoneHooks(CrudHooks):
    required_keys: ClassVar[tuple[str, ...]] = ("project_id",)

    async def check_create(self, ctx: CrudContext, data: dict[str, Any]) -> None:
        if data.get("project_id") is None:
            raise ZouError(400, {"message": "A required field is missing."})
        await permissions.check_manager_project_access(ctx.session, ctx.identity, data["project_id"])

    async def check_read_one(self, ctx: CrudContext, instance: dict[str, Any]) -> None:
        await permissions.check_project_access(ctx.session, ctx.identity, instance["project_id"])
        permissions.require_not_vendor(ctx.identity)

    async def check_update(self, ctx: CrudContext, instance: dict[str, Any], data: dict[str, Any]) -> None:
        await permissions.check_manager_project_access(ctx.session, ctx.identity, instance["project_id"])

    async def check_delete(self, ctx: CrudContext, instance: dict[str, Any]) -> None:
        await permissions.check_manager_project_access(ctx.session, ctx.identity, instance["project_id"])
