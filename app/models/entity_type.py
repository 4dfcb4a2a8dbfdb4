"""Zou's `entity_type` table (asset types and the temporal types) and its task-type link."""

import uuid
from typing import ClassVar

from sqlalchemy import Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from app.models._naming import keep_unique_beside_primary_key
from app.models.base import BaseMixin, Relation


class TaskTypeAssetTypeLink(SQLModel, table=True):
    __tablename__ = "task_type_asset_type_link"
    __table_args__ = (UniqueConstraint("asset_type_id", "task_type_id", name="task_type_asset_type_link_uc"),)

    asset_type_id: uuid.UUID = Field(foreign_key="entity_type.id", primary_key=True, index=True)
    task_type_id: uuid.UUID = Field(foreign_key="task_type.id", primary_key=True, index=True)


keep_unique_beside_primary_key(TaskTypeAssetTypeLink.__table__, "task_type_asset_type_link_uc")


class EntityType(BaseMixin, table=True):
    __tablename__ = "entity_type"

    name: str = Field(max_length=30, unique=True, index=True)
    short_name: str | None = Field(default=None, max_length=20)
    description: str | None = Field(default=None, sa_type=Text)
    archived: bool | None = False

    __relations__: ClassVar[dict[str, Relation]] = {
        "task_types": Relation("task_type_asset_type_link", "asset_type_id", "task_type_id"),
    }
