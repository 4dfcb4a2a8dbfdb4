"""The route class that owns the request's unit of work: commit before the response leaves."""

import weakref
from collections import Counter
from collections.abc import Callable, Coroutine
from typing import Any

from fastapi import Request
from fastapi.routing import APIRoute, iter_route_contexts
from starlette._utils import get_route_path
from starlette.responses import Response
from starlette.routing import BaseRoute, Match
from starlette.types import Scope

from app.core.serialize import UnitOfWorkResponse
from app.core.unit_of_work import begin_unit_of_work, end_unit_of_work


class UnitOfWorkRoute(APIRoute):
    """Handlers run inside one transaction, committed after the response body is built.

    A failed commit therefore becomes an error response instead of a lost write, and
    events/jobs registered with `on_commit` are published only once data is durable.
    """

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def handle(request: Request) -> Response:
            uow, token = begin_unit_of_work()
            adopted = False
            try:
                response = await handler(request)
                if isinstance(response, UnitOfWorkResponse) and response.status_code < 400:
                    # A streamed read: it still needs the session while its body is sent, and
                    # finishes the unit of work itself (nothing was written: see the engine).
                    response.adopt(uow)
                    adopted = True
                elif response.status_code < 400:
                    await uow.commit()
                else:
                    await uow.rollback()
                return response
            except BaseException:
                await uow.rollback()
                raise
            finally:
                if not adopted:
                    await uow.close()
                end_unit_of_work(token)

        return handle


Shape = tuple[int, str, str]
WILDCARD = "*"


def _shape(path: str) -> Shape | None:
    """(number of segments, first two segments) of a route path; None when a parameter may span
    segments (`{x:path}`) and the route must be checked for every request."""
    if ":path}" in path:
        return None
    parts = path.split("/")
    first, second = (parts[1:3] + ["", ""])[:2]
    return (
        len(parts),
        WILDCARD if "{" in first else first,
        WILDCARD if "{" in second else second,
    )


def _flat_routes(routes: list[Any]) -> list[Any]:
    """Every route of the app. Routers included without a prefix are walked as they are: asking
    FastAPI for their effective routes (`iter_route_contexts`) would build a second copy of every
    route of the app (~2 MB a worker), which only the routes actually requested need."""
    flat: list[Any] = []
    for route in routes:
        original, context = getattr(route, "original_router", None), getattr(route, "include_context", None)
        if original is None or context is None:
            flat.append(route)
        elif context.prefix:
            flat += iter_route_contexts([route])
        else:
            flat += _flat_routes(original.routes)
    return flat


class _RouteIndex:
    """The app's other routes grouped by shape, to find quickly which may match a request."""

    def __init__(self, app: Any, generic: type[BaseRoute]):
        self.by_shape: dict[Shape, list[Any]] = {}
        self.always: list[Any] = []
        for route in _flat_routes(app.router.routes):
            if isinstance(getattr(route, "original_route", route), generic):
                continue
            path = getattr(route, "path", None)
            shape = _shape(path) if isinstance(path, str) and getattr(route, "methods", None) else None
            if shape is None:  # mounts, hosts, path-spanning parameters
                self.always.append(route)
            else:
                self.by_shape.setdefault(shape, []).append(route)

    def candidates(self, path: str) -> list[Any]:
        parts = path.split("/")
        first, second = (parts[1:3] + ["", ""])[:2]
        size, found = len(parts), list(self.always)
        for key in ((size, first, second), (size, first, WILDCARD), (size, WILDCARD, second)):
            found += self.by_shape.get(key, ())
        return found + self.by_shape.get((size, WILDCARD, WILDCARD), [])


_indexes: "weakref.WeakKeyDictionary[Any, tuple[int, _RouteIndex]]" = weakref.WeakKeyDictionary()


