"""Zou's `notification` table: per-person inbox entries."""

import uuid

from sqlalchemy import UniqueConstraint
from sqlmodel import Field

from app.models.base import BaseMixin
from app.models.types import ChoiceString

TYPES = ("comment", "mention", "assignation", "reply", "reply-mention", "playlist-ready")


class Notification(BaseMixin, table=True):
    __tablename__ = "notification"
    __table_args__ = (
        UniqueConstraint(
            "person_id",
            "author_id",
            "comment_id",
            "reply_id",
            "playlist_id",
            "type",
            name="notification_uc",
        ),
    )

    read: bool = False
    change: bool = False
    # Serialised as `notification_type` by Zou (its `type` key is the class name).
    type: str = Field(sa_type=ChoiceString, sa_column_kwargs={"info": {"choices": TYPES}})
    person_id: uuid.UUID = Field(foreign_key="person.id", index=True)
    author_id: uuid.UUID = Field(foreign_key="person.id", index=True)
    comment_id: uuid.UUID | None = Field(default=None, foreign_key="comment.id", index=True)
    task_id: uuid.UUID | None = Field(default=None, foreign_key="task.id", index=True)
    playlist_id: uuid.UUID | None = Field(default=None, foreign_key="playlist.id", index=True)
    # Replies live inside comment.replies (JSONB), hence no foreign key.
    reply_id: uuid.UUID | None = Field(default=None, index=True)
