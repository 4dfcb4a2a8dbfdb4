"""Draft the generic CRUD part of the contract from the SQLModel tables: schemas into
`openapi/openapi.yaml`, the five operations of each collection into `openapi/areas/crud.yaml`.

A drafting aid, not a generator: the committed YAML is the contract. For every collection of
`app.crud.registry.COLLECTIONS` (and the link tables the CRUD actions return), it adds what the
document lacks — the row schema `<Model>`, `<Model>Create`, `<Model>Update`, `<Model>Page`, and the
five operations of `/data/<collection>` — and leaves everything present untouched, unless named
with `--redraft`. Review the diff, then edit the YAML by hand; `tests/contract/test_crud_schemas.py`
fails when the row schemas drift from the tables.

    .venv/bin/python scripts/scaffold_openapi.py             # add what is missing
    .venv/bin/python scripts/scaffold_openapi.py --check     # exit 1 if something is missing
    .venv/bin/python scripts/scaffold_openapi.py --redraft Person --redraft /data/persons
"""

import argparse
import sys
from pathlib import Path
from typing import Any

import yaml
from sqlalchemy import ARRAY
from sqlalchemy.sql.schema import Column

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "openapi.yaml"
# The crud area's paths: the generic operations of every collection.
CRUD_PATHS = ROOT / "openapi" / "areas" / "crud.yaml"
sys.path.insert(0, str(ROOT))

DATETIME_PATTERN = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$"
SCHEMAS = "#/components/schemas/"
UUID = {"type": "string", "format": "uuid"}

# Link tables returned by CRUD actions: a row schema, no collection.
LINK_MODELS = ("ProjectTaskTypeLink", "ProjectTaskStatusLink")

