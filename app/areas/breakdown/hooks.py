"""`/data/asset-instances`: admins list and create; members of the asset's project read and edit
one (vendors only on assets they work on); the instance `number` never changes."""

from typing import Any, ClassVar

from sqlalchemy import select

from app.auth import access_rules, permissions
from app.crud.hooks import CrudContext, CrudHooks
from app.crud.registry import Collections
from app.models import Entity


async def _check_asset_access(ctx: CrudContext, instance: dict[str, Any]) -> None:
    query = select(Entity.project_id).where(Entity.id == instance["asset_id"])
    project_id = (await ctx.session.execute(query)).scalar()
    await permissions.check_project_access(ctx.session, ctx.identity, project_id)
    await access_rules.check_entity_access(ctx.session, ctx.identity, instance["asset_id"], project_id)


class AssetInstanceHooks(CrudHooks):
    protected_fields: ClassVar[frozenset[str]] = frozenset({"number"})

    async def check_read_one(self, ctx: CrudContext, instance: dict[str, Any]) -> None:
        await _check_asset_access(ctx, instance)

    async def check_update(self, ctx: CrudContext, instance: dict[str, Any], data: dict[str, Any]) -> None:
        await _check_asset_access(ctx, instance)


# The `/data` collections this area owns (plain `CrudHooks`: Zou's admin-only base resource).
COLLECTIONS: Collections = {
    "asset-instances": ("AssetInstance", AssetInstanceHooks),
    "entity-links": ("EntityLink", CrudHooks),
}
