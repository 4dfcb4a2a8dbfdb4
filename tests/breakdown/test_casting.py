"""Casting of one entity: reading it, replacing it, the episode mirror links and the shot stats."""

import uuid

from tests.assets.support import get, link, make_entity, rows, set_fields
from tests.crud.conftest import assign, events_named


def _path(studio, entity_id: str) -> str:
    return f"/data/projects/{studio.project}/entities/{entity_id}/casting"


async def _episode_shot(studio) -> tuple[str, str, str]:
    episode = await make_entity(studio.project, "Episode", "E01")
    sequence = await make_entity(studio.project, "Sequence", "SQ10", parent_id=episode)
    shot = await make_entity(studio.project, "Shot", "SH100", parent_id=sequence)
    return episode, sequence, shot


async def test_get_casting(client, studio, member):
    prop = await make_entity(studio.project, "Prop", "Sword", is_shared=True)
    canceled = await make_entity(studio.project, "Prop", "Old", canceled=True)
    await link(studio.shot, prop, 2, label="animate")
    await link(studio.shot, studio.asset)
    await link(studio.shot, canceled)
    _, headers = await member("client")
    response = await client.get(_path(studio, studio.shot), headers=headers)
    assert response.status_code == 200
    assert [(row["asset_name"], row["nb_occurences"]) for row in response.json()] == [
        ("Hero", 1),
        ("Sword", 2),
    ]
    sword = response.json()[1]
    assert (
        sword["label"] == "animate" and sword["is_shared"] is True and sword["project_id"] == studio.project
    )


async def test_get_casting_refusals(client, studio, member, make_person):
    _, vendor = await member("vendor")
    assert (await client.get(_path(studio, studio.shot), headers=vendor)).status_code == 403
    _, outsider = await make_person("user")
    assert (await client.get(_path(studio, studio.shot), headers=outsider)).status_code == 403
    _, headers = await member("user")
    elsewhere = await make_entity(studio.closed_project, "Prop", "Elsewhere")
    assert (await client.get(_path(studio, elsewhere), headers=headers)).status_code == 403
    assert (await client.get(_path(studio, str(uuid.uuid4())), headers=headers)).status_code == 404


async def test_update_shot_casting(client, studio, member):
    prop = await make_entity(studio.project, "Prop", "Sword")
    await link(studio.shot, studio.asset)
    _, headers = await member("manager")
    body = [
        {"asset_id": prop, "nb_occurences": 2, "label": "fixed"},
        {"asset_id": str(uuid.uuid4()), "nb_occurences": 1},
    ]
    response = await client.put(_path(studio, studio.shot), json=body, headers=headers)
    assert response.status_code == 200
    assert response.json() == body
    (stored,) = await rows("EntityLink", entity_in_id=studio.shot)
    assert (str(stored.entity_out_id), stored.nb_occurences, stored.label) == (prop, 2, "fixed")
    assert (await get("Entity", studio.shot)).nb_entities_out == 1
    (update,) = await events_named("shot:casting-update")
    assert update == {
        "shot_id": studio.shot,
        "nb_entities_out": 1,
        "added_asset_ids": [prop],
        "removed_asset_ids": [studio.asset],
        "project_id": studio.project,
    }
    (new_link,) = await events_named("entity-link:new")
    assert new_link["entity_in_id"] == studio.shot and new_link["entity_out_id"] == prop
    assert new_link["nb_occurences"] == 2 and new_link["entity_link_id"] == str(stored.id)


async def test_update_casting_refusals_write_nothing(client, studio, member):
    _, artist = await member("user")
    body = [{"asset_id": studio.asset, "nb_occurences": 1}]
    assert (await client.put(_path(studio, studio.shot), json=body, headers=artist)).status_code == 403
    _, manager = await member("manager")
    response = await client.put(_path(studio, studio.shot), json={"asset_id": studio.asset}, headers=manager)
    assert response.status_code == 400 and response.json()["message"] == "Request body must be a JSON array"
    response = await client.put(_path(studio, studio.shot), content=b"[]", headers=manager)
    assert response.status_code == 415
    bad = [{"asset_id": "nope", "nb_occurences": 1}]
    assert (await client.put(_path(studio, studio.shot), json=bad, headers=manager)).status_code == 400
    elsewhere = await make_entity(studio.closed_project, "Shot", "SH")
    assert (await client.put(_path(studio, elsewhere), json=body, headers=manager)).status_code == 403
    assert await rows("EntityLink") == []
    assert await events_named("shot:casting-update") == []


