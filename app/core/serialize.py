"""Zou's wire format: orjson straight from rows, naive datetimes without microseconds."""

import ctypes
import logging
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import anyio
import orjson
from starlette.responses import Response
from starlette.types import Receive, Scope, Send

log = logging.getLogger("app.core.serialize")


def _malloc_trim() -> Callable[[int], int] | None:
    try:
        return ctypes.CDLL(None).malloc_trim  # glibc only
    except (OSError, AttributeError):
        return None


_trim = _malloc_trim()


def release_memory() -> None:
    """Give the pages freed by a long response back to the system.

    The rows of a list are dicts whose tables glibc allocates; freed, they stay in its arenas and
    keep the worker's resident size at its high-water mark. `malloc_trim` returns the free pages
    (~0.2 ms). Called after the streamed lists only, where thousands of rows came and went.
    """
    if _trim is not None:
        _trim(0)


# orjson renders UUIDs lowercase-hyphenated and naive datetimes as YYYY-MM-DDTHH:MM:SS
# once microseconds are dropped: exactly Zou's format, with no per-row Python work.
ORJSON_OPTIONS = orjson.OPT_OMIT_MICROSECONDS | orjson.OPT_NON_STR_KEYS


def _default(value: Any) -> Any:
    # asyncpg hands out its own uuid.UUID subclass, which orjson only knows by its base.
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value).decode("utf-8", "replace")
    if isinstance(value, (set, frozenset, tuple)):
        return list(value)
    raise TypeError(f"cannot serialise {type(value).__name__}")


def dumps(content: Any) -> bytes:
    return orjson.dumps(content, default=_default, option=ORJSON_OPTIONS)


class ZouJSONResponse(Response):
    media_type = "application/json"

    def render(self, content: Any) -> bytes:
        return dumps(content)


def json_response(content: Any, status_code: int = 200, headers: dict[str, str] | None = None) -> Response:
    return ZouJSONResponse(content, status_code=status_code, headers=headers)


class UnitOfWorkResponse(Response):
    """A response whose body still reads the database: `UnitOfWorkRoute` hands it the request's
    unit of work (`adopt`), finished once the body is sent, or abandoned (client gone, error)."""

    finish: Callable[[bool], Awaitable[None]] | None = None

    def adopt(self, uow: Any) -> None:
        self.finish = uow.finish


class JSONArrayStream(UnitOfWorkResponse):
    """A JSON array sent chunk by chunk (chunked transfer encoding): bounded memory for lists of
    any length. Byte for byte what `dumps(all rows)` gives, built from `dumps(chunk)` pieces.

    `first` is the first chunk's rows (already read, so a failing query still got a proper error
    response), `rest` yields the following chunks. Errors after the first byte cannot change the
    status any more: the connection is closed, which the client sees as a truncated body.
    """

    media_type = "application/json"

    def __init__(self, first: list[Any], rest: AsyncIterator[list[Any]]):
        super().__init__(status_code=200)
        self.first = first
        self.rest = rest
        del self.headers["content-length"]

    async def _body(self) -> AsyncIterator[bytes]:
        yield b"[" + dumps(self.first)[1:-1]
        self.first = []
        async for rows in self.rest:
            if rows:
                yield b"," + dumps(rows)[1:-1]
        yield b"]"

    async def _send_body(self, send: Send) -> None:
        await send({"type": "http.response.start", "status": self.status_code, "headers": self.raw_headers})
        async for chunk in self._body():
            await send({"type": "http.response.body", "body": chunk, "more_body": True})
        await send({"type": "http.response.body", "body": b"", "more_body": False})

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        ok = False
        try:
            async with anyio.create_task_group() as group:

                async def stream() -> None:
                    nonlocal ok
                    await self._send_body(send)
                    ok = True
                    group.cancel_scope.cancel()

                async def watch() -> None:  # stop reading rows nobody will receive
                    while (await receive())["type"] != "http.disconnect":
                        pass
                    group.cancel_scope.cancel()

                group.start_soon(stream)
                group.start_soon(watch)
        finally:
            close = getattr(self.rest, "aclose", None)
            with anyio.CancelScope(shield=True):
                if close is not None:
                    await close()
                if self.finish is not None:
                    await self.finish(ok)
            release_memory()
