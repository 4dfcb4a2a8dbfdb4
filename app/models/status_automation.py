"""Zou's `status_automation` table: "when task X reaches status Y, change Z" rules."""

import uuid

from sqlalchemy import text
from sqlmodel import Field

from app.models.base import BaseMixin
from app.models.types import ChoiceString

CHANGE_TYPES = ("status", "ready_for")


class StatusAutomation(BaseMixin, table=True):
    __tablename__ = "status_automation"

    entity_type: str | None = Field(default="asset", max_length=40)
    in_task_type_id: uuid.UUID | None = Field(default=None, foreign_key="task_type.id", index=True)
    in_task_status_id: uuid.UUID | None = Field(default=None, foreign_key="task_status.id", index=True)
    out_field_type: str = Field(
        default="status", sa_type=ChoiceString, sa_column_kwargs={"info": {"choices": CHANGE_TYPES}}
    )
    out_task_type_id: uuid.UUID | None = Field(default=None, foreign_key="task_type.id", index=True)
    out_task_status_id: uuid.UUID | None = Field(default=None, foreign_key="task_status.id", index=True)
    import_last_revision: bool | None = Field(
        default=False, sa_column_kwargs={"server_default": text("false")}
    )
    archived: bool | None = False
