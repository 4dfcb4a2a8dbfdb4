"""Zou's `asset_instance` table: one placement of an asset inside a shot or scene."""

import uuid
from typing import Any, ClassVar

from sqlalchemy import UniqueConstraint
from sqlmodel import Field

from app.models.base import BaseMixin, Relation
from app.models.types import NullableJSONType


class AssetInstance(BaseMixin, table=True):
    __tablename__ = "asset_instance"
    __table_args__ = (
        UniqueConstraint("asset_id", "target_asset_id", "scene_id", "number", name="asset_instance_uc"),
    )

    asset_id: uuid.UUID = Field(foreign_key="entity.id", index=True)
    name: str | None = Field(default=None, max_length=80)
    number: int | None = None
    description: str | None = Field(default=None, max_length=200)
    active: bool | None = True
    data: Any = Field(default=None, sa_type=NullableJSONType, nullable=True)
    scene_id: uuid.UUID | None = Field(default=None, foreign_key="entity.id", index=True)
    target_asset_id: uuid.UUID | None = Field(default=None, foreign_key="entity.id", index=True)
    # Indexed since Zou's "index the foreign keys left without one" migration.
    entity_id: uuid.UUID | None = Field(default=None, foreign_key="entity.id", index=True)
    entity_type_id: uuid.UUID | None = Field(default=None, foreign_key="entity_type.id", index=True)

    # `shots` is the backref of Entity.instance_casting.
    __relations__: ClassVar[dict[str, Relation]] = {
        "shots": Relation("asset_instance_link", "asset_instance_id", "entity_id"),
    }
