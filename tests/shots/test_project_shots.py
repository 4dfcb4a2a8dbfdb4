"""A production's shots: list, creation (the existing shot answered on a taken name), quotas, and
frame counts taken from previews."""

import datetime as dt
import uuid

from sqlalchemy import update

from app.core.unit_of_work import run_in_unit_of_work
from app.models import Task
from tests.crud.conftest import assign, db_get, events_named
from tests.shots.conftest import rows


async def test_project_shots_and_creation(client, studio, show, member):
    _, manager = await member("manager")
    url = f"/data/projects/{studio.project}/shots"
    body = {"name": "SH_NEW", "sequence_id": show.sequence, "nb_frames": 12, "data": {"frame_in": 101}}
    created = await client.post(url, json=body, headers=manager)
    assert created.status_code == 201
    shot = created.json()
    assert (shot["type"], shot["parent_id"], shot["nb_frames"], shot["data"]) == (
        "Shot",
        show.sequence,
        12,
        {"frame_in": 101},
    )
    again = await client.post(url, json={**body, "nb_frames": 99}, headers=manager)
    assert again.status_code == 201 and again.json()["id"] == shot["id"] and again.json()["nb_frames"] == 12
    assert await events_named("shot:new") == [
        {"shot_id": shot["id"], "episode_id": show.episode, "project_id": studio.project}
    ]
    names = [row["name"] for row in (await client.get(url, headers=manager)).json()]
    assert names == ["SH010", "SH_E", "SH_NEW"]


async def test_shot_creation_refusals(client, studio, show, member):
    _, user = await member("user")
    _, manager = await member("manager")
    url = f"/data/projects/{studio.project}/shots"
    assert (
        await client.post(url, json={"name": "X", "sequence_id": show.sequence}, headers=user)
    ).status_code == 403
    bad = await client.post(url, json={"name": "X", "nb_frames": "lots"}, headers=manager)
    assert bad.status_code == 400 and bad.json()["data"]["errors"][0]["field"] == "nb_frames"
    other = await client.post(
        f"/data/projects/{studio.closed_project}/shots", json={"name": "X", "sequence_id": show.sequence},
        headers={"Authorization": manager["Authorization"]},
    )  # fmt: skip
    assert other.status_code == 403
    assert await rows("Entity", name="X") == []
    _, outsider = await member("user", in_team=False)
    assert (await client.get(url, headers=outsider)).status_code == 403
    assert (await client.get(f"/data/projects/{uuid.uuid4()}/shots", headers=outsider)).status_code == 404


async def _finish_shot_task(show, artist_id: str) -> None:
    await assign(show.shot_task, artist_id)
    async with run_in_unit_of_work() as uow:
        await uow.get_session().execute(
            update(Task)
            .where(Task.id == uuid.UUID(show.shot_task))
            .values(real_start_date=dt.datetime(2024, 1, 8, 9), end_date=dt.datetime(2024, 1, 10, 10))
        )


async def test_quotas(client, admin_headers, studio, show, member):
    artist, artist_headers = await member("user")
    await _finish_shot_task(show, artist["id"])
    url = f"/data/projects/{studio.project}/quotas/{studio.animation}"
    raw = (await client.get(f"{url}?count_mode=feedback", headers=admin_headers)).json()
    assert raw[artist["id"]]["day"]["frames"] == {"2024-01-10": 48}
    assert raw["total"]["month"]["count"] == {"2024-01": 1} and raw["total"]["week"]["frames"] == {
        "2024-2": 48
    }
    weighted = (await client.get(url, headers=admin_headers)).json()
    assert weighted[artist["id"]]["day"]["frames"] == {"2024-01-08": 16, "2024-01-09": 16, "2024-01-10": 16}
    assert weighted["total"]["month"]["count"] == {"2024-01": 1.0}
    assert (await client.get(f"{url}?count_mode=done", headers=admin_headers)).json() == {}
    assert (await client.get(f"{url}?count_mode=wrong", headers=admin_headers)).status_code == 400
    _, outsider = await member("user", in_team=False)
    assert (await client.get(url, headers=outsider)).status_code == 403


async def test_quotas_of_a_studio(client, admin_headers, studio, show, member):
    """`studio_id` keeps the shots one of the studio's people is assigned to (was a 500: the
    assignee EXISTS lost its FROM to auto-correlation with the joined assignees)."""
    from app.models import Studio

    async with run_in_unit_of_work() as uow:
        s = uow.get_session()
        ours, theirs = Studio(name="Ours", color="#000000"), Studio(name="Theirs", color="#ffffff")
        s.add_all([ours, theirs])
        await s.flush()
        ours_id, theirs_id = str(ours.id), str(theirs.id)
    artist, _ = await member("user", studio_id=uuid.UUID(ours_id))
    await _finish_shot_task(show, artist["id"])
    url = f"/data/projects/{studio.project}/quotas/{studio.animation}"
    for mode in ("feedback", "weighted"):
        mine = await client.get(f"{url}?count_mode={mode}&studio_id={ours_id}", headers=admin_headers)
        assert mine.status_code == 200 and set(mine.json()) == {artist["id"], "total"}
        other = await client.get(f"{url}?count_mode={mode}&studio_id={theirs_id}", headers=admin_headers)
        assert other.status_code == 200 and other.json() == {}


async def test_person_quotas(client, studio, show, member):
    artist, artist_headers = await member("user")
    _, other = await member("user")
    _, supervisor = await member("supervisor")
    await _finish_shot_task(show, artist["id"])
    url = f"/data/projects/{studio.project}/quotas/persons/{artist['id']}?count_mode=feedback"
    own = (await client.get(url, headers=artist_headers)).json()
    assert own[studio.animation]["day"]["frames"] == {"2024-01-10": 48}
    assert (await client.get(url, headers=supervisor)).status_code == 200
    assert (await client.get(url, headers=other)).status_code == 403


async def test_set_shot_frames_from_previews(client, admin_headers, studio, show, member):
    _, manager = await member("manager")
    url = f"/actions/projects/{studio.project}/task-types/{studio.animation}/set-shot-nb-frames"
    response = await client.post(url, headers=manager)
    assert response.status_code == 200
    assert response.json() == [{"id": show.shot, "nb_frames": 50}]  # 2 s at the project's 25 fps
    assert (await db_get("Entity", show.shot)).nb_frames == 50
    scoped = await client.post(f"{url}?episode_id={uuid.uuid4()}", headers=manager)
    assert scoped.json() == []
    _, user = await member("user")
    assert (await client.post(url, headers=user)).status_code == 403
    bad = f"/actions/projects/{studio.project}/task-types/nope/set-shot-nb-frames"
    assert (await client.post(bad, headers=admin_headers)).status_code == 400
    assert (await client.post(f"{url}?episode_id=nope", headers=admin_headers)).status_code == 400
