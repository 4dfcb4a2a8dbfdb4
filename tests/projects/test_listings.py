"""`/data/projects/open` and `/data/projects/all`: what each role lists, with Zou's extra data."""

from tests.crud.conftest import add_department, add_to_team
from tests.projects.support import entity_type, insert, link


async def _descriptor(project: str, name: str, entity: str = "Asset", **fields) -> str:
    field_name = name.lower().replace(" ", "_")
    return await insert(
        "MetadataDescriptor",
        project_id=project,
        entity_type=entity,
        name=name,
        field_name=field_name,
        data_type="string",
        choices=[],
        **fields,
    )


async def test_open_projects_with_extra_data(client, admin_headers, studio):
    await _descriptor(studio.project, "Look")
    await _descriptor(studio.project, "Budget Line", "Shot")
    await link("ProjectTaskTypeLink", project_id=studio.project, task_type_id=studio.modeling, priority=2)
    await link("ProjectTaskStatusLink", project_id=studio.project, task_status_id=studio.todo, priority=1)
    response = await client.get("/data/projects/open", headers=admin_headers)
    assert response.status_code == 200
    rows = response.json()
    assert [row["id"] for row in rows] == [studio.project]  # one row despite two descriptors
    project = rows[0]
    assert {d["field_name"] for d in project["descriptors"]} == {"look", "budget_line"}
    assert project["task_types_priority"] == {studio.modeling: 2}
    assert project["task_type_links"][studio.modeling]["priority"] == 2
    assert project["task_statuses_link"][studio.todo]["priority"] == 1
    assert project["task_types"] == [studio.modeling] and project["team"] == []
    assert "first_episode_id" not in project


async def test_open_projects_of_a_member_and_name_filter(client, studio, member, make_person):
    _, headers = await member("user")
    _, outsider = await make_person("user")
    await add_to_team(studio.closed_project, (await member("user"))[0]["id"])
    assert [p["name"] for p in (await client.get("/data/projects/open", headers=headers)).json()] == [
        "Big Buck"
    ]
    assert (await client.get("/data/projects/open", headers=outsider)).json() == []
    named = await client.get("/data/projects/open", params={"name": "Nope"}, headers=headers)
    assert named.status_code == 200 and named.json() == []
    assert (await client.get("/data/projects/open")).status_code == 401


async def test_descriptors_narrowed_for_clients_and_vendors(client, studio, member):
    await _descriptor(studio.project, "Public", for_client=True)
    hidden = await _descriptor(studio.project, "Internal")
    mine = await _descriptor(studio.project, "Modeling Notes")
    await link(
        "DepartmentMetadataDescriptorLink",
        metadata_descriptor_id=mine,
        department_id=studio.modeling_department,
    )
    other = await _descriptor(studio.project, "Anim Notes")
    await link(
        "DepartmentMetadataDescriptorLink",
        metadata_descriptor_id=other,
        department_id=studio.animation_department,
    )
    _, client_headers = await member("client")
    vendor, vendor_headers = await member("vendor")
    await add_department(vendor["id"], studio.modeling_department)
    seen = (await client.get("/data/projects/open", headers=client_headers)).json()[0]["descriptors"]
    assert [d["name"] for d in seen] == ["Public"]
    seen = (await client.get("/data/projects/open", headers=vendor_headers)).json()[0]["descriptors"]
    assert {d["name"] for d in seen} == {"Public", "Internal", "Modeling Notes"}
    assert hidden in {d["id"] for d in seen}
    # A team role overrides the global one: an artist made client on the project sees client data.
    _, artist_as_client = await member("user", project_role="client")
    seen = (await client.get("/data/projects/open", headers=artist_as_client)).json()[0]["descriptors"]
    assert [d["name"] for d in seen] == ["Public"]


async def test_tv_show_carries_its_first_episode(client, admin_headers, studio):
    show = await insert(
        "Project", name="Series", production_type="tvshow", project_status_id=studio.open_status
    )
    episode_type = await entity_type("Episode")
    await insert("Entity", name="E02", project_id=show, entity_type_id=episode_type)
    first = await insert("Entity", name="E01", project_id=show, entity_type_id=episode_type)
    rows = (await client.get("/data/projects/open", headers=admin_headers)).json()
    series = next(row for row in rows if row["id"] == show)
    assert series["first_episode_id"] == first


async def test_all_projects(client, admin_headers, studio, member):
    await _descriptor(studio.project, "Client Name", "Project")
    await _descriptor(studio.project, "Look")
    rows = (await client.get("/data/projects/all", headers=admin_headers)).json()
    assert [row["name"] for row in rows] == ["Big Buck", "Old Show"]
    assert rows[0]["project_status_name"] == "Open" and rows[1]["project_status_name"] == "Closed"
    assert [d["name"] for d in rows[0]["descriptors"]] == ["Client Name"]
    assert "team" not in rows[0]
    person, headers = await member("manager")
    await add_to_team(studio.closed_project, person["id"])
    rows = (await client.get("/data/projects/all", headers=headers)).json()
    assert [row["name"] for row in rows] == ["Big Buck", "Old Show"]
    assert "descriptors" not in rows[0]
    named = await client.get("/data/projects/all", params={"name": "big buck"}, headers=admin_headers)
    assert [row["id"] for row in named.json()] == [studio.project]
    missing = await client.get("/data/projects/all", params={"name": "Nope"}, headers=headers)
    assert missing.status_code == 404 and missing.json()["message"] == "Project not found"
    _, outsider = await member("user", in_team=False)
    assert (await client.get("/data/projects/all", headers=outsider)).json() == []
