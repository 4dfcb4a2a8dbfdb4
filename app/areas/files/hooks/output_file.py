"""`/data/output-files`: listed (for their projects) to every role but vendors, created by admins,
read by members of the entity's project, edited by its managers or the artists working on it."""

from typing import Any

from sqlalchemy import exists, select

from app.auth import access_rules, permissions
from app.core.errors import forbidden
from app.crud.hooks import CrudContext, NonVendorListHooks
from app.models import Entity, OutputFile, Task


async def _entity_project(ctx: CrudContext, entity_id: Any) -> Any:
    if entity_id is None:
        return None
    return (await ctx.session.execute(select(Entity.project_id).where(Entity.id == entity_id))).scalar()


class OutputFileHooks(NonVendorListHooks):
    async def filter_list(self, ctx: CrudContext, query):
        if ctx.identity.is_admin:
            return query
        related = await permissions.related_project_ids(ctx.session, ctx.identity)
        return query.where(OutputFile.entity_id.in_(select(Entity.id).where(Entity.project_id.in_(related))))

    async def check_read_one(self, ctx: CrudContext, instance: dict[str, Any]) -> None:
        project_id = await _entity_project(ctx, instance["entity_id"])
        await permissions.check_project_access(ctx.session, ctx.identity, project_id)
        await access_rules.check_entity_access(ctx.session, ctx.identity, instance["entity_id"], project_id)

    async def check_update(self, ctx: CrudContext, instance: dict[str, Any], data: dict[str, Any]) -> None:
        project_id = await _entity_project(ctx, instance["entity_id"])
        ctx.state["event_project_id"] = project_id
        if await permissions.is_project_manager(ctx.session, ctx.identity, project_id):
            return
        entity_id = instance.get("temporal_entity_id") or instance["entity_id"]
        assigned = exists().where(
            Task.entity_id == entity_id, Task.id.in_(access_rules.assigned_task_ids(ctx.user_id))
        )
        if not (await ctx.session.execute(select(assigned))).scalar():
            raise forbidden()

    async def post_create(self, ctx: CrudContext, instance, result: dict[str, Any]) -> dict[str, Any]:
        ctx.state["event_project_id"] = await _entity_project(ctx, result["entity_id"])
        return result

    async def check_delete(self, ctx: CrudContext, instance: dict[str, Any]) -> None:
        await super().check_delete(ctx, instance)
        ctx.state["event_project_id"] = await _entity_project(ctx, instance["entity_id"])

    def project_id_of(self, ctx: CrudContext, instance: dict[str, Any]) -> Any:
        return ctx.state.get("event_project_id")
