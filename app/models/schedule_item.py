"""Zou's `schedule_item` table: production schedule bars per task type and object."""

import datetime
import uuid

from sqlalchemy import Date, UniqueConstraint
from sqlmodel import Field

from app.models.base import BaseMixin


class ScheduleItem(BaseMixin, table=True):
    __tablename__ = "schedule_item"
    __table_args__ = (UniqueConstraint("project_id", "task_type_id", "object_id", name="schedule_item_uc"),)

    start_date: datetime.date | None = Field(default=None, sa_type=Date)
    end_date: datetime.date | None = Field(default=None, sa_type=Date)
    man_days: int | None = None
    project_id: uuid.UUID | None = Field(default=None, foreign_key="project.id", index=True)
    task_type_id: uuid.UUID | None = Field(default=None, foreign_key="task_type.id", index=True)
    # Polymorphic (episode, sequence, asset type...): no foreign key.
    object_id: uuid.UUID | None = Field(default=None, index=True)
