"""Zou's `preview_file_storage_state` table: per-instance presence of preview files."""

# Added by Zou after 1.0.67 (migration c4e8a2f1d6b3); instance-local
# bookkeeping that Zou never syncs nor exposes through its API.

import uuid

from sqlalchemy import Index, UniqueConstraint
from sqlmodel import Field

from app.models.base import BaseMixin
from app.models.types import ChoiceString

STORAGE_STATES = ("ok", "missing", "failed")


class PreviewFileStorageState(BaseMixin, table=True):
    __tablename__ = "preview_file_storage_state"
    __table_args__ = (
        UniqueConstraint("preview_file_id", "bucket", "prefix", name="preview_file_storage_state_uc"),
        Index("ix_preview_file_storage_state_bucket_prefix_state", "bucket", "prefix", "state"),
    )

    preview_file_id: uuid.UUID = Field(foreign_key="preview_file.id", ondelete="CASCADE", index=True)
    bucket: str = Field(max_length=20)
    prefix: str = Field(max_length=40)
    state: str = Field(sa_type=ChoiceString, sa_column_kwargs={"info": {"choices": STORAGE_STATES}})
