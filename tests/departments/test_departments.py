"""`/data/departments/...`: software licenses and hardware items of the departments, and their
members."""

import uuid

import pytest

from app.core.unit_of_work import run_in_unit_of_work
from tests.crud.conftest import add_department


@pytest.fixture
async def kit() -> dict[str, str]:
    """A software and a hardware item."""
    from app.models import HardwareItem, Software

    async with run_in_unit_of_work() as uow:
        software = Software(name="Blender", short_name="bl", file_extension="blend")
        hardware = HardwareItem(name="Wacom", short_name="wac", monthly_cost=30)
        uow.get_session().add_all([software, hardware])
    return {"software": str(software.id), "hardware": str(hardware.id)}


KINDS = [
    ("software-licenses", "software", "software_id", "SoftwareDepartmentLink", "Software"),
    ("hardware-items", "hardware", "hardware_item_id", "HardwareItemDepartmentLink", "HardwareItem"),
]


@pytest.mark.parametrize(("segment", "kind", "field", "link_type", "item_type"), KINDS)
async def test_link_read_and_unlink(
    client, admin_headers, studio, kit, segment, kind, field, link_type, item_type
):
    department = studio.modeling_department
    base = f"/data/departments/{department}/{segment}"
    added = await client.post(base, json={field: kit[kind]}, headers=admin_headers)
    assert added.status_code == 201
    link = added.json()
    assert (link["type"], link["department_id"], link[field]) == (link_type, department, kit[kind])
    again = await client.post(base, json={field: kit[kind]}, headers=admin_headers)
    assert again.status_code == 201 and again.json()["id"] == link["id"]

    one = await client.get(f"{base}/{kit[kind]}", headers=admin_headers)
    assert one.status_code == 200 and one.json()["id"] == kit[kind] and one.json()["type"] == item_type
    every = (await client.get(f"/data/departments/{segment}", headers=admin_headers)).json()
    assert list(every) == [department] and [item["id"] for item in every[department]] == [kit[kind]]

    assert (await client.delete(f"{base}/{kit[kind]}", headers=admin_headers)).status_code == 204
    assert (await client.delete(f"{base}/{kit[kind]}", headers=admin_headers)).status_code == 204
    assert (await client.get(f"{base}/{kit[kind]}", headers=admin_headers)).status_code == 404
    assert (await client.get(f"/data/departments/{segment}", headers=admin_headers)).json() == {}


@pytest.mark.parametrize(
    ("segment", "field", "collection", "extra"),
    [
        ("software-licenses", "software_id", "softwares", {"file_extension": ".blend"}),
        ("hardware-items", "hardware_item_id", "hardware-items", {}),
    ],
)
async def test_items_of_a_department_come_in_link_order(
    client, admin_headers, studio, segment, field, collection, extra
):
    """As Zou's answer (its join reads the links as stored), not by name: Zeta linked first."""
    base = f"/data/departments/{studio.modeling_department}/{segment}"
    for name in ("Zeta", "Alpha"):
        body = {"name": name, "short_name": name[:2].lower(), **extra}
        item = (await client.post(f"/data/{collection}", json=body, headers=admin_headers)).json()
        assert (await client.post(base, json={field: item["id"]}, headers=admin_headers)).status_code == 201
    every = (await client.get(f"/data/departments/{segment}", headers=admin_headers)).json()
    assert [item["name"] for item in every[studio.modeling_department]] == ["Zeta", "Alpha"]


@pytest.mark.parametrize(("segment", "kind", "field", "link_type", "item_type"), KINDS)
async def test_errors(
    client, admin_headers, studio, kit, make_person, segment, kind, field, link_type, item_type
):
    department = studio.modeling_department
    base = f"/data/departments/{department}/{segment}"
    missing = await client.post(base, json={}, headers=admin_headers)
    assert missing.status_code == 400 and missing.json()["data"]["errors"][0]["field"] == field
    assert (await client.post(base, json={field: "abc"}, headers=admin_headers)).status_code == 400
    malformed = await client.post(
        f"/data/departments/abc/{segment}", json={field: kit[kind]}, headers=admin_headers
    )
    assert malformed.json() == {"error": True, "message": "Wrong UUID format.", "data": None}
    unknown_department = f"/data/departments/{uuid.uuid4()}/{segment}"
    assert (
        await client.post(unknown_department, json={field: kit[kind]}, headers=admin_headers)
    ).status_code == 404
    assert (
        await client.post(base, json={field: str(uuid.uuid4())}, headers=admin_headers)
    ).status_code == 404
    assert (await client.get(f"{base}/{kit[kind]}", headers=admin_headers)).status_code == 404  # not linked
    assert (await client.get(f"{base}/nope", headers=admin_headers)).status_code == 400
    assert (await client.delete(f"{base}/{uuid.uuid4()}", headers=admin_headers)).status_code == 404
    _, manager = await make_person("manager")
    assert (await client.get(f"/data/departments/{segment}", headers=manager)).status_code == 403
    assert (await client.post(base, json={field: kit[kind]}, headers=manager)).status_code == 403
    assert (await client.get(f"{base}/{kit[kind]}", headers=manager)).status_code == 403
    assert (await client.delete(f"{base}/{kit[kind]}", headers=manager)).status_code == 403


async def test_members(client, admin_headers, studio, make_person):
    zoe, zoe_headers = await make_person("user", first_name="Zoe")
    adam, _ = await make_person("supervisor", first_name="Adam")
    for person in (zoe, adam):
        await add_department(person["id"], studio.modeling_department)
    await add_department(adam["id"], studio.animation_department)
    url = f"/data/departments/{studio.modeling_department}/persons"
    full = (await client.get(url, headers=admin_headers)).json()
    assert [person["first_name"] for person in full] == ["Adam", "Zoe"]
    assert set(full[0]["departments"]) == {studio.modeling_department, studio.animation_department}
    assert "email" in full[0] and "password" not in full[0]
    cards = (await client.get(url, headers=zoe_headers)).json()
    assert [person["id"] for person in cards] == [adam["id"], zoe["id"]] and "email" not in cards[0]
    _, client_headers = await make_person("client")
    assert (await client.get(url, headers=client_headers)).status_code == 403
    assert (await client.get("/data/departments/abc/persons", headers=admin_headers)).status_code == 400
    assert (
        await client.get(f"/data/departments/{uuid.uuid4()}/persons", headers=admin_headers)
    ).status_code == 404
