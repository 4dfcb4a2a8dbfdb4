"""A board whose client goes away mid-stream gives its connections back, reads in flight on
both of them included, and the next board is served as usual."""

import uuid

from app.db import get_engine
from app.services import with_tasks
from app.services.with_tasks import Scope
from app.services.with_tasks_http import stream_rows
from app.services.with_tasks_kinds import KINDS


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
