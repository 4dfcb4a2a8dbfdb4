"""The one gate every request passes before any route or query: a request id, the input limits
(body sizes, JSON depth, NUL characters, page ranges), and the last word on unexpected errors.

Checked here, once, rather than in each route:
- the path and the query string hold no NUL character (PostgreSQL refuses them in any text);
- `page` and `limit`, when integers, fit in 32 bits, so `(page - 1) * limit` is a valid offset;
- a body is at most `max_body_size` bytes (`max_upload_size` for files: multipart, binary), refused
  with 413 from its `Content-Length` before a byte is read, or as soon as it grows past the limit;
- a JSON body nests at most `max_json_depth` levels and holds no `\\u0000` escape; a form body no NUL.

A request whose server-side work runs past `request_timeout` seconds (`app/core/time_limit.py`)
is cancelled, its transaction rolled back, and answered 503 with `Retry-After`, logged in one line.

An exception no handler answered ends here: logged once with its traceback and the request id,
answered with Zou's 500 body when nothing was sent yet. It never reaches the server, which would
log it a second time and close the keep-alive connection.
"""

import logging
import re
import uuid
from typing import Any
from urllib.parse import parse_qsl

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.core.config import get_settings
from app.core.errors import ZouError, bad_request, error, render
from app.core.numbers import decimal_int
from app.core.time_limit import request_clock, start_clock, stop_clock

log = logging.getLogger("app.core.guard")

INTERNAL_ERROR = "Internal server error."
TOO_LARGE = "The data value transmitted exceeds the capacity limit."
NUL_TEXT = "Null characters are not allowed in the request."
TOO_DEEP = "The JSON body is nested too deeply (at most {} levels)."
TOO_LONG = "The request took too long to complete. Please try again shortly."
INT_PARAMS = ("page", "limit")
INT_RANGE = 2**31
UPLOAD_TYPES = ("multipart/", "application/octet-stream", "image/", "video/", "audio/")
NO_BODY_METHODS = frozenset({"GET", "HEAD", "DELETE", "OPTIONS"})
REQUEST_ID = re.compile(r"^[A-Za-z0-9._:-]{1,64}$")
# A JSON string (escapes included); what is left once strings are gone; an innermost pair.
_JSON_STRING = re.compile(rb'"(?:[^"\\]|\\.)*"', re.DOTALL)
_NOT_BRACKET = re.compile(rb"[^\[\]{}]+")
_INNERMOST = re.compile(rb"\[\]|\{\}")
# `\u0000` as an escape, not as the text `\\u0000` (an escaped backslash, then `u0000`).
_NUL_ESCAPE = re.compile(rb"(?<!\\)(?:\\\\)*\\u0000")


class BodyTooLarge(Exception):  # noqa: N818 - reads as the condition it signals
    """Raised into the route reading a body that grew past its limit (413 already sent)."""


def json_too_deep(raw: bytes, limit: int) -> bool:
    """Whether a JSON text nests more than `limit` arrays and objects, without parsing it.

    Fewer brackets than the limit cannot nest deeper (the usual case, two C-speed counts).
    Otherwise strings are cut out and innermost pairs removed level by level: as many passes as
    the text is deep, each at C speed. Brackets that do not pair up are the parser's to refuse.
    """
    if raw.count(b"[") + raw.count(b"{") <= limit:
        return False
    brackets = _NOT_BRACKET.sub(b"", _JSON_STRING.sub(b"", raw))
    for _ in range(limit):
        fewer = _INNERMOST.sub(b"", brackets)
        if not fewer or fewer == brackets:
            return False
        brackets = fewer
    return True


def _request_id(scope: Scope) -> str:
    for name, value in scope.get("headers") or ():
        if name == b"x-request-id":
            text = value.decode("latin-1")
            if REQUEST_ID.match(text):
                return text
    return uuid.uuid4().hex[:16]


def _header(scope: Scope, wanted: bytes) -> str | None:
    for name, value in scope.get("headers") or ():
        if name == wanted:
            return value.decode("latin-1")
    return None


def check_target(scope: Scope) -> ZouError | None:
    """The path and query string: no NUL, `page`/`limit` in range."""
    if "\x00" in scope.get("path", ""):
        return bad_request(NUL_TEXT)
    query: bytes = scope.get("query_string") or b""
    if not query:
        return None
    if b"%00" in query or b"\x00" in query:
        return bad_request(NUL_TEXT)
    if b"page=" in query or b"limit=" in query:
        for name, value in parse_qsl(query.decode("latin-1"), keep_blank_values=True):
            if name in INT_PARAMS and _out_of_range(value):
                return bad_request(f"Invalid {name} parameter: {value}")
    return None


def _out_of_range(value: str) -> bool:
    number = decimal_int(value)
    return number is not None and not -INT_RANGE <= number < INT_RANGE


