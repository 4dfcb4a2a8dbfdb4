"""Zou's `chat` table (one chat per entity) and its `chat_participant` link."""

import datetime
import uuid
from typing import ClassVar

from sqlmodel import Field, SQLModel

from app.models.base import BaseMixin, Relation
from app.models.types import NaiveDateTime


class ChatParticipant(SQLModel, table=True):
    __tablename__ = "chat_participant"

    chat_id: uuid.UUID = Field(foreign_key="chat.id", primary_key=True)
    person_id: uuid.UUID = Field(foreign_key="person.id", primary_key=True)


class Chat(BaseMixin, table=True):
    __tablename__ = "chat"

    object_id: uuid.UUID = Field(index=True)
    object_type: str = Field(default="entity", max_length=80, index=True)
    last_message: datetime.datetime | None = Field(default=None, sa_type=NaiveDateTime)

    __relations__: ClassVar[dict[str, Relation]] = {
        "participants": Relation("chat_participant", "chat_id", "person_id"),
    }
