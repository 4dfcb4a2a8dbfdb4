"""The test client: the real ASGI app over httpx, every response checked against the contract."""

from contextlib import asynccontextmanager

import httpx


@asynccontextmanager
async def make_client(app, validate: bool = True):
    hooks = {}
    if validate:
        try:
            from tests.contract.plugin import make_response_hook
        except ImportError:  # the contract plugin is optional until the spec exists
            make_response_hook = None
        if make_response_hook is not None:
            hooks = {"response": [make_response_hook()]}
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver", event_hooks=hooks) as c:
        yield c
