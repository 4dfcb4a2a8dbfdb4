"""The shared Redis client, present only when REDIS_URL is set."""

import importlib
import importlib.util
import sys
import types
from typing import Any


def _load_on_first_use(name: str) -> None:
    """Stand in for module `name` until one of its attributes is read, then import the real one.

    (The stdlib's LazyLoader does not stay lazy: a later `import name` reads `__spec__`.)
    """
    spec = importlib.util.find_spec(name)
    if name in sys.modules or spec is None:
        return
    placeholder = types.ModuleType(name)
    placeholder.__spec__ = spec

    def load(attribute: str) -> Any:
        if sys.modules.get(name) is placeholder:
            del sys.modules[name]
        return getattr(importlib.import_module(name), attribute)

    placeholder.__getattr__ = load  # type: ignore[method-assign]  # PEP 562: missing attributes
    sys.modules[name] = placeholder


# redis-py imports PyJWT at start-up for its Entra ID credentials, which we never use, and PyJWT
# loads `cryptography`: ~10 MB resident in every worker for nothing.
_load_on_first_use("jwt")

import logging  # noqa: E402
import time  # noqa: E402

from redis.asyncio import Redis  # noqa: E402  (after the above)
from redis.exceptions import RedisError  # noqa: E402

from app.core.config import get_settings  # noqa: E402

_client: Redis | None = None
log = logging.getLogger("app.core.redis")

# What a Redis command raises when the server is down or unreachable: callers then fall back
# (README, "Limits and failure behaviour").
REDIS_DOWN = (RedisError, OSError)
WARNING_PERIOD = 30.0  # seconds: an outage is one line now and then, not one per request
_last_warning = 0.0


def redis_failed(what: str, exc: BaseException) -> None:
    """Note that Redis could not serve `what` (the caller falls back)."""
    global _last_warning
    now = time.monotonic()
    if now - _last_warning >= WARNING_PERIOD:
        _last_warning = now
        log.warning("redis unavailable (%s: %s): falling back until it is back", what, exc)


def get_redis() -> Redis | None:
    global _client
    url = get_settings().redis_url
    if not url:
        return None
    if _client is None:
        _client = Redis.from_url(url, decode_responses=True, socket_timeout=5)
    return _client


async def close_redis() -> None:
    global _client
    if _client is not None:
        await _client.aclose()
    _client = None
