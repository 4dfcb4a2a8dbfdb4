"""The production team: who sees what of the members, who adds, re-roles and removes them."""

import uuid

from tests.crud.conftest import add_department, event_names, events_named
from tests.projects.support import rows


async def test_team_as_seen_by_each_role(client, admin_headers, studio, member):
    artist, artist_headers = await member("user", project_role="supervisor")
    await add_department(artist["id"], studio.modeling_department)
    _, client_headers = await member("client")
    _, manager_headers = await member("manager")
    full = (await client.get(f"/data/projects/{studio.project}/team", headers=manager_headers)).json()
    mine = next(row for row in full if row["id"] == artist["id"])
    assert mine["project_role"] == "supervisor" and mine["email"] == artist["email"]
    assert mine["departments"] == [studio.modeling_department] and "password" not in mine
    minimal = (await client.get(f"/data/projects/{studio.project}/team", headers=artist_headers)).json()
    assert len(minimal) == 3 and all("email" not in row for row in minimal)
    assert all(row["departments"] == [] for row in minimal)
    card = (await client.get(f"/data/projects/{studio.project}/team", headers=client_headers)).json()
    assert all(
        set(row)
        == {
            "id",
            "type",
            "first_name",
            "last_name",
            "full_name",
            "has_avatar",
            "active",
            "role",
            "is_bot",
            "project_role",
        }
        for row in card
    )
    assert (
        await client.get(f"/data/projects/{studio.project}/team", headers=admin_headers)
    ).status_code == 200


async def test_team_refusals(client, studio, member):
    _, outsider = await member("manager", in_team=False)
    assert (await client.get(f"/data/projects/{studio.project}/team", headers=outsider)).status_code == 403
    missing = await client.get(f"/data/projects/{uuid.uuid4()}/team", headers=outsider)
    assert missing.status_code == 404
    assert (await client.get("/data/projects/not-an-id/team", headers=outsider)).status_code == 400


async def test_add_team_member(client, admin_headers, studio, member, make_person):
    _, manager = await member("manager")
    newcomer, _ = await make_person("user")
    url = f"/data/projects/{studio.project}/team"
    response = await client.post(url, json={"person_id": newcomer["id"], "role": "vendor"}, headers=manager)
    assert response.status_code == 201
    assert response.json()["id"] == studio.project and "team" not in response.json()
    links = await rows("ProjectPersonLink", project_id=studio.project, person_id=newcomer["id"])
    assert links[0].role == "vendor"
    assert await events_named("project:update") == [{"project_id": studio.project}]
    again = await client.post(url, json={"person_id": newcomer["id"]}, headers=admin_headers)
    assert again.status_code == 201 and len(await events_named("project:update")) == 1
    assert (await rows("ProjectPersonLink", project_id=studio.project, person_id=newcomer["id"]))[
        0
    ].role == "vendor"


async def test_add_team_member_refusals(client, studio, member, make_person):
    _, artist = await member("user")
    _, manager = await member("manager")
    newcomer, _ = await make_person("user")
    url = f"/data/projects/{studio.project}/team"
    assert (await client.post(url, json={"person_id": newcomer["id"]}, headers=artist)).status_code == 403
    missing = await client.post(url, json={}, headers=manager)
    assert missing.status_code == 400 and missing.json()["data"]["errors"][0]["field"] == "person_id"
    bad_role = await client.post(url, json={"person_id": newcomer["id"], "role": "admin"}, headers=manager)
    assert bad_role.status_code == 400 and bad_role.json()["message"] == "Validation error."
    unknown = await client.post(url, json={"person_id": str(uuid.uuid4())}, headers=manager)
    assert unknown.status_code == 400 and unknown.json()["message"].startswith("Person with id")
    assert await rows("ProjectPersonLink", person_id=newcomer["id"]) == []
    assert "project:update" not in await event_names()


async def test_update_member_role(client, studio, member):
    artist, _ = await member("user")
    _, manager = await member("manager")
    url = f"/data/projects/{studio.project}/team/{artist['id']}"
    response = await client.put(url, json={"role": "supervisor"}, headers=manager)
    assert response.status_code == 200
    assert response.json() == {"project_id": studio.project, "person_id": artist["id"], "role": "supervisor"}
    cleared = await client.put(url, json={"role": None}, headers=manager)
    assert cleared.json()["role"] is None
    assert (await rows("ProjectPersonLink", person_id=artist["id"]))[0].role is None
    assert len(await events_named("project:update")) == 2


async def test_update_member_role_refusals(client, studio, member, make_person):
    artist, artist_headers = await member("user")
    _, manager = await member("manager")
    stranger, _ = await make_person("user")
    url = f"/data/projects/{studio.project}/team/{artist['id']}"
    assert (await client.put(url, json={"role": "manager"}, headers=artist_headers)).status_code == 403
    assert (await client.put(url, json={"role": "admin"}, headers=manager)).status_code == 400
    outside = await client.put(
        f"/data/projects/{studio.project}/team/{stranger['id']}", json={"role": "user"}, headers=manager
    )
    assert (
        outside.status_code == 400
        and outside.json()["message"] == "Person is not a member of the project team"
    )
    assert (await rows("ProjectPersonLink", person_id=artist["id"]))[0].role is None


async def test_remove_team_member(client, studio, member):
    artist, artist_headers = await member("user")
    _, manager = await member("manager")
    url = f"/data/projects/{studio.project}/team/{artist['id']}"
    assert (await client.delete(url, headers=artist_headers)).status_code == 403
    assert await rows("ProjectPersonLink", person_id=artist["id"])
    assert (await client.delete(url, headers=manager)).status_code == 204
    assert await rows("ProjectPersonLink", person_id=artist["id"]) == []
    assert await events_named("project:update") == [{"project_id": studio.project}]
