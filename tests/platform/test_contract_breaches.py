"""What schemathesis found at odds with the contract: 405 answers naming every method a path takes,
`PUT /data/projects/all` answered as Zou does, `?fields=` rows valid against the served document."""

import pytest
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from app.core.contract import load_spec

SPEC = load_spec()
METHODS = ("get", "put", "post", "delete")
ID = "00000000-0000-0000-0000-000000000001"
# Static paths of the document whose every method is declared, and one method they do not take.
STATIC = sorted(
    (path, {m.upper() for m in item if m in METHODS}, next(m for m in METHODS if m not in item))
    for path, item in SPEC["paths"].items()
    if "{" not in path and any(m not in item for m in METHODS)
)


def _allow(response) -> set[str]:
    return {m.strip() for m in response.headers["allow"].split(",")}


@pytest.mark.parametrize(("path", "declared", "method"), STATIC, ids=[p for p, _, _ in STATIC])
async def test_a_405_allows_every_method_of_the_path(client, admin_headers, path, declared, method):
    response = await client.request(method.upper(), path, headers=admin_headers)
    if response.status_code == 405:
        assert declared <= _allow(response)
        assert method.upper() not in _allow(response)


@pytest.mark.parametrize(
    ("method", "path", "allowed"),
    [
        ("POST", f"/data/projects/{ID}", {"GET", "PUT", "DELETE"}),
        ("PATCH", f"/data/tasks/{ID}", {"GET", "PUT", "DELETE"}),
        ("PUT", "/data/persons", {"GET", "POST"}),
        ("POST", "/data/projects/all", {"GET", "PUT", "DELETE"}),  # the generic routes take `all` as an id
        ("DELETE", "/auth/login", {"POST"}),
    ],
)
async def test_allow_lists_the_methods_of_every_route_of_the_path(
    client, admin_headers, method, path, allowed
):
    response = await client.request(method, path, headers=admin_headers)
    assert response.status_code == 405
    assert _allow(response) == allowed


async def test_put_on_projects_all_is_an_update_of_id_all_as_in_zou(client, admin_headers):
    """Zou routes `PUT /data/projects/all` to the project update (static and id rules share the
    path): 415 without a JSON body, 400 for the malformed id with one. Not a 405."""
    assert (await client.put("/data/projects/all", headers=admin_headers)).status_code == 415
    response = await client.put("/data/projects/all", json={"name": "x"}, headers=admin_headers)
    assert response.status_code == 400 and response.json()["error"] is True


def _served_schema_validator(path: str) -> Draft202012Validator:
    """A plain JSON Schema validator of the served document (no leniency of our own)."""
    registry = Registry().with_resource(
        "urn:spec", Resource.from_contents(SPEC, default_specification=DRAFT202012)
    )
    pointer = "/paths/" + path.replace("/", "~1") + "/get/responses/200/content/application~1json/schema"
    return Draft202012Validator({"$ref": "urn:spec#" + pointer}, registry=registry)


@pytest.mark.parametrize("query", ["fields=bogus", "fields=bogus,name", "fields=bogus&page=1"])
async def test_fields_rows_match_the_served_document(client, admin_headers, query):
    response = await client.get(f"/data/task-types?{query}", headers=admin_headers)
    assert response.status_code == 200
    body = response.json()
    rows = body["data"] if isinstance(body, dict) else body
    assert rows and all({"id", "type"} <= set(row) for row in rows)
    if query == "fields=bogus":
        assert all(set(row) == {"id", "type"} for row in rows)  # what Zou answers
    _served_schema_validator("/data/task-types").validate(body)
