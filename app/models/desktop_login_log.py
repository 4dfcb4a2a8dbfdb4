"""Zou's `desktop_login_log` table: when a person logged in from a desktop app."""

import datetime
import uuid

from sqlmodel import Field

from app.models.base import BaseMixin
from app.models.types import NaiveDateTime


class DesktopLoginLog(BaseMixin, table=True):
    __tablename__ = "desktop_login_log"

    person_id: uuid.UUID = Field(foreign_key="person.id", index=True)
    date: datetime.datetime = Field(sa_type=NaiveDateTime)
