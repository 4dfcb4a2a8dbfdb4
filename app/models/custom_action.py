"""Zou's `custom_action` table: studio-defined actions posted to external URLs."""

from sqlmodel import Field

from app.models.base import BaseMixin


class CustomAction(BaseMixin, table=True):
    __tablename__ = "custom_action"

    name: str = Field(max_length=80)
    url: str | None = Field(default=None, max_length=400)
    entity_type: str | None = Field(default="all", max_length=40)
    is_ajax: bool | None = False
