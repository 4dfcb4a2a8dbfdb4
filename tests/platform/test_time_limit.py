"""`REQUEST_TIMEOUT`: a request whose server-side work runs longer answers 503 with Retry-After in
Zou's error shape, its transaction rolled back, one log line naming its request id."""

import logging
import uuid

import pytest
from sqlalchemy import text

from app.core.config import get_settings
from app.core.db import get_engine
from tests.crud.conftest import db_get, studio  # noqa: F401

pytestmark = pytest.mark.skipif(get_settings().is_sqlite, reason="PostgreSQL locks")

TOO_LONG = {"error": True, "message": "The request took too long to complete. Please try again shortly."}


@pytest.fixture
def short_limit(monkeypatch):
    monkeypatch.setattr(get_settings(), "request_timeout", 0.5)


async def test_a_request_past_the_limit_answers_503_and_keeps_nothing(
    client,
    admin_headers,
    studio,  # noqa: F811
    short_limit,
    caplog,
):
    request_id = f"late-{uuid.uuid4().hex[:8]}"
    async with get_engine().connect() as other:
        # Another transaction holds the events table: the task update goes through, then its
        # event waits behind the lock, past the limit.
        await other.execute(text("LOCK TABLE api_event IN SHARE ROW EXCLUSIVE MODE"))
        with caplog.at_level(logging.INFO):
            response = await client.put(
                f"/data/tasks/{studio.task}",
                json={"name": "late"},
                headers={**admin_headers, "X-Request-Id": request_id},
            )
        await other.rollback()
    assert response.status_code == 503
    assert response.json() == TOO_LONG
    assert response.headers["retry-after"] == "1"
    assert response.headers["x-request-id"] == request_id
    assert [r.getMessage() for r in caplog.records if request_id in r.getMessage()] == [
        f"request {request_id}: PUT /data/tasks/{studio.task} ran past the time limit (0.5 s): answered 503"
    ]
    assert (await db_get("Task", studio.task)).name == "main"  # the update was rolled back
    # The connection the request had is usable again, or replaced: the next request is served.
    again = await client.put(f"/data/tasks/{studio.task}", json={"name": "on time"}, headers=admin_headers)
    assert again.status_code == 200
    assert (await db_get("Task", studio.task)).name == "on time"


async def test_a_request_within_the_limit_is_served(client, admin_headers, studio, short_limit):  # noqa: F811
    response = await client.put(f"/data/tasks/{studio.task}", json={"name": "quick"}, headers=admin_headers)
    assert response.status_code == 200


async def test_no_limit_when_set_to_zero(client, admin_headers, studio, monkeypatch):  # noqa: F811
    monkeypatch.setattr(get_settings(), "request_timeout", 0)
    assert (await client.get(f"/data/tasks/{studio.task}", headers=admin_headers)).status_code == 200


def test_a_negative_limit_is_a_configuration_error(monkeypatch):
    from pydantic import ValidationError

    from app.core.config import Settings

    monkeypatch.setenv("REQUEST_TIMEOUT", "-1")
    with pytest.raises(ValidationError, match="REQUEST_TIMEOUT"):
        Settings()