# Columns never sent to clients (Zou's `serialize_safe`).
HIDDEN = {
    "person": (
        "password",
        "totp_secret",
        "email_otp_secret",
        "otp_recovery_codes",
        "fido_credentials",
        "fido_devices",
        "jti",
        "login_failed_attemps",
        "last_login_failed",
    ),
}
# Hidden columns a client may still write (the password is hashed on create).
WRITABLE_HIDDEN = {"person": ("password",)}
# Columns serialised under another key.
RENAMED = {"notification": {"type": "notification_type"}}
# Columns present only for some callers (chat tokens: administrators only).
OPTIONAL = {"organisation": ("chat_token_slack", "chat_webhook_mattermost", "chat_token_discord")}
# The `type` key: the class name, except entities which are named after their kind.
TYPE_VALUES = {"entity": ["Entity", "Asset", "Shot", "Sequence", "Episode", "Scene", "Edit", "Concept"]}
# Choice columns and the enum schema of their codes.
ENUM_COLUMNS = {
    "role": "Role",
    "contract_type": "ContractType",
    "position": "Position",
    "seniority": "Seniority",
    "preferred_two_factor_authentication": "TwoFactorMethod",
    "production_style": "ProductionStyle",
    "roles_for_board": "Role",
    ("entity", "status"): "EntityStatus",
    ("preview_file", "status"): "PreviewStatus",
    ("preview_file", "validation_status"): "ValidationStatus",
    ("notification", "type"): "NotificationType",
    ("metadata_descriptor", "data_type"): "MetadataDataType",
    ("status_automation", "out_field_type"): "StatusAutomationChange",
}
ENUMS = {
    "ContractType": ("app.models.person", "CONTRACT_TYPES", "Kind of contract of a person."),
    "Position": ("app.models.person", "POSITION_TYPES", "Position of a person in a department."),
    "Seniority": ("app.models.person", "SENIORITY_TYPES", "Seniority of a person."),
    "TwoFactorMethod": ("app.models.person", "TWO_FACTOR_AUTHENTICATION_TYPES", "A second factor."),
    "ProductionStyle": ("app.models.project", "PROJECT_STYLES", "Visual style of a production."),
    "EntityStatus": ("app.models.entity", "ENTITY_STATUSES", "Production status of an entity."),
    "PreviewStatus": ("app.models.preview_file", "STATUSES", "Processing state of a preview file."),
    "ValidationStatus": ("app.models.preview_file", "VALIDATION_STATUSES", "Review verdict of a preview."),
    "NotificationType": ("app.models.notification", "TYPES", "What a notification is about."),
    "MetadataDataType": (
        "app.models.metadata_descriptor",
        "METADATA_DESCRIPTOR_TYPES",
        "Kind of value of a custom metadata column.",
    ),
    "StatusAutomationChange": ("app.models.status_automation", "CHANGE_TYPES", "What an automation sets."),
}
# Keys Zou adds to a row beyond its columns: name -> (required, schema).
EXTRAS: dict[str, dict[str, tuple[bool, dict[str, Any]]]] = {
    "person": {
        "full_name": (True, {"type": "string", "description": "First and last name, trimmed."}),
        "access_token": (
            False,
            {
                "type": "string",
                "description": "An API token, returned once: on the creation of a bot, and when an "
                "update sets `expiration_date`.",
            },
        ),
        "fido_devices": (
            False,
            {
                "type": "array",
                "items": {"type": "string"},
                "description": "Names of the registered security keys (`/auth/authenticated` only).",
            },
        ),
    },
    "project": {
        "project_status_name": (False, {"type": "string", "description": "Read one: the status name."}),
        "first_episode_id": (
            False,
            {**UUID, "description": "TV shows, on create and update: the id of the first episode."},
        ),
        "descriptors": (
            False,
            {
                "type": "array",
                "items": {"type": "object"},
                "description": "Read one: the metadata descriptors the caller may see.",
            },
        ),
        "task_types_priority": (
            False,
            {
                "type": "object",
                "additionalProperties": {"type": ["integer", "null"]},
                "description": "Read one: task type id -> priority in this project.",
            },
        ),
        "task_statuses_link": (
            False,
            {
                "type": "object",
                "additionalProperties": {"type": "object"},
                "description": "Read one: task status id -> `{priority, roles_for_board}`.",
            },
        ),
    },
    "attachment_file": {
        "comment": (
            True,
            {
                "oneOf": [{"$ref": SCHEMAS + "Comment"}, {"type": "null"}],
                "description": "The comment the file is attached to, as a nested row.",
            },
        ),
        "chat_message": (
            True,
            {
                "oneOf": [{"$ref": SCHEMAS + "ChatMessage"}, {"type": "null"}],
                "description": "The chat message the file is attached to, as a nested row.",
            },
        ),
    },
    "output_file": {
        "source_file": (
            True,
            {
                "oneOf": [{"$ref": SCHEMAS + "WorkingFile"}, {"type": "null"}],
                "description": "The working file this output comes from, as a nested row.",
            },
        ),
    },
    "comment": {
        "person": (
            False,
            {"type": "object", "description": "Read one: a short description of the author."},
        ),
    },
}
# Collections whose items may be expanded into objects instead of ids.
RELATION_ITEMS = {
    ("comment", "attachment_files"): {
        "anyOf": [UUID, {"$ref": SCHEMAS + "AttachmentFileSummary"}],
    },
    ("comment", "previews"): {"anyOf": [UUID, {"type": "object"}]},
}
# Create bodies: NOT NULL columns the server fills itself.
DEFAULTED_ON_CREATE = {"task": ("name",), "entity": ("created_by",), "playlist": ("created_by",)}
# Create bodies: keys beyond the columns.
CREATE_EXTRAS = {
    "project": {
        "project_template_id": {
            **UUID,
            "description": "A template whose settings the project starts from.",
            "x-zou-extra": True,
        }
    },
}
# Tag of each collection: what its rows are and who may do what (Zou's permission hooks).
COLLECTION_TAGS = {
    "asset-instances": "Instances of an asset placed in a scene or shot. Administrators list, create "
    "and delete; project members read and update.",
    "attachment-files": "Files attached to comments and chat messages. Administrators only, except "
    "reading one, open to those who can see its comment or chat.",
    "budget-entries": "Lines of a production budget. Administrators only.",
    "budgets": "Production budgets. Administrators only.",
    "chat-messages": "Messages of entity chats. Administrators only.",
    "chats": "Chats attached to entities. Administrators only.",
    "comments": "Comments on tasks. Administrators list and create; reading one follows the "
    "comment visibility rules of the caller's role; the author and project managers may update and "
    "delete.",
    "custom-actions": "Links the web client offers on entities. Everyone but vendors lists; "
    "administrators read one and write.",
    "day-offs": "Days off of persons. Administrators list; a person manages their own.",
    "departments": "Studio departments. Everyone reads; administrators write.",
    "entities": "Assets, shots, sequences, episodes, scenes, edits and concepts: `type` names the "
    "kind. Everyone reads within their projects (vendors: only entities with a task assigned to "
    "them); project managers create; updating `data` merges into it.",
    "entity-links": "Casting: an asset used in a shot, sequence or episode. Administrators only.",
    "entity-types": "Asset types and the other entity kinds. Everyone reads; administrators write.",
    "events": "The stored event log. Administrators only; without a query, at most 1000 rows.",
    "file-status": "Statuses of output files. Everyone reads; administrators write.",
    "hardware-items": "Studio hardware inventory. Administrators only.",
    "metadata-descriptors": "Custom metadata columns of a project. Everyone lists (within their "
    "projects); administrators read one and write.",
    "milestones": "Milestones of a production schedule. Administrators list; project managers write.",
    "news": "The project news feed. Administrators only.",
    "notifications": "Notifications of persons. Administrators only (persons use their own routes).",
    "organisations": "The studio (a single row). Everyone reads, without the chat tokens unless "
    "administrator; administrators write.",
    "output-files": "Published files. Everyone but vendors lists (within their projects); "
    "administrators create and delete; project managers and assignees update.",
    "output-types": "Kinds of output files. Everyone reads; administrators write.",
    "persons": "Studio members, clients and bots. Everyone reads: managers and above get full rows, "
    "others a minimal view. Administrators create and delete; a person updates themselves (but not "
    "their role, departments or activity). Secrets are never sent.",
    "playlists": "Review playlists. Project members read (clients only client playlists, vendors "
    "none); supervisors and managers create; managers and their creator update and delete.",
    "plugins": "Installed server plugins. Administrators only.",
    "preview-background-files": "Environment pictures for 3D previews. Everyone reads; administrators write.",
    "preview-files": "Revisions of a task's previews. Project members read (vendors: their tasks "
    "only); project managers and assignees update; managers delete.",
    "production-schedule-version-task-links": "Tasks as planned in a schedule version. Project "
    "members read (not clients or vendors); project managers write.",
    "production-schedule-versions": "Alternative versions of a production schedule. Project "
    "members read (not clients or vendors); project managers write; administrators delete.",
    "project-status": "Statuses of productions (Open, Closed). Everyone reads; administrators write.",
    "project-templates": "Reusable production settings. Managers and above read; administrators write.",
    "projects": "Productions. Everyone lists the open productions they belong to (administrators: "
    "all); team members read; project managers update; administrators create and delete (closed "
    "productions only).",
    "salary-scales": "Daily salary per department, position and seniority. Administrators only; "
    "listing creates missing rows, creating always fails.",
    "schedule-items": "Planned periods per project and task type. Administrators only, except "
    "updates by the project's supervisors.",
    "search-filter-groups": "Groups of saved searches. Administrators only (persons use their own routes).",
    "search-filters": "Saved searches. Administrators only (persons use their own routes).",
    "softwares": "Software used by the studio. Everyone reads; administrators write.",
    "status-automations": "Rules changing a status when another changes. Everyone but vendors "
    "lists; administrators read one and write.",
    "studios": "Studios (teams) persons belong to. Everyone reads; administrators write.",
    "subscriptions": "Task and sequence subscriptions. Administrators only.",
    "task-status": "Task statuses. Everyone reads; administrators write; a new default status "
    "replaces the previous one.",
    "task-types": "Task types. Everyone reads; administrators write.",
    "tasks": "Tasks. Everyone reads within their projects (vendors: their tasks only); any "
    "authenticated caller may create; project managers (and supervisors, for planning fields) "
    "update; managers delete. Updating `data` merges into it.",
    "time-spents": "Time logged on tasks, in minutes. Administrators only, except deletion by the "
    "person or a project manager; writes recompute the task's duration.",
    "working-files": "Work-in-progress files. Everyone but vendors lists (within their projects); "
    "administrators create and delete; those working on the task update.",
}
# Query parameters a collection reads itself (never filters).
OWN_PARAMETERS = {
    "tasks": [
        {
            "name": "episode_id",
            "in": "query",
            "required": False,
            "description": "Only tasks of entities of this episode.",
            "schema": UUID,
        }
    ],
    "time-spents": [
        {
            "name": name,
            "in": "query",
            "required": False,
            "description": "With both `start_date` and `end_date`: only time logged in the range.",
            "schema": {"type": "string", "format": "date"},
        }
        for name in ("start_date", "end_date")
    ],
}
# Collections whose DELETE takes `?force=true`.
FORCE_DELETE = {"persons", "projects", "tasks", "preview-files", "task-types"}
# Person reads: what a caller below manager sees of other persons.
PERSON_MINIMAL = (
    "id",
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
)
# What a client sees of the people of their productions' teams.
PERSON_CLIENT = ("id", "first_name", "last_name", "full_name", "has_avatar", "active", "role", "is_bot")


