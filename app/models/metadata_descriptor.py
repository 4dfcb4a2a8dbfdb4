"""Zou's `metadata_descriptor` table: custom columns of a production, per entity type."""

import uuid
from typing import Any, ClassVar

from sqlalchemy import Index, UniqueConstraint, text
from sqlmodel import Field, SQLModel

from app.models._naming import keep_unique_beside_primary_key
from app.models.base import BaseMixin, Relation
from app.models.types import ChoiceString, NullableJSONType

METADATA_DESCRIPTOR_TYPES = (
    "string",
    "number",
    "list",
    "taglist",
    "boolean",
    "checklist",
    "date",
    "url",
    "textarea",
    "person",
)
# Values accepted for `entity_type` by Zou's project routes.
METADATA_DESCRIPTOR_ENTITY_TYPES = ("Asset", "Shot", "Edit", "Episode", "Sequence", "Project", "Task")

_NO_TASK_TYPE = text("task_type_id IS NULL")
_WITH_TASK_TYPE = text("task_type_id IS NOT NULL")


class DepartmentMetadataDescriptorLink(SQLModel, table=True):
    __tablename__ = "department_metadata_descriptor_link"
    __table_args__ = (
        UniqueConstraint(
            "metadata_descriptor_id",
            "department_id",
            name="department_metadata_descriptor_link_uc",
        ),
    )

    metadata_descriptor_id: uuid.UUID = Field(
        foreign_key="metadata_descriptor.id", primary_key=True, index=True
    )
    department_id: uuid.UUID = Field(foreign_key="department.id", primary_key=True, index=True)


keep_unique_beside_primary_key(
    DepartmentMetadataDescriptorLink.__table__, "department_metadata_descriptor_link_uc"
)


def _partial_unique(name: str, where: Any, *columns: str) -> Index:
    # Uniqueness depends on whether the descriptor is scoped to a task type.
    return Index(name, *columns, unique=True, postgresql_where=where, sqlite_where=where)


class MetadataDescriptor(BaseMixin, table=True):
    __tablename__ = "metadata_descriptor"
    __table_args__ = (
        _partial_unique("metadata_descriptor_uc", _NO_TASK_TYPE, "project_id", "entity_type", "name"),
        _partial_unique("metadata_descriptor_uc2", _NO_TASK_TYPE, "project_id", "entity_type", "field_name"),
        _partial_unique(
            "metadata_descriptor_task_type_uc",
            _WITH_TASK_TYPE,
            "project_id",
            "entity_type",
            "task_type_id",
            "name",
        ),
        _partial_unique(
            "metadata_descriptor_task_type_uc2",
            _WITH_TASK_TYPE,
            "project_id",
            "entity_type",
            "task_type_id",
            "field_name",
        ),
    )

    project_id: uuid.UUID = Field(foreign_key="project.id", index=True)
    entity_type: str = Field(max_length=60, index=True)
    task_type_id: uuid.UUID | None = Field(default=None, foreign_key="task_type.id", index=True)
    name: str = Field(max_length=120)
    data_type: str | None = Field(
        default=None, sa_type=ChoiceString, sa_column_kwargs={"info": {"choices": METADATA_DESCRIPTOR_TYPES}}
    )
    field_name: str = Field(max_length=120)
    choices: Any = Field(default=None, sa_type=NullableJSONType, nullable=True)
    for_client: bool | None = Field(default=False, index=True)
    position: int | None = None

    __relations__: ClassVar[dict[str, Relation]] = {
        "departments": Relation(
            "department_metadata_descriptor_link", "metadata_descriptor_id", "department_id"
        ),
    }
