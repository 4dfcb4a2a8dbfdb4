"""Revoked tokens: the `revoked_token` table (PostgreSQL or SQLite), the one place they live.

A revocation is written in the request's transaction, so it holds for every process as soon as the
request that made it answers (its route commits first), Redis or not. It is read in the same
statement as the caller's person (`revoked_clause`, used by app/auth/identity.py): who is calling
and whether their token still counts cost one round trip. Rows are kept until the token itself
expires; expired ones are purged when a revocation is written and ignored when read.
"""

from datetime import timedelta

from sqlalchemy import delete, exists
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.sql.elements import BindParameter, ColumnElement

from app.core.sql import dialect_insert
from app.models.base import utcnow
from app.models.revoked_token import RevokedToken


async def revoke(session: AsyncSession, jti: str, ttl_seconds: int) -> None:
    """Refuse token `jti` from now on, for the `ttl_seconds` it could still be used."""
    now = utcnow()
    await session.execute(delete(RevokedToken).where(RevokedToken.expires_at < now))
    # Two logouts of one token at once: the second finds the row there and is done too.
    row = {"jti": jti, "expires_at": now + timedelta(seconds=ttl_seconds)}
    await session.execute(dialect_insert(session, RevokedToken).values(**row).on_conflict_do_nothing())


def revoked_clause(jti: BindParameter, now: BindParameter) -> ColumnElement[bool]:
    """True when token `jti` is revoked at time `now` (both bound at execution): a column for the
    caller's person query."""
    return exists().where(RevokedToken.jti == jti, RevokedToken.expires_at >= now)
