"""The CRUD schemas of the document follow the SQLModel tables: same columns, types and nullability.

Row schemas (`<Model>`, marked `x-zou-table`) list every column of their table except those named
in `x-zou-hidden`, under the key `x-zou-renamed` gives; many-to-many collections are optional id
arrays; any other key is flagged `x-zou-extra`. `<Model>Create` / `<Model>Update` accept the
columns and the collections.
"""

from typing import Any

import pytest
from sqlalchemy import ARRAY

import app.models as models
from app.core.contract import load_spec
from app.crud.columns import ColumnInfo, model_info

DATETIME_PATTERN = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$"
SERVER_SET = {"id", "created_at", "updated_at"}
PERSON_SECRETS = {
    "password",
    "totp_secret",
    "email_otp_secret",
    "otp_recovery_codes",
    "fido_credentials",
    "jti",
    "login_failed_attemps",
    "last_login_failed",
}

SPEC = load_spec()
SCHEMAS: dict[str, Any] = SPEC["components"]["schemas"]
TABLE_SCHEMAS = sorted(name for name, schema in SCHEMAS.items() if "x-zou-table" in schema)


def resolve(schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = SCHEMAS[schema["$ref"].rsplit("/", 1)[-1]]
    return schema


def kinds(schema: dict[str, Any]) -> tuple[set[str], bool]:
    """What a property schema admits: ({uuid, str, int, ...}, accepts null)."""
    schema = resolve(schema)
    for combinator in ("anyOf", "oneOf"):
        if combinator in schema:
            found, nullable = set(), False
            for branch in schema[combinator]:
                branch_kinds, branch_null = kinds(branch)
                found |= branch_kinds
                nullable |= branch_null
            return found - {"null"}, nullable or "null" in found
    if "const" in schema:
        return {type(schema["const"]).__name__}, schema["const"] is None
    types = schema.get("type")
    if types is None:
        return ({"any"}, True) if "enum" not in schema else ({"str"}, None in schema["enum"])
    types = [types] if isinstance(types, str) else types
    found = set()
    for name in types:
        if name == "string":
            if schema.get("format") == "uuid":
                found.add("uuid")
            elif schema.get("format") == "date":
                found.add("date")
            elif schema.get("pattern") == DATETIME_PATTERN:
                found.add("datetime")
            else:
                found.add("str")
        elif name != "null":
            found.add({"integer": "int", "number": "float", "boolean": "bool"}.get(name, name))
    return found, "null" in types


def column_kind(column: ColumnInfo) -> str:
    variants = getattr(column.column.type, "_variant_mapping", {}) or {}
    if any(isinstance(t, ARRAY) for t in (column.column.type, variants.get("postgresql"))):
        return "array"
    return {"json": "any", "bytes": "str"}.get(column.kind, column.kind)


def check_column(name: str, column: ColumnInfo, prop: dict[str, Any], request: bool) -> list[str]:
    found, nullable = kinds(prop)
    expected = column_kind(column)
    accepted = {expected}
    if request and expected == "datetime":
        accepted = {"datetime", "str"}
    problems = []
    if expected == "any":
        if found != {"any"}:
            problems.append(f"{name}: JSON column, schema admits only {sorted(found)}")
    elif not found or not found <= accepted:
        problems.append(f"{name}: column is {expected}, schema admits {sorted(found)}")
    if expected != "any" and nullable != column.nullable:
        problems.append(f"{name}: column nullable={column.nullable}, schema nullable={nullable}")
    return problems


def table_of(schema_name: str):
    table = SCHEMAS[schema_name]["x-zou-table"]
    model = models.MODELS_BY_TABLE.get(table)
    assert model is not None, f"{schema_name}: no model for table {table!r}"
    return model, model_info(model)


def is_row_schema(name: str) -> bool:
    model, _info = table_of(name)
    return name == model.__name__


@pytest.mark.parametrize("name", [name for name in TABLE_SCHEMAS if is_row_schema(name)])
def test_row_schema_matches_its_table(name):
    schema = SCHEMAS[name]
    model, info = table_of(name)
    properties, required = schema["properties"], set(schema.get("required", []))
    hidden = set(schema.get("x-zou-hidden", []))
    renamed = schema.get("x-zou-renamed", {})
    problems = (
        [f"x-zou-hidden names unknown columns {sorted(hidden - set(info.columns))}"]
        if (hidden - set(info.columns))
        else []
    )
    if schema.get("additionalProperties") is not False:
        problems.append("rows must be closed: additionalProperties false")
    type_kinds, _ = kinds(properties.get("type", {}))
    if "type" not in required or type_kinds != {"str"}:
        problems.append("`type` must be a required string (the class name)")
    expected_keys = {"type"}
    for column_name, column in info.columns.items():
        if column_name in hidden:
            continue
        key = renamed.get(column_name, column_name)
        expected_keys.add(key)
        if key not in properties:
            problems.append(f"{key}: column missing from the schema")
            continue
        problems += check_column(key, column, properties[key], request=False)
    for relation in info.relations:
        expected_keys.add(relation)
        prop = properties.get(relation)
        if prop is None:
            problems.append(f"{relation}: collection missing from the schema")
        elif kinds(prop)[0] != {"array"} or relation in required:
            problems.append(f"{relation}: collections are optional arrays")
    for key in set(properties) - expected_keys:
        if key in hidden:
            problems.append(f"{key}: hidden column present in the schema")
        elif not properties[key].get("x-zou-extra"):
            problems.append(
                f"{key}: neither a column nor a collection of {info.table_name} (flag x-zou-extra?)"
            )
    assert not problems, f"{name} drifted from table {info.table_name}:\n  " + "\n  ".join(problems)


@pytest.mark.parametrize("name", [name for name in TABLE_SCHEMAS if name.endswith(("Create", "Update"))])
def test_body_schema_matches_its_table(name):
    schema = SCHEMAS[name]
    _model, info = table_of(name)
    row = SCHEMAS.get(name.removesuffix("Create").removesuffix("Update"), {})
    hidden = set(row.get("x-zou-hidden", []))
    properties = schema["properties"]
    problems = []
    for column_name, column in info.columns.items():
        if column_name in SERVER_SET:
            continue
        if column_name not in properties:
            if column_name not in hidden:
                problems.append(f"{column_name}: column missing from the body")
            continue
        problems += check_column(column_name, column, properties[column_name], request=True)
    for relation in info.relations:
        if relation not in properties:
            problems.append(f"{relation}: collection missing from the body")
    allowed = set(info.columns) | set(info.relations)
    for key in set(properties) - allowed:
        if not properties[key].get("x-zou-extra") and key not in (row.get("properties") or {}):
            problems.append(f"{key}: neither a column nor a collection (flag x-zou-extra?)")
    if name.endswith("Create"):
        if schema.get("additionalProperties") is not False:
            problems.append("create bodies refuse unknown keys: additionalProperties false")
        for key in set(schema.get("required", [])) - set(info.columns):
            problems.append(f"{key}: required but not a column")
    elif schema.get("additionalProperties") is False or schema.get("required"):
        problems.append("update bodies take any subset and ignore unknown keys")
    assert not problems, f"{name} drifted from table {info.table_name}:\n  " + "\n  ".join(problems)


def test_every_collection_has_its_schemas_and_operations():
    from app.areas.crud.routes import operation_id
    from app.crud.registry import COLLECTIONS

    problems = []
    for collection, (model_name, _hooks) in COLLECTIONS.items():
        for suffix in ("", "Create", "Update", "Page"):
            if model_name + suffix not in SCHEMAS:
                problems.append(f"{collection}: schema {model_name + suffix} missing")
        if (
            SCHEMAS.get(model_name, {}).get("x-zou-table")
            != model_info(getattr(models, model_name)).table_name
        ):
            problems.append(f"{collection}: {model_name} is not marked with its table")
        expected = {
            (f"/data/{collection}", "get"): operation_id("list", collection),
            (f"/data/{collection}", "post"): operation_id("create", collection),
            (f"/data/{collection}/{{instance_id}}", "get"): operation_id("get", collection),
            (f"/data/{collection}/{{instance_id}}", "put"): operation_id("update", collection),
            (f"/data/{collection}/{{instance_id}}", "delete"): operation_id("delete", collection),
        }
        for (path, method), wanted in expected.items():
            operation = SPEC["paths"].get(path, {}).get(method)
            if operation is None or operation.get("operationId") != wanted:
                problems.append(f"{method.upper()} {path}: expected operation {wanted}")
        create = SPEC["paths"].get(f"/data/{collection}", {}).get("post", {})
        body = create.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema")
        if body != {"$ref": f"#/components/schemas/{model_name}Create"}:
            problems.append(f"POST /data/{collection}: body must be {model_name}Create")
    assert not problems, "\n".join(problems)


def test_person_rows_never_expose_secrets():
    for name in ("Person", "PersonMinimal", "PersonClient"):
        schema = SCHEMAS[name]
        assert schema["additionalProperties"] is False
        assert not PERSON_SECRETS & set(schema["properties"]), name
    assert PERSON_SECRETS <= set(SCHEMAS["Person"]["x-zou-hidden"])
    assert set(SCHEMAS["PersonMinimal"]["properties"]) == {
        "id",
        "type",
        "first_name",
        "last_name",
        "full_name",
        "has_avatar",
        "active",
        "departments",
        "studio_id",
        "role",
        "desktop_login",
        "is_bot",
    }
    client = {"id", "type", "first_name", "last_name", "full_name", "has_avatar", "active", "role", "is_bot"}
    assert set(SCHEMAS["PersonClient"]["properties"]) == client


def test_every_list_declares_each_filter_as_its_own_parameter():
    """`?project_id=` is a parameter of `list_tasks`, as SDK generators need it: one per column or
    collection the engine filters on, from the model, so the contract cannot drift from it."""
    from app.crud.filters import filterable_names
    from app.crud.registry import COLLECTIONS, engine_for

    paths, components = SPEC["paths"], SPEC["components"]["parameters"]
    problems = []
    for collection in COLLECTIONS:
        engine = engine_for(collection)
        operation = paths[f"/data/{collection}"]["get"]
        declared = {
            parameter["$ref"].rsplit("/", 1)[-1].removeprefix("filter_")
            for parameter in operation["parameters"]
            if parameter.get("$ref", "").rsplit("/", 1)[-1].startswith("filter_")
        }
        expected = set(filterable_names(engine.hooks, engine.info))
        if declared != expected:
            problems.append(f"{collection}: missing {expected - declared}, extra {declared - expected}")
        for name in expected:
            parameter = components.get(f"filter_{name}", {})
            if parameter.get("name") != name or parameter.get("in") != "query":
                problems.append(f"filter_{name}: not the query parameter {name}")
    assert not problems, "\n".join(problems)
