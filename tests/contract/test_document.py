"""The document itself: valid OpenAPI 3.1, generated models up to date, served at /openapi.json and /docs."""

import filecmp
import re
import subprocess
import sys
from pathlib import Path

import httpx
from openapi_spec_validator import validate

from app.core.contract import BUNDLE_PATH, load_spec
from tests.contract.plugin import make_response_hook, recording

ROOT = Path(__file__).resolve().parents[2]
SCHEMAS_DIR = ROOT / "app" / "schemas"

AUTH_OPERATIONS = {
    "login",
    "logout",
    "get_authenticated",
    "refresh_token",
    "change_password",
    "reset_password",
    "reset_password_change",
    "pre_enable_totp",
    "enable_totp",
    "disable_totp",
    "send_email_otp",
    "pre_enable_email_otp",
    "enable_email_otp",
    "disable_email_otp",
    "get_fido_challenge",
    "pre_register_fido",
    "register_fido",
    "unregister_fido",
    "new_recovery_codes",
    "saml_login",
    "saml_sso",
    "oidc_login",
    "oidc_callback",
    "app_login_code",
    "app_login_token",
}
INDEX_OPERATIONS = {
    "get_index",
    "get_config",
    "get_status",
    "get_status_txt",
    "get_status_resources",
    "get_status_influx",
    "get_status_test_event",
    "get_stats",
    "get_openapi_spec",
}
OTHER_OPERATIONS = {
    "reorder_task_types",
    "create_task_type_link",
    "reorder_task_type_links",
    "create_task_status_link",
    "reorder_task_status_links",
    "upload_person_avatar",
    "get_person_avatar",
}


def operation_ids(spec: dict) -> list[str]:
    return [
        operation["operationId"]
        for item in spec["paths"].values()
        for method, operation in item.items()
        if isinstance(operation, dict) and "operationId" in operation
    ]


def test_the_document_is_valid_openapi_3_1():
    spec = load_spec()
    assert spec["openapi"].startswith("3.1")
    validate(spec)


def test_operation_ids_are_unique_and_the_agreed_ones_exist():
    ids = operation_ids(load_spec())
    duplicates = sorted({name for name in ids if ids.count(name) > 1})
    assert not duplicates
    missing = sorted((AUTH_OPERATIONS | INDEX_OPERATIONS | OTHER_OPERATIONS) - set(ids))
    assert not missing


