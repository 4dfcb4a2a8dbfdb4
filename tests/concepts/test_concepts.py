"""Concepts: lists, the concept page, creation, deletion, tasks and previews."""

import uuid

from app.models import EntityConceptLink, PreviewFile
from tests.assets.support import add, get, make_entity, make_task, rows
from tests.crud.conftest import assign, events_named


async def test_create_concept(client, studio, member):
    person, headers = await member("user")
    body = {"name": "Mood", "description": "dark", "data": {"k": 1}, "entity_concept_links": [studio.asset]}
    response = await client.post(f"/data/projects/{studio.project}/concepts", json=body, headers=headers)
    assert response.status_code == 201
    concept = response.json()
    assert (
        concept["type"] == "Concept" and concept["created_by"] == person["id"] and concept["data"] == {"k": 1}
    )
    (stored_link,) = await rows("EntityConceptLink", entity_in_id=concept["id"])
    assert str(stored_link.entity_out_id) == studio.asset
    (event,) = await events_named("concept:new")
    assert event == {"concept_id": concept["id"], "project_id": studio.project}
    again = await client.post(
        f"/data/projects/{studio.project}/concepts", json={"name": "Mood"}, headers=headers
    )
    assert again.status_code == 201 and again.json()["id"] == concept["id"]
    assert len(await events_named("concept:new")) == 1


async def test_create_concept_in_a_folder(client, studio, admin_headers):
    folder = await make_entity(studio.project, "ConceptFolder", "Refs")
    body = {"name": "Mood", "parent_id": folder, "entity_concept_links": [{"id": studio.shot}]}
    response = await client.post(
        f"/data/projects/{studio.project}/concepts", json=body, headers=admin_headers
    )
    assert response.status_code == 201 and response.json()["parent_id"] == folder
    other = await make_entity(studio.closed_project, "ConceptFolder", "Elsewhere")
    body = {"name": "Other", "parent_id": other}
    response = await client.post(
        f"/data/projects/{studio.project}/concepts", json=body, headers=admin_headers
    )
    assert response.status_code == 404


async def test_create_concept_refusals(client, studio, member):
    path = f"/data/projects/{studio.project}/concepts"
    for role in ("client", "vendor"):
        _, headers = await member(role)
        assert (await client.post(path, json={"name": "Mood"}, headers=headers)).status_code == 403
    _, headers = await member("user")
    response = await client.post(path, json={"name": ""}, headers=headers)
    assert response.status_code == 400 and response.json()["message"] == "Validation error."
    response = await client.post(path, json={"name": "X", "entity_concept_links": ["nope"]}, headers=headers)
    assert response.status_code == 400
    assert await rows("Entity", name="X") == []


async def test_list_concepts(client, studio, member, make_person):
    concept = await make_entity(studio.project, "Concept", "Mood")
    await make_entity(studio.closed_project, "Concept", "Other")
    _, headers = await member("user")
    response = await client.get("/data/concepts", params={"project_id": studio.project}, headers=headers)
    assert response.status_code == 200
    (row,) = response.json()
    assert row["id"] == concept and row["project_name"] == "Big Buck" and row["type"] == "Concept"
    # Zou checks the project given: without one only administrators are answered.
    assert (await client.get("/data/concepts", headers=headers)).status_code == 403
    project_list = await client.get(f"/data/projects/{studio.project}/concepts", headers=headers)
    assert [row["id"] for row in project_list.json()] == [concept]
    _, client_headers = await member("client")
    refused = await client.get(
        "/data/concepts", params={"project_id": studio.project}, headers=client_headers
    )
    assert refused.status_code == 403
    assert (
        await client.get(f"/data/projects/{studio.project}/concepts", headers=client_headers)
    ).status_code == 403


async def test_admin_lists_every_concept_by_name(client, studio, admin_headers):
    await make_entity(studio.project, "Concept", "Mood")
    await make_entity(studio.closed_project, "Concept", "Other")
    response = await client.get("/data/concepts", params={"name": "other"}, headers=admin_headers)
    assert [row["name"] for row in response.json()] == ["Other"]
    assert len((await client.get("/data/concepts", headers=admin_headers)).json()) == 2