def _array_item_type(column: Column) -> Any:
    variants = getattr(column.type, "_variant_mapping", {}) or {}
    for candidate in (column.type, variants.get("postgresql")):
        if isinstance(candidate, ARRAY):
            return candidate.item_type
    return None


def _enum_ref(table: str, info: Any) -> str | None:
    name = ENUM_COLUMNS.get((table, info.name))
    if name is None and info.kind in ("str", "json"):
        name = ENUM_COLUMNS.get(info.name)
    return SCHEMAS + name if name else None


def _nullable(schema: dict[str, Any], nullable: bool) -> dict[str, Any]:
    if not nullable:
        return schema
    if "$ref" in schema:
        return {"anyOf": [schema, {"type": "null"}]}
    return {**schema, "type": [schema["type"], "null"]}


def column_schema(table: str, info: Any, request: bool) -> dict[str, Any]:
    """The JSON Schema of one column, as sent by Zou (`request=False`) or accepted from clients."""
    enum = _enum_ref(table, info)
    item_type = _array_item_type(info.column)
    if item_type is not None:
        items = {"$ref": enum} if enum else ({"type": "string"} if item_type.python_type is str else {})
        return {"type": ["array", "null"] if info.nullable else "array", "items": items}
    if enum:
        return _nullable({"$ref": enum}, info.nullable)
    kind = info.kind
    if kind == "json":
        return {"description": "Free-form JSON."}
    schema: dict[str, Any]
    if kind == "uuid":
        schema = dict(UUID)
    elif kind == "bool":
        schema = {"type": "boolean"}
    elif kind == "int":
        schema = {"type": "integer"}
    elif kind == "float":
        schema = {"type": "number"}
    elif kind == "date":
        schema = {"type": "string", "format": "date"}
    elif kind == "datetime":
        schema = (
            {"type": "string", "description": "ISO 8601 date or datetime."}
            if request
            else {"type": "string", "pattern": DATETIME_PATTERN}
        )
    elif kind == "bytes":
        schema = {"type": "string", "description": "Sent in clear, stored hashed."}
    else:
        schema = {"type": "string"}
        if request and info.max_length:
            schema["maxLength"] = info.max_length
    return _nullable(schema, info.nullable)


