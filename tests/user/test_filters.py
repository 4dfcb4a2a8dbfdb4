"""Saved search filters and filter groups under `/data/user`."""

import uuid

from tests.user.conftest import add_row, rows

MISSING = str(uuid.uuid4())


async def test_filter_lifecycle(client, studio, desk, member):
    created = await client.post(
        "/data/user/filters",
        json={
            "name": "heroes",
            "query": "hero",
            "list_type": "asset",
            "project_id": studio.project,
            "is_shared": True,
        },
        headers=desk.headers,
    )
    assert created.status_code == 201
    row = created.json()
    # An artist may not share: the flag is turned off.
    assert (row["type"], row["search_query"], row["is_shared"], row["person_id"]) == (
        "SearchFilter",
        "hero",
        False,
        desk.artist["id"],
    )
    plain = await client.post(
        "/data/user/filters", json={"name": "mine", "query": "x", "list_type": None}, headers=desk.headers
    )
    assert plain.json()["list_type"] == "todo"
    listing = (await client.get("/data/user/filters", headers=desk.headers)).json()
    assert [item["id"] for item in listing["asset"][studio.project]] == [row["id"]]
    assert [item["id"] for item in listing["todo"]["all"]] == [plain.json()["id"]]
    _, other = await member("user")
    assert (await client.get("/data/user/filters", headers=other)).json() == {}

    updated = await client.put(
        f"/data/user/filters/{row['id']}",
        json={"name": "h2", "search_query": "h", "extra": 1},
        headers=desk.headers,
    )
    assert updated.status_code == 200 and (updated.json()["name"], updated.json()["search_query"]) == (
        "h2",
        "h",
    )
    assert (
        await client.put(f"/data/user/filters/{row['id']}", json={"name": "x"}, headers=other)
    ).status_code == 404
    assert (await client.delete(f"/data/user/filters/{row['id']}", headers=other)).status_code == 404
    assert (await client.delete(f"/data/user/filters/{row['id']}", headers=desk.headers)).status_code == 204
    assert await rows("SearchFilter", id=row["id"]) == []


async def test_filter_errors(client, studio, desk):
    url = "/data/user/filters"
    missing_name = await client.post(url, json={"query": "x"}, headers=desk.headers)
    assert missing_name.status_code == 400 and missing_name.json()["data"]["errors"][0]["field"] == "name"
    empty = await client.post(url, json={"name": "", "query": "x"}, headers=desk.headers)
    assert empty.status_code == 400
    for extra in (
        {"project_id": MISSING},
        {"project_id": "nope"},
        {"search_filter_group_id": MISSING},
        {"department_id": MISSING},
    ):
        response = await client.post(url, json={"name": "f", "query": "x", **extra}, headers=desk.headers)
        assert response.status_code == 404, extra
    assert (
        await client.put("/data/user/filters/nope", json={"name": "x"}, headers=desk.headers)
    ).status_code == 404
    assert (await client.put(f"{url}/{MISSING}", json={"name": "x"}, headers=desk.headers)).status_code == 404
    assert (await client.put(f"{url}/{MISSING}", json=[1], headers=desk.headers)).status_code == 400
    assert (await client.delete(f"{url}/{MISSING}", headers=desk.headers)).status_code == 404
    assert await rows("SearchFilter", person_id=desk.artist["id"]) == []
    assert (await client.get(url)).status_code == 401


async def test_shared_filters_and_groups(client, studio, member):
    manager, manager_headers = await member("manager")
    group = await client.post(
        "/data/user/filter-groups",
        json={
            "name": "team",
            "color": "#ff0000",
            "list_type": "asset",
            "project_id": studio.project,
            "is_shared": True,
        },
        headers=manager_headers,
    )
    assert group.status_code == 201 and group.json()["is_shared"] is True
    group_id = group.json()["id"]
    mismatch = await client.post(
        "/data/user/filters",
        json={"name": "f", "query": "x", "project_id": studio.project, "search_filter_group_id": group_id},
        headers=manager_headers,
    )
    assert mismatch.status_code == 400
    shared = await client.post(
        "/data/user/filters",
        json={
            "name": "f",
            "query": "x",
            "list_type": "asset",
            "project_id": studio.project,
            "is_shared": True,
            "search_filter_group_id": group_id,
        },
        headers=manager_headers,
    )
    assert shared.status_code == 201
    _, artist = await member("user")
    seen = (await client.get("/data/user/filters", headers=artist)).json()
    assert [item["id"] for item in seen["asset"][studio.project]] == [shared.json()["id"]]
    groups = (await client.get("/data/user/filter-groups", headers=artist)).json()
    assert [item["id"] for item in groups["asset"][studio.project]] == [group_id]
    # Unsharing the group unshares its filters.
    unshared = await client.put(
        f"/data/user/filter-groups/{group_id}", json={"is_shared": False}, headers=manager_headers
    )
    assert unshared.status_code == 200 and unshared.json()["is_shared"] is False
    assert [row.is_shared for row in await rows("SearchFilter", id=shared.json()["id"])] == [False]
    assert (await client.get("/data/user/filters", headers=artist)).json() == {}
    # Removing the group removes its filters.
    assert (
        await client.delete(f"/data/user/filter-groups/{group_id}", headers=manager_headers)
    ).status_code == 204
    assert await rows("SearchFilter", id=shared.json()["id"]) == []


async def test_department_filters(client, studio, member):
    manager, _ = await member("manager")
    await add_row(
        "SearchFilter",
        list_type="todo",
        name="dep",
        search_query="x",
        is_shared=True,
        person_id=manager["id"],
        department_id=studio.modeling_department,
    )
    _, artist = await member("user")
    assert (await client.get("/data/user/filters", headers=artist)).json() == {}
    modeler, modeler_headers = await member("user")
    from tests.crud.conftest import add_department

    await add_department(modeler["id"], studio.modeling_department)
    assert len((await client.get("/data/user/filters", headers=modeler_headers)).json()["todo"]["all"]) == 1


async def test_filter_group_reads(client, admin_headers, studio, desk, member):
    created = await client.post("/data/user/filter-groups", json={"name": "g"}, headers=desk.headers)
    assert created.status_code == 201
    group = created.json()
    assert (group["type"], group["color"], group["list_type"], group["is_shared"]) == (
        "SearchFilterGroup",
        "",
        "todo",
        False,
    )
    url = f"/data/user/filter-groups/{group['id']}"
    assert (await client.get(url, headers=desk.headers)).json()["id"] == group["id"]
    assert (await client.get(url, headers=admin_headers)).status_code == 200  # an admin reads anyone's
    _, other = await member("user")
    assert (await client.get(url, headers=other)).status_code == 404
    assert (await client.get("/data/user/filter-groups/nope", headers=desk.headers)).status_code == 404
    renamed = await client.put(url, json={"name": "g2", "color": "#00ff00"}, headers=desk.headers)
    assert (renamed.json()["name"], renamed.json()["color"]) == ("g2", "#00ff00")
    assert (await client.put(url, json={"name": "x"}, headers=other)).status_code == 404
    assert (
        await client.post("/data/user/filter-groups", json={"color": "x"}, headers=desk.headers)
    ).status_code == 400
    assert (await client.delete(url, headers=other)).status_code == 404
    assert (await client.delete(url, headers=desk.headers)).status_code == 204
    assert (await client.get(url, headers=desk.headers)).status_code == 404
