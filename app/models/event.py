"""Zou's `api_event` table: the persisted log of emitted events."""

import uuid
from typing import Any

from sqlmodel import Field

from app.models.base import BaseMixin
from app.models.types import NullableJSONType


class ApiEvent(BaseMixin, table=True):
    __tablename__ = "api_event"

    name: str = Field(max_length=80, index=True)
    user_id: uuid.UUID | None = Field(default=None, foreign_key="person.id", index=True)
    project_id: uuid.UUID | None = Field(default=None, foreign_key="project.id", index=True)
    data: Any = Field(default=None, sa_type=NullableJSONType, nullable=True)
