"""Zou's `playlist_share_link` table: token links giving guests access to a playlist."""

import datetime
import uuid

from sqlmodel import Field

from app.models.base import BaseMixin
from app.models.types import NaiveDateTime


class PlaylistShareLink(BaseMixin, table=True):
    __tablename__ = "playlist_share_link"

    token: str = Field(max_length=64, unique=True, index=True)
    playlist_id: uuid.UUID = Field(foreign_key="playlist.id", index=True)
    # Indexed since Zou's "index the foreign keys left without one" migration.
    created_by: uuid.UUID = Field(foreign_key="person.id", index=True)
    expiration_date: datetime.datetime | None = Field(default=None, sa_type=NaiveDateTime)
    is_active: bool = True
    can_comment: bool = True
    # Never serialised: Zou replaces it with `has_password`.
    password: str | None = Field(default=None, max_length=255)
