"""Revoked-token store: Redis keys with a TTL when Redis is configured, a table otherwise."""

from datetime import datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.redis import get_redis
from app.models.base import utcnow
from app.models.revoked_token import RevokedToken

KEY_PREFIX = "revoked-jti:"


async def revoke(session: AsyncSession, jti: str, ttl_seconds: int) -> None:
    redis = get_redis()
    if redis is not None:
        await redis.set(KEY_PREFIX + jti, "true", ex=max(1, ttl_seconds))
        return
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
        return await redis.get(KEY_PREFIX + jti) == "true"
    expires_at: datetime | None = (
        await session.execute(select(RevokedToken.expires_at).where(RevokedToken.jti == jti))
    ).scalar_one_or_none()
    return expires_at is not None and expires_at >= utcnow()
