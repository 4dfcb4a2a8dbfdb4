"""Zou's `budget` table: a named, revisioned budget of a production."""

import uuid

from sqlmodel import Field

from app.models.base import BaseMixin


class Budget(BaseMixin, table=True):
    __tablename__ = "budget"

    project_id: uuid.UUID | None = Field(default=None, foreign_key="project.id", index=True)
    revision: int = 1
    name: str = Field(max_length=255)
    currency: str | None = Field(default=None, max_length=3)
