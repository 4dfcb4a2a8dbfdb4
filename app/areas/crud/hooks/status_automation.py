"""`/data/status-automations`: listed to every role but vendors, written by admins; one still used
by a project cannot be deleted."""

from sqlalchemy import select
from sqlmodel import SQLModel

from app.core.errors import ZouError
from app.crud.hooks import CrudContext, NonVendorListHooks
from app.models import ProjectStatusAutomationLink


class StatusAutomationHooks(NonVendorListHooks):
    async def pre_delete(self, ctx: CrudContext, instance: SQLModel) -> None:
        query = select(ProjectStatusAutomationLink.project_id).where(
            ProjectStatusAutomationLink.status_automation_id == instance.id  # type: ignore[attr-defined]
        )
        if (await ctx.session.execute(query.limit(1))).first() is not None:
            raise ZouError(400, {"message": "This automation is used in a project."})
