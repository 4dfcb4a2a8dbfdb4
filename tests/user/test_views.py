"""The artist's views of a production: entities and tasks holding the caller's tasks only."""

import uuid

from tests.user.conftest import add_row, assign

MISSING = str(uuid.uuid4())


async def test_entity_tasks_and_task_types(client, studio, desk, member):
    tasks = await client.get(f"/data/user/assets/{studio.asset}/tasks", headers=desk.headers)
    assert [row["id"] for row in tasks.json()] == [studio.task]
    assert tasks.json()[0]["type"] == "Task" and "assignees" not in tasks.json()[0]
    types = await client.get(f"/data/user/assets/{studio.asset}/task-types", headers=desk.headers)
    assert [(row["id"], row["type"]) for row in types.json()] == [(studio.modeling, "TaskType")]
    shot_tasks = await client.get(f"/data/user/shots/{studio.shot}/tasks", headers=desk.headers)
    assert [row["id"] for row in shot_tasks.json()] == [studio.shot_task]
    shot_types = await client.get(f"/data/user/shots/{studio.shot}/task-types", headers=desk.headers)
    assert [row["id"] for row in shot_types.json()] == [studio.animation]
    sequence_tasks = await client.get(f"/data/user/sequences/{studio.sequence}/tasks", headers=desk.headers)
    assert sequence_tasks.json() == []
    assert (
        await client.get(f"/data/user/sequences/{studio.sequence}/task-types", headers=desk.headers)
    ).json() == []
    # Someone else sees none of these tasks.
    _, other = await member("user")
    assert (await client.get(f"/data/user/assets/{studio.asset}/tasks", headers=other)).json() == []
    assert (await client.get(f"/data/user/shots/{studio.shot}/task-types", headers=other)).json() == []


async def test_entity_views_not_found(client, studio, desk):
    for path in (
        f"/data/user/assets/{studio.shot}/tasks",
        "/data/user/assets/nope/task-types",
        f"/data/user/shots/{studio.asset}/tasks",
        f"/data/user/shots/{MISSING}/task-types",
        f"/data/user/scenes/{studio.shot}/tasks",
        f"/data/user/scenes/{studio.shot}/task-types",
        f"/data/user/sequences/{studio.shot}/tasks",
        "/data/user/sequences/nope/task-types",
        f"/data/user/projects/{MISSING}/asset-types",
        "/data/user/projects/nope/sequences",
        f"/data/user/projects/{MISSING}/episodes",
        f"/data/user/projects/{studio.project}/asset-types/{studio.shot_type}/assets",
        f"/data/user/projects/{studio.project}/asset-types/nope/assets",
        f"/data/user/sequences/{studio.shot}/shots",
        f"/data/user/sequences/{MISSING}/scenes",
    ):
        response = await client.get(path, headers=desk.headers)
        assert response.status_code == 404, path
        assert response.json()["error"] is True


async def test_production_entities(client, studio, desk, member):
    url = f"/data/user/projects/{studio.project}"
    asset_types = (await client.get(f"{url}/asset-types", headers=desk.headers)).json()
    assert [(row["id"], row["type"]) for row in asset_types] == [(studio.character, "AssetType")]
    assets = (await client.get(f"{url}/asset-types/{studio.character}/assets", headers=desk.headers)).json()
    assert [(row["id"], row["type"]) for row in assets] == [(studio.asset, "Asset")]
    sequences = (await client.get(f"{url}/sequences", headers=desk.headers)).json()
    assert [(row["id"], row["type"]) for row in sequences] == [(studio.sequence, "Sequence")]
    assert (await client.get(f"{url}/episodes", headers=desk.headers)).json() == []
    shots = (await client.get(f"/data/user/sequences/{studio.sequence}/shots", headers=desk.headers)).json()
    assert [(row["id"], row["type"]) for row in shots] == [(studio.shot, "Shot")]
    scenes = await client.get(f"/data/user/sequences/{studio.sequence}/scenes", headers=desk.headers)
    assert scenes.json() == []
    _, vendor = await member("vendor")
    assert (await client.get(f"{url}/asset-types", headers=vendor)).json() == []
    assert (await client.get(f"/data/user/sequences/{studio.sequence}/shots", headers=vendor)).json() == []


async def test_tv_show_episodes_and_scenes(client, studio, desk):
    from app.areas.entities.kinds import get_or_create_type
    from app.core.unit_of_work import run_in_unit_of_work

    async with run_in_unit_of_work() as uow:
        episode_type = str((await get_or_create_type(uow.get_session(), "Episode")).id)
        scene_type = str((await get_or_create_type(uow.get_session(), "Scene")).id)
    episode = await add_row("Entity", name="E01", project_id=studio.project, entity_type_id=episode_type)
    sequence = await add_row(
        "Entity",
        name="SQ_E",
        project_id=studio.project,
        entity_type_id=studio.sequence_type,
        parent_id=episode,
    )
    shot = await add_row(
        "Entity", name="SH_E", project_id=studio.project, entity_type_id=studio.shot_type, parent_id=sequence
    )
    scene = await add_row(
        "Entity", name="SC_E", project_id=studio.project, entity_type_id=scene_type, parent_id=sequence
    )
    for entity in (shot, scene):
        task = await add_row(
            "Task",
            name="main",
            project_id=studio.project,
            entity_id=entity,
            task_type_id=studio.animation,
            task_status_id=studio.todo,
        )
        await assign(task, desk.artist["id"])
    episodes = (
        await client.get(f"/data/user/projects/{studio.project}/episodes", headers=desk.headers)
    ).json()
    assert [(row["id"], row["type"]) for row in episodes] == [(episode, "Episode")]
    scenes = (await client.get(f"/data/user/sequences/{sequence}/scenes", headers=desk.headers)).json()
    assert [(row["id"], row["type"]) for row in scenes] == [(scene, "Scene")]
    scene_tasks = (await client.get(f"/data/user/scenes/{scene}/tasks", headers=desk.headers)).json()
    assert len(scene_tasks) == 1
    todos = (await client.get("/data/user/tasks", headers=desk.headers)).json()
    shot_row = next(row for row in todos if row["entity_id"] == shot)
    assert (shot_row["episode_id"], shot_row["episode_name"], shot_row["sequence_name"]) == (
        episode,
        "E01",
        "SQ_E",
    )


