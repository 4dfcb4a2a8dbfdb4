"""The with-tasks lists: Zou's row shapes for every kind, the compact and NDJSON forms, the ETag,
and who sees what (project members, vendors narrowed to their tasks)."""

import datetime as dt
import uuid

import orjson
from sqlalchemy import update

from app.core.unit_of_work import run_in_unit_of_work
from app.models import Entity, EntityConceptLink, EntityLink, Subscription, Task
from tests.crud.conftest import assign


async def _write(*statements, add=()) -> None:
    async with run_in_unit_of_work() as uow:
        session = uow.get_session()
        for statement in statements:
            await session.execute(statement)
        session.add_all(list(add))


async def test_asset_board(client, admin_headers, studio, show, member):
    artist, _ = await member("user")
    await assign(studio.task, artist["id"])
    stamp = dt.datetime(2024, 5, 6, 7, 8, 9, 123456)
    await _write(
        update(Task).where(Task.id == uuid.UUID(studio.task)).values(last_comment_date=stamp, priority=None),
        add=[
            Subscription(person_id=uuid.UUID(studio.admin), task_id=uuid.UUID(studio.task)),
            EntityLink(entity_in_id=uuid.UUID(show.episode), entity_out_id=uuid.UUID(studio.asset)),
        ],
    )
    response = await client.get(f"/data/assets/with-tasks?project_id={studio.project}", headers=admin_headers)
    assert response.status_code == 200 and response.headers["content-type"] == "application/json"
    assets = response.json()
    assert [asset["name"] for asset in assets] == ["Hero", "Prop_E"]
    hero, prop = assets
    assert (hero["asset_type_name"], hero["ready_for"], hero["episode_id"], hero["preview_file_id"]) == (
        "Character",
        "None",
        "",
        "",
    )
    assert hero["casting_episode_ids"] == [show.episode] and prop["episode_id"] == show.episode
    task = hero["tasks"][0]
    assert (task["id"], task["assignees"], task["is_subscribed"]) == (studio.task, [artist["id"]], True)
    assert (task["last_comment_date"], task["priority"], task["last_preview_file_id"]) == (
        "2024-05-06T07:08:09",
        0,
        None,  # no preview yet: null, as Zou 1.0.97 answers (not "")
    )
    main = await client.get(
        f"/data/assets/with-tasks?project_id={studio.project}&episode_id=main", headers=admin_headers
    )
    assert [asset["name"] for asset in main.json()] == ["Hero"]
    compact = await client.get(
        f"/data/assets/with-tasks?project_id={studio.project}&asset_type_id={studio.character}&compact=true"
        f"&id={studio.asset}",
        headers=admin_headers,
    )
    body = compact.json()
    assert body["asset_fields"][:2] == ["id", "name"] and body["task_fields"][-1] == "data"
    assert [row[0] for row in body["rows"]] == [studio.asset]
    episode = await client.get(f"/data/assets/with-tasks?episode_id={show.episode}", headers=admin_headers)
    assert [asset["name"] for asset in episode.json()] == [
        "Hero",
        "Prop_E",
    ]  # cast in it, or its main episode


async def test_compact_and_stream_forms_carry_the_same_rows(client, admin_headers, studio, show):
    base = f"/data/shots/with-tasks?project_id={studio.project}"
    plain = (await client.get(base, headers=admin_headers)).json()
    compact = (await client.get(base + "&compact=true", headers=admin_headers)).json()
    assert compact["compact"] is True and compact["shot_fields"][-1] == "tasks"
    rebuilt = [dict(zip(compact["shot_fields"], row, strict=True)) for row in compact["rows"]]
    for row in rebuilt:
        row["tasks"] = [dict(zip(compact["task_fields"], task, strict=True)) for task in row["tasks"]]
    assert rebuilt == plain
    stream = await client.get(
        base + "&stream=true&compact=true", headers={**admin_headers, "Accept": "application/x-ndjson"}
    )
    assert stream.headers["content-type"].startswith("application/x-ndjson")
    lines = stream.content.decode().splitlines()
    header, rows = orjson.loads(lines[0]), [orjson.loads(line) for line in lines[1:]]
    assert header == {k: v for k, v in compact.items() if k != "rows"} and rows == compact["rows"]
    objects = await client.get(base + "&stream=true", headers=admin_headers)
    object_lines = objects.content.decode().splitlines()
    assert orjson.loads(object_lines[0]) == {"compact": False}
    assert [orjson.loads(line) for line in object_lines[1:]] == plain
    shot = next(row for row in plain if row["id"] == show.shot)
    assert (shot["sequence_name"], shot["episode_id"], shot["episode_name"]) == ("SQ_E", show.episode, "E01")
    assert (shot["frame_in"], shot["frame_out"], shot["type"]) == (1, 48, "Shot")
    assert shot["tasks"][0]["retake_count"] == 2 and shot["tasks"][0]["data"] is None


async def test_etag_and_not_modified(client, admin_headers, studio):
    url = f"/data/assets/with-tasks?project_id={studio.project}&stream=true&compact=true"
    first = await client.get(url, headers=admin_headers)
    etag = first.headers["etag"]
    assert first.headers["cache-control"] == "private, no-cache"
    again = await client.get(url, headers={**admin_headers, "If-None-Match": etag})
    assert again.status_code == 304 and again.content == b"" and again.headers["etag"] == etag
    other_form = await client.get(
        url.replace("&stream=true", ""), headers={**admin_headers, "If-None-Match": etag}
    )
    assert other_form.status_code == 200
    await _write(
        update(Task).where(Task.id == uuid.UUID(studio.task)).values(updated_at=dt.datetime(2030, 1, 1))
    )
    changed = await client.get(url, headers={**admin_headers, "If-None-Match": etag})
    assert changed.status_code == 200 and changed.headers["etag"] != etag


