"""Zou's `task` table and its `task_person_link` assignment table."""

import datetime
import uuid
from typing import Any, ClassVar

from sqlalchemy import CheckConstraint, Index, PrimaryKeyConstraint, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from app.models.base import BaseMixin, Relation
from app.models.types import NaiveDateTime, NullableJSONType


class TaskPersonLink(SQLModel, table=True):
    __tablename__ = "task_person_link"
    # Legacy constraint name kept by Zou's reconcile migration.
    __table_args__ = (PrimaryKeyConstraint("task_id", "person_id", name="assignations_pkey"),)

    task_id: uuid.UUID = Field(foreign_key="task.id", primary_key=True)
    person_id: uuid.UUID = Field(foreign_key="person.id", primary_key=True, index=True)


class Task(BaseMixin, table=True):
    __tablename__ = "task"
    __table_args__ = (
        UniqueConstraint("name", "project_id", "task_type_id", "entity_id", name="task_uc"),
        CheckConstraint("difficulty > 0 AND difficulty < 6", name="check_difficulty"),
        # Performance index kept by Zou's migrations (not declared on its model).
        Index("ix_task_entity_project", "entity_id", "project_id"),
        # Ours: the boards' change signal (latest update and count of a project's tasks) is read
        # from this index alone instead of every task row.
        Index("ix_task_project_updated", "project_id", "updated_at"),
    )

    name: str = Field(max_length=80)
    description: str | None = Field(default=None, sa_type=Text)
    priority: int | None = 0
    difficulty: int = Field(default=3, sa_column_kwargs={"server_default": "3"})
    # Minutes, recomputed from time spents.
    duration: float | None = 0.0
    estimation: float | None = 0.0
    completion_rate: int | None = 0
    retake_count: int | None = 0
    sort_order: int | None = 0
    start_date: datetime.datetime | None = Field(default=None, sa_type=NaiveDateTime)
    due_date: datetime.datetime | None = Field(default=None, sa_type=NaiveDateTime)
    real_start_date: datetime.datetime | None = Field(default=None, sa_type=NaiveDateTime)
    end_date: datetime.datetime | None = Field(default=None, sa_type=NaiveDateTime)
    done_date: datetime.datetime | None = Field(default=None, sa_type=NaiveDateTime)
    last_comment_date: datetime.datetime | None = Field(default=None, sa_type=NaiveDateTime)
    nb_assets_ready: int | None = 0
    data: Any = Field(default=None, sa_type=NullableJSONType, nullable=True)
    nb_drawings: int | None = 0
    shotgun_id: int | None = None
    # Deliberately without foreign key in Zou.
    last_preview_file_id: uuid.UUID | None = None
    project_id: uuid.UUID | None = Field(default=None, foreign_key="project.id", index=True)
    task_type_id: uuid.UUID | None = Field(default=None, foreign_key="task_type.id", index=True)
    task_status_id: uuid.UUID | None = Field(default=None, foreign_key="task_status.id", index=True)
    entity_id: uuid.UUID | None = Field(default=None, foreign_key="entity.id", index=True)
    assigner_id: uuid.UUID | None = Field(default=None, foreign_key="person.id", index=True)

    __relations__: ClassVar[dict[str, Relation]] = {
        "assignees": Relation("task_person_link", "task_id", "person_id"),
    }