def relation_schema(table: str, name: str) -> dict[str, Any]:
    items = RELATION_ITEMS.get((table, name), UUID)
    return {"type": "array", "items": items, "description": "Ids of the linked rows (with relations)."}


def row_schema(model: type) -> dict[str, Any]:
    from app.crud.columns import model_info

    info = model_info(model)
    table = info.table_name
    hidden = HIDDEN.get(table, ())
    renamed = RENAMED.get(table, {})
    optional = OPTIONAL.get(table, ())
    type_values = TYPE_VALUES.get(table)
    properties: dict[str, Any] = {
        "type": {"type": "string", "enum": type_values} if type_values else {"const": model.__name__}
    }
    required = ["type"]
    for name, column in info.columns.items():
        if name in hidden:
            continue
        key = renamed.get(name, name)
        properties[key] = column_schema(table, column, request=False)
        if name not in optional:
            required.append(key)
    for name in info.relations:
        properties[name] = relation_schema(table, name)
    for name, (is_required, schema) in EXTRAS.get(table, {}).items():
        properties[name] = {**schema, "x-zou-extra": True}
        if is_required:
            required.append(name)
    schema: dict[str, Any] = {
        "type": "object",
        "description": f"A row of `{table}`, as the server serialises it.",
        "x-zou-table": table,
    }
    if hidden:
        schema["x-zou-hidden"] = [name for name in hidden if name in info.columns]
    if renamed:
        schema["x-zou-renamed"] = dict(renamed)
    schema.update({"required": required, "additionalProperties": False, "properties": properties})
    return schema


