"""The hand-written contract in `openapi/`, read as one document (the openapi_spec area serves it)."""

from functools import cache
from pathlib import Path
from typing import Any

SPEC_DIR = Path(__file__).resolve().parents[2] / "openapi"
SPEC_PATH = SPEC_DIR / "openapi.yaml"
# Each Zou area may keep its operations in its own file: `paths` plus `components.schemas`,
# merged into the root document (a name defined twice is an error, never a silent override).
AREAS_DIR = SPEC_DIR / "areas"
SCHEMA_REF = "#/components/schemas/"
HTTP_METHODS = frozenset({"get", "put", "post", "delete", "patch", "head", "options", "trace"})
# What `/openapi.json` serves and SDK generators read: `make contract` writes it.
BUNDLE_PATH = SPEC_DIR / "openapi.json"


def _read(path: Path) -> dict[str, Any]:
    import yaml  # only when the contract is rendered: not worth its memory in every worker

    # The C loader parses the large contract several times faster than the pure-Python one.
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(path.read_text(), Loader=loader) or {}  # noqa: S506 - a safe loader


def _merge(target: dict[str, Any], extra: dict[str, Any], source: str) -> None:
    for name, value in extra.items():
        if name in target:
            raise ValueError(f"{source} redefines {name!r}")
        target[name] = value


def _internal_refs(node: Any) -> Any:
    """`areas/shots.yaml#/components/...` and `../openapi.yaml#/components/...` become
    `#/components/...`: in the bundle every component lives in the one document."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and not ref.startswith("#") and "#" in ref:
            node["$ref"] = "#" + ref.split("#", 1)[1]
        for value in node.values():
            _internal_refs(value)
    elif isinstance(node, list):
        for value in node:
            _internal_refs(value)
    return node


def area_files() -> list[Path]:
    return sorted(AREAS_DIR.glob("*.yaml"))


def load_spec() -> dict[str, Any]:
    """The whole contract as one OpenAPI document: the root's components and the area files'
    paths and schemas (the root's `paths` only point at the latter, for tools reading the files)."""
    spec = _read(SPEC_PATH)
    spec["paths"] = {}
    for area in area_files():
        fragment = _read(area)
        _merge(spec["paths"], fragment.get("paths") or {}, area.name)
        schemas = (fragment.get("components") or {}).get("schemas") or {}
        _merge(spec.setdefault("components", {}).setdefault("schemas", {}), schemas, area.name)
        for tag in fragment.get("tags") or []:
            spec.setdefault("tags", []).append(tag)
    spec = _internal_refs(spec)
    _add_shared_responses(spec)
    _add_picked_rows(spec)
    return spec


FIELDS_PARAMETER = "#/components/parameters/Fields"
PICKED_ROWS = "#/components/schemas/PickedRows"


def _add_picked_rows(spec: dict[str, Any]) -> None:
    """`?fields=` trims rows to the listed columns: the lists taking it may answer `PickedRows`."""
    for item in spec.get("paths", {}).values():
        for method, operation in item.items():
            if method not in HTTP_METHODS or not isinstance(operation, dict):
                continue
            if not any(p.get("$ref") == FIELDS_PARAMETER for p in operation.get("parameters") or []):
                continue
            media = (((operation.get("responses") or {}).get("200") or {}).get("content") or {}).get(
                "application/json"
            )
            if media is not None and "schema" in media:
                media["schema"] = {"anyOf": [media["schema"], {"$ref": PICKED_ROWS}]}


def _add_shared_responses(spec: dict[str, Any]) -> None:
    """The root's `x-zou-every-operation` answers, on every operation lacking that status."""
    shared = (spec.get("x-zou-every-operation") or {}).get("responses") or {}
    for item in spec.get("paths", {}).values():
        for method, operation in item.items():
            if method in HTTP_METHODS and isinstance(operation, dict):
                responses = operation.setdefault("responses", {})
                for status, response in shared.items():
                    responses.setdefault(status, response)


def _schema_refs(node: Any, found: set[str]) -> set[str]:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(SCHEMA_REF):
            found.add(ref.removeprefix(SCHEMA_REF))
        for value in node.values():
            _schema_refs(value, found)
    elif isinstance(node, list):
        for value in node:
            _schema_refs(value, found)
    return found


def request_models_spec(spec: dict[str, Any], skipped_operations: set[str]) -> dict[str, Any]:
    """The document's schemas a router validates a request body with, and those they refer to.

    Only those become Pydantic classes in every worker: the response schemas (checked by the
    contract tests with JSON Schema) and the bodies of `skipped_operations` are left out.
    """
    schemas = spec["components"]["schemas"]
    pending: set[str] = set()
    for item in spec.get("paths", {}).values():
        for operation in item.values():
            if isinstance(operation, dict) and operation.get("operationId") not in skipped_operations:
                _schema_refs(operation.get("requestBody"), pending)
    kept: set[str] = set()
    while pending:
        name = pending.pop()
        if name not in kept:
            kept.add(name)
            pending |= _schema_refs(schemas[name], set()) - kept
    return {
        "openapi": spec["openapi"],
        "info": spec["info"],
        "paths": {},
        "components": {"schemas": {name: schemas[name] for name in schemas if name in kept}},
    }


def bundle_bytes() -> bytes:
    """The bundle, `openapi/openapi.json`, as `make contract` writes it (indented, for diffs)."""
    import orjson

    return orjson.dumps(load_spec(), default=str, option=orjson.OPT_INDENT_2) + b"\n"


@cache
def spec_bytes() -> bytes:
    # The committed bundle, kept equal to the YAML files by the tests: workers never parse YAML.
    return BUNDLE_PATH.read_bytes()
