"""`/data/entity-types`: anyone reads, admins write; names are unique whatever their case and
changes are announced as `asset-type:*`, the name Kitsu listens to."""

from typing import Any, ClassVar

from sqlalchemy import func, select
from sqlmodel import SQLModel

from app.core.errors import ZouError, bad_request
from app.crud.coerce import INVALID_FORMAT
from app.crud.hooks import CrudContext, OpenReadHooks
from app.models import EntityType
from app.models.entity_type import TaskTypeAssetTypeLink


class EntityTypeHooks(OpenReadHooks):
    type_name: ClassVar[str | None] = "EntityType"

    async def check_creation_integrity(self, ctx: CrudContext, data: dict[str, Any]) -> None:
        name = data.get("name")
        if name is not None and not isinstance(name, str):  # Zou's ilike lookup fails on it
            raise ZouError(400, {"message": INVALID_FORMAT})
        if isinstance(name, str):
            query = select(EntityType.id).where(func.lower(EntityType.name) == name.lower())
            if (await ctx.session.execute(query)).first() is not None:
                raise bad_request("Entity type with this name already exists")

    async def post_update(
        self, ctx: CrudContext, instance: SQLModel, result: dict[str, Any]
    ) -> dict[str, Any]:
        query = select(TaskTypeAssetTypeLink.task_type_id).where(
            TaskTypeAssetTypeLink.asset_type_id == instance.id  # type: ignore[attr-defined]
        )
        result["task_types"] = list((await ctx.session.execute(query)).scalars().all())
        return result

    def event_name(self, action: str, instance: dict[str, Any]) -> str | None:
        return f"asset-type:{action}"

    def event_data(self, action: str, instance: dict[str, Any]) -> dict[str, Any]:
        return {"asset_type_id": instance["id"]}
