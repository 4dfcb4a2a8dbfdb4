"""`/data/project-templates`: production managers read templates, admins write them; names are
unique, and a new template answers its columns only, as Zou's template service makes it."""

from typing import Any, ClassVar

from sqlalchemy import select

from app.areas.project_templates.service import TEMPLATE_NOT_FOUND
from app.auth import permissions
from app.core.errors import ZouError
from app.crud.hooks import CrudContext, CrudHooks
from app.crud.registry import Collections
from app.models import ProjectTemplate

DUPLICATE_NAME = "A project template with this name already exists"


class ProjectTemplateHooks(CrudHooks):
    needs_present: ClassVar[bool] = True

    async def check_read_list(self, ctx: CrudContext) -> None:
        permissions.require_manager(ctx.identity)

    async def check_read_one(self, ctx: CrudContext, instance: dict[str, Any]) -> None:
        permissions.require_manager(ctx.identity)

    def row_not_found(self) -> ZouError:
        return ZouError(404, {"message": TEMPLATE_NOT_FOUND})  # Zou's template service's own 404

    async def check_creation_integrity(self, ctx: CrudContext, data: dict[str, Any]) -> None:
        name = data.get("name")
        if isinstance(name, str):
            taken = select(ProjectTemplate.id).where(ProjectTemplate.name == name).limit(1)
            if (await ctx.session.execute(taken)).first() is not None:
                raise ZouError(400, {"message": DUPLICATE_NAME})
        ctx.state["created"] = True

    async def present_rows(self, ctx: CrudContext, rows: list[dict[str, Any]], purpose: str) -> list[dict]:
        if ctx.state.get("created"):
            # Its many-to-many collections are read with the template, not answered on creation.
            for row in rows:
                for name in self.info.relations:
                    row.pop(name, None)
        return rows


# The `/data` collections this area owns (plain `CrudHooks`: Zou's admin-only base resource).
COLLECTIONS: Collections = {
    "project-templates": ("ProjectTemplate", ProjectTemplateHooks),
}
