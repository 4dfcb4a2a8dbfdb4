"""Vendors never see the metadata of descriptors held only by other departments, whichever list
carries the entity's data: asset lists, shot lists and the with-tasks boards."""

import uuid

from sqlalchemy import update

from app.core.unit_of_work import run_in_unit_of_work
from app.models import Entity
from tests.crud.conftest import add_department, assign
from tests.projects.support import insert, link

DATA = {"ours": "a", "theirs": "b", "free": "c"}
SEEN = {"ours": "a", "free": "c"}  # "free" has no department: everyone sees it


async def _descriptor(project: str, entity_type: str, field: str, department: str) -> None:
    descriptor = await insert(
        "MetadataDescriptor",
        project_id=project,
        entity_type=entity_type,
        name=field,
        field_name=field,
        data_type="string",
        choices=[],
    )
    await link(
        "DepartmentMetadataDescriptorLink", metadata_descriptor_id=descriptor, department_id=department
    )


async def test_vendor_sees_only_their_departments_metadata(client, admin_headers, studio, show, member):
    vendor, headers = await member("vendor")
    await add_department(vendor["id"], studio.modeling_department)
    await assign(studio.task, vendor["id"])
    await assign(show.shot_task, vendor["id"])
    for entity_type in ("Asset", "Shot"):
        await _descriptor(studio.project, entity_type, "ours", studio.modeling_department)
        await _descriptor(studio.project, entity_type, "theirs", studio.animation_department)
    async with run_in_unit_of_work() as uow:
        await uow.get_session().execute(
            update(Entity)
            .where(Entity.id.in_([uuid.UUID(studio.asset), uuid.UUID(show.shot)]))
            .values(data=DATA)
        )
    project = studio.project

    assets = (await client.get(f"/data/projects/{project}/assets", headers=headers)).json()
    assert [(row["id"], row["data"]) for row in assets] == [(studio.asset, SEEN)]
    shots = (await client.get(f"/data/shots?project_id={project}", headers=headers)).json()
    assert [(row["id"], row["data"]) for row in shots] == [(show.shot, SEEN)]
    for kind, entity in (("assets", studio.asset), ("shots", show.shot)):
        board = (await client.get(f"/data/{kind}/with-tasks?project_id={project}", headers=headers)).json()
        assert [(row["id"], row["data"]) for row in board] == [(entity, SEEN)]
        # The rule narrows vendors only: an admin reads every field.
        full = (
            await client.get(f"/data/{kind}/with-tasks?project_id={project}", headers=admin_headers)
        ).json()
        assert next(row["data"] for row in full if row["id"] == entity) == DATA
