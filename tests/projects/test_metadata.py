"""Metadata descriptors of a production: creation, reads per role, renames moving the stored
values, deletion, ordering and the department rules of supervisors."""

import uuid

from tests.crud.conftest import add_department, events_named
from tests.projects.support import entity_type, insert, rows

BASE = "/data/projects/{}/metadata-descriptors"


async def test_create_and_list(client, studio, member):
    _, manager = await member("manager")
    _, artist = await member("user")
    url = BASE.format(studio.project)
    body = {
        "name": "Étape Clé",
        "entity_type": "Shot",
        "data_type": "list",
        "choices": ["a", "b"],
        "departments": [studio.animation_department],
    }
    response = await client.post(url, json=body, headers=manager)
    assert response.status_code == 201
    created = response.json()
    assert created["field_name"] == "etape_cle" and created["departments"] == [studio.animation_department]
    assert created["type"] == "MetadataDescriptor" and created["for_client"] is False
    assert await events_named("metadata-descriptor:new") == [
        {"metadata_descriptor_id": created["id"], "project_id": studio.project}
    ]
    listed = (await client.get(url, headers=artist)).json()
    assert [row["id"] for row in listed] == [created["id"]]
    duplicate = await client.post(url, json={"name": "étape clé", "entity_type": "Shot"}, headers=manager)
    assert (
        duplicate.status_code == 400 and duplicate.json()["message"] == "Metadata descriptor already exists."
    )
    other_type = await client.post(url, json={"name": "Étape Clé", "entity_type": "Asset"}, headers=manager)
    assert other_type.status_code == 201


async def test_create_refusals(client, studio, member):
    _, manager = await member("manager")
    _, artist = await member("user")
    url = BASE.format(studio.project)
    assert (await client.post(url, json={"name": "X"}, headers=artist)).status_code == 403
    cases = [
        ({"entity_type": "Asset"}, "Validation error."),
        (
            {"name": "X", "entity_type": "Car"},
            "Wrong entity type. Please select Asset, Shot, Sequence, Episode, Edit, Project, or Task.",
        ),
        ({"name": "X", "entity_type": "Task"}, "Task metadata descriptors require a task_type_id."),
        ({"name": "X", "entity_type": "Task", "task_type_id": str(uuid.uuid4())}, "Task type not found."),
        (
            {"name": "X", "task_type_id": studio.modeling},
            "task_type_id only applies to Task metadata descriptors.",
        ),
        ({"name": "X", "data_type": "color"}, "Invalid data_type"),
    ]
    for body, message in cases:
        response = await client.post(url, json=body, headers=manager)
        assert response.status_code == 400 and response.json()["message"] == message
    assert await rows("MetadataDescriptor", project_id=studio.project) == []
    task = await client.post(
        url,
        json={"name": "Difficulty", "entity_type": "Task", "task_type_id": studio.modeling},
        headers=manager,
    )
    assert task.status_code == 201 and task.json()["task_type_id"] == studio.modeling


async def test_supervisors_write_their_departments_descriptors(client, studio, member):
    supervisor, headers = await member("supervisor")
    await add_department(supervisor["id"], studio.modeling_department)
    url = BASE.format(studio.project)
    assert (await client.post(url, json={"name": "Free"}, headers=headers)).status_code == 403
    others = {"name": "Anim", "departments": [studio.animation_department]}
    assert (await client.post(url, json=others, headers=headers)).status_code == 403
    mine = {"name": "Mine", "departments": [studio.modeling_department]}
    created = await client.post(url, json=mine, headers=headers)
    assert created.status_code == 201
    descriptor_url = f"{url}/{created.json()['id']}"
    renamed = await client.put(descriptor_url, json={"name": "Mine Too"}, headers=headers)
    assert renamed.status_code == 200 and renamed.json()["field_name"] == "mine_too"
    assert renamed.json()["departments"] == [studio.modeling_department]
    assert (await client.delete(descriptor_url, headers=headers)).status_code == 204


async def test_read_one_by_role(client, studio, member):
    public = await insert(
        "MetadataDescriptor",
        project_id=studio.project,
        entity_type="Asset",
        name="Public",
        field_name="public",
        for_client=True,
    )
    private = await insert(
        "MetadataDescriptor",
        project_id=studio.project,
        entity_type="Asset",
        name="Private",
        field_name="private",
    )
    _, client_headers = await member("client")
    url = BASE.format(studio.project)
    assert (await client.get(f"{url}/{public}", headers=client_headers)).status_code == 200
    assert (await client.get(f"{url}/{private}", headers=client_headers)).status_code == 403
    assert [row["name"] for row in (await client.get(url, headers=client_headers)).json()] == ["Public"]
    other = await client.get(f"{BASE.format(studio.closed_project)}/{public}", headers=client_headers)
    assert other.status_code == 403  # not in that team
    _, admin_like = await member("manager")
    assert (
        await client.get(f"{BASE.format(studio.closed_project)}/{public}", headers=admin_like)
    ).status_code == 403
    assert (await client.get(f"{url}/{uuid.uuid4()}", headers=admin_like)).status_code == 404


