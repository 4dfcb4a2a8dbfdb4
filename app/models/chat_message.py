"""Zou's `chat_message` table: a message posted in an entity chat."""

import uuid
from typing import ClassVar

from sqlalchemy import Text
from sqlmodel import Field

from app.models.base import BaseMixin, Relation


class ChatMessage(BaseMixin, table=True):
    __tablename__ = "chat_message"

    chat_id: uuid.UUID = Field(foreign_key="chat.id", index=True)
    person_id: uuid.UUID = Field(foreign_key="person.id", index=True)
    text: str | None = Field(default=None, sa_type=Text)

    # One-to-many: attachment_file.chat_message_id points here.
    __relations__: ClassVar[dict[str, Relation]] = {
        "attachment_files": Relation("attachment_file", "chat_message_id", "id"),
    }
