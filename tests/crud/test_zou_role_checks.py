"""Role checks brought back to Zou's (issue 12), each read in Zou 1.0.97's source first."""

import uuid

from app.core.unit_of_work import run_in_unit_of_work
from tests.crud.conftest import add_department


async def _descriptor(studio, name: str, for_client: bool) -> str:
    from app.models import MetadataDescriptor

    async with run_in_unit_of_work() as uow:
        row = MetadataDescriptor(
            project_id=uuid.UUID(studio.project),
            entity_type="Asset",
            name=name,
            field_name=name.lower(),
            for_client=for_client,
            data_type="string",
        )
        uow.get_session().add(row)
    return str(row.id)


async def test_a_client_lists_only_the_descriptors_published_to_clients(client, studio, member):
    """Zou's MetadataDescriptorsResource narrows each project on the role held there."""
    shown = await _descriptor(studio, "Shown", True)
    await _descriptor(studio, "Hidden", False)
    _, client_headers = await member("client")
    for url in ("/data/metadata-descriptors", f"/data/metadata-descriptors?project_id={studio.project}"):
        listed = await client.get(url, headers=client_headers)
        assert [row["id"] for row in listed.json()] == [shown], url
    _, artist = await member("user")
    assert len((await client.get("/data/metadata-descriptors", headers=artist)).json()) == 2
    _, outsider = await member("client", in_team=False)
    assert (await client.get("/data/metadata-descriptors", headers=outsider)).json() == []


async def test_a_client_reads_no_retake_stats_nor_quotas(client, studio, member):
    """Zou's block_access_to_client on the episode retake stats and both quota routes."""
    person, client_headers = await member("client")
    _, artist = await member("user")
    urls = [
        f"/data/projects/{studio.project}/episodes/retake-stats",
        f"/data/projects/{studio.project}/quotas/{studio.animation}",
        f"/data/projects/{studio.project}/quotas/persons/{person['id']}",
    ]
    for url in urls:
        assert (await client.get(url, headers=client_headers)).status_code == 403, url
    for url in urls[:2]:
        assert (await client.get(url, headers=artist)).status_code == 200, url


async def test_only_department_supervisors_pin_comments(client, studio, member):
    """Zou's comment update: a pin changes only for a supervisor of the task's department."""
    url = f"/data/comments/{studio.comment}"
    for role in ("client", "vendor", "user"):
        _, headers = await member(role)
        response = await client.put(url, json={"pinned": True}, headers=headers)
        assert response.status_code == 403, (role, response.text)
    supervisor, headers = await member("supervisor")
    await add_department(supervisor["id"], studio.modeling_department)
    assert (await client.put(url, json={"pinned": True}, headers=headers)).status_code == 200


async def test_a_supervisor_rewrites_only_the_metadata_of_their_departments(client, studio, member):
    """Zou's check_metadata_department_access: keys of descriptors of the entity's own kind
    (shot, edit, asset) shared with one of the supervisor's departments; nothing on other kinds;
    everything when the supervisor belongs to no department."""
    from app.models import DepartmentMetadataDescriptorLink

    descriptor = await _descriptor(studio, "Cost", False)  # an Asset descriptor, field `cost`
    async with run_in_unit_of_work() as uow:
        uow.get_session().add(
            DepartmentMetadataDescriptorLink(
                metadata_descriptor_id=uuid.UUID(descriptor),
                department_id=uuid.UUID(studio.modeling_department),
            )
        )
    supervisor, headers = await member("supervisor")
    await add_department(supervisor["id"], studio.modeling_department)
    asset, sequence = f"/data/entities/{studio.asset}", f"/data/entities/{studio.sequence}"
    assert (await client.put(asset, json={"data": {"cost": 3}}, headers=headers)).status_code == 200
    for url, body in (
        (sequence, {"data": {"cost": 3}}),  # a descriptor of assets, not of sequences
        (asset, {"data": {}}),
        (asset, {"data": {"other": 1}}),
        (asset, {"name": "Renamed"}),
    ):
        assert (await client.put(url, json=body, headers=headers)).status_code == 403, (url, body)
    _, free = await member("supervisor")  # no department: every key
    assert (await client.put(sequence, json={"data": {"cost": 4}}, headers=free)).status_code == 200


