"""Zou's `software` table: DCC tools used by working files and budgets."""

from typing import Any

from sqlmodel import Field

from app.models.base import BaseMixin
from app.models.types import NullableJSONType


class Software(BaseMixin, table=True):
    __tablename__ = "software"

    name: str = Field(max_length=40, unique=True)
    short_name: str = Field(max_length=20)
    archived: bool | None = False
    version: str | None = Field(default=None, max_length=20)
    file_extension: str = Field(max_length=20)
    secondary_extensions: Any = Field(default=None, sa_type=NullableJSONType, nullable=True)
    monthly_cost: int | None = 0
    inventory_amount: int | None = 0
