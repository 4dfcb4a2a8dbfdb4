"""Bad input is refused before any query (`app/core/guard.py`), with Zou's 400 body: NUL characters
anywhere, `page`/`limit` out of range, JSON nested too deep. Each of these was a 500 on PostgreSQL."""

import pytest

from app.core.guard import json_too_deep
from app.crud.registry import COLLECTIONS
from tests.conftest import BACKEND
from tests.crud.conftest import studio  # noqa: F401

NUL = "Null characters are not allowed in the request."


def _is_bad_request(response, message: str | None = None) -> None:
    assert response.status_code == 400, response.text
    body = response.json()
    assert body["error"] is True and "data" in body
    if message is not None:
        assert body["message"] == message


async def test_a_nul_in_the_login_email_is_a_bad_request(client):
    response = await client.post("/auth/login", json={"email": "a\x00@example.com", "password": "x"})
    _is_bad_request(response, NUL)


@pytest.mark.parametrize("path", sorted(COLLECTIONS))
async def test_list_filters_and_pages_out_of_range(client, admin_headers, path):
    _is_bad_request(await client.get(f"/data/{path}?name=%00", headers=admin_headers), NUL)
    _is_bad_request(await client.get(f"/data/{path}?page={10**20}", headers=admin_headers))
    # page × limit past 2^63: each fits in 64 bits, their product does not
    _is_bad_request(await client.get(f"/data/{path}?page={2**40}&limit={2**40}", headers=admin_headers))


@pytest.mark.parametrize("page", ["²", "٣", "1e3", "NaN"])
async def test_a_page_of_unusual_digits_is_no_server_error(client, admin_headers, page):
    """Found by schemathesis: `²` passed for a number in the gate and crashed it (500)."""
    for path in ("/data/events", "/data/tasks"):
        response = await client.get(path, params={"page": page}, headers=admin_headers)
        assert response.status_code < 500, (path, page, response.text)


@pytest.mark.parametrize("value", ["²", "٣", "1_000", " 7 "])
async def test_an_integer_filter_of_unusual_digits_is_no_server_error(client, admin_headers, value):
    """Found by schemathesis (seed 2783014267): `?retake_count=²` passed `str.isdigit` in the
    filter's coercion, then `int()` failed (500)."""
    response = await client.get("/data/tasks", params={"retake_count": value}, headers=admin_headers)
    assert response.status_code < 500, (value, response.text)


async def test_a_choice_outside_its_values_is_refused(client, admin_headers):
    """Found by schemathesis (seed 2783014267): a preview file's `status` outside its values was
    stored and answered back outside the contract's enum."""
    body = {"status": "__not_in_enum__", "extension": "png"}
    response = await client.post("/data/preview-files", json=body, headers=admin_headers)
    assert response.status_code == 400, response.text


SSO_ROUTES = ["/auth/oidc/callback", "/auth/saml/sso", "/auth/saml/login", "/auth/oidc/login"]


@pytest.mark.parametrize("path", SSO_ROUTES)
async def test_a_nul_in_the_query_of_a_sso_route_answers_the_declared_400(client, path):
    """Found by schemathesis: these routes declared only their own 400 body (`{"error": "..."}`), not
    the gate's (`ZouError`); the contract check of the test client fails on an undeclared body."""
    method = "POST" if path == "/auth/saml/sso" else "GET"
    _is_bad_request(await client.request(method, path, params={"state": "\x00"}), NUL)


async def test_nul_in_a_path_or_a_filter_value_of_a_route(client, admin_headers, studio):  # noqa: F811
    _is_bad_request(await client.get("/data/projects/%00", headers=admin_headers), NUL)
    url = f"/data/projects/{studio.project}/shots?name=a%00b"
    _is_bad_request(await client.get(url, headers=admin_headers), NUL)


@pytest.mark.parametrize(
    "where",
    ["sequences", "episodes", "asset-types/{character}/assets/new"],
)
async def test_nul_in_an_entity_name(client, admin_headers, studio, where):  # noqa: F811
    url = f"/data/projects/{studio.project}/" + where.format(character=studio.character)
    _is_bad_request(await client.post(url, json={"name": "a\x00b"}, headers=admin_headers), NUL)
    # The text `\u0000` (an escaped backslash) is not a NUL: it is stored as sent.
    created = await client.post(url, json={"name": "a\\u0000b"}, headers=admin_headers)
    assert created.status_code in (200, 201) and created.json()["name"] == "a\\u0000b"


