"""A `requests` session whose requests reach the app in-process, on the test's own event loop.

Schemathesis sends its cases with `requests` from a worker thread; the app, its engine and its
Redis client belong to the loop the test runs on (asyncpg connections cannot change loops). Each
request is handed to that loop and answered by the ASGI app through httpx.
"""

import asyncio
import io

import httpx
import requests
import urllib3
from requests.adapters import HTTPAdapter

TIMEOUT = 60  # seconds: a request still unanswered by then is the run's failure, not a hang


class _AppAdapter(HTTPAdapter):
    def __init__(self, client: httpx.AsyncClient, loop: asyncio.AbstractEventLoop):
        super().__init__()
        self.client, self.loop = client, loop

    def send(self, request: requests.PreparedRequest, *args, **kwargs) -> requests.Response:
        body = request.body.encode() if isinstance(request.body, str) else request.body
        call = self.client.request(
            request.method or "GET", request.url or "", headers=request.headers, content=body
        )
        answer = asyncio.run_coroutine_threadsafe(call, self.loop).result(TIMEOUT)
        headers = [
            (name, value) for name, value in answer.headers.multi_items() if name != "content-encoding"
        ]
        raw = urllib3.HTTPResponse(
            body=io.BytesIO(answer.content),
            headers=headers,
            status=answer.status_code,
            reason=answer.reason_phrase,
            version=11,
            preload_content=False,
            decode_content=False,
        )
        return self.build_response(request, raw)


def app_session(client: httpx.AsyncClient, loop: asyncio.AbstractEventLoop) -> requests.Session:
    session = requests.Session()
    adapter = _AppAdapter(client, loop)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    return session