def body_schema(model: type, create: bool) -> dict[str, Any]:
    from app.crud.columns import model_info

    info = model_info(model)
    table = info.table_name
    skipped = set(HIDDEN.get(table, ())) - set(WRITABLE_HIDDEN.get(table, ()))
    properties: dict[str, Any] = {}
    required = []
    for name, column in info.columns.items():
        if name in skipped:
            continue
        if name in ("id", "created_at", "updated_at"):
            if create:
                properties[name] = {"description": "Accepted and ignored: the server sets it."}
            continue
        properties[name] = column_schema(table, column, request=True)
        if create and column.required and name not in DEFAULTED_ON_CREATE.get(table, ()):
            required.append(name)
    for name in info.relations:
        properties[name] = {
            "type": "array",
            "items": UUID,
            "description": "Ids of the rows to link; unknown ids are dropped.",
        }
    if create:
        properties.update(CREATE_EXTRAS.get(table, {}))
    if create:
        schema = {
            "type": "object",
            "description": f"A new row of `{table}`. Unknown keys are refused (400).",
            "x-zou-table": table,
        }
        if required:
            schema["required"] = required
        schema.update({"additionalProperties": False, "properties": properties})
        return schema
    return {
        "type": "object",
        "description": f"Changes to a row of `{table}`. Unknown keys are ignored, as are `id`, "
        "`created_at`, `updated_at` and `project_id`.",
        "x-zou-table": table,
        "properties": properties,
    }


def page_schema(name: str) -> dict[str, Any]:
    return {
        "type": "object",
        "description": f"One page of `{name}` rows (`page` given).",
        "required": ["data", "total", "nb_pages", "limit", "offset", "page"],
        "additionalProperties": False,
        "properties": {
            "data": {"type": "array", "items": {"$ref": SCHEMAS + name}},
            "total": {"type": "integer", "description": "Rows matching the filters, all pages."},
            "nb_pages": {"type": "integer"},
            "limit": {"type": "integer"},
            "offset": {"type": "integer"},
            "page": {"type": "integer"},
        },
    }


def person_card(person: dict[str, Any], names: tuple[str, ...], description: str) -> dict[str, Any]:
    properties = {"type": person["properties"]["type"]}
    properties.update({name: person["properties"][name] for name in names})
    return {
        "type": "object",
        "description": description,
        "required": [name for name in properties if name != "departments"],
        "additionalProperties": False,
        "properties": properties,
    }