async def test_rename_moves_values_and_delete_drops_them(client, studio, member):
    _, manager = await member("manager")
    url = BASE.format(studio.project)
    created = (await client.post(url, json={"name": "Look", "entity_type": "Asset"}, headers=manager)).json()
    prop_type = await entity_type("Prop")
    prop = await insert(
        "Entity",
        name="Chair",
        project_id=studio.project,
        entity_type_id=prop_type,
        data={"look": "red", "other": 1},
    )
    shot = await insert(
        "Entity",
        name="SH020",
        project_id=studio.project,
        entity_type_id=studio.shot_type,
        data={"look": "shot value"},
    )
    response = await client.put(
        f"{url}/{created['id']}", json={"name": "Look Dev", "choices": ["red"]}, headers=manager
    )
    assert response.status_code == 200
    assert response.json()["field_name"] == "look_dev" and response.json()["choices"] == ["red"]
    assert response.json()["data_type"] == "string"  # untouched, not reset
    assert (await rows("Entity", id=prop))[0].data == {"look_dev": "red", "other": 1}
    assert (await rows("Entity", id=shot))[0].data == {"look": "shot value"}  # another entity type
    assert await events_named("metadata-descriptor:update")
    empty = await client.put(f"{url}/{created['id']}", json={"name": ""}, headers=manager)
    assert empty.status_code == 400 and empty.json()["message"] == "Name cannot be empty."
    bad_type = await client.put(f"{url}/{created['id']}", json={"data_type": "x"}, headers=manager)
    assert bad_type.status_code == 400
    _, artist = await member("user")
    assert (await client.put(f"{url}/{created['id']}", json={"name": "Y"}, headers=artist)).status_code == 403
    assert (await client.delete(f"{url}/{created['id']}", headers=artist)).status_code == 403
    assert (await client.delete(f"{url}/{created['id']}?force=true", headers=manager)).status_code == 204
    assert (await rows("Entity", id=prop))[0].data == {"other": 1}
    assert await rows("MetadataDescriptor", project_id=studio.project) == []
    assert await events_named("metadata-descriptor:delete") == [
        {"metadata_descriptor_id": created["id"], "project_id": studio.project}
    ]


async def test_rename_clash_changes_nothing(client, studio, member):
    _, manager = await member("manager")
    url = BASE.format(studio.project)
    first = (await client.post(url, json={"name": "One"}, headers=manager)).json()
    await client.post(url, json={"name": "Two"}, headers=manager)
    clash = await client.put(f"{url}/{first['id']}", json={"name": "two"}, headers=manager)
    assert clash.status_code == 400 and clash.json()["message"] == "Metadata descriptor already exists."
    assert (await rows("MetadataDescriptor", id=first["id"]))[0].name == "One"


async def test_reorder(client, studio, member):
    _, manager = await member("manager")
    _, artist = await member("user")
    url = BASE.format(studio.project)
    ids = [(await client.post(url, json={"name": name}, headers=manager)).json()["id"] for name in "CBA"]
    response = await client.post(
        f"{url}/reorder", json={"entity_type": "Asset", "descriptor_ids": [ids[1]]}, headers=manager
    )
    assert response.status_code == 200
    assert [(row["name"], row["position"]) for row in response.json()] == [("B", 1), ("A", 2), ("C", 3)]
    unknown = await client.post(
        f"{url}/reorder", json={"entity_type": "Asset", "descriptor_ids": ["x"]}, headers=manager
    )
    assert unknown.status_code == 400 and unknown.json()["message"].startswith("Descriptor x not found")
    empty = await client.post(
        f"{url}/reorder", json={"entity_type": "Asset", "descriptor_ids": []}, headers=manager
    )
    assert empty.status_code == 400
    refused = await client.post(
        f"{url}/reorder", json={"entity_type": "Asset", "descriptor_ids": ids}, headers=artist
    )
    assert refused.status_code == 403


async def test_list_refused_outside_the_team(client, studio, member):
    _, outsider = await member("user", in_team=False)
    assert (await client.get(BASE.format(studio.project), headers=outsider)).status_code == 403
    assert (await client.get(BASE.format(uuid.uuid4()), headers=outsider)).status_code == 404


async def test_crud_update_answers_the_departments(client, studio, admin_headers):
    """PUT /data/metadata-descriptors/{id} lists the departments, as Zou's reads do."""
    url = BASE.format(studio.project)
    created = (
        await client.post(url, json={"name": "Tone", "entity_type": "Asset"}, headers=admin_headers)
    ).json()
    response = await client.put(
        f"/data/metadata-descriptors/{created['id']}", json={"name": "Hue"}, headers=admin_headers
    )
    assert response.status_code == 200 and response.json()["departments"] == []
