"""A minimal HTTP/1.1 keep-alive client on asyncio streams: cheap enough to leave the CPU to the server.

Only what the bench needs: one request at a time per connection, Content-Length or chunked
bodies, reconnection when the server closes.
"""

import asyncio
import time
from dataclasses import dataclass

# Servers close idle keep-alive connections (uvicorn after 5 s): a connection idle for longer may
# be closing just as a request goes out. HTTP clients (urllib3, browsers) reconnect then; so do we.
IDLE_RECONNECT_SECONDS = 4.0


@dataclass
class Response:
    status: int
    body: bytes


class HttpError(Exception):
    """The server broke the protocol or closed the connection mid-response."""


class Connection:
    def __init__(self, host: str, port: int, headers: dict[str, str] | None = None):
        self.host = host
        self.port = port
        base = {"Host": f"{host}:{port}", "User-Agent": "zou-bench/1.0", "Accept": "application/json"}
        base.update(headers or {})
        # Pre-encoded once: per-request work in the client steals CPU from the server.
        self.base_headers = "".join(f"{k}: {v}\r\n" for k, v in base.items()).encode()
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None
        self.last_used = 0.0

    async def _connect(self) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
        if time.monotonic() - self.last_used > IDLE_RECONNECT_SECONDS:
            self.close()
        if self.reader is None or self.writer is None or self.writer.is_closing():
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port, limit=1 << 20)
        return self.reader, self.writer

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
        self.reader = self.writer = None

    async def request(self, method: str, path: str, body: bytes | None = None) -> Response:
        try:
            return await self._request(method, path, body)
        except (OSError, asyncio.IncompleteReadError, HttpError):
            self.close()  # the next request reconnects
            raise

    async def _request(self, method: str, path: str, body: bytes | None) -> Response:
        reader, writer = await self._connect()
        head = f"{method} {path} HTTP/1.1\r\n".encode() + self.base_headers
        if body is not None:
            head += b"Content-Type: application/json\r\nContent-Length: %d\r\n" % len(body)
        writer.write(head + b"\r\n" + (body or b""))
        await writer.drain()
        status_line = await reader.readline()
        parts = status_line.split(b" ", 2)
        if len(parts) < 2 or not parts[0].startswith(b"HTTP/1."):
            raise HttpError(f"bad status line {status_line[:80]!r}")
        status = int(parts[1])
        length, chunked, close = None, False, False
        while True:
            line = await reader.readline()
            if line in (b"\r\n", b"\n", b""):
                break
            name, _, value = line.partition(b":")
            name = name.strip().lower()
            if name == b"content-length":
                length = int(value)
            elif name == b"transfer-encoding":
                chunked = b"chunked" in value.lower()
            elif name == b"connection":
                close = b"close" in value.lower()
        if chunked:
            data = await _read_chunked(reader)
        elif length is not None:
            data = await reader.readexactly(length)
        else:
            data = await reader.read()  # no length: the body runs to the end of the connection
            close = True
        self.last_used = time.monotonic()
        if close:
            self.close()
        return Response(status, data)


async def _read_chunked(reader: asyncio.StreamReader) -> bytes:
    chunks: list[bytes] = []
    while True:
        size = int((await reader.readline()).split(b";")[0], 16)
        if size == 0:
            while (await reader.readline()) not in (b"\r\n", b"\n", b""):
                pass  # trailers
            return b"".join(chunks)
        chunks.append(await reader.readexactly(size))
        await reader.readexactly(2)