async def test_a_manager_creates_and_deletes_schedule_items(client, studio, member):
    """Zou's schedule item resources: check_manager_project_access on create and delete."""
    _, manager = await member("manager")
    body = {"project_id": studio.project, "task_type_id": studio.modeling, "object_id": studio.asset}
    created = await client.post("/data/schedule-items", json=body, headers=manager)
    assert created.status_code == 201, created.text
    _, outsider = await member("manager", in_team=False)
    _, supervisor = await member("supervisor")
    url = f"/data/schedule-items/{created.json()['id']}"
    for headers in (outsider, supervisor):
        assert (await client.delete(url, headers=headers)).status_code == 403
        other = {**body, "object_id": studio.shot}
        assert (await client.post("/data/schedule-items", json=other, headers=headers)).status_code == 403
    assert (await client.delete(url, headers=manager)).status_code == 204


async def test_day_offs_are_read_by_the_managers_and_supervisors_of_the_team(client, studio, member):
    """Zou's check_day_off_read_access: managers of a shared production read it whole, supervisors
    of the person's department its dates only, others nothing."""
    artist, artist_headers = await member("user")
    await add_department(artist["id"], studio.modeling_department)
    body = {"person_id": artist["id"], "date": "2025-03-03", "end_date": "2025-03-04", "description": "Trip"}
    created = await client.post("/data/day-offs", json=body, headers=artist_headers)
    assert created.status_code == 201, created.text
    url = f"/data/day-offs/{created.json()['id']}"
    _, manager = await member("manager")
    assert (await client.get(url, headers=manager)).json()["description"] == "Trip"
    supervisor, supervisor_headers = await member("supervisor")
    await add_department(supervisor["id"], studio.modeling_department)
    dates = (await client.get(url, headers=supervisor_headers)).json()
    assert dates["date"] == "2025-03-03" and "description" not in dates
    other, other_headers = await member("supervisor")
    await add_department(other["id"], studio.animation_department)
    _, outsider = await member("manager", in_team=False)
    _, peer = await member("user")
    for headers in (other_headers, outsider, peer):
        assert (await client.get(url, headers=headers)).status_code == 403


async def test_a_client_reads_an_attachment_of_its_production(client, admin_headers, studio, member):
    """Zou's attachment read checks the task of the comment (project and entity access), not the
    comment: the studio's comment (by an admin, not for clients) still lets a client read it."""
    body = {"name": "file", "extension": "png", "comment_id": studio.comment}
    created = await client.post("/data/attachment-files", json=body, headers=admin_headers)
    url = f"/data/attachment-files/{created.json()['id']}"
    _, client_headers = await member("client")
    assert (await client.get(url, headers=client_headers)).status_code == 200
    _, outsider = await member("client", in_team=False)
    assert (await client.get(url, headers=outsider)).status_code == 403
    _, vendor = await member("vendor")  # no task of the asset assigned
    assert (await client.get(url, headers=vendor)).status_code == 403


async def test_a_vendor_lists_the_assets_of_its_tasks(client, studio, member):
    """Zou's EntitiesResource filters the list on the caller's projects only."""
    from tests.crud.conftest import assign

    vendor, headers = await member("vendor")
    await assign(studio.task, vendor["id"])
    listed = await client.get("/data/entities", headers=headers)
    assert listed.status_code == 200, listed.text
    ids = {row["id"] for row in listed.json()}
    assert studio.asset in ids
    for query in (f"project_id={studio.project}", "relations=true", f"entity_type_id={studio.character}"):
        listed = await client.get(f"/data/entities?{query}", headers=headers)
        assert studio.asset in {row["id"] for row in listed.json()}, query
    page = (await client.get("/data/entities?page=1", headers=headers)).json()
    assert studio.asset in {row["id"] for row in page["data"]}
