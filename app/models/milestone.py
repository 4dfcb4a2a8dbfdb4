"""Zou's `milestone` table: dated production milestones shown on schedules."""

import datetime
import uuid

from sqlalchemy import Date
from sqlmodel import Field

from app.models.base import BaseMixin


class Milestone(BaseMixin, table=True):
    __tablename__ = "milestone"

    date: datetime.date | None = Field(default=None, sa_type=Date)
    name: str = Field(max_length=40)
    project_id: uuid.UUID | None = Field(default=None, foreign_key="project.id", index=True)
    task_type_id: uuid.UUID | None = Field(default=None, foreign_key="task_type.id", index=True)