def attachment_summary() -> dict[str, Any]:
    return {
        "type": "object",
        "description": "A short description of an attachment file.",
        "required": ["id", "name", "extension", "size"],
        "properties": {
            "id": UUID,
            "name": {"type": ["string", "null"]},
            "extension": {"type": ["string", "null"]},
            "size": {"type": ["integer", "null"]},
        },
    }


def enum_schema(name: str) -> dict[str, Any]:
    import importlib

    module, constant, description = ENUMS[name]
    return {
        "type": "string",
        "description": description,
        "enum": list(getattr(importlib.import_module(module), constant)),
    }


def _ref(name: str) -> dict[str, str]:
    return {"$ref": SCHEMAS + name}


def _responses(success: str, body: dict[str, Any] | None, statuses: list[str]) -> dict[str, Any]:
    responses: dict[str, Any] = {}
    if body is None:
        responses[success] = {"description": "Deleted; empty body."}
    else:
        responses[success] = {"description": "Success.", "content": {"application/json": {"schema": body}}}
    names = {
        "400": "CrudBadRequest",
        "401": "Unauthorized",
        "403": "Forbidden",
        "404": "CrudNotFound",
        "415": "UnsupportedMediaType",
        "422": "InvalidToken",
        "503": "ServiceUnavailable",
    }
    for status in statuses:
        responses[status] = {"$ref": "#/components/responses/" + names[status]}
    return responses


def crud_paths(collection: str, model_name: str) -> dict[str, dict[str, Any]]:
    op = collection.replace("-", "_")
    table_label = f"`/data/{collection}`"
    row = _ref(model_name)
    read_row: dict[str, Any] = row
    if model_name == "Person":
        read_row = {"anyOf": [row, _ref("PersonMinimal"), _ref("PersonClient")]}
    list_body = {
        "oneOf": [
            {"type": "array", "items": read_row},
            _ref(model_name + "Page"),
        ]
    }
    tags = [collection]
    list_params: list[dict[str, Any]] = [
        {"$ref": "#/components/parameters/" + name}
        for name in ("Page", "Limit", "Relations", "Fields", "Filters")
    ]
    list_params += OWN_PARAMETERS.get(collection, [])
    delete_params: list[dict[str, str]] = [{"$ref": "#/components/parameters/InstanceId"}]
    if collection in FORCE_DELETE:
        delete_params.append({"$ref": "#/components/parameters/Force"})
    json_body = {"required": True, "content": {"application/json": {"schema": None}}}

    def body(name: str) -> dict[str, Any]:
        return {**json_body, "content": {"application/json": {"schema": _ref(name)}}}

    return {
        f"/data/{collection}": {
            "get": {
                "operationId": f"list_{op}",
                "tags": tags,
                "summary": f"List {table_label} rows",
                "description": "Without any query parameter: every row the caller may see, as a bare "
                "array. With `page`: one page object. Filters narrow both.",
                "parameters": list_params,
                "responses": _responses("200", list_body, ["400", "401", "403", "422", "503"]),
            },
            "post": {
                "operationId": f"create_{op}",
                "tags": tags,
                "summary": f"Create a {table_label} row",
                "description": "Answers the new row with its many-to-many collections as id lists.",
                "requestBody": body(model_name + "Create"),
                "responses": _responses("201", row, ["400", "401", "403", "404", "415", "422", "503"]),
            },
        },
        f"/data/{collection}/{{instance_id}}": {
            "get": {
                "operationId": f"get_{op}",
                "tags": tags,
                "summary": f"Read one {table_label} row",
                "parameters": [
                    {"$ref": "#/components/parameters/InstanceId"},
                    {"$ref": "#/components/parameters/RelationsOne"},
                ],
                "responses": _responses("200", read_row, ["400", "401", "403", "404", "422", "503"]),
            },
            "put": {
                "operationId": f"update_{op}",
                "tags": tags,
                "summary": f"Update a {table_label} row",
                "description": "Answers the updated row, without its many-to-many collections.",
                "parameters": [{"$ref": "#/components/parameters/InstanceId"}],
                "requestBody": body(model_name + "Update"),
                "responses": _responses("200", row, ["400", "401", "403", "404", "415", "422", "503"]),
            },
            "delete": {
                "operationId": f"delete_{op}",
                "tags": tags,
                "summary": f"Delete a {table_label} row",
                "parameters": delete_params,
                "responses": _responses("204", None, ["400", "401", "403", "404", "422", "503"]),
            },
        },
    }


