"""`/data/project-templates`: production managers read templates, admins write them."""

from typing import Any

from app.auth import permissions
from app.crud.hooks import CrudContext, CrudHooks
from app.crud.registry import Collections


class ProjectTemplateHooks(CrudHooks):
    async def check_read_list(self, ctx: CrudContext) -> None:
        permissions.require_manager(ctx.identity)

    async def check_read_one(self, ctx: CrudContext, instance: dict[str, Any]) -> None:
        permissions.require_manager(ctx.identity)


# The `/data` collections this area owns (plain `CrudHooks`: Zou's admin-only base resource).
COLLECTIONS: Collections = {
    "project-templates": ("ProjectTemplate", ProjectTemplateHooks),
}
