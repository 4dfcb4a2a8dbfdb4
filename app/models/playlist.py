"""Zou's `playlist` table: review playlists of shots / assets / edits."""

import uuid
from typing import Any, ClassVar

from sqlalchemy import UniqueConstraint
from sqlmodel import Field

from app.models.base import BaseMixin, Relation
from app.models.types import NullableJSONType

# Zou's playlists_service.VALID_FOR_ENTITY_VALUES.
FOR_ENTITY_VALUES = ("shot", "asset", "sequence", "edit", "episode")


class Playlist(BaseMixin, table=True):
    __tablename__ = "playlist"
    __table_args__ = (UniqueConstraint("name", "project_id", "episode_id", name="playlist_uc"),)

    name: str = Field(max_length=80)
    # List of {"entity_id", "preview_file_id"} dicts.
    shots: Any = Field(default=None, sa_type=NullableJSONType, nullable=True)
    project_id: uuid.UUID | None = Field(default=None, foreign_key="project.id", index=True)
    episode_id: uuid.UUID | None = Field(default=None, foreign_key="entity.id", index=True)
    task_type_id: uuid.UUID | None = Field(default=None, foreign_key="task_type.id", index=True)
    for_client: bool | None = Field(default=False, index=True)
    for_entity: str | None = Field(default="shot", max_length=10, index=True)
    is_for_all: bool | None = False
    # Indexed since Zou's "index the foreign keys left without one" migration.
    created_by: uuid.UUID | None = Field(default=None, foreign_key="person.id", index=True)

    # One-to-many: build_job.playlist_id points here.
    __relations__: ClassVar[dict[str, Relation]] = {
        "build_jobs": Relation("build_job", "playlist_id", "id"),
    }
