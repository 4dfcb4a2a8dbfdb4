"""Zou's `budget_entry` table: one salary line (person or position) of a budget."""

import datetime
import uuid
from typing import Any

from sqlalchemy import Date
from sqlmodel import Field

from app.models.base import BaseMixin
from app.models.person import POSITION_TYPES, SENIORITY_TYPES
from app.models.types import ChoiceString, NullableJSONType

__all__ = ["POSITION_TYPES", "SENIORITY_TYPES", "BudgetEntry"]


class BudgetEntry(BaseMixin, table=True):
    __tablename__ = "budget_entry"

    budget_id: uuid.UUID = Field(foreign_key="budget.id", index=True)
    department_id: uuid.UUID = Field(foreign_key="department.id", index=True)
    person_id: uuid.UUID | None = Field(default=None, foreign_key="person.id", index=True)
    start_date: datetime.date = Field(sa_type=Date)
    months_duration: int
    daily_salary: float
    position: str | None = Field(
        default="artist", sa_type=ChoiceString, sa_column_kwargs={"info": {"choices": POSITION_TYPES}}
    )
    seniority: str | None = Field(
        default="mid", sa_type=ChoiceString, sa_column_kwargs={"info": {"choices": SENIORITY_TYPES}}
    )
    exceptions: Any = Field(default=None, sa_type=NullableJSONType, nullable=True)