async def test_board_refusals(client, admin_headers, studio, show, member):
    bad = await client.get("/data/assets/with-tasks?project_id=nope", headers=admin_headers)
    assert bad.status_code == 400 and bad.json()["message"] == "Invalid UUID format for project_id: nope"
    assert (
        await client.get(f"/data/assets/with-tasks?episode_id={uuid.uuid4()}", headers=admin_headers)
    ).status_code == 404
    _, outsider = await member("user", in_team=False)
    for kind in ("assets", "shots", "sequences", "episodes", "scenes", "edits", "concepts"):
        refused = await client.get(f"/data/{kind}/with-tasks?project_id={studio.project}", headers=outsider)
        assert refused.status_code == 403, kind
    _, user = await member("user")
    for kind in ("shots", "sequences", "episodes", "scenes", "edits", "concepts"):
        assert (await client.get(f"/data/{kind}/with-tasks", headers=user)).status_code == 403, kind
    # Without a project, assets are those of the caller's productions.
    assert [a["name"] for a in (await client.get("/data/assets/with-tasks", headers=user)).json()] == [
        "Hero",
        "Prop_E",
    ]
    assert (await client.get("/data/assets/with-tasks", headers=outsider)).json() == []


async def test_vendors_only_see_their_tasks(client, studio, show, member):
    vendor, headers = await member("vendor")
    await assign(show.shot_task, vendor["id"])
    shots = (await client.get(f"/data/shots/with-tasks?project_id={studio.project}", headers=headers)).json()
    assert [shot["id"] for shot in shots] == [show.shot]
    assert [task["id"] for task in shots[0]["tasks"]] == [show.shot_task]
    assert (
        await client.get(f"/data/assets/with-tasks?project_id={studio.project}", headers=headers)
    ).json() == []
    sequences = (
        await client.get(f"/data/sequences/with-tasks?project_id={studio.project}", headers=headers)
    ).json()
    assert [(row["id"], row["tasks"]) for row in sequences] == [(show.sequence, [])]
    assert (
        await client.get(f"/data/scenes/with-tasks?project_id={studio.project}", headers=headers)
    ).status_code == 403


async def test_sequence_episode_scene_edit_boards(client, admin_headers, studio, show):
    query = f"project_id={studio.project}"
    sequences = (await client.get(f"/data/sequences/with-tasks?{query}", headers=admin_headers)).json()
    assert [(row["name"], row["episode_id"]) for row in sequences] == [
        ("SQ01", "None"),
        ("SQ_E", show.episode),
    ]
    assert [task["id"] for task in sequences[1]["tasks"]] == [show.sequence_task]
    in_episode = await client.get(
        f"/data/sequences/with-tasks?{query}&episode_id={show.episode}", headers=admin_headers
    )
    assert [row["id"] for row in in_episode.json()] == [show.sequence]
    episodes = (await client.get(f"/data/episodes/with-tasks?{query}", headers=admin_headers)).json()
    assert [(row["id"], row["status"], [t["id"] for t in row["tasks"]]) for row in episodes] == [
        (show.episode, "running", [show.episode_task])
    ]
    scenes = (await client.get(f"/data/scenes/with-tasks?{query}", headers=admin_headers)).json()
    assert [(row["id"], row["episode_id"]) for row in scenes] == [(show.scene, show.sequence)]
    edits = (await client.get(f"/data/edits/with-tasks?{query}", headers=admin_headers)).json()
    assert [(row["id"], row["episode_name"], row["type"]) for row in edits] == [(show.edit, "E01", "Edit")]
    assert edits[0]["tasks"][0]["is_subscribed"] is False


async def test_concept_boards_and_linked_entities(client, admin_headers, studio, member):
    from app.areas.entities.kinds import get_or_create_type

    async with run_in_unit_of_work() as uow:
        session = uow.get_session()
        concept_type = await get_or_create_type(session, "Concept")
        concept = Entity(name="Look", project_id=uuid.UUID(studio.project), entity_type_id=concept_type.id)
        session.add(concept)
        await session.flush()
        session.add(EntityConceptLink(entity_in_id=concept.id, entity_out_id=uuid.UUID(studio.asset)))
        task_type, status = uuid.UUID(studio.modeling), uuid.UUID(studio.todo)
        session.add(
            Task(name="main", project_id=concept.project_id, entity_id=concept.id, task_type_id=task_type,
                 task_status_id=status)
        )  # fmt: skip
    concepts = (
        await client.get(f"/data/concepts/with-tasks?project_id={studio.project}", headers=admin_headers)
    ).json()
    assert [(row["name"], row["entity_concept_links"], row["type"]) for row in concepts] == [
        ("Look", [studio.asset], "Concept")
    ]
    assert len(concepts[0]["tasks"]) == 1 and concepts[0]["preview_file_status"] is None
    url = f"/data/entities/{studio.asset}/entities-linked/with-tasks"
    linked = (await client.get(url, headers=admin_headers)).json()
    assert [(row["id"], row["type"]) for row in linked] == [(str(concept.id), "Concept")]
    assert linked[0]["tasks"][0]["assignees"] == [] and "assigner_id" in linked[0]["tasks"][0]
    _, outsider = await member("user", in_team=False)
    assert (await client.get(url, headers=outsider)).status_code == 403
    assert (
        await client.get(f"/data/entities/{uuid.uuid4()}/entities-linked/with-tasks", headers=admin_headers)
    ).status_code == 404