def draft() -> tuple[dict[str, Any], dict[str, Any]]:
    """Every drafted schema, path and tag, keyed by name."""
    import app.models as models
    from app.crud.registry import COLLECTIONS

    schemas: dict[str, Any] = {}
    paths: dict[str, Any] = {}
    tags = {
        collection: {
            "name": collection,
            "description": COLLECTION_TAGS.get(collection, f"`/data/{collection}`."),
        }
        for collection in COLLECTIONS
    }
    for collection, (model_name, _hooks) in COLLECTIONS.items():
        model = getattr(models, model_name)
        schemas[model_name] = row_schema(model)
        schemas[model_name + "Create"] = body_schema(model, create=True)
        schemas[model_name + "Update"] = body_schema(model, create=False)
        schemas[model_name + "Page"] = page_schema(model_name)
        paths.update(crud_paths(collection, model_name))
    for model_name in LINK_MODELS:
        schemas[model_name] = row_schema(getattr(models, model_name))
    schemas["PersonMinimal"] = person_card(
        schemas["Person"], PERSON_MINIMAL, "What callers below manager see of a person."
    )
    schemas["PersonClient"] = person_card(
        schemas["Person"], PERSON_CLIENT, "What a client sees of the people of their productions' teams."
    )
    page = schemas["PersonPage"]["properties"]["data"]
    page["items"] = {"anyOf": [_ref("Person"), _ref("PersonMinimal"), _ref("PersonClient")]}
    schemas["AttachmentFileSummary"] = attachment_summary()
    for name in ENUMS:
        schemas[name] = enum_schema(name)
    return schemas, paths, tags


class _Dumper(yaml.SafeDumper):
    def ignore_aliases(self, data: Any) -> bool:
        return True


def _str_presenter(dumper: yaml.SafeDumper, data: str) -> yaml.Node:
    style = "|" if "\n" in data else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", str(data), style=style)


def _list_presenter(dumper: yaml.SafeDumper, data: list) -> yaml.Node:
    flow = all(isinstance(item, (str, int, float, bool)) for item in data)
    return dumper.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=flow)


# Table and column names are `quoted_name`s, a subclass of str.
_Dumper.add_multi_representer(str, _str_presenter)
_Dumper.add_representer(list, _list_presenter)


def dump(document: dict[str, Any]) -> str:
    return yaml.dump(document, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--check", action="store_true", help="only report what is missing")
    parser.add_argument("--redraft", action="append", default=[], help="schema name or path to redo")
    args = parser.parse_args()

    from app.areas import assemble

    assemble()
    document = yaml.safe_load(SPEC.read_text())
    crud_area = yaml.safe_load(CRUD_PATHS.read_text())
    schemas, paths, tags = draft()
    components = document.setdefault("components", {}).setdefault("schemas", {})
    added = []
    for name, schema in schemas.items():
        if name not in components or name in args.redraft:
            components[name] = schema
            added.append(name)
    for path, item in paths.items():
        if path not in crud_area["paths"] or path in args.redraft:
            crud_area["paths"][path] = item
            added.append(path)
    known_tags = {tag["name"] for tag in document.setdefault("tags", [])}
    for name, tag in tags.items():
        if name not in known_tags:
            document["tags"].append(tag)
            added.append(f"tag {name}")
    if args.check:
        print("\n".join(added) or "nothing missing")
        return 1 if added else 0
    if added:
        SPEC.write_text(dump(document))
        CRUD_PATHS.write_text(dump(crud_area))
    print(f"drafted {len(added)} entries into {SPEC.relative_to(ROOT)} and {CRUD_PATHS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
