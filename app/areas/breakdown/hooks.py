"""`/data/asset-instances`: admins list and create; members of the asset's project read and edit
one (vendors only on assets they work on); the instance `number` never changes. `/data/entity-links`:
Zou's admin-only base resource, whose two ends make its key."""

from typing import Any, ClassVar

from sqlalchemy import select

from app.auth import access_rules, permissions
from app.core.errors import crud_error
from app.crud import integrity
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


class EntityLinkHooks(CrudHooks):
    async def check_creation_integrity(self, ctx: CrudContext, data: dict[str, Any]) -> None:
        # Both ends are the key: refused before the insert, with the answer the database gives.
        if not data.get("entity_in_id") or not data.get("entity_out_id"):
            raise crud_error(integrity.REQUIRED)


# The `/data` collections this area owns (plain `CrudHooks`: Zou's admin-only base resource).
COLLECTIONS: Collections = {
    "asset-instances": ("AssetInstance", AssetInstanceHooks),
    "entity-links": ("EntityLink", EntityLinkHooks),
}
