"""Check one HTTP response against the contract: a declared status, and a body matching its schema.

`validate_response(method, path, status, body)` returns a list of human-readable problems (empty
when the response conforms). `path` is either a path template of the document (parameter names
may differ: `/data/tasks/{task_id}`) or the raw path a client requested, with or without the
`/api` prefix, a trailing slash or a query string. Bodies are validated with JSON Schema Draft
2020-12 (OpenAPI 3.1's dialect), formats included.
"""

import re
from dataclasses import dataclass
from functools import cache
from typing import Any
from urllib.parse import parse_qs, quote, urlsplit

import orjson
from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError, best_match
from jsonschema.validators import extend
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

SPEC_URI = "urn:zou-api:openapi"
METHODS = ("get", "put", "post", "delete", "patch", "head", "options")
# Statuses that need no declaration: a crash is reported by the test itself.
UNDECLARED_OK = {500}
# Served but not API operations: the rendered documentation and its static files.
UNCHECKED_PATHS = {"/docs", "/redoc"}
UNCHECKED_PREFIXES = ("/docs-static/",)
# `?fields=a,b` trims every row to the listed columns (plus id and type): rows keep their
# property types but no longer have to carry every required key.
ROW_MARKER = "x-zou-table"
ALWAYS_KEPT = ("id", "type")
MAX_ERRORS = 5


def normalise_path(path: str) -> str:
    """The path the app routes: no `/api` prefix, no trailing slash (as `ZouPathMiddleware`)."""
    if path == "/api" or path.startswith("/api/"):
        path = path[len("/api") :] or "/"
    if len(path) > 1:
        path = path.rstrip("/") or "/"
    return path


def path_shape(template: str) -> str:
    """A template with its parameter names erased: `/data/tasks/{}`."""
    return re.sub(r"\{[^}/]+\}", "{}", normalise_path(template))


def _pointer(*parts: str) -> str:
    escaped = (part.replace("~", "~0").replace("/", "~1") for part in parts)
    return quote("/" + "/".join(escaped), safe="/~")


def _lenient_required(validator: Any, required: list[str], instance: Any, schema: dict[str, Any]):
    if not validator.is_type(instance, "object"):
        return
    names = [name for name in required if name in ALWAYS_KEPT] if ROW_MARKER in schema else required
    for name in names:
        if name not in instance:
            yield ValidationError(f"{name!r} is a required property")


def _fields_only(validator: Any, value: bool, instance: Any, schema: dict[str, Any]):
    """`PickedRows`, the loose shape the document gives `?fields=` answers, is never taken here:
    without `fields` rows must be whole, with it each kept key is checked against its column's
    type (the lenient row schemas above)."""
    if value:
        yield ValidationError("rows reduced by `fields` are checked against their row schema")


_LenientValidator = extend(
    Draft202012Validator, {"required": _lenient_required, "x-zou-fields-only": _fields_only}
)
_StrictValidator = extend(Draft202012Validator, {"x-zou-fields-only": _fields_only})


@dataclass(frozen=True)
class Operation:
    method: str
    template: str
    operation_id: str
    responses: dict[str, Any]
    pointer: str  # JSON pointer of the operation object in the document

    @property
    def label(self) -> str:
        return f"{self.method.upper()} {self.template}"


