"""The response validator and the client hook, on the real document."""

import httpx
import pytest

from tests.contract import plugin
from tests.contract.plugin import ContractError, make_response_hook, recording
from tests.contract.validator import default_validator, validate_response

ID = "5b9c3b5e-1f2a-4c3d-9e8f-0a1b2c3d4e5f"
NOW = "2024-01-15T10:30:00"


def department(**changes) -> dict:
    row = {
        "type": "Department",
        "id": ID,
        "created_at": NOW,
        "updated_at": NOW,
        "name": "Animation",
        "color": "#FF0000",
        "archived": False,
    }
    row.update(changes)
    return {key: value for key, value in row.items() if value is not ...}


def test_a_conforming_row_passes():
    assert validate_response("GET", f"/data/departments/{ID}", 200, department()) == []


def test_collections_are_optional_id_lists():
    extra = {"hardware_items": [ID], "softwares": [], "metadata_descriptors": [ID]}
    known = set(default_validator().spec["components"]["schemas"]["Department"]["properties"])
    row = department(**{key: value for key, value in extra.items() if key in known})
    assert validate_response("GET", f"/data/departments/{ID}", 200, row) == []


def test_missing_key_extra_key_and_wrong_types_are_reported():
    problems = validate_response("GET", f"/data/departments/{ID}", 200, department(color=...))
    assert problems and "'color' is a required property" in problems[0]
    problems = validate_response("GET", f"/data/departments/{ID}", 200, department(secret="x"))
    assert problems and "secret" in problems[0]
    assert validate_response("GET", f"/data/departments/{ID}", 200, department(id="not-a-uuid"))
    assert validate_response("GET", f"/data/departments/{ID}", 200, department(type="Studio"))


@pytest.mark.parametrize("value", ["2024-01-15T10:30:00.123456", "2024-01-15T10:30:00Z", "2024-01-15"])
def test_datetimes_are_naive_and_without_fraction(value):
    assert validate_response("GET", f"/data/departments/{ID}", 200, department(updated_at=value))


def test_person_rows_may_not_carry_secrets():
    validator = default_validator()
    person = {name: None for name in validator.spec["components"]["schemas"]["PersonMinimal"]["properties"]}
    person.update(
        type="Person",
        id=ID,
        first_name="A",
        last_name="B",
        full_name="A B",
        role="user",
        is_bot=False,
        departments=[],
    )
    assert validate_response("GET", f"/data/persons/{ID}", 200, person) == []
    person["password"] = "$2b$12$hash"
    problems = validate_response("GET", f"/data/persons/{ID}", 200, person)
    assert problems and "password" in " ".join(problems)


def test_lists_are_bare_arrays_or_pages():
    assert validate_response("GET", "/data/departments", 200, [department()]) == []
    page = {"data": [department()], "total": 1, "nb_pages": 1, "limit": 100, "offset": 0, "page": 1}
    assert validate_response("GET", "/data/departments?page=1", 200, page) == []
    page.pop("nb_pages")
    assert validate_response("GET", "/data/departments?page=1", 200, page)


def test_fields_selection_only_keeps_id_and_type_required():
    rows = [{"id": ID, "type": "Department", "name": "Animation"}]
    assert validate_response("GET", "/data/departments?fields=name", 200, rows) == []
    assert validate_response("GET", "/data/departments", 200, rows)
    assert validate_response("GET", "/data/departments?fields=name", 200, [{"id": ID, "name": "x"}])
    assert validate_response("GET", "/data/departments?fields=name", 200, [{**rows[0], "name": 3}])


def test_statuses_must_be_declared_except_500():
    body = {"error": True, "message": "I'm a teapot"}
    problems = validate_response("GET", "/data/departments", 418, body)
    assert problems and "status not declared by list_departments" in problems[0]
    assert validate_response("GET", "/data/departments", 500, body) == []


def test_error_bodies_are_checked():
    assert validate_response("GET", f"/data/departments/{ID}", 404, {"error": True, "message": "x"}) == []
    assert (
        validate_response("POST", "/data/departments", 400, {"message": "A required field is missing."}) == []
    )
    assert validate_response("GET", "/data/departments", 401, {"msg": "Missing JWT"}) == []
    assert validate_response("GET", "/data/departments", 422, {"msg": "Not enough segments"}) == []
    assert validate_response("GET", "/data/departments", 422, {"error": True, "message": "x"})
    assert validate_response("GET", f"/data/departments/{ID}", 404, {"detail": "Not Found"})


