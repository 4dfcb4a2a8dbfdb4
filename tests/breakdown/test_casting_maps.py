"""Castings keyed by shot, episode or asset: by sequence, production, episode, asset type."""

import uuid

from tests.assets.support import link, make_entity


async def _breakdown(studio):
    episode = await make_entity(studio.project, "Episode", "E01")
    sequence = await make_entity(studio.project, "Sequence", "SQ10", parent_id=episode)
    shot = await make_entity(studio.project, "Shot", "SH100", parent_id=sequence)
    prop = await make_entity(studio.project, "Prop", "Sword")
    await link(studio.shot, studio.asset, 2)
    await link(shot, prop)
    await link(episode, prop)
    return episode, sequence, shot, prop


async def test_sequence_casting(client, studio, member):
    await _breakdown(studio)
    _, headers = await member("user")
    path = f"/data/projects/{studio.project}/sequences/{studio.sequence}/casting"
    response = await client.get(path, headers=headers)
    assert response.status_code == 200
    (entry,) = response.json()[studio.shot]
    assert (
        entry["asset_id"] == studio.asset and entry["sequence_name"] == "SQ01" and entry["nb_occurences"] == 2
    )


async def test_sequence_casting_refusals(client, studio, member):
    _, vendor = await member("vendor")
    path = f"/data/projects/{studio.project}/sequences/{studio.sequence}/casting"
    assert (await client.get(path, headers=vendor)).status_code == 403
    _, headers = await member("user")
    other = await make_entity(studio.closed_project, "Sequence", "SQ")
    assert (
        await client.get(f"/data/projects/{studio.project}/sequences/{other}/casting", headers=headers)
    ).status_code == 403
    missing = f"/data/projects/{studio.project}/sequences/{studio.shot}/casting"
    assert (await client.get(missing, headers=headers)).status_code == 404


async def test_project_and_episode_shots_casting(client, studio, member):
    episode, _, shot, prop = await _breakdown(studio)
    _, headers = await member("user")
    everything = (
        await client.get(f"/data/projects/{studio.project}/sequences/all/casting", headers=headers)
    ).json()
    assert set(everything) == {studio.shot, shot}
    path = f"/data/projects/{studio.project}/episodes/{episode}/sequences/all/casting"
    in_episode = (await client.get(path, headers=headers)).json()
    assert list(in_episode) == [shot] and in_episode[shot][0]["asset_id"] == prop
    main = f"/data/projects/{studio.project}/episodes/main/sequences/all/casting"
    assert (await client.get(main, headers=headers)).json() == {}


async def test_shots_casting_refusals(client, studio, member, make_person):
    _, vendor = await member("vendor")
    assert (
        await client.get(f"/data/projects/{studio.project}/sequences/all/casting", headers=vendor)
    ).status_code == 403
    _, outsider = await make_person("user")
    path = f"/data/projects/{studio.project}/episodes/{uuid.uuid4()}/sequences/all/casting"
    assert (await client.get(path, headers=outsider)).status_code == 403
    _, headers = await member("user")
    bad = f"/data/projects/{studio.project}/episodes/nope/sequences/all/casting"
    assert (await client.get(bad, headers=headers)).status_code == 404


async def test_episodes_casting(client, studio, member, make_person):
    episode, _, _, prop = await _breakdown(studio)
    _, headers = await member("user")
    response = await client.get(f"/data/projects/{studio.project}/episodes/casting", headers=headers)
    assert response.status_code == 200
    assert [row["asset_id"] for row in response.json()[episode]] == [prop]
    _, outsider = await make_person("manager")
    assert (
        await client.get(f"/data/projects/{studio.project}/episodes/casting", headers=outsider)
    ).status_code == 403


async def test_asset_type_casting(client, studio, member):
    prop = await make_entity(studio.project, "Prop", "Sword")
    await link(studio.asset, prop, 3)
    _, headers = await member("user")
    path = f"/data/projects/{studio.project}/asset-types/{studio.character}/casting"
    response = await client.get(path, headers=headers)
    assert response.status_code == 200
    (entry,) = response.json()[studio.asset]
    assert entry["asset_id"] == prop and entry["nb_occurences"] == 3 and "is_shared" not in entry
    wrong = f"/data/projects/{studio.project}/asset-types/{studio.shot_type}/casting"
    assert (await client.get(wrong, headers=headers)).status_code == 404
    _, vendor = await member("vendor")
    assert (await client.get(path, headers=vendor)).status_code == 403
