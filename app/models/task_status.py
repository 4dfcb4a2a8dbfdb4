"""Zou's `task_status` table: workflow statuses (todo, wip, wfa, retake, done...)."""

from sqlalchemy import Text, text
from sqlmodel import Field

from app.models.base import BaseMixin


class TaskStatus(BaseMixin, table=True):
    __tablename__ = "task_status"

    name: str = Field(max_length=40)
    archived: bool | None = False
    short_name: str = Field(max_length=10, unique=True, index=True)
    description: str | None = Field(default=None, sa_type=Text)
    color: str = Field(max_length=7)
    priority: int | None = 1
    is_done: bool | None = Field(default=False, index=True)
    is_artist_allowed: bool | None = True
    is_client_allowed: bool | None = True
    is_retake: bool | None = False
    is_feedback_request: bool | None = Field(default=False, index=True)
    is_default: bool | None = Field(default=False, index=True)
    is_wip: bool | None = Field(default=False, index=True)
    shotgun_id: int | None = None
    for_concept: bool | None = Field(default=False, sa_column_kwargs={"server_default": text("false")})