def test_generated_models_are_up_to_date(tmp_path):
    """`make schemas` output equals the committed app/schemas/ (regenerated into a temp folder)."""
    run = subprocess.run(
        ["bash", str(ROOT / "scripts" / "generate_schemas.sh"), str(tmp_path)],
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stderr
    generated = sorted(path.name for path in tmp_path.glob("*.py"))
    committed = sorted(path.name for path in SCHEMAS_DIR.glob("*.py"))
    assert committed == generated, "app/schemas/ has other files than the generator writes"
    _match, mismatch, errors = filecmp.cmpfiles(tmp_path, SCHEMAS_DIR, generated, shallow=False)
    assert not mismatch and not errors, f"stale generated models {mismatch + errors}: run `make schemas`"


async def test_openapi_json_and_docs_are_served():
    from app.main import app

    transport = httpx.ASGITransport(app=app)
    hooks = {"response": [make_response_hook()]}
    with recording() as problems:
        async with httpx.AsyncClient(
            transport=transport, base_url="http://testserver", event_hooks=hooks
        ) as client:
            served = await client.get("/openapi.json")
            behind_proxy = await client.get("/api/openapi.json/")
            docs = await client.get("/docs")
            reference = await client.get("/api/redoc")
            scripts = [
                await client.get(f"/docs-static/{name}")
                for name in ("swagger-ui-bundle.js", "swagger-ui.css", "redoc.standalone.js")
            ]
            behind_proxy_script = await client.get("/api/docs-static/swagger-ui-bundle.js")
            unknown = await client.get("/docs-static/secret.py")
    assert served.status_code == 200
    assert served.headers["content-type"].startswith("application/json")
    assert served.json() == load_spec()
    assert served.content == BUNDLE_PATH.read_bytes()  # the committed bundle, byte for byte
    assert behind_proxy.content == served.content
    assert docs.status_code == 200
    assert "swagger-ui" in docs.text and "openapi.json" in docs.text
    # Offline: every script and style comes from this server, by relative URLs (root and /api).
    for page in (docs, reference):
        assert page.status_code == 200 and "https://" not in page.text and "docs-static/" in page.text
    assert all(script.status_code == 200 and len(script.content) > 10_000 for script in scripts)
    assert scripts[0].headers["content-type"].startswith("text/javascript")
    assert behind_proxy_script.content == scripts[0].content
    assert unknown.status_code == 404
    assert not problems


def test_the_files_point_at_each_other_and_the_bundle_is_up_to_date():
    """Tools read the YAML files as they are: every component reference names the file defining
    it, the root lists every area path, and `openapi/openapi.json` is their bundle."""
    run = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "contract.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, f"run `make contract`: {run.stdout}{run.stderr}"


def _answers_a_list(operation: dict, schemas: dict) -> bool:
    def is_array(schema: dict) -> bool:
        if "$ref" in schema:
            return is_array(schemas.get(schema["$ref"].rsplit("/", 1)[-1], {}))
        if schema.get("type") == "array":
            return True
        return any(is_array(option) for key in ("oneOf", "anyOf") for option in schema.get(key, []))

    return any(
        is_array(content.get("schema", {}))
        for status, response in operation.get("responses", {}).items()
        if status.startswith("2")
        for content in (response.get("content") or {}).values()
    )


def test_operation_ids_follow_the_conventions():
    """openapi/README.md, "Conventions": `list_<things>` for every read answering a list and only
    for those, `get_<thing>` (or an action's verb) for the other reads, never a read's verb for
    a write; snake_case throughout. The generic collections' names are checked by test_crud_schemas."""
    spec = load_spec()
    schemas = spec["components"]["schemas"]
    problems = []
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            if not isinstance(operation, dict) or "operationId" not in operation:
                continue
            name = operation["operationId"]
            if not re.fullmatch(r"[a-z][a-z0-9]*(_[a-z0-9]+)*", name):
                problems.append(f"{name}: not snake_case")
            if method == "get" and _answers_a_list(operation, schemas) != name.startswith("list_"):
                problems.append(
                    f"GET {path} {name}: list_ is for the reads answering a list, and all of them"
                )
            if method != "get" and name.startswith(("get_", "list_")):
                problems.append(f"{method.upper()} {path} {name}: a write named as a read")
    assert not problems, "\n".join(problems)


def test_no_bare_objects_nor_null_defaults():
    """Typed clients need every object to say what it holds (properties, or additionalProperties:
    true for free-form JSON, false for none): a bare `type: object` becomes a record of nothing.
    A `default: null` makes an optional field required in generated clients."""
    problems = []

    def walk(node, where: str) -> None:
        if isinstance(node, dict):
            kind = node.get("type")
            is_object = kind == "object" or (isinstance(kind, list) and "object" in kind)
            shaped = ("properties", "additionalProperties", "oneOf", "anyOf", "allOf", "$ref")
            if is_object and not any(key in node for key in shaped):
                problems.append(f"{where}: bare object")
            if "default" in node and node["default"] is None:
                problems.append(f"{where}: default null")
            for key, value in node.items():
                walk(value, f"{where}/{key}")
        elif isinstance(node, list):
            for index, value in enumerate(node):
                walk(value, f"{where}[{index}]")

    walk(load_spec(), "#")
    assert not problems, "\n".join(problems)


def test_every_answer_is_typed_and_every_query_parameter_named():
    """A success (other than 204/304) and every 4xx say what they hold; no operation takes a
    free-form object of query parameters (filters are parameters of their own)."""
    spec = load_spec()
    shared = spec["components"]["responses"]
    problems = []
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            if not isinstance(operation, dict) or "operationId" not in operation:
                continue
            for status, response in operation.get("responses", {}).items():
                if "$ref" in response:
                    response = shared[response["$ref"].rsplit("/", 1)[-1]]
                typed = status.startswith("4") or (status.startswith("2") and status not in ("204", "304"))
                if typed and not response.get("content"):
                    problems.append(f"{method.upper()} {path} {status}: no schema")
            for parameter in operation.get("parameters", []):
                schema = parameter.get("schema", {})
                if parameter.get("in") == "query" and schema.get("type") == "object":
                    problems.append(
                        f"{method.upper()} {path}: query parameter {parameter['name']} is an object"
                    )
    assert not problems, "\n".join(problems)
