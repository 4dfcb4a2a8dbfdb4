"""An unreachable database or a saturated pool answers 503, and the service recovers by itself."""

import asyncio

import pytest
from sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine

from app.core import db
from app.core.config import get_settings

pytestmark = pytest.mark.skipif(get_settings().is_sqlite, reason="PostgreSQL connection behaviour")


@pytest.fixture
def swap_engine(monkeypatch):
    """Point the app at another engine for the duration of a test."""

    def _swap(engine):
        monkeypatch.setattr(db, "_engine", engine)
        monkeypatch.setattr(db, "_sessionmaker", async_sessionmaker(engine, expire_on_commit=False))

    return _swap


async def test_unreachable_database_answers_503_then_recovers(client, admin_headers, swap_engine):
    healthy = db.get_engine()
    swap_engine(create_async_engine("postgresql+asyncpg://postgres@127.0.0.1:1/nowhere"))
    response = await client.get("/data/projects", headers=admin_headers)
    assert response.status_code == 503
    assert response.json()["error"] is True
    assert response.headers["retry-after"] == "1"

    swap_engine(healthy)
    assert (await client.get("/data/projects", headers=admin_headers)).status_code == 200


async def test_saturated_pool_answers_503_then_recovers(client, admin_headers, swap_engine):
    url = get_settings().database_url
    tiny = create_async_engine(url, pool_size=1, max_overflow=0, pool_timeout=0.2)
    swap_engine(tiny)
    try:
        async with tiny.connect() as held:  # the only connection is busy
            await held.exec_driver_sql("SELECT 1")
            response = await client.get("/data/projects", headers=admin_headers)
            assert response.status_code == 503
        assert (await client.get("/data/projects", headers=admin_headers)).status_code == 200
    finally:
        await tiny.dispose()
        await asyncio.sleep(0)
