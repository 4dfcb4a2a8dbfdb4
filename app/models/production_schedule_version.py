"""Zou's production schedule versions: alternative schedules of a production."""

import datetime
import uuid
from typing import ClassVar

from sqlalchemy import UniqueConstraint
from sqlmodel import Field, SQLModel

from app.models.base import BaseMixin, Relation
from app.models.types import NaiveDateTime


class ProductionScheduleVersion(BaseMixin, table=True):
    __tablename__ = "production_schedule_version"
    __table_args__ = (UniqueConstraint("name", "project_id", name="production_schedule_version_uc"),)

    name: str = Field(max_length=80)
    project_id: uuid.UUID = Field(foreign_key="project.id", ondelete="CASCADE", index=True)
    production_schedule_from: uuid.UUID | None = Field(
        default=None, foreign_key="production_schedule_version.id", index=True
    )
    locked: bool | None = False
    canceled: bool | None = False


class ProductionScheduleVersionTaskLinkPersonLink(SQLModel, table=True):
    __tablename__ = "production_schedule_version_task_link_person_link"

    production_schedule_version_task_link_id: uuid.UUID = Field(
        foreign_key="production_schedule_version_task_link.id",
        ondelete="CASCADE",
        primary_key=True,
    )
    person_id: uuid.UUID = Field(foreign_key="person.id", ondelete="CASCADE", primary_key=True)


class ProductionScheduleVersionTaskLink(BaseMixin, table=True):
    __tablename__ = "production_schedule_version_task_link"
    __table_args__ = (
        UniqueConstraint(
            "production_schedule_version_id",
            "task_id",
            name="production_schedule_version_task_link_uc",
        ),
    )

    production_schedule_version_id: uuid.UUID = Field(
        foreign_key="production_schedule_version.id", ondelete="CASCADE", index=True
    )
    task_id: uuid.UUID = Field(foreign_key="task.id", ondelete="CASCADE", index=True)
    start_date: datetime.datetime | None = Field(default=None, sa_type=NaiveDateTime)
    due_date: datetime.datetime | None = Field(default=None, sa_type=NaiveDateTime)
    estimation: float | None = 0.0

    __relations__: ClassVar[dict[str, Relation]] = {
        "assignees": Relation(
            "production_schedule_version_task_link_person_link",
            "production_schedule_version_task_link_id",
            "person_id",
        ),
    }
