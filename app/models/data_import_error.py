"""Zou's `data_import_error` table: failed rows of CSV / Shotgun imports."""

from typing import Any

from sqlalchemy import Enum
from sqlmodel import Field

from app.models.base import BaseMixin
from app.models.types import NullableJSONType

IMPORT_SOURCES = ("csv", "shotgun")


class DataImportError(BaseMixin, table=True):
    __tablename__ = "data_import_error"

    event_data: Any = Field(sa_type=NullableJSONType, nullable=False)
    # A real PostgreSQL enum type in Zou (restored by its reconcile migration).
    source: str | None = Field(default=None, sa_type=Enum(*IMPORT_SOURCES, name="import_source_enum"))
