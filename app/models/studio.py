"""Zou's `studio` table: studios (sites) people belong to."""

from sqlmodel import Field

from app.models.base import BaseMixin


class Studio(BaseMixin, table=True):
    __tablename__ = "studio"

    name: str = Field(max_length=80, unique=True)
    color: str = Field(max_length=7)
    archived: bool | None = False
