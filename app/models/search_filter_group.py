"""Zou's `search_filter_group` table: folders grouping saved search filters."""

import uuid

from sqlalchemy import text
from sqlmodel import Field

from app.models.base import BaseMixin


class SearchFilterGroup(BaseMixin, table=True):
    __tablename__ = "search_filter_group"

    list_type: str = Field(max_length=80, index=True)
    entity_type: str | None = Field(default=None, max_length=80)
    name: str = Field(default="", max_length=200)
    color: str = Field(default="", max_length=8)
    is_shared: bool = Field(default=False, sa_column_kwargs={"server_default": text("false")})
    person_id: uuid.UUID | None = Field(default=None, foreign_key="person.id", index=True)
    project_id: uuid.UUID | None = Field(default=None, foreign_key="project.id", index=True)
    # Indexed since Zou's "index the foreign keys left without one" migration.
    department_id: uuid.UUID | None = Field(default=None, foreign_key="department.id", index=True)
