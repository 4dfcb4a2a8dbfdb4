"""Zou's `output_file` table: files published from a working file or a task."""

import uuid
from typing import Any, ClassVar

from sqlalchemy import Text, UniqueConstraint
from sqlmodel import Field

from app.models.base import BaseMixin
from app.models.types import ChoiceString, NullableJSONType

QUALITIES = ("low", "mid", "high")


class OutputFile(BaseMixin, table=True):
    __tablename__ = "output_file"
    __table_args__ = (
        UniqueConstraint(
            "name",
            "entity_id",
            "asset_instance_id",
            "output_type_id",
            "task_type_id",
            "temporal_entity_id",
            "representation",
            "revision",
            name="output_file_uc",
        ),
    )

    shotgun_id: int | None = None
    name: str = Field(max_length=250)
    canceled: bool = False
    size: int | None = None
    checksum: str | None = Field(default=None, max_length=32)
    description: str | None = Field(default=None, sa_type=Text)
    comment: str | None = Field(default=None, sa_type=Text)
    extension: str | None = Field(default=None, max_length=10)
    revision: int
    representation: str | None = Field(default=None, max_length=20, index=True)
    nb_elements: int | None = 1
    source: str | None = Field(default=None, max_length=40)
    path: str | None = Field(default=None, max_length=400)
    data: Any = Field(default=None, sa_type=NullableJSONType, nullable=True)
    quality: str | None = Field(  # migration 0005
        default=None, sa_type=ChoiceString, sa_column_kwargs={"info": {"choices": QUALITIES}}
    )
    file_status_id: uuid.UUID = Field(foreign_key="file_status.id", index=True)
    entity_id: uuid.UUID | None = Field(default=None, foreign_key="entity.id", index=True)
    asset_instance_id: uuid.UUID | None = Field(default=None, foreign_key="asset_instance.id", index=True)
    output_type_id: uuid.UUID | None = Field(default=None, foreign_key="output_type.id", index=True)
    task_type_id: uuid.UUID | None = Field(default=None, foreign_key="task_type.id", index=True)
    person_id: uuid.UUID | None = Field(default=None, foreign_key="person.id", index=True)
    source_file_id: uuid.UUID | None = Field(default=None, foreign_key="working_file.id", index=True)
    temporal_entity_id: uuid.UUID | None = Field(default=None, foreign_key="entity.id", index=True)

    # Zou's many-to-one `source_file`, always serialised as the nested working file.
    __scalar_relations__: ClassVar[dict[str, str]] = {"source_file": "source_file_id"}
