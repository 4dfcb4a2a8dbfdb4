"""Concept folders: listing, creating, renaming, deleting, moving concepts in and out."""

import uuid

from tests.assets.support import get, make_entity
from tests.crud.conftest import events_named


async def test_create_and_list_folders(client, studio, member):
    person, headers = await member("supervisor")
    path = f"/data/projects/{studio.project}/concept-folders"
    response = await client.post(path, json={"name": "Refs"}, headers=headers)
    assert response.status_code == 201
    folder = response.json()
    assert folder["type"] == "ConceptFolder" and folder["created_by"] == person["id"]
    again = await client.post(path, json={"name": "Refs"}, headers=headers)
    assert again.json()["id"] == folder["id"]
    assert await events_named("concept-folder:new") == [
        {"concept_folder_id": folder["id"], "project_id": studio.project}
    ]
    _, artist = await member("user")
    listed = await client.get(path, headers=artist)
    assert [row["id"] for row in listed.json()] == [folder["id"]]
    # A folder is no asset.
    assets = await client.get(f"/data/projects/{studio.project}/assets", headers=artist)
    assert folder["id"] not in {row["id"] for row in assets.json()}


async def test_folder_refusals(client, studio, member):
    path = f"/data/projects/{studio.project}/concept-folders"
    _, artist = await member("user")
    assert (await client.post(path, json={"name": "Refs"}, headers=artist)).status_code == 403
    _, client_headers = await member("client")
    assert (await client.get(path, headers=client_headers)).status_code == 403
    _, supervisor = await member("supervisor")
    assert (await client.post(path, json={"name": ""}, headers=supervisor)).status_code == 400
    assert (await client.post(path, json={"name": "x" * 161}, headers=supervisor)).status_code == 400
    assert (
        await client.get(f"/data/projects/{uuid.uuid4()}/concept-folders", headers=supervisor)
    ).status_code == 404
    assert await events_named("concept-folder:new") == []


async def test_rename_folder(client, studio, member):
    folder = await make_entity(studio.project, "ConceptFolder", "Refs")
    await make_entity(studio.project, "ConceptFolder", "Taken")
    _, headers = await member("supervisor")
    response = await client.put(f"/data/concept-folders/{folder}", json={"name": "Moods"}, headers=headers)
    assert response.status_code == 200 and response.json()["name"] == "Moods"
    assert (await get("Entity", folder)).name == "Moods"
    assert len(await events_named("concept-folder:update")) == 1
    response = await client.put(f"/data/concept-folders/{folder}", json={"name": "Taken"}, headers=headers)
    assert response.status_code == 400
    _, artist = await member("user")
    assert (
        await client.put(f"/data/concept-folders/{folder}", json={"name": "X"}, headers=artist)
    ).status_code == 403
    missing = await client.put(f"/data/concept-folders/{studio.asset}", json={"name": "X"}, headers=headers)
    assert missing.status_code == 404
    assert (await get("Entity", folder)).name == "Moods"


async def test_move_concepts_and_delete_folder(client, studio, member):
    folder = await make_entity(studio.project, "ConceptFolder", "Refs")
    concept = await make_entity(studio.project, "Concept", "Mood")
    other = await make_entity(studio.closed_project, "Concept", "Elsewhere")
    _, headers = await member("supervisor")
    path = f"/actions/projects/{studio.project}/move-concepts"
    body = {"concept_ids": [concept, other, studio.asset], "concept_folder_id": folder}
    response = await client.post(path, json=body, headers=headers)
    assert response.status_code == 200 and response.json() == [concept]
    assert str((await get("Entity", concept)).parent_id) == folder
    assert (await get("Entity", other)).parent_id is None
    response = await client.delete(f"/data/concept-folders/{folder}", headers=headers)
    assert response.status_code == 204
    assert await get("Entity", folder) is None
    assert (await get("Entity", concept)).parent_id is None
    assert len(await events_named("concept:update")) == 2
    assert len(await events_named("concept-folder:delete")) == 1


async def test_move_and_delete_refusals(client, studio, member):
    folder = await make_entity(studio.project, "ConceptFolder", "Refs")
    concept = await make_entity(studio.project, "Concept", "Mood")
    foreign = await make_entity(studio.closed_project, "ConceptFolder", "Elsewhere")
    path = f"/actions/projects/{studio.project}/move-concepts"
    _, artist = await member("user")
    body = {"concept_ids": [concept], "concept_folder_id": folder}
    assert (await client.post(path, json=body, headers=artist)).status_code == 403
    assert (await client.delete(f"/data/concept-folders/{folder}", headers=artist)).status_code == 403
    _, supervisor = await member("supervisor")
    wrong = {"concept_ids": [concept], "concept_folder_id": foreign}
    assert (await client.post(path, json=wrong, headers=supervisor)).status_code == 404
    assert (await client.post(path, json={"concept_ids": ["x"]}, headers=supervisor)).status_code == 400
    assert (await get("Entity", concept)).parent_id is None and await get("Entity", folder) is not None
