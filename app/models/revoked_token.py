"""Revoked token ids, the one store of revocations (not a Zou table: Zou keeps them in Redis).

Looked up by `jti` (the primary key) in the caller's person query: app/auth/revocation.py."""

from datetime import datetime

from sqlmodel import Field, SQLModel

from app.models.types import NaiveDateTime


class RevokedToken(SQLModel, table=True):
    __tablename__ = "revoked_token"

    jti: str = Field(primary_key=True, max_length=60)
    expires_at: datetime = Field(sa_type=NaiveDateTime, index=True)
