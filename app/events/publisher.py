"""Broadcast of committed events: Redis pub/sub when configured, in-process subscribers otherwise."""

import asyncio
import logging
from typing import Any

import orjson

from app.core.redis import get_redis

CHANNEL = "zou:events"
NAMESPACE = "/events"
log = logging.getLogger("app.events")

_subscribers: set[asyncio.Queue] = set()


async def publish(name: str, data: dict[str, Any]) -> None:
    message = {"event": name, "data": data, "namespace": NAMESPACE}
    redis = get_redis()
    if redis is not None:
        try:
            await redis.publish(CHANNEL, orjson.dumps(message).decode())
        except Exception:  # a lost broadcast must not fail a committed request
            log.exception("could not publish %s", name)
        return
    for queue in list(_subscribers):
        queue.put_nowait(message)


def subscribe() -> asyncio.Queue:
    """An in-process subscription (used when no Redis is configured, and by tests)."""
    queue: asyncio.Queue = asyncio.Queue()
    _subscribers.add(queue)
    return queue


def unsubscribe(queue: asyncio.Queue) -> None:
    _subscribers.discard(queue)