class ContractValidator:
    """Route table and schema validators built once from an OpenAPI 3.1 document."""

    def __init__(self, spec: dict[str, Any]):
        self.spec = spec
        self.registry = Registry().with_resource(
            SPEC_URI, Resource.from_contents(spec, default_specification=DRAFT202012)
        )
        self.operations: dict[tuple[str, str], Operation] = {}
        self.routes: list[tuple[re.Pattern[str], str, int]] = []
        for template, item in (spec.get("paths") or {}).items():
            shape = path_shape(template)
            literal_chars = len(re.sub(r"\{[^}/]+\}", "", template))
            self.routes.append((self._template_regex(template), shape, literal_chars))
            for method in METHODS:
                if method in item:
                    self.operations[(method, shape)] = Operation(
                        method=method,
                        template=template,
                        operation_id=item[method].get("operationId", ""),
                        responses=item[method].get("responses", {}),
                        pointer=_pointer("paths", template, method),
                    )
        # Most literal characters first: `/persons/{id}.png` beats `/persons/{id}`.
        self.routes.sort(key=lambda route: -route[2])
        self._validators: dict[tuple[str, bool], Any] = {}

    @staticmethod
    def _template_regex(template: str) -> re.Pattern[str]:
        parts = re.split(r"(\{[^}/]+\})", template)
        pattern = "".join("[^/]+" if part.startswith("{") else re.escape(part) for part in parts)
        return re.compile(f"^{pattern}$")

    # --- routing ---------------------------------------------------------------------
    def find(self, method: str, path: str) -> tuple[Operation | None, bool]:
        """The operation serving `method path`, and whether the path itself is in the contract."""
        method = method.lower()
        # HEAD is GET without a body, unless the document declares it apart.
        fallbacks = (method, "get") if method == "head" else (method,)
        shape = path_shape(path)
        if "{" in path:
            for candidate in fallbacks:
                if (candidate, shape) in self.operations:
                    return self.operations[(candidate, shape)], True
        path = normalise_path(path)
        known = False
        for regex, route_shape, _chars in self.routes:
            if regex.match(path):
                known = True
                for candidate in fallbacks:
                    operation = self.operations.get((candidate, route_shape))
                    if operation is not None:
                        return operation, True
        return None, known

    # --- responses -------------------------------------------------------------------
    def _resolve(self, node: dict[str, Any], pointer: str) -> tuple[dict[str, Any], str]:
        """Follow a local `$ref` (components.responses) to the object and its pointer."""
        while "$ref" in node:
            ref = node["$ref"]
            if not ref.startswith("#/"):
                raise ValueError(f"only local references are supported, got {ref}")
            pointer = quote(ref[1:], safe="/~")
            node = self.registry.resolver(SPEC_URI).lookup(SPEC_URI + "#" + pointer).contents
        return node, pointer

    def _declared(self, operation: Operation, status: int) -> tuple[dict[str, Any], str] | None:
        responses = operation.responses
        for key in (str(status), f"{str(status)[0]}XX", "default"):
            if key in responses:
                return self._resolve(responses[key], operation.pointer + _pointer("responses", key))
        return None

    def _schema_validator(self, pointer: str, lenient: bool) -> Any:
        key = (pointer, lenient)
        if key not in self._validators:
            cls = _LenientValidator if lenient else _StrictValidator
            self._validators[key] = cls(
                {"$ref": SPEC_URI + "#" + pointer},
                registry=self.registry,
                format_checker=Draft202012Validator.FORMAT_CHECKER,
            )
        return self._validators[key]

    def validate(
        self,
        method: str,
        path: str,
        status: int,
        body: Any,
        *,
        content_type: str | None = None,
    ) -> list[str]:
        split = urlsplit(path)
        served_path = normalise_path(split.path)
        if served_path in UNCHECKED_PATHS or served_path.startswith(UNCHECKED_PREFIXES):
            return []
        query = parse_qs(split.query)
        operation, known_path = self.find(method, split.path)
        label = f"{method.upper()} {split.path} -> {status}"
        if operation is None:
            # The app's own 404/405 for what the contract does not serve is fine.
            if status == 404 and not known_path or status == 405 and known_path:
                return []
            where = "method" if known_path else "path"
            return [f"{label}: this {where} is not in the contract"]
        label = f"{operation.label} -> {status}"
        declared = self._declared(operation, status)
        if declared is None:
            if status in UNDECLARED_OK:
                return []
            statuses = ", ".join(sorted(operation.responses))
            return [f"{label}: status not declared by {operation.operation_id} (declares {statuses})"]
        response, pointer = declared
        content = response.get("content") or {}
        raw = body if isinstance(body, (bytes, bytearray, memoryview)) else None
        if not content:
            empty = (bytes(raw) == b"") if raw is not None else body in (None, "")
            return [] if empty or method.lower() == "head" else [f"{label}: a body where none is declared"]
        media = self._media_type(content, content_type)
        if media is None:
            return [f"{label}: content type {content_type!r} not declared ({', '.join(content)})"]
        if not _is_json(media) or method.lower() == "head":
            return []
        if raw is not None:
            try:
                body = orjson.loads(bytes(raw))
            except orjson.JSONDecodeError:
                return [f"{label}: body is not JSON: {bytes(raw)[:200]!r}"]
        if "schema" not in content[media]:
            return []
        schema_pointer = pointer + _pointer("content", media, "schema")
        lenient = "fields" in query
        validator = self._schema_validator(schema_pointer, lenient)
        return [f"{label}: {message}" for message in _messages(validator.iter_errors(body))]

    @staticmethod
    def _media_type(content: dict[str, Any], content_type: str | None) -> str | None:
        if content_type is None:
            return next((media for media in content if _is_json(media)), next(iter(content)))
        actual = content_type.split(";")[0].strip().lower()
        for media in content:
            if media.lower() == actual or (_is_json(media) and _is_json(actual)):
                return media
        if "/" not in actual:  # Flask's `mimetype="text"`: a bare major type, kept by the server
            return next((media for media in content if media.lower().startswith(actual + "/")), None)
        for media in content:  # `image/*`, `*/*`
            major, _, minor = media.lower().partition("/")
            if minor == "*" and (major == "*" or actual.startswith(major + "/")):
                return media
        return None


