"""Zou's `time_spent` table: hours a person logged on a task for a day."""

import datetime
import uuid

from sqlalchemy import CheckConstraint, Date, UniqueConstraint
from sqlmodel import Field

from app.models.base import BaseMixin


class TimeSpent(BaseMixin, table=True):
    __tablename__ = "time_spent"
    __table_args__ = (
        UniqueConstraint("person_id", "task_id", "date", name="time_spent_uc"),
        CheckConstraint("duration > 0", name="check_duration_positive"),
    )

    # Minutes.
    duration: float
    date: datetime.date = Field(sa_type=Date)
    task_id: uuid.UUID | None = Field(default=None, foreign_key="task.id", index=True)
    person_id: uuid.UUID | None = Field(default=None, foreign_key="person.id", index=True)
