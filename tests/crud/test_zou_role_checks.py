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
