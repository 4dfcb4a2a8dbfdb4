"""The app serves exactly the operations of the document, under the same operation ids."""

from fastapi.routing import iter_route_contexts

from app.openapi import load_spec
from tests.contract.validator import METHODS, path_shape

# Served by the app but not API operations.
NOT_OPERATIONS = {"/docs"}
IGNORED_METHODS = {"HEAD", "OPTIONS"}


def app_routes() -> dict[tuple[str, str], str | None]:
    """(METHOD, path shape) -> operation id of every route of the FastAPI app."""
    from app.main import app

    served: dict[tuple[str, str], str | None] = {}
    # Included routers are flattened with their prefixes applied.
    for route in iter_route_contexts(app.routes):
        methods = getattr(route, "methods", None)
        path = getattr(route, "path", None)
        if not methods or path is None or path in NOT_OPERATIONS:
            continue
        for method in set(methods) - IGNORED_METHODS:
            served[(method, path_shape(path))] = getattr(route, "operation_id", None)
    return served


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
