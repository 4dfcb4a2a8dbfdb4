"""Zou's `working_file` table: DCC work files of a task (one row per revision)."""

import uuid
from typing import Any, ClassVar

from sqlalchemy import Text, UniqueConstraint
from sqlmodel import Field

from app.models.base import BaseMixin, Relation
from app.models.preview_file import VALIDATION_STATUSES
from app.models.types import ChoiceString, NullableJSONType


class WorkingFile(BaseMixin, table=True):
    __tablename__ = "working_file"
    __table_args__ = (UniqueConstraint("name", "task_id", "entity_id", "revision", name="working_file_uc"),)

    shotgun_id: int | None = Field(default=None, index=True)
    name: str | None = Field(default=None, max_length=250)
    description: str | None = Field(default=None, sa_type=Text)
    comment: str | None = Field(default=None, sa_type=Text)
    revision: int | None = None
    size: int | None = None
    checksum: int | None = None
    path: str | None = Field(default=None, max_length=400)
    data: Any = Field(default=None, sa_type=NullableJSONType, nullable=True)
    validation_status: str = Field(  # migration 0005
        default="neutral",
        sa_type=ChoiceString,
        sa_column_kwargs={"server_default": "neutral", "info": {"choices": VALIDATION_STATUSES}},
    )
    task_id: uuid.UUID | None = Field(default=None, foreign_key="task.id", index=True)
    entity_id: uuid.UUID | None = Field(default=None, foreign_key="entity.id", index=True)
    person_id: uuid.UUID | None = Field(default=None, foreign_key="person.id", index=True)
    software_id: uuid.UUID | None = Field(default=None, foreign_key="software.id", index=True)

    # One-to-many: output_file.source_file_id points here (backref of source_file).
    __relations__: ClassVar[dict[str, Relation]] = {
        "outputs": Relation("output_file", "source_file_id", "id"),
    }