def _is_json(media: str) -> bool:
    media = media.lower()
    return media == "application/json" or media.endswith("+json")


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 160 else text[:157] + "..."


def _where(error: ValidationError) -> str:
    return "$" + "".join(f"[{part!r}]" for part in error.absolute_path)


def _explain(error: ValidationError, depth: int = 0) -> str:
    """One line per failure; for anyOf/oneOf, why each branch failed (wrong-type branches dropped)."""
    message = error.message if len(error.message) <= 300 else error.message[:297] + "..."
    if not error.context or depth > 3:
        if error.validator in ("required", "additionalProperties"):
            return f"{_where(error)}: {message}"
        return f"{_where(error)}: {message} (value {_short(error.instance)})"
    branches: dict[Any, list[ValidationError]] = {}
    for sub in error.context:
        branches.setdefault(sub.schema_path[0] if sub.schema_path else None, []).append(sub)
    reasons = [best_match(errors) for errors in branches.values()]
    relevant = [r for r in reasons if not (r.validator == "type" and not r.relative_path)] or reasons
    if len(relevant) == 1:
        return _explain(relevant[0], depth + 1)
    parts = "; ".join(f"[branch {i + 1}] {_explain(r, depth + 1)}" for i, r in enumerate(relevant[:3]))
    return f"{_where(error)}: matches no allowed shape: {parts}"


def _messages(errors: Any) -> list[str]:
    found = sorted(errors, key=lambda error: list(error.absolute_path))
    messages = [_explain(error) for error in found[:MAX_ERRORS]]
    if len(found) > MAX_ERRORS:
        messages.append(f"... and {len(found) - MAX_ERRORS} more")
    return messages


@cache
def default_validator() -> ContractValidator:
    """The validator of the document the app serves (`app.core.contract.load_spec`)."""
    from app.core.contract import load_spec

    return ContractValidator(load_spec())


def validate_response(
    method: str,
    path_template_or_raw_path: str,
    status: int,
    body: Any,
    *,
    content_type: str | None = None,
) -> list[str]:
    """Problems of one response against `openapi/openapi.yaml` (empty list: it conforms).

    `body` is the raw bytes of the response or its decoded JSON value.
    """
    return default_validator().validate(
        method, path_template_or_raw_path, status, body, content_type=content_type
    )
