"""Zou's `news` table: the production news feed (one row per comment/status change)."""

import uuid

from sqlmodel import Field

from app.models.base import BaseMixin


class News(BaseMixin, table=True):
    __tablename__ = "news"

    change: bool = False
    author_id: uuid.UUID = Field(foreign_key="person.id", index=True)
    comment_id: uuid.UUID | None = Field(default=None, foreign_key="comment.id", index=True)
    task_id: uuid.UUID = Field(foreign_key="task.id", index=True)
    preview_file_id: uuid.UUID | None = Field(default=None, foreign_key="preview_file.id", index=True)
