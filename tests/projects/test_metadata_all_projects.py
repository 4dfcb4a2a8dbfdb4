"""The same metadata descriptor on every open production the caller manages."""

from tests.crud.conftest import add_to_team, events_named
from tests.projects.support import insert, link, rows

ALL = "/data/metadata-descriptors/all-projects"


async def test_create_update_reorder_delete_everywhere(client, admin_headers, studio):
    second = await insert("Project", name="Second", project_status_id=studio.open_status)
    body = {"name": "Client", "entity_type": "Project", "data_type": "string"}
    created = await client.post(ALL, json=body, headers=admin_headers)
    assert created.status_code == 201
    assert {row["project_id"] for row in created.json()} == {studio.project, second}  # closed one skipped
    again = await client.post(ALL, json=body, headers=admin_headers)
    assert again.status_code == 201 and again.json() == []
    await client.post(ALL, json={"name": "Agency", "entity_type": "Project"}, headers=admin_headers)

    updated = await client.put(
        f"{ALL}/client", json={"entity_type": "Project", "name": "Customer"}, headers=admin_headers
    )
    assert updated.status_code == 200
    assert {row["field_name"] for row in updated.json()} == {"customer"} and len(updated.json()) == 2

    ordered = await client.post(
        "/actions/metadata-descriptors/all-projects/reorder",
        json={"entity_type": "Project", "field_order": ["customer", "agency"]},
        headers=admin_headers,
    )
    assert ordered.status_code == 200
    positions = {(row["project_id"], row["field_name"]): row["position"] for row in ordered.json()}
    assert positions[(studio.project, "customer")] == 1 and positions[(second, "agency")] == 2

    removed = await client.delete(f"{ALL}/customer", params={"entity_type": "Project"}, headers=admin_headers)
    assert removed.status_code == 200 and len(removed.json()) == 2
    assert [row.field_name for row in await rows("MetadataDescriptor", project_id=second)] == ["agency"]
    assert len(await events_named("metadata-descriptor:delete")) == 2


async def test_managers_reach_only_the_projects_they_manage(client, studio, member):
    manager, headers = await member("manager")
    managed_closed = studio.closed_project
    await add_to_team(managed_closed, manager["id"])
    other = await insert("Project", name="Other", project_status_id=studio.open_status)
    user_there = await insert("Project", name="Demoted", project_status_id=studio.open_status)
    await link("ProjectPersonLink", project_id=user_there, person_id=manager["id"], role="user")
    created = await client.post(ALL, json={"name": "Look", "entity_type": "Asset"}, headers=headers)
    assert [row["project_id"] for row in created.json()] == [studio.project]
    assert await rows("MetadataDescriptor", project_id=other) == []
    assert await rows("MetadataDescriptor", project_id=user_there) == []


async def test_refusals(client, admin_headers, studio, member):
    _, supervisor = await member("supervisor")
    assert (await client.post(ALL, json={"name": "X"}, headers=supervisor)).status_code == 403
    assert (
        await client.put(f"{ALL}/x", json={"entity_type": "Asset"}, headers=supervisor)
    ).status_code == 403
    assert (
        await client.delete(f"{ALL}/x", params={"entity_type": "Asset"}, headers=supervisor)
    ).status_code == 403
    reorder = "/actions/metadata-descriptors/all-projects/reorder"
    assert (
        await client.post(reorder, json={"entity_type": "Asset", "field_order": ["x"]}, headers=supervisor)
    ).status_code == 403
    task = await client.post(ALL, json={"name": "X", "entity_type": "Task"}, headers=admin_headers)
    assert task.status_code == 400 and task.json()["message"].endswith("Edit, or Project.")
    assert (await client.put(f"{ALL}/x", json={}, headers=admin_headers)).status_code == 400
    assert (await client.delete(f"{ALL}/x", headers=admin_headers)).status_code == 400
    assert (
        await client.post(reorder, json={"entity_type": "Asset", "field_order": []}, headers=admin_headers)
    ).status_code == 400
    assert await rows("MetadataDescriptor") == []