async def test_todo_rows_find_their_episode(client, studio, desk):
    """Each way a to-do row finds its episode: a sequence's parent, an asset's main episode (its
    source; "MP" when that is no episode), the episodes an asset is cast in, by name."""
    from app.areas.entities.kinds import get_or_create_type
    from app.core.unit_of_work import run_in_unit_of_work

    async with run_in_unit_of_work() as uow:
        episode_type = str((await get_or_create_type(uow.get_session(), "Episode")).id)
    project = {"project_id": studio.project}
    second = await add_row("Entity", name="E02", entity_type_id=episode_type, **project)
    first = await add_row("Entity", name="E01", entity_type_id=episode_type, **project)
    sequence = await add_row(
        "Entity", name="SQ_E", entity_type_id=studio.sequence_type, parent_id=first, **project
    )
    hero = await add_row("Entity", name="Prop", entity_type_id=studio.character, source_id=second, **project)
    orphan = await add_row(
        "Entity", name="Orphan", entity_type_id=studio.character, source_id=hero, **project
    )
    for episode in (second, first):
        await add_row("EntityLink", entity_in_id=episode, entity_out_id=hero)
    for entity in (sequence, hero, orphan):
        task = await add_row(
            "Task",
            name="main",
            entity_id=entity,
            task_type_id=studio.modeling,
            task_status_id=studio.todo,
            **project,
        )
        await assign(task, desk.artist["id"])
    todos = (await client.get("/data/user/tasks", headers=desk.headers)).json()
    by_entity = {row["entity_id"]: row for row in todos}
    assert (by_entity[sequence]["episode_id"], by_entity[sequence]["episode_name"]) == (first, "E01")
    prop = by_entity[hero]
    assert (prop["episode_id"], prop["episode_name"], prop["entity_source_id"]) == (second, "E02", second)
    assert (prop["episode_ids"], prop["episode_names"]) == ([first, second], ["E01", "E02"])
    assert (by_entity[orphan]["episode_id"], by_entity[orphan]["episode_name"]) == (hero, "MP")
    assert "episode_ids" not in by_entity[orphan] and prop["last_comment"] == {} and prop["assignees"]
    assert by_entity[studio.asset]["episode_id"] == "" and by_entity[studio.asset]["episode_name"] is None


async def test_closed_productions_are_left_out(client, studio, desk):
    task = await add_row(
        "Task",
        name="old",
        project_id=studio.closed_project,
        entity_id=studio.asset,
        task_type_id=studio.shading,
        task_status_id=studio.todo,
    )
    await assign(task, desk.artist["id"])
    tasks = (await client.get(f"/data/user/assets/{studio.asset}/tasks", headers=desk.headers)).json()
    assert [row["id"] for row in tasks] == [studio.task]
    todos = (await client.get("/data/user/tasks", headers=desk.headers)).json()
    assert task not in {row["id"] for row in todos}


async def test_todo_rows(client, studio, desk, admin_id, member):
    from datetime import timedelta

    from app.models.base import utcnow

    now = utcnow().replace(microsecond=0)
    for text, created_at in (("Go on", now), ("Start", now - timedelta(minutes=1))):  # the latest shows
        await add_row(
            "Comment",
            object_id=studio.shot_task,
            object_type="Task",
            person_id=str(admin_id),
            task_status_id=studio.wip,
            text=text,
            created_at=created_at,
        )
    customer, _ = await member("client")
    await add_row(
        "Comment",
        object_id=studio.shot_task,
        object_type="Task",
        person_id=customer["id"],
        task_status_id=studio.wip,
        text="Client says",
        created_at=now + timedelta(minutes=1),
    )
    todos = (await client.get("/data/user/tasks", headers=desk.headers)).json()
    by_id = {row["id"]: row for row in todos}
    asset_row, shot_row = by_id[studio.task], by_id[studio.shot_task]
    assert (asset_row["project_name"], asset_row["entity_name"], asset_row["entity_type_name"]) == (
        "Big Buck",
        "Hero",
        "Character",
    )
    assert (asset_row["task_type_name"], asset_row["task_status_short_name"]) == ("Modeling", "todo")
    assert asset_row["episode_id"] == "" and asset_row["entity_preview_file_id"] == ""
    assert asset_row["assignees"] == [desk.artist["id"]] and asset_row["last_comment"]["text"] == "Nice"
    assert shot_row["sequence_name"] == "SQ01"
    assert shot_row["last_comment"]["text"] == "Go on" and shot_row["last_comment"]["person_id"] == str(
        admin_id
    )


async def test_done_tasks(client, studio, desk, admin_headers):
    done = (await client.get("/data/task-status?short_name=done", headers=admin_headers)).json()[0]
    updated = await client.put(
        f"/data/tasks/{studio.task}", json={"task_status_id": done["id"]}, headers=admin_headers
    )
    assert updated.status_code == 200
    rows = (await client.get("/data/user/done-tasks", headers=desk.headers)).json()
    assert [row["id"] for row in rows] == [studio.task]
    todos = (await client.get("/data/user/tasks", headers=desk.headers)).json()
    assert [row["id"] for row in todos] == [studio.shot_task]
