"""Zou's `day_off` table: a person's absence over a date range."""

import datetime
import uuid

from sqlalchemy import CheckConstraint, Date, Text, UniqueConstraint
from sqlmodel import Field

from app.models.base import BaseMixin


class DayOff(BaseMixin, table=True):
    __tablename__ = "day_off"
    __table_args__ = (
        UniqueConstraint("person_id", "date", name="day_off_uc"),
        CheckConstraint("date <= end_date", name="day_off_date_check"),
    )

    date: datetime.date = Field(sa_type=Date)
    end_date: datetime.date = Field(sa_type=Date)
    description: str | None = Field(default=None, sa_type=Text)
    person_id: uuid.UUID | None = Field(default=None, foreign_key="person.id", index=True)
