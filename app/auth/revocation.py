"""Revoked-token store: Redis keys with a TTL when Redis is configured, a table otherwise.

While Redis is down the table stands in for it; the process that recorded revocations there copies
them into Redis at its first check once Redis answers again.
"""

from datetime import datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.redis import REDIS_DOWN, get_redis, redis_failed
from app.models.base import utcnow
from app.models.revoked_token import RevokedToken

KEY_PREFIX = "revoked-jti:"
_in_table_only = False  # this process recorded revocations in the table while Redis was down


async def revoke(session: AsyncSession, jti: str, ttl_seconds: int) -> None:
    global _in_table_only
    redis = get_redis()
    if redis is not None:
        try:
            await redis.set(KEY_PREFIX + jti, "true", ex=max(1, ttl_seconds))
            return
        except REDIS_DOWN as exc:
            redis_failed("token revocation", exc)
            _in_table_only = True
    now = utcnow()
    await session.execute(delete(RevokedToken).where(RevokedToken.expires_at < now))
    if await session.get(RevokedToken, jti) is None:
        session.add(RevokedToken(jti=jti, expires_at=now + timedelta(seconds=ttl_seconds)))
    await session.flush()


async def is_revoked(session: AsyncSession, jti: str | None) -> bool:
    if not jti:
        return True
    redis = get_redis()
    if redis is not None:
        try:
            if _in_table_only:
                await _copy_table_to_redis(session, redis)
            return await redis.get(KEY_PREFIX + jti) == "true"
        except REDIS_DOWN as exc:
            redis_failed("revoked-token check", exc)
    expires_at: datetime | None = (
        await session.execute(select(RevokedToken.expires_at).where(RevokedToken.jti == jti))
    ).scalar_one_or_none()
    return expires_at is not None and expires_at >= utcnow()


async def _copy_table_to_redis(session: AsyncSession, redis) -> None:
    global _in_table_only
    now = utcnow()
    rows = await session.execute(
        select(RevokedToken.jti, RevokedToken.expires_at).where(RevokedToken.expires_at >= now)
    )
    for jti, expires_at in rows.all():
        await redis.set(KEY_PREFIX + jti, "true", ex=max(1, int((expires_at - now).total_seconds())))
    _in_table_only = False
