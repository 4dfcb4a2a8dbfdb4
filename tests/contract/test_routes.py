"""The app serves exactly the operations of the document, under the same operation ids.

The CRUD collections are served by five generic routes (`/data/{collection}`...): what they serve
is the registry's enumeration (`crud_operations()`), checked below to be exactly what those routes
match, and compared with the document like every other route.
"""

import uuid

from fastapi.routing import iter_route_contexts
from starlette.routing import Match

from app.core.contract import load_spec
from tests.contract.validator import METHODS, path_shape

# Served by the app but not API operations.
NOT_OPERATIONS = {"/docs", "/redoc", "/docs-static/{name}"}
IGNORED_METHODS = {"HEAD", "OPTIONS"}


def _flat_routes():
    from app.main import app

    # Included routers are flattened with their prefixes applied.
    return list(iter_route_contexts(app.routes))


def _is_generic_crud(path: str) -> bool:
    from app.areas.crud import routes as crud

    return path in (crud.COLLECTION, crud.INSTANCE)


def app_routes() -> dict[tuple[str, str], str | None]:
    """(METHOD, path shape) -> operation id of every route of the FastAPI app."""
    from app.areas.crud.routes import crud_operations

    served: dict[tuple[str, str], str | None] = {}
    for route in _flat_routes():
        methods = getattr(route, "methods", None)
        path = getattr(route, "path", None)
        if not methods or path is None or path in NOT_OPERATIONS or _is_generic_crud(path):
            continue
        for method in set(methods) - IGNORED_METHODS:
            served[(method, path_shape(path))] = getattr(route, "operation_id", None)
    for operation in crud_operations():
        served[(operation.method, path_shape(operation.path))] = operation.operation_id
    return served


def _route_for(method: str, path: str):
    """The first flattened route that fully matches a request, as the app's router picks it."""
    scope = {"type": "http", "method": method, "path": path, "root_path": "", "query_string": b""}
    for route in _flat_routes():
        match, child = route.matches(scope)
        if match == Match.FULL:
            return route, child.get("path_params", {})
    return None, {}


def test_the_crud_enumeration_is_what_the_generic_routes_serve():
    from app.areas.crud.routes import crud_operations
    from app.crud.registry import COLLECTIONS

    operations = crud_operations()
    assert len(operations) == 5 * len(COLLECTIONS)
    for method, path, _operation_id in operations:
        concrete = path.replace("{instance_id}", str(uuid.uuid4()))
        route, params = _route_for(method, concrete)
        assert route is not None, f"{method} {path} is enumerated but not routed"
        assert _is_generic_crud(route.path), f"{method} {path} is routed to {route.path}"
        assert params["collection"] in COLLECTIONS
    # Whatever the registry does not list is not matched by the generic routes (Zou's 404).
    for path in ("/data/task-type", "/data/taskss", "/data/unknown/" + str(uuid.uuid4())):
        route, _ = _route_for("GET", path)
        assert route is None or not _is_generic_crud(route.path), path


def spec_operations() -> dict[tuple[str, str], str]:
    return {
        (method.upper(), path_shape(path)): operation.get("operationId", "")
        for path, item in load_spec()["paths"].items()
        for method, operation in item.items()
        if method in METHODS
    }


def _listing(keys, names) -> str:
    return "\n".join(
        f"  {method} {shape}  ({names.get((method, shape)) or '-'})" for method, shape in sorted(keys)
    )


def test_every_route_of_the_app_is_in_the_document():
    served, declared = app_routes(), spec_operations()
    extra = set(served) - set(declared)
    assert not extra, f"{len(extra)} route(s) served but not in openapi/openapi.yaml:\n" + _listing(
        extra, served
    )


def test_every_operation_of_the_document_is_served():
    served, declared = app_routes(), spec_operations()
    missing = set(declared) - set(served)
    assert not missing, f"{len(missing)} operation(s) of openapi/openapi.yaml not served:\n" + _listing(
        missing, declared
    )


def test_routes_use_the_operation_ids_of_the_document():
    served, declared = app_routes(), spec_operations()
    different = {
        key: (served[key], declared[key])
        for key in set(served) & set(declared)
        if served[key] is not None and served[key] != declared[key]
    }
    assert not different, "\n".join(
        f"  {method} {shape}: app {ours!r}, document {theirs!r}"
        for (method, shape), (ours, theirs) in sorted(different.items())
    )
