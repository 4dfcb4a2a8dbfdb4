"""Zou's `project_status` table: Open / Closed production states."""

from sqlmodel import Field

from app.models.base import BaseMixin


class ProjectStatus(BaseMixin, table=True):
    __tablename__ = "project_status"

    name: str = Field(max_length=20, unique=True, index=True)
    color: str = Field(max_length=7)
