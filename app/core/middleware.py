"""Path normalisation: Zou is reached both at the root and under `/api`, slashes optional."""

from starlette.types import ASGIApp, Receive, Scope, Send

API_PREFIX = "/api"
SECURITY_HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"SAMEORIGIN"),
    (b"content-security-policy", b"frame-ancestors 'self'"),
    (b"referrer-policy", b"strict-origin-when-cross-origin"),
]


def normalise_path(path: str) -> str:
    if path == API_PREFIX or path.startswith(API_PREFIX + "/"):
        path = path[len(API_PREFIX) :] or "/"
    if len(path) > 1 and path.endswith("/"):
        path = path.rstrip("/") or "/"
    return path


class ZouPathMiddleware:
    """Strips the proxy's `/api` prefix and trailing slashes so one route table serves all forms."""

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path = normalise_path(scope["path"])
        if path != scope["path"]:
            scope = dict(scope)
            scope["path"] = path
            scope["raw_path"] = path.encode()

        async def send_with_headers(message) -> None:
            if message["type"] == "http.response.start":
                message.setdefault("headers", [])
                message["headers"] = list(message["headers"]) + SECURITY_HEADERS
            await send(message)

        await self.app(scope, receive, send_with_headers)
