"""Fault tests: services the tests own are stopped and started under the API. PostgreSQL only
(they run in `make test`'s PostgreSQL pass); skipped where the services cannot be run."""

import pytest

from app.core.config import get_settings
from tests.faults.services import RedisServer, missing_tools


def pytest_collection_modifyitems(config, items):
    reason = "faults are injected on PostgreSQL" if get_settings().is_sqlite else missing_tools()
    for item in items:
        if item.path.parent.name == "faults":
            item.add_marker(pytest.mark.faults)
            if reason:
                item.add_marker(pytest.mark.skip(reason=reason))


def pytest_configure(config):
    config.addinivalue_line("markers", "faults: stops and starts services the test owns (tests/faults)")


@pytest.fixture
async def private_redis(monkeypatch):
    """The app's Redis (events, jobs, revoked tokens) is a redis-server of this test's own."""
    from app.core.redis import close_redis
    from app.worker.arq_client import close_pool

    server = RedisServer()
    server.start()
    await close_redis()
    await close_pool()
    monkeypatch.setattr(get_settings(), "redis_url", server.url)
    try:
        yield server
    finally:
        await close_redis()
        await close_pool()
        server.stop()
