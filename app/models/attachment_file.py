"""Zou's `attachment_file` table: files attached to comments and chat messages."""

import uuid
from typing import ClassVar

from sqlalchemy import BigInteger
from sqlmodel import Field

from app.models.base import BaseMixin


class AttachmentFile(BaseMixin, table=True):
    __tablename__ = "attachment_file"

    name: str | None = Field(default=None, max_length=250)
    size: int | None = Field(default=1, sa_type=BigInteger)
    extension: str | None = Field(default=None, max_length=6)
    mimetype: str | None = Field(default=None, max_length=255)
    comment_id: uuid.UUID | None = Field(default=None, foreign_key="comment.id", index=True)
    # A reply lives inside comment.replies (JSONB), hence no foreign key.
    reply_id: uuid.UUID | None = None
    chat_message_id: uuid.UUID | None = Field(default=None, foreign_key="chat_message.id", index=True)

    # Zou's many-to-one backrefs, always serialised as the nested related row
    # (attribute name -> foreign key column holding its id).
    __scalar_relations__: ClassVar[dict[str, str]] = {
        "comment": "comment_id",
        "chat_message": "chat_message_id",
    }
