"""A board whose client goes away mid-stream gives its connections back, reads in flight on
both of them included, and the next board is served as usual."""

import uuid

from app.areas.boards import service as with_tasks
from app.areas.boards.http import stream_rows
from app.areas.boards.kinds import KINDS
from app.areas.boards.service import Scope
from app.core.db import get_engine


async def test_abandoned_stream_returns_its_connections(client, admin_headers, studio, show, monkeypatch):
    monkeypatch.setattr(with_tasks, "CHUNK_ENTITIES", 1)  # reads in flight on every connection
    engine = get_engine()
    checked_out = engine.pool.checkedout() if hasattr(engine.pool, "checkedout") else None
    scope = Scope(user_id=uuid.UUID(studio.admin), project_id=uuid.UUID(studio.project))
    rows = stream_rows(KINDS["shots"], scope, compact=True)
    first = await anext(rows)
    assert first
    await rows.aclose()
    if checked_out is not None:
        assert engine.pool.checkedout() == checked_out
    response = await client.get(f"/data/shots/with-tasks?project_id={studio.project}", headers=admin_headers)
    assert response.status_code == 200
    assert len(response.json()) >= 2
