"""Zou's `salary_scale` table: daily salary per department, position and seniority."""

import uuid

from sqlmodel import Field

from app.models.base import BaseMixin
from app.models.person import POSITION_TYPES, SENIORITY_TYPES
from app.models.types import ChoiceString

__all__ = ["POSITION_TYPES", "SENIORITY_TYPES", "SalaryScale"]


class SalaryScale(BaseMixin, table=True):
    __tablename__ = "salary_scale"

    department_id: uuid.UUID = Field(foreign_key="department.id", ondelete="CASCADE", index=True)
    position: str | None = Field(
        default="artist", sa_type=ChoiceString, sa_column_kwargs={"info": {"choices": POSITION_TYPES}}
    )
    seniority: str | None = Field(
        default="mid", sa_type=ChoiceString, sa_column_kwargs={"info": {"choices": SENIORITY_TYPES}}
    )
    salary: int = 0
