"""Zou's `entity` table (assets, shots, sequences, episodes, edits...) and its links."""

import uuid
from typing import Any, ClassVar

from sqlalchemy import (
    ForeignKeyConstraint,
    Index,
    PrimaryKeyConstraint,
    Text,
    UniqueConstraint,
    text,
)
from sqlmodel import Field, SQLModel

from app.models.base import BaseMixin, Relation
from app.models.types import ChoiceString, NullableJSONType

ENTITY_STATUSES = ("standby", "running", "complete", "canceled")


class AssetInstanceLink(SQLModel, table=True):
    __tablename__ = "asset_instance_link"

    entity_id: uuid.UUID = Field(foreign_key="entity.id", primary_key=True)
    asset_instance_id: uuid.UUID = Field(foreign_key="asset_instance.id", primary_key=True)


class EntityLink(BaseMixin, table=True):
    __tablename__ = "entity_link"
    # BaseMixin's id joins the two declared keys: Zou's PK is the 3 columns.
    __table_args__ = (
        PrimaryKeyConstraint("entity_in_id", "entity_out_id", "id"),
        UniqueConstraint("entity_in_id", "entity_out_id", name="entity_link_uc"),
    )

    entity_in_id: uuid.UUID = Field(foreign_key="entity.id", primary_key=True, index=True)
    entity_out_id: uuid.UUID = Field(foreign_key="entity.id", primary_key=True, index=True)
    data: Any = Field(default=None, sa_type=NullableJSONType, nullable=True)
    nb_occurences: int | None = 1
    label: str | None = Field(default="", max_length=80)


class EntityConceptLink(BaseMixin, table=True):
    __tablename__ = "entity_concept_link"
    __table_args__ = (PrimaryKeyConstraint("entity_in_id", "entity_out_id", "id"),)

    entity_in_id: uuid.UUID = Field(foreign_key="entity.id", primary_key=True)
    entity_out_id: uuid.UUID = Field(foreign_key="entity.id", primary_key=True)


class Entity(BaseMixin, table=True):
    __tablename__ = "entity"
    __table_args__ = (
        # NULLs never collide here: episodes, sequences, edits and concepts without a parent are
        # kept unique by triggers (migration 0004), which raise this constraint's violation.
        UniqueConstraint("name", "project_id", "entity_type_id", "parent_id", name="entity_uc"),
        # Zou names these two foreign keys explicitly (legacy schema names).
        # use_alter: entity -> preview_file -> task -> entity is a cycle, this
        # key is the one created/dropped separately so tables can be sorted.
        ForeignKeyConstraint(
            ["preview_file_id"], ["preview_file.id"], name="fk_main_preview", use_alter=True
        ),
        ForeignKeyConstraint(["ready_for"], ["task_type.id"], name="fk_ready_for"),
        # Performance indexes kept by Zou's migrations (not declared on its model).
        Index("ix_entity_entity_type_parent", "entity_type_id", "parent_id"),
        Index("ix_entity_entity_type_project", "entity_type_id", "project_id"),
    )

    name: str = Field(max_length=160)
    code: str | None = Field(default=None, max_length=160)
    description: str | None = Field(default=None, sa_type=Text)
    shotgun_id: int | None = None
    canceled: bool | None = False
    nb_frames: int | None = None
    nb_entities_out: int | None = 0
    is_casting_standby: bool | None = False
    is_shared: bool = Field(default=False, sa_column_kwargs={"server_default": text("false")})
    status: str = Field(
        default="running",
        sa_type=ChoiceString,
        index=True,
        sa_column_kwargs={"info": {"choices": ENTITY_STATUSES}},
    )
    project_id: uuid.UUID = Field(foreign_key="project.id", index=True)
    entity_type_id: uuid.UUID = Field(foreign_key="entity_type.id", index=True)
    parent_id: uuid.UUID | None = Field(default=None, foreign_key="entity.id", index=True)
    source_id: uuid.UUID | None = Field(default=None, foreign_key="entity.id", index=True)
    preview_file_id: uuid.UUID | None = None
    data: Any = Field(default=None, sa_type=NullableJSONType, nullable=True)
    ready_for: uuid.UUID | None = None
    # Indexed since Zou's "index the foreign keys left without one" migration.
    created_by: uuid.UUID | None = Field(default=None, foreign_key="person.id", index=True)

    # `entities_in` is the backref of `entities_out` (same link, read backwards).
    __relations__: ClassVar[dict[str, Relation]] = {
        "entities_out": Relation("entity_link", "entity_in_id", "entity_out_id"),
        "entities_in": Relation("entity_link", "entity_out_id", "entity_in_id"),
        "entity_concept_links": Relation("entity_concept_link", "entity_in_id", "entity_out_id"),
        "instance_casting": Relation("asset_instance_link", "entity_id", "asset_instance_id"),
    }


class EntityVersion(BaseMixin, table=True):
    __tablename__ = "entity_version"

    name: str = Field(max_length=160)
    data: Any = Field(default=None, sa_type=NullableJSONType, nullable=True)
    entity_id: uuid.UUID | None = Field(default=None, foreign_key="entity.id", index=True)
    person_id: uuid.UUID | None = Field(default=None, foreign_key="person.id", index=True)
