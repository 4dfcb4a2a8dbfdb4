"""Zou's `login_log` table: successful logins (web or script)."""

import uuid

from sqlmodel import Field

from app.models.base import BaseMixin
from app.models.types import ChoiceString, IPAddressString

ORIGINS = ("web", "script")


class LoginLog(BaseMixin, table=True):
    __tablename__ = "login_log"

    person_id: uuid.UUID = Field(foreign_key="person.id", index=True)
    ip_address: str | None = Field(default=None, sa_type=IPAddressString)
    origin: str | None = Field(
        default=None, sa_type=ChoiceString, sa_column_kwargs={"info": {"choices": ORIGINS}}
    )
