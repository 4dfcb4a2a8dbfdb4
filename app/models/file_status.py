"""Zou's `file_status` table: statuses of output files."""

from sqlmodel import Field

from app.models.base import BaseMixin


class FileStatus(BaseMixin, table=True):
    __tablename__ = "file_status"

    name: str = Field(max_length=40, unique=True)
    color: str = Field(max_length=7)
