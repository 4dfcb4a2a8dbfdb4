"""Zou's `stored_file` table: registry of the objects written to the file storage."""

# Added by Zou after 1.0.67; instance-local bookkeeping (a deletion only marks
# the row, a purge job removes the object later) never synced nor exposed.

import datetime
from typing import Any

from sqlalchemy import BigInteger, Index, Text, UniqueConstraint, text
from sqlmodel import Field

from app.models.base import BaseMixin
from app.models.types import NaiveDateTime, NullableJSONType


class StoredFile(BaseMixin, table=True):
    __tablename__ = "stored_file"
    __table_args__ = (
        UniqueConstraint("bucket", "key", name="stored_file_uc"),
        # Only rows still waiting for their purge are worth indexing.
        Index(
            "ix_stored_file_to_purge",
            "purge_forced",
            "deleted_at",
            postgresql_where=text("deleted_at IS NOT NULL AND purged_at IS NULL"),
            sqlite_where=text("deleted_at IS NOT NULL AND purged_at IS NULL"),
        ),
    )

    bucket: str = Field(max_length=20)
    key: str = Field(max_length=255)
    prefix: str = Field(max_length=40)
    file_id: str = Field(max_length=200, index=True)
    size: int | None = Field(default=None, sa_type=BigInteger)
    deleted_at: datetime.datetime | None = Field(default=None, sa_type=NaiveDateTime)
    purge_forced: bool = Field(default=False, sa_column_kwargs={"server_default": text("false")})
    purged_at: datetime.datetime | None = Field(default=None, sa_type=NaiveDateTime)
    purge_attempts: int = Field(default=0, sa_column_kwargs={"server_default": "0"})
    last_error: str | None = Field(default=None, sa_type=Text)
    journal: Any = Field(
        default_factory=list,
        sa_type=NullableJSONType,
        nullable=False,
        sa_column_kwargs={"server_default": text("'[]'")},
    )
