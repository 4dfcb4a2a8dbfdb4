"""`/data/entities`: typed rows, type-named events, manager creation, merged metadata, creators."""

import datetime
import uuid

from sqlalchemy import func, select, update

from app.core.unit_of_work import run_in_unit_of_work
from app.models import Entity, EntityLink, EntityVersion, MetadataDescriptor
from tests.crud.conftest import add_department, assign, events_named


async def test_rows_are_typed_by_their_entity_type(client, admin_headers, studio):
    rows = (await client.get(f"/data/entities?project_id={studio.project}", headers=admin_headers)).json()
    assert {row["name"]: row["type"] for row in rows} == {
        "Hero": "Asset",
        "SQ01": "Sequence",
        "SH010": "Shot",
    }
    one = (await client.get(f"/data/entities/{studio.shot}", headers=admin_headers)).json()
    assert one["type"] == "Shot" and one["entities_out"] == []


async def test_visibility(client, studio, member, make_person):
    _, user = await member("user")
    _, outsider = await make_person("user")
    vendor, vendor_headers = await member("vendor")
    await assign(studio.task, vendor["id"])
    assert len((await client.get("/data/entities", headers=user)).json()) == 3
    assert (await client.get("/data/entities", headers=outsider)).json() == []
    assert [e["id"] for e in (await client.get("/data/entities", headers=vendor_headers)).json()] == [
        studio.asset
    ]
    assert (await client.get(f"/data/entities/{studio.shot}", headers=vendor_headers)).status_code == 403
    assert (await client.get(f"/data/entities/{studio.asset}", headers=vendor_headers)).status_code == 200
    assert (await client.get(f"/data/entities/{studio.asset}", headers=outsider)).status_code == 403


async def test_creation_by_managers(client, studio, member, make_person):
    manager, headers = await member("manager")
    _, user = await member("user")
    body = {"name": "Villain", "project_id": studio.project, "entity_type_id": studio.character}
    assert (await client.post("/data/entities", json=body, headers=user)).status_code == 403
    response = await client.post("/data/entities", json={**body, "created_by": studio.admin}, headers=headers)
    assert response.status_code == 201
    created = response.json()
    assert created["type"] == "Entity" and created["created_by"] == manager["id"]
    assert await events_named("asset:new") == [{"asset_id": created["id"], "project_id": studio.project}]
    bad = await client.post("/data/entities", json={**body, "name": "X", "status": "lost"}, headers=headers)
    assert bad.status_code == 400 and bad.json()["message"] == "Invalid status"
    no_project = await client.post("/data/entities", json={"name": "X"}, headers=headers)
    assert no_project.status_code == 400


async def test_update_merges_metadata_and_protects_fields(client, admin_headers, studio):
    url = f"/data/entities/{studio.asset}"
    await client.put(url, json={"data": {"a": 1}}, headers=admin_headers)
    response = await client.put(
        url,
        json={"data": {"b": 2}, "created_by": None, "project_id": studio.closed_project},
        headers=admin_headers,
    )
    assert response.status_code == 200
    updated = response.json()
    assert updated["data"] == {"a": 1, "b": 2} and updated["created_by"] == studio.admin
    assert updated["project_id"] == studio.project and updated["type"] == "Asset"
    assert await events_named("asset:update")
    body = {"name": "SH020", "project_id": studio.project, "entity_type_id": studio.shot_type}
    other_shot = (
        await client.post(
            "/data/entities", json={**body, "parent_id": studio.sequence}, headers=admin_headers
        )
    ).json()
    clash = await client.put(
        f"/data/entities/{other_shot['id']}", json={"name": "SH010"}, headers=admin_headers
    )
    assert clash.status_code == 400 and clash.json()["error"] is True


async def test_update_rights(client, studio, member):
    creator, creator_headers = await member("user")
    supervisor, supervisor_headers = await member("supervisor")
    await add_department(supervisor["id"], studio.modeling_department)
    async with run_in_unit_of_work() as uow:
        session = uow.get_session()
        await session.execute(
            update(Entity)
            .where(Entity.id == uuid.UUID(studio.shot))
            .values(created_by=uuid.UUID(creator["id"]))
        )
        descriptor = MetadataDescriptor(
            project_id=uuid.UUID(studio.project), entity_type="Shot", name="Look", field_name="look"
        )
        session.add(descriptor)
        await session.flush()
        from app.models import DepartmentMetadataDescriptorLink

        session.add(
            DepartmentMetadataDescriptorLink(
                metadata_descriptor_id=descriptor.id, department_id=uuid.UUID(studio.modeling_department)
            )
        )
    url = f"/data/entities/{studio.shot}"
    assert (await client.put(url, json={"description": "mine"}, headers=creator_headers)).status_code == 200
    ok = await client.put(url, json={"data": {"look": "dark"}}, headers=supervisor_headers)
    assert ok.status_code == 200 and ok.json()["data"]["look"] == "dark"
    refused = await client.put(url, json={"data": {"other": 1}}, headers=supervisor_headers)
    assert refused.status_code == 403
    assert (await client.put(url, json={"name": "SH020"}, headers=supervisor_headers)).status_code == 403
    _, user = await member("user")
    assert (await client.put(url, json={"description": "x"}, headers=user)).status_code == 403


async def test_shot_versions_after_a_minute(client, admin_headers, studio):
    old = datetime.datetime(2020, 1, 1)
    async with run_in_unit_of_work() as uow:
        await uow.get_session().execute(
            update(Entity).where(Entity.id == uuid.UUID(studio.shot)).values(updated_at=old)
        )
    await client.put(f"/data/entities/{studio.shot}", json={"name": "SH011"}, headers=admin_headers)
    await client.put(f"/data/entities/{studio.shot}", json={"name": "SH012"}, headers=admin_headers)
    async with run_in_unit_of_work() as uow:
        names = (await uow.get_session().execute(select(EntityVersion.name))).scalars().all()
    assert names == ["SH010"], "only the edit made long after the previous one keeps a version"


async def test_deletion(client, admin_headers, studio, member):
    creator, creator_headers = await member("user")
    _, user = await member("user")
    body = {"name": "Prop", "project_id": studio.project, "entity_type_id": studio.character}
    prop = (await client.post("/data/entities", json=body, headers=admin_headers)).json()
    async with run_in_unit_of_work() as uow:
        session = uow.get_session()
        await session.execute(
            update(Entity)
            .where(Entity.id == uuid.UUID(prop["id"]))
            .values(created_by=uuid.UUID(creator["id"]))
        )
        session.add(EntityLink(entity_in_id=uuid.UUID(studio.shot), entity_out_id=uuid.UUID(prop["id"])))
    assert (await client.delete(f"/data/entities/{prop['id']}", headers=user)).status_code == 403
    assert (await client.delete(f"/data/entities/{prop['id']}", headers=creator_headers)).status_code == 204
    async with run_in_unit_of_work() as uow:
        links = (await uow.get_session().execute(select(func.count()).select_from(EntityLink))).scalar_one()
    assert links == 0
    assert await events_named("asset:delete") == [{"asset_id": prop["id"], "project_id": studio.project}]
    _, manager = await member("manager")
    assert (await client.delete(f"/data/entities/{studio.sequence}", headers=manager)).status_code == 400
