"""Zou's `preview_file` table: uploaded review media (movies, pictures, 3D...)."""

import uuid
from typing import Any, ClassVar

from sqlalchemy import BigInteger, Text, UniqueConstraint
from sqlmodel import Field

from app.models.base import BaseMixin, Relation
from app.models.types import ChoiceString, NullableJSONType

STATUSES = ("processing", "ready", "broken", "missing")
VALIDATION_STATUSES = ("validated", "rejected", "neutral")


class PreviewFile(BaseMixin, table=True):
    __tablename__ = "preview_file"
    __table_args__ = (UniqueConstraint("name", "task_id", "revision", name="preview_uc"),)

    name: str | None = Field(default=None, max_length=250)
    original_name: str | None = Field(default=None, max_length=250)
    revision: int | None = 1
    position: int | None = 1
    extension: str | None = Field(default=None, max_length=6)
    description: str | None = Field(default=None, sa_type=Text)
    path: str | None = Field(default=None, max_length=400)
    source: str | None = Field(default=None, max_length=40)
    file_size: int | None = Field(default=0, sa_type=BigInteger)
    status: str = Field(
        default="processing", sa_type=ChoiceString, sa_column_kwargs={"info": {"choices": STATUSES}}
    )
    validation_status: str = Field(
        default="neutral", sa_type=ChoiceString, sa_column_kwargs={"info": {"choices": VALIDATION_STATUSES}}
    )
    annotations: Any = Field(default=None, sa_type=NullableJSONType, nullable=True)
    width: int | None = 0
    height: int | None = 0
    duration: float | None = 0.0
    data: Any = Field(default=None, sa_type=NullableJSONType, nullable=True)
    token_in: int | None = None
    token_out: int | None = None
    task_id: uuid.UUID | None = Field(default=None, foreign_key="task.id", index=True)
    # Indexed since Zou's "index the foreign keys left without one" migration.
    person_id: uuid.UUID | None = Field(default=None, foreign_key="person.id", index=True)
    source_file_id: uuid.UUID | None = Field(default=None, foreign_key="output_file.id", index=True)
    shotgun_id: int | None = Field(default=None, unique=True)
    is_movie: bool | None = False
    url: str | None = Field(default=None, max_length=600)
    uploaded_movie_url: str | None = Field(default=None, max_length=600)
    uploaded_movie_name: str | None = Field(default=None, max_length=150)

    # `comments` is the backref of Comment.previews.
    __relations__: ClassVar[dict[str, Relation]] = {
        "comments": Relation("comment_preview_link", "preview_file", "comment"),
    }
