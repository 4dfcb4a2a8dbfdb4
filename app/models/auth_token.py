"""Short-lived secrets (reset tokens, e-mail OTP counters, app-login codes) when no Redis is configured.

Not a Zou table: Zou keeps these in Redis with a TTL; this table plays that role on a single machine.
"""

from datetime import datetime

from sqlalchemy import Text
from sqlmodel import Field, SQLModel

from app.models.types import NaiveDateTime


class AuthToken(SQLModel, table=True):
    __tablename__ = "auth_token"

    key: str = Field(primary_key=True, max_length=512)
    value: str = Field(sa_type=Text)
    expires_at: datetime = Field(sa_type=NaiveDateTime, index=True)