async def test_casting_a_shot_casts_its_episode_too(client, studio, admin_headers):
    episode, _, shot = await _episode_shot(studio)
    body = [{"asset_id": studio.asset, "nb_occurences": 1}]
    assert (await client.put(_path(studio, shot), json=body, headers=admin_headers)).status_code == 200
    (mirror,) = await rows("EntityLink", entity_in_id=episode)
    assert str(mirror.entity_out_id) == studio.asset and mirror.data == {"auto": True}
    assert (await get("Entity", episode)).nb_entities_out == 1
    assert {"asset_id": studio.asset, "project_id": studio.project} in await events_named("asset:update")
    # Removing the asset from the last shot casting it removes the mirror link.
    assert (await client.put(_path(studio, shot), json=[], headers=admin_headers)).status_code == 200
    assert await rows("EntityLink", entity_in_id=episode) == []
    assert (await get("Entity", episode)).nb_entities_out == 0
    (episode_update,) = await events_named("episode:casting-update")
    assert episode_update["removed_asset_ids"] == [studio.asset]


async def test_episode_casting_removal_cascades_to_its_shots(client, studio, admin_headers):
    episode, _, shot = await _episode_shot(studio)
    await link(episode, studio.asset)
    await link(shot, studio.asset)
    response = await client.put(_path(studio, episode), json=[], headers=admin_headers)
    assert response.status_code == 200
    assert await rows("EntityLink", entity_in_id=shot) == []
    updates = await events_named("shot:casting-update")
    assert any(
        update["shot_id"] == shot and update["removed_asset_ids"] == [studio.asset] for update in updates
    )
    (episode_update,) = await events_named("episode:casting-update")
    assert episode_update["episode_id"] == episode and episode_update["nb_entities_out"] == 0


async def test_shot_casting_updates_the_ready_counts_of_its_tasks(client, studio, admin_headers):
    from app.models import ProjectTaskTypeLink
    from tests.assets.support import add

    await add(
        ProjectTaskTypeLink(
            project_id=uuid.UUID(studio.project), task_type_id=uuid.UUID(studio.animation), priority=1
        )
    )
    await set_fields("Entity", studio.asset, ready_for=uuid.UUID(studio.animation))
    body = [{"asset_id": studio.asset, "nb_occurences": 1}]
    assert (await client.put(_path(studio, studio.shot), json=body, headers=admin_headers)).status_code == 200
    assert (await get("Task", studio.shot_task)).nb_assets_ready == 1
    assert (await client.put(_path(studio, studio.shot), json=[], headers=admin_headers)).status_code == 200
    assert (await get("Task", studio.shot_task)).nb_assets_ready == 0


async def test_vendor_never_reads_castings(client, studio, member):
    person, headers = await member("vendor")
    await assign(studio.shot_task, person["id"])
    assert (await client.get(_path(studio, studio.shot), headers=headers)).status_code == 403


async def test_casting_bodies_of_the_wrong_kind_answer_zou_s_words(client, studio, admin_headers):
    """Zou's own checks answer its error handler's shape (no `data`) and name its schemas."""
    response = await client.put(
        _path(studio, studio.shot), json={"asset_id": studio.asset}, headers=admin_headers
    )
    assert response.json() == {"error": True, "message": "Request body must be a JSON array"}
    many = f"/data/projects/{studio.project}/entities/casting"
    response = await client.put(many, json=[], headers=admin_headers)
    assert response.json() == {
        "error": True,
        "message": "Request body must be a JSON object mapping entity ids to casting arrays",
    }
    one_asset = f"/data/projects/{studio.project}/entities/casting/assets/{studio.asset}"
    response = await client.put(one_asset, json=[{"entity_id": studio.shot}], headers=admin_headers)
    assert response.status_code == 400
    assert response.json()["data"]["errors"][0]["message"].endswith("instance of CastAssetSchema")
