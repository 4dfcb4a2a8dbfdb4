"""Zou's `output_type` table: kinds of output files (cache, render...)."""

from sqlmodel import Field

from app.models.base import BaseMixin


class OutputType(BaseMixin, table=True):
    __tablename__ = "output_type"

    name: str = Field(max_length=40, unique=True, index=True)
    short_name: str = Field(max_length=20)
