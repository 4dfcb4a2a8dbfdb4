"""Key/value secrets with a lifetime: Redis (SET EX) when configured, the `auth_token` table otherwise.

Writes normally join the request's transaction. `durable=True` commits them on their own instead:
used where the request itself answers an error (and is therefore rolled back) but the write must
stay, e.g. the reset token handed out with a 400 "default password" answer or a burnt app-login code.
While Redis is down the table stands in for it; a key Redis lacks is looked for in the table too
(written there during an outage).
"""

from datetime import timedelta

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.db import session_scope
from app.core.redis import REDIS_DOWN, get_redis, redis_failed
from app.models.auth_token import AuthToken
from app.models.base import utcnow


async def _db_put(session: AsyncSession, key: str, value: str, ttl: int) -> None:
    now = utcnow()
    await session.execute(delete(AuthToken).where(AuthToken.expires_at < now))
    row = await session.get(AuthToken, key)
    expires_at = now + timedelta(seconds=ttl)
    if row is None:
        session.add(AuthToken(key=key, value=value, expires_at=expires_at))
    else:
        row.value, row.expires_at = value, expires_at
    await session.flush()


async def put(session: AsyncSession, key: str, value: str, ttl: int, durable: bool = False) -> None:
    redis = get_redis()
    if redis is not None:
        try:
            await redis.set(key, value, ex=max(1, ttl))
            return
        except REDIS_DOWN as exc:
            redis_failed("token store", exc)
    if durable:
        async with session_scope() as own:
            await _db_put(own, key, value, ttl)
    else:
        await _db_put(session, key, value, ttl)


async def get(session: AsyncSession, key: str) -> str | None:
    redis = get_redis()
    if redis is not None:
        try:
            value = await redis.get(key)
            if value is not None:
                return value
        except REDIS_DOWN as exc:
            redis_failed("token store", exc)
    query = select(AuthToken.value).where(AuthToken.key == key, AuthToken.expires_at >= utcnow())
    return (await session.execute(query)).scalar_one_or_none()


async def _db_pop(session: AsyncSession, key: str) -> str | None:
    # DELETE ... RETURNING is atomic: two concurrent pops cannot both get the value.
    query = delete(AuthToken).where(AuthToken.key == key).returning(AuthToken.value, AuthToken.expires_at)
    row = (await session.execute(query)).first()
    if row is None or row[1] < utcnow():
        return None
    return row[0]


async def pop(session: AsyncSession, key: str, durable: bool = False) -> str | None:
    """Read and delete in one step (single-use secrets)."""
    redis = get_redis()
    if redis is not None:
        try:
            value = await redis.getdel(key)
            if value is not None:
                return value
        except REDIS_DOWN as exc:
            redis_failed("token store", exc)
    if durable:
        async with session_scope() as own:
            return await _db_pop(own, key)
    return await _db_pop(session, key)


async def delete_key(session: AsyncSession, key: str) -> None:
    redis = get_redis()
    if redis is not None:
        try:
            await redis.delete(key)
        except REDIS_DOWN as exc:
            redis_failed("token store", exc)
    await session.execute(delete(AuthToken).where(AuthToken.key == key))
