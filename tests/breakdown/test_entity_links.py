"""A production's entity links: listed for synchronisation, deleted one by one."""

import uuid

from tests.assets.support import get, link, make_entity, rows, set_fields
from tests.crud.conftest import events_named


async def test_list_entity_links(client, studio, member):
    prop = await make_entity(studio.project, "Prop", "Sword")
    first = await link(studio.shot, studio.asset)
    second = await link(studio.shot, prop, 2)
    await link(await make_entity(studio.closed_project, "Shot", "SH"), studio.asset)
    _, headers = await member("manager")
    path = f"/data/projects/{studio.project}/entity-links"
    response = await client.get(path, headers=headers)
    assert response.status_code == 200
    assert {row["id"] for row in response.json()} == {first, second}
    row = response.json()[0]
    assert row["type"] == "EntityLink" and row["created_at"].count(".") == 1
    page = (await client.get(path, params={"page": 1, "limit": 1}, headers=headers)).json()
    assert (page["total"], page["nb_pages"], page["limit"], len(page["data"])) == (2, 2, 1, 1)
    limited = (await client.get(path, params={"limit": 1}, headers=headers)).json()
    assert len(limited) == 1
    cursor = (
        await client.get(path, params={"cursor_created_at": "2000-01-01T00:00:00"}, headers=headers)
    ).json()
    assert cursor["total"] == 2 and len(cursor["data"]) == 2


async def test_list_entity_links_refusals(client, studio, member):
    path = f"/data/projects/{studio.project}/entity-links"
    _, supervisor = await member("supervisor")
    assert (await client.get(path, headers=supervisor)).status_code == 403
    _, manager = await member("manager")
    assert (await client.get(path, params={"page": "x"}, headers=manager)).status_code == 400
    assert (
        await client.get(path, params={"cursor_created_at": "yesterday"}, headers=manager)
    ).status_code == 400
    assert (
        await client.get(f"/data/projects/{uuid.uuid4()}/entity-links", headers=manager)
    ).status_code == 404


async def test_delete_entity_link(client, studio, member):
    link_id = await link(studio.shot, studio.asset)
    await set_fields("Entity", studio.shot, nb_entities_out=1)
    _, headers = await member("manager")
    response = await client.delete(f"/data/projects/{studio.project}/entity-links/{link_id}", headers=headers)
    assert response.status_code == 200
    assert response.json()["id"] == link_id and response.json()["type"] == "EntityLink"
    assert await rows("EntityLink") == []
    assert (await get("Entity", studio.shot)).nb_entities_out == 0
    (update,) = await events_named("shot:casting-update")
    assert update["removed_asset_ids"] == [studio.asset]


async def test_delete_entity_link_refusals(client, studio, member):
    link_id = await link(studio.shot, studio.asset)
    other = await link(await make_entity(studio.closed_project, "Shot", "SH"), studio.asset)
    _, artist = await member("user")
    path = f"/data/projects/{studio.project}/entity-links/{link_id}"
    assert (await client.delete(path, headers=artist)).status_code == 403
    _, manager = await member("manager")
    assert (
        await client.delete(f"/data/projects/{studio.project}/entity-links/{other}", headers=manager)
    ).status_code == 403
    missing = f"/data/projects/{studio.project}/entity-links/{uuid.uuid4()}"
    assert (await client.delete(missing, headers=manager)).status_code == 404
    assert len(await rows("EntityLink")) == 2
