"""Per-production client access: task type softwares and the client-allowed task status override."""

import uuid

from tests.crud.conftest import events_named
from tests.projects.support import insert, link, rows


async def _software(archived: bool = False, name: str = "Blender") -> str:
    return await insert("Software", name=name, short_name=name[:2], file_extension="x", archived=archived)


async def test_task_type_softwares(client, studio, member):
    _, manager = await member("manager")
    _, artist = await member("user")
    _, outsider = await member("user", in_team=False)
    await insert("ProjectTaskTypeLink", project_id=studio.project, task_type_id=studio.modeling)
    software = await _software()
    url = f"/data/projects/{studio.project}/task-types/{studio.modeling}/softwares"

    assert (await client.post(url, json={"software_id": software}, headers=artist)).status_code == 403
    created = await client.post(url, json={"software_id": software}, headers=manager)
    assert created.status_code == 201
    expected = {"project_id": studio.project, "task_type_id": studio.modeling, "software_id": software}
    assert created.json() == expected
    again = await client.post(url, json={"software_id": software}, headers=manager)
    assert again.status_code == 201 and len(await events_named("project:update")) == 1
    assert len(await rows("ProjectTaskTypeSoftwareLink", project_id=studio.project)) == 1

    listing = await client.get(f"/data/projects/{studio.project}/task-type-softwares", headers=artist)
    assert listing.status_code == 200 and listing.json() == [expected]
    refused = await client.get(f"/data/projects/{studio.project}/task-type-softwares", headers=outsider)
    assert refused.status_code == 403

    archived = await _software(archived=True, name="Maya")
    bad = await client.post(url, json={"software_id": archived}, headers=manager)
    assert bad.status_code == 400 and bad.json()["message"] == "The software is archived."
    unknown = await client.post(url, json={"software_id": str(uuid.uuid4())}, headers=manager)
    assert unknown.status_code == 404
    malformed = await client.post(url, json={"software_id": "nope"}, headers=manager)
    assert malformed.status_code == 400
    assert (await client.post(url, json={}, headers=manager)).status_code == 400
    other_type = f"/data/projects/{studio.project}/task-types/{uuid.uuid4()}/softwares"
    unlinked = await client.post(other_type, json={"software_id": software}, headers=manager)
    assert unlinked.status_code == 400 and "not a task type of the project" in unlinked.json()["message"]

    assert (await client.delete(f"{url}/{software}", headers=artist)).status_code == 403
    assert (await client.delete(f"{url}/nope", headers=manager)).status_code == 400
    assert (await client.delete(f"{url}/{software}", headers=manager)).status_code == 204
    assert await rows("ProjectTaskTypeSoftwareLink", project_id=studio.project) == []
    assert len(await events_named("project:update")) == 2
    # Unknown link: no-op, no event.
    assert (await client.delete(f"{url}/{software}", headers=manager)).status_code == 204
    assert len(await events_named("project:update")) == 2


async def test_supervisor_sets_softwares_of_their_department_only(client, studio, member):
    await insert("ProjectTaskTypeLink", project_id=studio.project, task_type_id=studio.modeling)
    software = await _software()
    other_department = await insert("Department", name="Lighting", color="#000000")
    supervisor, headers = await member("supervisor")
    await link("DepartmentLink", person_id=supervisor["id"], department_id=other_department)
    url = f"/data/projects/{studio.project}/task-types/{studio.modeling}/softwares"
    assert (await client.post(url, json={"software_id": software}, headers=headers)).status_code == 403
    _, free = await member("supervisor")
    assert (await client.post(url, json={"software_id": software}, headers=free)).status_code == 201


async def test_task_status_client_allowed(client, studio, member):
    _, manager = await member("manager")
    _, artist = await member("user")
    status = (await rows("TaskStatus"))[0]
    await insert("ProjectTaskStatusLink", project_id=studio.project, task_status_id=status.id)
    url = f"/data/projects/{studio.project}/settings/task-status/{status.id}"

    assert (await client.put(url, json={"is_client_allowed": False}, headers=artist)).status_code == 403
    response = await client.put(url, json={"is_client_allowed": False}, headers=manager)
    assert response.status_code == 200
    body = response.json()
    assert body["type"] == "ProjectTaskStatusLink" and body["is_client_allowed"] is False
    stored = (await rows("ProjectTaskStatusLink", project_id=studio.project))[0]
    assert stored.is_client_allowed is False
    assert len(await events_named("project:update")) == 1
    reverted = await client.put(url, json={"is_client_allowed": None}, headers=manager)
    assert reverted.status_code == 200 and reverted.json()["is_client_allowed"] is None

    assert (await client.put(url, json={}, headers=manager)).status_code == 400
    assert (await client.put(url, json={"is_client_allowed": "maybe"}, headers=manager)).status_code == 400
    unlinked = f"/data/projects/{studio.project}/settings/task-status/{uuid.uuid4()}"
    assert (await client.put(unlinked, json={"is_client_allowed": True}, headers=manager)).status_code == 404
    assert len(await events_named("project:update")) == 2
