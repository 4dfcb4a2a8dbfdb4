"""Zou's `task_type` table: kinds of work (Modeling, Animation...) per entity kind."""

import uuid

from sqlalchemy import Index, Text, UniqueConstraint, text
from sqlmodel import Field

from app.models.base import BaseMixin

_NO_DEPARTMENT = text("department_id IS NULL")

# `for_entity` values Zou uses (free string column).
FOR_ENTITY_VALUES = ("Asset", "Shot", "Sequence", "Episode", "Edit", "Concept", "Scene")


class TaskType(BaseMixin, table=True):
    __tablename__ = "task_type"
    __table_args__ = (
        UniqueConstraint("name", "for_entity", "department_id", name="task_type_uc"),
        # NULLs never collide in `task_type_uc`: the task types without a department (most) are
        # kept unique by this one (migration 0004).
        Index(
            "task_type_uc_no_department",
            "name",
            "for_entity",
            unique=True,
            postgresql_where=_NO_DEPARTMENT,
            sqlite_where=_NO_DEPARTMENT,
        ),
    )

    name: str = Field(max_length=40)
    short_name: str | None = Field(default=None, max_length=20)
    description: str | None = Field(default=None, sa_type=Text)
    color: str | None = Field(default="#FFFFFF", max_length=7)
    priority: int | None = 1
    for_entity: str | None = Field(default="Asset", max_length=30)
    allow_timelog: bool | None = True
    archived: bool | None = False
    shotgun_id: int | None = Field(default=None, index=True)
    department_id: uuid.UUID | None = Field(default=None, foreign_key="department.id", index=True)