def test_raw_paths_templates_and_prefixes_find_the_operation():
    validator = default_validator()
    for path in (
        f"/data/tasks/{ID}",
        f"/api/data/tasks/{ID}/",
        f"/data/tasks/{ID}?relations=true",
        "/data/tasks/{task_id}",
        "/data/tasks/{instance_id}",
    ):
        operation, known = validator.find("PUT", path.split("?")[0])
        assert known and operation is not None and operation.operation_id == "update_task", path


def test_the_most_literal_template_wins():
    operation, _known = default_validator().find("GET", f"/pictures/thumbnails/persons/{ID}.png")
    assert operation.operation_id == "get_person_avatar"
    operation, _known = default_validator().find("POST", f"/pictures/thumbnails/persons/{ID}")
    assert operation.operation_id == "upload_person_avatar"


def test_paths_and_methods_outside_the_contract():
    assert validate_response("GET", "/no/such/route", 404, {"error": True, "message": "x"}) == []
    assert validate_response("PATCH", "/data/departments", 405, {"error": True, "message": "x"}) == []
    assert "path is not in the contract" in validate_response("GET", "/no/such/route", 200, {})[0]
    assert "method is not in the contract" in validate_response("PATCH", "/data/departments", 200, {})[0]


def test_empty_and_non_json_bodies():
    assert validate_response("DELETE", f"/data/departments/{ID}", 204, b"") == []
    assert validate_response("DELETE", f"/data/departments/{ID}", 204, b"{}")
    assert validate_response("GET", "/status.txt", 200, b"name: Zou\n", content_type="text/plain") == []
    assert (
        validate_response("GET", "/status.txt", 200, b"name: Zou\n", content_type="text; charset=utf-8") == []
    )
    assert validate_response("HEAD", "/", 200, b"") == []
    assert validate_response("GET", "/", 200, b'{"api": "Zou", "version": "1.0.97"}') == []
    assert "not JSON" in validate_response("GET", "/", 200, b"<html>", content_type="application/json")[0]
    assert "content type" in validate_response("GET", "/", 200, b"<html>", content_type="text/html")[0]


def _client(status: int, body: bytes) -> httpx.Client:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, content=body, headers={"content-type": "application/json"})

    return httpx.Client(
        transport=httpx.MockTransport(answer),
        base_url="http://testserver",
        event_hooks={"response": [make_response_hook(asynchronous=False)]},
    )


def test_the_hook_records_problems_during_a_test():
    with _client(200, b'{"api": "Zou"}') as client, recording() as problems:
        client.get("/api/")
    assert len(problems) == 1 and "'version' is a required property" in problems[0]


def test_the_hook_raises_outside_a_test(monkeypatch):
    monkeypatch.setattr(plugin, "_problems", None)  # as when no test phase is recording
    with _client(200, b'{"api": "Zou"}') as client, pytest.raises(ContractError):
        client.get("/")


async def test_the_async_hook_reads_the_body():
    async def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"api": "Zou", "version": "1.0.97"})

    hooks = {"response": [make_response_hook()]}
    transport = httpx.MockTransport(answer)
    async with httpx.AsyncClient(
        transport=transport, base_url="http://testserver", event_hooks=hooks
    ) as client:
        with recording() as problems:
            response = await client.get("/")
    assert response.json()["api"] == "Zou" and problems == []


def test_the_document_gives_lists_taking_fields_the_picked_rows_shape():
    """`?fields=bogus` answers rows of `id` and `type` only (as Zou): the served document says so,
    for tools reading it (schemathesis), on every list that takes `fields`."""
    from app.core.contract import load_spec

    lists = [
        operation
        for item in load_spec()["paths"].values()
        for operation in item.values()
        if isinstance(operation, dict)
        and {"$ref": "#/components/parameters/Fields"} in (operation.get("parameters") or [])
    ]
    assert len(lists) >= 40
    for operation in lists:
        schema = operation["responses"]["200"]["content"]["application/json"]["schema"]
        assert {"$ref": "#/components/schemas/PickedRows"} in schema["anyOf"], operation["operationId"]
