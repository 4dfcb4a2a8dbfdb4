"""Zou's `build_job` table: a playlist export (movie or archive) being built."""

import datetime
import uuid

from sqlalchemy import Text
from sqlmodel import Field

from app.models.base import BaseMixin
from app.models.types import ChoiceString, NaiveDateTime

STATUSES = ("running", "failed", "succeeded")
TYPES = ("archive", "movie")


class BuildJob(BaseMixin, table=True):
    __tablename__ = "build_job"

    status: str = Field(
        default="running", sa_type=ChoiceString, sa_column_kwargs={"info": {"choices": STATUSES}}
    )
    job_type: str = Field(
        default="movie", sa_type=ChoiceString, sa_column_kwargs={"info": {"choices": TYPES}}
    )
    ended_at: datetime.datetime | None = Field(default=None, sa_type=NaiveDateTime)
    playlist_id: uuid.UUID = Field(foreign_key="playlist.id", index=True)
    # Added after 1.0.67 (migration a3f7c2d91b45): reports degraded builds.
    message: str | None = Field(default=None, sa_type=Text)