def check_body(raw: bytes, content_type: str) -> ZouError | None:
    """A buffered body's text: JSON depth and NUL escapes, or a form's NUL characters."""
    if "json" in content_type:
        if _NUL_ESCAPE.search(raw):
            return bad_request(NUL_TEXT)
        depth = get_settings().max_json_depth
        if json_too_deep(raw, depth):
            return bad_request(TOO_DEEP.format(depth))
    elif content_type.startswith("application/x-www-form-urlencoded"):
        if b"%00" in raw or b"\x00" in raw:
            return bad_request(NUL_TEXT)
    return None


class RequestGuard:
    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request_id = _request_id(scope)
        scope.setdefault("state", {})["request_id"] = request_id
        header = (b"x-request-id", request_id.encode())
        state = {"started": False, "refused": False, "upload": False}

        async def send_with_id(message: Message) -> None:
            if state["refused"]:
                return  # a 413 went out in the middle of the body: the route's answer is moot
            if message["type"] == "http.response.start":
                stop_clock()
                state["started"] = True
                message["headers"] = [*message.get("headers", ()), header]
            await send(message)

        try:
            problem = check_target(scope)
            if problem is None:
                receive, problem = await self._read_body(scope, receive, send_with_id, state)
            if problem is not None:
                await render(problem.status, problem.body, problem.headers)(scope, receive, send_with_id)
                return
            await self._run_timed(scope, receive, send_with_id, state, request_id)
        except BodyTooLarge:
            return
        except Exception:
            log.exception(
                "request %s: unhandled error on %s %s", request_id, scope.get("method"), scope.get("path")
            )
            if not state["started"]:
                body = {"error": True, "message": INTERNAL_ERROR}
                await render(500, body)(scope, receive, send_with_id)
            # Otherwise the response is cut short: the server closes the connection, as it must.

    async def _run_timed(
        self, scope: Scope, receive: Receive, send: Send, state: dict[str, bool], request_id: str
    ) -> None:
        seconds = get_settings().request_timeout
        if not seconds:
            await self.app(scope, receive, send)
            return
        try:
            async with request_clock(seconds, start=not state["upload"]) as clock:
                await self.app(scope, receive, send)
        except Exception:
            if not clock.expired():
                raise
            # Cancelled: the route's unit of work rolled back on its way out.
            log.warning(
                "request %s: %s %s ran past the time limit (%s s): answered 503",
                request_id,
                scope.get("method"),
                scope.get("path"),
                seconds,
            )
            if not state["started"]:
                body = {"error": True, "message": TOO_LONG}
                await render(503, body, {"Retry-After": "1"})(scope, receive, send)

    async def _read_body(
        self, scope: Scope, receive: Receive, send: Send, state: dict[str, bool]
    ) -> tuple[Receive, ZouError | None]:
        """The body limits. A small body is read here, checked, and replayed to the route; an
        upload is passed through, counted as the route reads it."""
        length_header = _header(scope, b"content-length")
        chunked = _header(scope, b"transfer-encoding") is not None
        if scope.get("method") in NO_BODY_METHODS and not chunked and length_header in (None, "0"):
            return receive, None
        content_type = (_header(scope, b"content-type") or "").lower()
        settings = get_settings()
        upload = content_type.startswith(UPLOAD_TYPES)
        limit = settings.max_upload_size if upload else settings.max_body_size
        too_large = error(413, TOO_LARGE)
        declared = decimal_int(length_header) if length_header is not None else None
        if declared is not None and declared > limit:
            return receive, too_large
        if upload:
            state["upload"] = True  # its time starts once it is all in
            return self._counted(receive, send, limit, state), None
        chunks, size = [], 0
        while True:
            message = await receive()
            if message["type"] != "http.request":  # the client left: let the route see it
                return _replay([], message, receive), None
            chunks.append(message.get("body", b""))
            size += len(chunks[-1])
            if size > limit:
                return receive, too_large
            if not message.get("more_body", False):
                break
        raw = b"".join(chunks)
        return _replay([raw], None, receive), check_body(raw, content_type)

    @staticmethod
    def _counted(receive: Receive, send: Send, limit: int, state: dict[str, bool]) -> Receive:
        received = 0

        async def counting() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    if not state["started"]:
                        response = error(413, TOO_LARGE)
                        await render(response.status, response.body)({"type": "http"}, receive, send)
                    state["refused"] = True
                    raise BodyTooLarge
                if not message.get("more_body", False):
                    start_clock()
            return message

        return counting


def _replay(chunks: list[bytes], pending: Message | None, receive: Receive) -> Receive:
    """A `receive` that hands out the buffered body first, then the server's own messages."""
    queue: list[Message] = [{"type": "http.request", "body": b"".join(chunks), "more_body": False}]
    if pending is not None:
        queue = [pending]

    async def replayed() -> Message:
        if queue:
            return queue.pop(0)
        return await receive()

    return replayed


def install(app: Any) -> None:
    """Wrap the app (call before the path middleware, which must stay outermost)."""
    app.add_middleware(RequestGuard)
