"""Body size limits (`MAX_BODY_SIZE` for JSON and forms, `MAX_UPLOAD_SIZE` for files): 413 with
Zou's body, decided from `Content-Length` before the body is read, or as soon as it grows past."""

import socket
import threading
import time

import pytest
import uvicorn

from app.core.config import get_settings
from tests.crud.conftest import studio  # noqa: F401
from tests.helpers.backends import picture

TOO_LARGE = {"error": True, "message": "The data value transmitted exceeds the capacity limit."}


@pytest.fixture
def small_limits(monkeypatch):
    settings = get_settings()
    monkeypatch.setattr(settings, "max_body_size", 500)
    monkeypatch.setattr(settings, "max_upload_size", 200_000)
    return settings


class Chunks:
    """A request body handed out chunk by chunk, counting what the server asked for."""

    def __init__(self, count: int, size: int = 1_000):
        self.count, self.size, self.sent = count, size, 0

    async def __aiter__(self):
        yield b'{"data": {"x": "'
        for _ in range(self.count):
            self.sent += 1
            yield b"x" * self.size
        yield b'"}}'


async def test_a_json_body_too_large_is_refused_unread(client, admin_headers, studio, small_limits):  # noqa: F811
    body = Chunks(300_000)  # 300 MB announced
    headers = {**admin_headers, "Content-Type": "application/json", "Content-Length": str(300_000_019)}
    response = await client.put(f"/data/projects/{studio.project}", content=body, headers=headers)
    assert response.status_code == 413 and response.json() == TOO_LARGE
    assert body.sent <= 1


async def test_a_chunked_json_body_is_cut_at_the_limit(client, admin_headers, studio, small_limits):  # noqa: F811
    body = Chunks(300_000)
    headers = {**admin_headers, "Content-Type": "application/json"}
    response = await client.put(f"/data/projects/{studio.project}", content=body, headers=headers)
    assert response.status_code == 413 and response.json() == TOO_LARGE
    assert body.sent <= 3
    small = await client.put(
        f"/data/projects/{studio.project}", json={"data": {"x": "y"}}, headers=admin_headers
    )
    assert small.status_code == 200


async def test_uploads_have_their_own_limit(client, make_person, small_limits, no_redis):
    person, headers = await make_person("user")
    url = f"/pictures/thumbnails/persons/{person['id']}"
    image = picture(200, 100, ".png")
    assert small_limits.max_body_size < len(image) < small_limits.max_upload_size
    files = {"file": ("me.png", image, "application/octet-stream")}
    assert (await client.post(url, files=files, headers=headers)).status_code == 201
    files = {"file": ("me.png", b"x" * 300_000, "application/octet-stream")}
    response = await client.post(url, files=files, headers=headers)
    assert response.status_code == 413 and response.json() == TOO_LARGE


def test_a_real_server_answers_413_before_the_body_arrives():
    """300 MB announced, 10 bytes sent: the answer comes at once, the server buffers nothing."""
    from app.main import create_app

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(), port=port, lifespan="off", access_log=False))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + 10
        while not server.started:
            assert time.monotonic() < deadline
            time.sleep(0.02)
        with socket.create_connection(("127.0.0.1", port), timeout=5) as sock:
            sock.sendall(
                b"POST /data/projects HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                b'Content-Length: 300000000\r\n\r\n{"name": '
            )
            answer = sock.recv(4096)
        assert answer.startswith(b"HTTP/1.1 413"), answer
        assert b'"exceeds the capacity limit.' in answer or b"exceeds the capacity limit." in answer
    finally:
        server.should_exit = True
        thread.join(timeout=10)


async def test_a_chunked_upload_is_cut_at_its_limit(client, make_person, small_limits, no_redis):
    person, headers = await make_person("user")

    async def multipart():
        yield b'--b\r\nContent-Disposition: form-data; name="file"; filename="me.png"\r\n\r\n'
        for _ in range(100):
            yield b"x" * 10_000
        yield b"\r\n--b--\r\n"

    headers = {**headers, "Content-Type": "multipart/form-data; boundary=b"}
    url = f"/pictures/thumbnails/persons/{person['id']}"
    response = await client.post(url, content=multipart(), headers=headers)
    assert response.status_code == 413 and response.json() == TOO_LARGE
