"""Zou's `search_filter` table: saved list filters of a person (or shared)."""

import uuid

from sqlalchemy import text
from sqlmodel import Field

from app.models.base import BaseMixin


class SearchFilter(BaseMixin, table=True):
    __tablename__ = "search_filter"

    list_type: str = Field(max_length=80, index=True)
    entity_type: str | None = Field(default=None, max_length=80)
    name: str = Field(default="", max_length=200)
    search_query: str = Field(default="", max_length=500)
    is_shared: bool = Field(default=False, sa_column_kwargs={"server_default": text("false")})
    # Indexed since Zou's "index the foreign keys left without one" migration.
    department_id: uuid.UUID | None = Field(default=None, foreign_key="department.id", index=True)
    search_filter_group_id: uuid.UUID | None = Field(
        default=None, foreign_key="search_filter_group.id", index=True
    )
    person_id: uuid.UUID | None = Field(default=None, foreign_key="person.id", index=True)
    project_id: uuid.UUID | None = Field(default=None, foreign_key="project.id", index=True)
