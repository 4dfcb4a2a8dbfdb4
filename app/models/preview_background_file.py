"""Zou's `preview_background_file` table: HDR backgrounds for the 3D previewer."""

from sqlalchemy import BigInteger
from sqlmodel import Field

from app.models.base import BaseMixin


class PreviewBackgroundFile(BaseMixin, table=True):
    __tablename__ = "preview_background_file"

    name: str = Field(max_length=40)
    archived: bool | None = False
    is_default: bool | None = Field(default=False, index=True)
    original_name: str | None = Field(default=None, max_length=250)
    extension: str | None = Field(default=None, max_length=6)
    file_size: int | None = Field(default=0, sa_type=BigInteger)