async def test_concept_page_tasks_and_task_types(client, studio, member):
    concept = await make_entity(studio.project, "Concept", "Mood", data={"fps": 24})
    await add(EntityConceptLink(entity_in_id=uuid.UUID(concept), entity_out_id=uuid.UUID(studio.asset)))
    task = await make_task(studio.project, concept, studio.modeling, studio.todo)
    await assign(task, studio.admin)
    _, headers = await member("user")
    page = (await client.get(f"/data/concepts/{concept}", headers=headers)).json()
    assert page["entity_concept_links"] == [studio.asset] and page["project_name"] == "Big Buck"
    assert page["fps"] == 24 and page["preview_file_status"] is None
    (summary,) = page["tasks"]
    assert summary["id"] == task and summary["assignees"] == [studio.admin]
    tasks = (await client.get(f"/data/concepts/{concept}/tasks", headers=headers)).json()
    assert [row["id"] for row in tasks] == [task]
    types = (await client.get(f"/data/concepts/{concept}/task-types", headers=headers)).json()
    assert [row["id"] for row in types] == [studio.modeling]


async def test_concept_previews_by_task_type(client, studio, member):
    concept = await make_entity(studio.project, "Concept", "Mood")
    task = await make_task(studio.project, concept, studio.modeling, studio.todo)
    first = await add(PreviewFile(task_id=uuid.UUID(task), revision=1, position=1, name="a", extension="png"))
    second = await add(
        PreviewFile(task_id=uuid.UUID(task), revision=1, position=2, name="b", extension="png")
    )
    newer = await add(PreviewFile(task_id=uuid.UUID(task), revision=2, name="c", extension="png"))
    _, headers = await member("user")
    response = await client.get(f"/data/concepts/{concept}/preview-files", headers=headers)
    assert response.status_code == 200
    previews = response.json()[studio.modeling]
    assert [row["id"] for row in previews] == [newer, first]
    assert [row["id"] for row in previews[1]["previews"]] == [second]


async def test_concept_reads_refusals(client, studio, member, make_person):
    concept = await make_entity(studio.project, "Concept", "Mood")
    _, client_headers = await member("client")
    _, vendor = await member("vendor")
    _, outsider = await make_person("user")
    for suffix in ("", "/tasks", "/task-types", "/preview-files"):
        path = f"/data/concepts/{concept}{suffix}"
        assert (await client.get(path, headers=client_headers)).status_code == 403
        assert (await client.get(path, headers=vendor)).status_code == 403
        assert (await client.get(path, headers=outsider)).status_code == 403
    assert (await client.get(f"/data/concepts/{studio.asset}", headers=outsider)).status_code == 404


async def test_delete_concept(client, studio, member):
    person, headers = await member("user")
    concept = await make_entity(studio.project, "Concept", "Mine", created_by=person["id"])
    await make_task(studio.project, concept, studio.modeling, studio.todo)
    assert (await client.delete(f"/data/concepts/{concept}", headers=headers)).status_code == 204
    assert (await get("Entity", concept)).canceled is True
    assert await events_named("concept:update") == [{"concept_id": concept, "project_id": studio.project}]
    response = await client.delete(f"/data/concepts/{concept}", params={"force": "true"}, headers=headers)
    assert response.status_code == 204
    assert await get("Entity", concept) is None and await rows("Task", entity_id=concept) == []
    assert len(await events_named("concept:delete")) == 1


async def test_delete_concept_refusals(client, studio, member):
    concept = await make_entity(studio.project, "Concept", "Theirs")
    _, headers = await member("user")
    assert (await client.delete(f"/data/concepts/{concept}", headers=headers)).status_code == 403
    assert (await client.delete(f"/data/concepts/{studio.asset}", headers=headers)).status_code == 404
    assert await get("Entity", concept) is not None
