"""`/data/persons`: secrets never served, cards for non-managers, self-service edits, bots."""

import datetime

from app.auth.passwords import check_password
from app.core.config import get_settings
from app.models.person import SENSITIVE_FIELDS
from tests.crud.conftest import add_to_team, assign, db_get
from tests.helpers.client import make_client

MINIMAL_KEYS = {
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
CLIENT_KEYS = {"id", "type", "first_name", "last_name", "full_name", "has_avatar", "active", "role", "is_bot"}


async def test_admin_list_is_safe_and_can_add_hashes(app, client, admin_headers):
    rows = (await client.get("/data/persons", headers=admin_headers)).json()
    assert rows and all(not set(SENSITIVE_FIELDS) & set(row) for row in rows)
    assert rows[0]["full_name"] == f"{rows[0]['first_name']} {rows[0]['last_name']}"
    # The contract does not describe the migration-only `password` key: read it unvalidated.
    async with make_client(app, validate=False) as raw:
        hashed = (await raw.get("/data/persons?with_pass_hash=true", headers=admin_headers)).json()
    assert hashed[0]["password"].startswith("$2")
    assert "totp_secret" not in hashed[0]


async def test_non_admins_get_cards_and_limited_filters(client, make_person):
    person, headers = await make_person("user", phone="0600000000")
    rows = (await client.get("/data/persons", headers=headers)).json()
    assert all(set(row) == MINIMAL_KEYS for row in rows)
    assert all(row["departments"] == [] for row in rows)
    by_email = (await client.get(f"/data/persons?email={person['email']}", headers=headers)).json()
    assert [row["id"] for row in by_email] == [person["id"]]
    refused = await client.get("/data/persons?phone=0600000000", headers=headers)
    assert refused.status_code == 400
    assert refused.json() == {"error": True, "message": "Filtering on phone is not allowed.", "data": None}
    by_name = await client.get(f"/data/persons?full_name=User {person['email'][5:13]}", headers=headers)
    assert [row["id"] for row in by_name.json()] == [person["id"]]


async def test_admins_never_filter_on_secrets(client, admin_headers):
    response = await client.get("/data/persons?password=x", headers=admin_headers)
    assert response.status_code == 400


async def test_get_one_depends_on_role(client, make_person):
    person, user = await make_person("user", phone="0611111111")
    _, manager = await make_person("manager")
    card = (await client.get(f"/data/persons/{person['id']}", headers=user)).json()
    assert set(card) == MINIMAL_KEYS
    full = (await client.get(f"/data/persons/{person['id']}", headers=manager)).json()
    assert full["phone"] == "0611111111" and "password" not in full and full["departments"] == []


async def test_clients_see_the_teams_of_their_productions(client, studio, make_person):
    customer, headers = await make_person("client")
    teammate, _ = await make_person("user")
    stranger, _ = await make_person("user")
    await add_to_team(studio.project, customer["id"])
    await add_to_team(studio.project, teammate["id"])
    await add_to_team(studio.closed_project, stranger["id"])
    rows = (await client.get("/data/persons?relations=true", headers=headers)).json()
    assert sorted(row["id"] for row in rows) == sorted([customer["id"], teammate["id"]])
    assert all(set(row) == CLIENT_KEYS for row in rows)
    page = (await client.get("/data/persons?page=1", headers=headers)).json()
    assert page["total"] == 2 and set(page["data"][0]) == CLIENT_KEYS
    card = await client.get(f"/data/persons/{teammate['id']}", headers=headers)
    assert card.status_code == 200 and set(card.json()) == CLIENT_KEYS
    assert (await client.get(f"/data/persons/{stranger['id']}", headers=headers)).status_code == 403


async def test_create_hashes_the_password_and_hides_it(client, admin_headers):
    body = {"first_name": "Jane", "last_name": "Doe", "email": "Jane@Example.com", "password": "secret-pass"}
    response = await client.post("/data/persons", json=body, headers=admin_headers)
    assert response.status_code == 201
    created = response.json()
    assert not set(SENSITIVE_FIELDS) & set(created) and created["departments"] == []
    assert created["email"] == "jane@example.com" and created["full_name"] == "Jane Doe"
    stored = await db_get("Person", created["id"])
    assert check_password("secret-pass", stored.password)


async def test_bots_get_a_working_token(client, admin_headers):
    body = {"first_name": "Render", "last_name": "Bot", "is_bot": True, "email": "admin@example.com"}
    response = await client.post("/data/persons", json=body, headers=admin_headers)
    assert response.status_code == 201, "bots may share a human's e-mail"
    token = response.json()["access_token"]
    stored = await db_get("Person", response.json()["id"])
    assert stored.jti
    me = await client.get("/data/projects", headers={"Authorization": f"Bearer {token}"})
    assert me.status_code == 200


async def test_create_validations(client, admin_headers):
    base = {"first_name": "A", "last_name": "B"}
    cases = [
        ({"role": "boss"}, "Invalid role"),
        ({"contract_type": "forever"}, "Invalid contract_type"),
        ({"country": "XX"}, "Invalid country code, expected an ISO 3166-1 alpha-2 code."),
        ({"locale": "not a locale"}, None),
        ({"display_date_format": "YY"}, None),
        ({"expiration_date": "2001-01-01"}, "Expiration date can't be in the past."),
        ({"expiration_date": "soon"}, "Expiration date is not valid."),
        ({"email": "not-an-email"}, None),
        ({"email": "admin@example.com"}, "Email already in use."),
    ]
    for extra, message in cases:
        response = await client.post("/data/persons", json={**base, **extra}, headers=admin_headers)
        assert response.status_code == 400, extra
        if message:
            assert response.json() == {"error": True, "message": message, "data": None}
    country = await client.post("/data/persons", json={**base, "country": "fr"}, headers=admin_headers)
    assert country.status_code == 201 and country.json()["country"] == "FR"


async def test_user_limit(client, admin_headers, monkeypatch):
    monkeypatch.setattr(get_settings(), "user_limit", 1)
    response = await client.post(
        "/data/persons", json={"first_name": "A", "last_name": "B"}, headers=admin_headers
    )
    assert response.status_code == 400
    assert response.json() == {"error": True, "message": "User limit reached.", "data": {"limit": 1}}
    inactive = {"first_name": "A", "last_name": "B", "active": False}
    assert (await client.post("/data/persons", json=inactive, headers=admin_headers)).status_code == 201
    bot = {"first_name": "A", "last_name": "Bot", "is_bot": True}
    assert (await client.post("/data/persons", json=bot, headers=admin_headers)).status_code == 201


async def test_people_edit_themselves_but_not_their_privileges(client, make_person):
    person, headers = await make_person("user")
    other, _ = await make_person("user")
    body = {"phone": "0700000000", "role": "admin", "password": "x", "active": False}
    response = await client.put(f"/data/persons/{person['id']}", json=body, headers=headers)
    assert response.status_code == 200
    updated = response.json()
    assert updated["phone"] == "0700000000" and updated["role"] == "user" and updated["active"] is True
    assert updated["departments"] == [] and "password" not in updated
    stored = await db_get("Person", person["id"])
    assert check_password(person["password"], stored.password), "PUT never changes a password"
    refused = await client.put(f"/data/persons/{other['id']}", json={"phone": "1"}, headers=headers)
    assert refused.status_code == 403


async def test_admin_edits_roles_and_regenerates_tokens(client, admin_headers, make_person):
    person, _ = await make_person("user")
    future = (datetime.date.today() + datetime.timedelta(days=10)).isoformat()
    body = {"role": "supervisor", "expiration_date": future}
    response = await client.put(f"/data/persons/{person['id']}", json=body, headers=admin_headers)
    assert response.status_code == 200
    assert response.json()["role"] == "supervisor" and response.json()["access_token"]
    bad = await client.put(f"/data/persons/{person['id']}", json={"role": "boss"}, headers=admin_headers)
    assert bad.status_code == 400


async def test_protected_accounts(client, admin_headers, make_person, monkeypatch):
    person, _ = await make_person("manager")
    monkeypatch.setattr(get_settings(), "protected_accounts", person["email"])
    response = await client.put(
        f"/data/persons/{person['id']}", json={"active": False}, headers=admin_headers
    )
    assert response.status_code == 403
    deleted = await client.delete(f"/data/persons/{person['id']}", headers=admin_headers)
    assert deleted.status_code == 403


async def test_delete_rules(client, admin_headers, admin_id, make_person, studio):
    _, user = await make_person("user")
    person, headers = await make_person("user")
    assert (await client.delete(f"/data/persons/{admin_id}", headers=admin_headers)).status_code == 403
    assert (await client.delete(f"/data/persons/{person['id']}", headers=user)).status_code == 403
    await assign(studio.task, person["id"])
    await client.put(f"/data/persons/{person['id']}", json={"phone": "1"}, headers=headers)  # leaves an event
    linked = await client.delete(f"/data/persons/{person['id']}", headers=admin_headers)
    assert linked.status_code == 400
    assert linked.json()["message"] == "Some data are still linked to given person."
    forced = await client.delete(f"/data/persons/{person['id']}?force=true", headers=admin_headers)
    assert forced.status_code == 204
    assert await db_get("Person", person["id"]) is None
