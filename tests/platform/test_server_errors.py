"""An unexpected error under a real uvicorn server: Zou's 500 body, one log record with the request
id and the traceback, and the keep-alive connection still serving the next request."""

import logging
import socket
import threading
import time

import httpx
import pytest
import uvicorn
from fastapi import APIRouter, Request
from starlette.responses import Response

from app.core.routing import UnitOfWorkRoute
from app.core.serialize import json_response


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _failing_app(ports: list[int]):
    from app.main import create_app

    router = APIRouter(route_class=UnitOfWorkRoute)

    @router.get("/test/boom")
    async def boom(request: Request) -> Response:
        ports.append(request.client.port)
        raise RuntimeError("boom")

    @router.get("/test/fine")
    async def fine(request: Request) -> Response:
        ports.append(request.client.port)
        return json_response({"fine": True})

    app = create_app()
    app.include_router(router)
    return app


@pytest.fixture(params=["httptools", "h11"])
def server(request):
    ports: list[int] = []
    port = _free_port()
    config = uvicorn.Config(
        _failing_app(ports), host="127.0.0.1", port=port, http=request.param, lifespan="off", access_log=False
    )
    instance = uvicorn.Server(config)
    thread = threading.Thread(target=instance.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not instance.started:
        assert time.monotonic() < deadline, "the server did not start"
        time.sleep(0.02)
    yield f"http://127.0.0.1:{port}", ports
    instance.should_exit = True
    thread.join(timeout=10)


def test_a_500_keeps_the_connection_and_is_logged_once(server, caplog):
    base, ports = server
    caplog.set_level(logging.INFO)
    ids = []
    with httpx.Client(base_url=base, limits=httpx.Limits(max_connections=1)) as client:
        for _ in range(10):
            failed = client.get("/test/boom")
            assert failed.status_code == 500
            assert failed.json() == {"error": True, "message": "Internal server error."}
            ids.append(failed.headers["x-request-id"])
            assert client.get("/test/fine").json() == {"fine": True}
        sent = client.get("/test/fine", headers={"X-Request-Id": "probe-42"})
        assert sent.headers["x-request-id"] == "probe-42"
    assert len(set(ports)) == 1, "every request came on the one keep-alive connection"
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert len(errors) == 10, [r.getMessage() for r in errors]
    for record, request_id in zip(errors, ids, strict=True):
        assert request_id in record.getMessage() and "GET /test/boom" in record.getMessage()
        assert record.exc_info is not None and "boom" in str(record.exc_info[1])