class GenericRoute(UnitOfWorkRoute):
    """A catch-all route (`/data/{collection}/{instance_id}`) that gives way to the app's other routes.

    It is matched first, so the bulk of the traffic does not walk hundreds of routes, yet any
    other route matching the same request wins, exactly as if this one were declared last: a full
    match elsewhere always, a partial one (wrong method: 405) when this one is partial too. Only
    the few routes of the same shape (segment count, first two segments) are looked at.
    """

    def matches(self, scope: Scope) -> tuple[Match, Scope]:
        match, child_scope = super().matches(scope)
        if match == Match.NONE:
            return match, child_scope
        app = scope.get("app")
        if app is None:
            return match, child_scope
        for other in self._index(app).candidates(get_route_path(scope)):
            other_match, _ = other.matches(scope)
            if other_match == Match.FULL or (other_match == Match.PARTIAL and match == Match.PARTIAL):
                return Match.NONE, {}
        return match, child_scope

    @staticmethod
    def _index(app: Any) -> _RouteIndex:
        version = len(app.router.routes)  # routes are included at start-up; rebuilt if more come
        cached = _indexes.get(app)
        if cached is None or cached[0] != version:
            cached = (version, _RouteIndex(app, GenericRoute))
            _indexes[app] = cached
        return cached[1]


def _may_match(shapes: frozenset[Shape], path: str) -> bool:
    parts = path.split("/")
    size = len(parts)
    first, second = (parts[1:3] + ["", ""])[:2]
    return (
        (size, first, second) in shapes
        or (size, first, WILDCARD) in shapes
        or (size, WILDCARD, second) in shapes
        or (size, WILDCARD, WILDCARD) in shapes
    )


def _prefiltered(router: Any, shapes: frozenset[Shape]):
    matches, size = router.matches, len(router.routes)

    def shape_checked(scope: Scope) -> tuple[Match, Scope]:
        # A route added since (tests do) is not in `shapes`: the full walk then.
        if (
            scope.get("type") == "http"
            and len(router.routes) == size
            and not _may_match(shapes, get_route_path(scope))
        ):
            return Match.NONE, {}
        return matches(scope)

    return shape_checked


def skip_unmatchable_routers(app: Any) -> None:
    """Let each router included by the app refuse at once a path none of its routes can match.

    The app tries its ~40 routers in order, and each router its routes, one regular expression
    at a time: ~130 µs a request for a route included late (the comment thread). A router whose
    routes all have a fixed shape (segment count, first two segments) now first compares the
    request's path with that set of shapes: a router left out could not have matched, so the
    order of matching, and the route chosen, stay FastAPI's. Routers included more than once or
    under a prefix, mounts and path-spanning parameters (`{x:path}`) keep the full walk.
    """
    top = [route for route in app.router.routes if getattr(route, "original_router", None) is not None]
    included = Counter(id(route.original_router) for route in top)
    for route in top:
        original, context = route.original_router, getattr(route, "include_context", None)
        if context is None or context.prefix or included[id(original)] > 1:
            continue
        shapes: set[Shape] = set()
        for inner in _flat_routes([route]):
            path = getattr(inner, "path", None)
            shape = _shape(path) if isinstance(path, str) and getattr(inner, "methods", None) else None
            if shape is None:
                break
            shapes.add(shape)
        else:
            if "matches" not in vars(original):  # installed once, even if the app is built again
                original.matches = _prefiltered(original, frozenset(shapes))


METHOD_ORDER = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS")


def allowed_methods(app: Any, path: str) -> list[str]:
    """Every method some route of the app serves at `path`: a 405's `Allow`. The route that
    answered 405 only knows its own methods, and several routes may serve one path (the generic
    CRUD routes under a static one: `/data/projects/all` takes GET, and PUT and DELETE as an id)."""
    methods: set[str] = set()
    for route in _flat_routes(app.router.routes):
        regex, route_methods = getattr(route, "path_regex", None), getattr(route, "methods", None)
        if regex is not None and route_methods and regex.match(path):
            methods |= set(route_methods)
    return sorted(
        methods, key=lambda m: (METHOD_ORDER.index(m) if m in METHOD_ORDER else len(METHOD_ORDER), m)
    )