@pytest.mark.skipif(BACKEND == "sqlite", reason="SQLite does not enforce text lengths")
async def test_a_name_longer_than_its_column_is_a_bad_request(client, admin_headers, studio):  # noqa: F811
    """What the routes do not check the database refuses; that refusal is the caller's 400."""
    url = f"/data/projects/{studio.project}/sequences"
    _is_bad_request(await client.post(url, json={"name": "s" * 5000}, headers=admin_headers))


def _nested(depth: int) -> str:
    return '{"a":' * depth + "1" + "}" * depth


@pytest.mark.parametrize("depth", [65, 255, 600, 1023, 5000])
async def test_json_nested_too_deep(client, admin_headers, studio, depth):  # noqa: F811
    headers = {**admin_headers, "Content-Type": "application/json"}
    body = '{"data": ' + _nested(depth - 1) + "}"
    response = await client.put(f"/data/projects/{studio.project}", content=body, headers=headers)
    _is_bad_request(response, "The JSON body is nested too deeply (at most 64 levels).")


async def test_json_at_the_depth_limit_is_stored(client, admin_headers, studio):  # noqa: F811
    headers = {**admin_headers, "Content-Type": "application/json"}
    body = '{"data": ' + _nested(63) + "}"
    response = await client.put(f"/data/projects/{studio.project}", content=body, headers=headers)
    assert response.status_code == 200, response.text


def test_json_depth_is_measured_not_bracket_counted():
    many = b"[" + b",".join(b'{"a": [1, {"b": "[[[{{{"}]}' for _ in range(5000)) + b"]"
    assert not json_too_deep(many, 4)
    assert json_too_deep(many, 3)
    assert not json_too_deep(b'"' + b"[" * 100 + b'"', 2)  # inside a string
    assert not json_too_deep(b"[" * 100 + b"}" * 100, 2)  # malformed: the parser's to refuse


async def test_a_huge_limit_is_lowered_to_the_maximum(client, admin_headers):
    response = await client.get(f"/data/task-status?page=1&limit={2**31 - 1}", headers=admin_headers)
    assert response.status_code == 200
    assert response.json()["limit"] == 10_000


async def test_a_value_outside_a_choice_column_is_refused_and_nothing_is_written(client, admin_headers):
    """Zou stores these (its ChoiceType checks nothing on write) and then answers 500 on every read
    of the row (a person's position, a salary scale's seniority) or keeps a value Kitsu cannot
    show: we refuse them with the field's name, as Zou's own checks word it ("Invalid status")."""
    me = (await client.get("/auth/authenticated", headers=admin_headers)).json()["user"]
    for body in ({"position": "wizard"}, {"seniority": "elder"}, {"role": "overlord"}):
        response = await client.put(f"/data/persons/{me['id']}", json=body, headers=admin_headers)
        _is_bad_request(response, f"Invalid {next(iter(body))}")
    person = (await client.get(f"/data/persons/{me['id']}", headers=admin_headers)).json()
    assert (person["position"], person["seniority"], person["role"]) == (
        me["position"],
        me["seniority"],
        "admin",
    )

    body = {"name": "Opera", "production_style": "opera"}
    _is_bad_request(
        await client.post("/data/project-templates", json=body, headers=admin_headers),
        "Invalid production_style",
    )
    templates = (await client.get("/data/project-templates", headers=admin_headers)).json()
    assert "Opera" not in [template["name"] for template in templates]

    status = (await client.get("/data/task-status", headers=admin_headers)).json()[0]
    body = {"entity_type": "asset", "in_task_status_id": status["id"], "out_field_type": "colour"}
    response = await client.post("/data/status-automations", json=body, headers=admin_headers)
    _is_bad_request(response, "Invalid out_field_type")
    assert (await client.get("/data/status-automations", headers=admin_headers)).json() == []

    body = {"person_id": me["id"], "author_id": me["id"], "type": "telegram"}
    _is_bad_request(
        await client.post("/data/notifications", json=body, headers=admin_headers), "Invalid type"
    )
    assert (await client.get("/data/notifications", headers=admin_headers)).json() == []

    scale = (await client.get("/data/salary-scales", headers=admin_headers)).json()[0]
    response = await client.put(
        f"/data/salary-scales/{scale['id']}", json={"seniority": "elder"}, headers=admin_headers
    )
    _is_bad_request(response, "Invalid seniority")
