"""A production's settings lists: linking and unlinking, one by one and in a batch."""

import uuid

from tests.crud.conftest import events_named
from tests.projects.support import insert, link, rows

BASE = "/data/projects/{}/settings"


async def test_asset_types(client, studio, member):
    _, manager = await member("manager")
    _, artist = await member("user")
    url = BASE.format(studio.project) + "/asset-types"
    assert (
        await client.post(url, json={"asset_type_id": studio.character}, headers=artist)
    ).status_code == 403
    response = await client.post(url, json={"asset_type_id": studio.character}, headers=manager)
    assert response.status_code == 201 and response.json()["id"] == studio.project
    assert len(await rows("ProjectAssetTypeLink", project_id=studio.project)) == 1
    again = await client.post(url, json={"asset_type_id": studio.character}, headers=manager)
    assert again.status_code == 201 and len(await events_named("project:update")) == 1
    unknown = await client.post(url, json={"asset_type_id": str(uuid.uuid4())}, headers=manager)
    assert unknown.status_code == 400 and unknown.json()["message"].startswith("EntityType with id")
    form = await client.post(url, content=b"x", headers={**manager, "Content-Type": "text/plain"})
    assert form.status_code == 400 and form.json()["data"]["errors"][0]["field"] == "asset_type_id"
    assert (await client.delete(f"{url}/{studio.character}", headers=artist)).status_code == 403
    assert (await client.delete(f"{url}/{studio.character}", headers=manager)).status_code == 204
    assert await rows("ProjectAssetTypeLink", project_id=studio.project) == []
    assert len(await events_named("project:update")) == 2


async def test_task_types(client, studio, member):
    _, manager = await member("manager")
    _, artist = await member("user")
    url = BASE.format(studio.project) + "/task-types"
    body = {"task_type_id": studio.modeling, "priority": 4, "hd_bitrate_compression": 20}
    assert (await client.post(url, json=body, headers=artist)).status_code == 403
    assert (await client.post(url, json=body, headers=manager)).status_code == 201
    stored = (await rows("ProjectTaskTypeLink", project_id=studio.project))[0]
    assert (stored.priority, stored.hd_bitrate_compression) == (4, 20)
    # An existing link keeps its priority; a body naming a bitrate sets both (as Zou: unsent is null).
    again = {"task_type_id": studio.modeling, "priority": 9, "ld_bitrate_compression": 5}
    assert (await client.post(url, json=again, headers=manager)).status_code == 201
    stored = (await rows("ProjectTaskTypeLink", project_id=studio.project))[0]
    assert (stored.priority, stored.hd_bitrate_compression, stored.ld_bitrate_compression) == (4, None, 5)
    assert (
        await client.post(url, json={"task_type_id": studio.modeling}, headers=manager)
    ).status_code == 201
    assert (await rows("ProjectTaskTypeLink", project_id=studio.project))[0].ld_bitrate_compression == 5
    too_low = {"task_type_id": studio.modeling, "hd_bitrate_compression": 10, "ld_bitrate_compression": 12}
    refused = await client.post(url, json=too_low, headers=manager)
    assert refused.status_code == 400 and "cannot exceed" in refused.json()["message"]
    bad = await client.post(url, json={"task_type_id": "nope"}, headers=manager)
    assert bad.json()["message"] == "task_type_id is required and must be a valid UUID"
    assert (
        await client.post(
            url, json={"task_type_id": studio.modeling, "hd_bitrate_compression": 0}, headers=manager
        )
    ).status_code == 400
    listed = await client.get(f"/data/projects/{studio.project}/task-types", headers=artist)
    assert [row["id"] for row in listed.json()] == [studio.modeling] and listed.json()[0][
        "type"
    ] == "TaskType"
    assert (await client.delete(f"{url}/{studio.modeling}", headers=manager)).status_code == 204
    assert await rows("ProjectTaskTypeLink", project_id=studio.project) == []
    _, outsider = await member("user", in_team=False)
    assert (
        await client.get(f"/data/projects/{studio.project}/task-types", headers=outsider)
    ).status_code == 403


async def test_task_statuses(client, studio, member):
    _, manager = await member("manager")
    _, artist = await member("user")
    url = BASE.format(studio.project) + "/task-status"
    assert (await client.post(url, json={"task_status_id": studio.wip}, headers=artist)).status_code == 403
    assert (await client.post(url, json={"task_status_id": studio.wip}, headers=manager)).status_code == 201
    listed = (await client.get(url, headers=artist)).json()
    assert [row["id"] for row in listed] == [studio.wip] and listed[0]["type"] == "TaskStatus"
    missing = await client.post(url, json={"task_status_id": ""}, headers=manager)
    assert missing.status_code == 400
    assert (await client.delete(f"{url}/{studio.wip}", headers=artist)).status_code == 403
    assert (await client.delete(f"{url}/{studio.wip}", headers=manager)).status_code == 204
    assert (await client.get(url, headers=artist)).json() == []


async def test_status_automations(client, studio, member):
    automation = await insert(
        "StatusAutomation",
        entity_type="asset",
        in_task_type_id=studio.modeling,
        in_task_status_id=studio.todo,
        out_field_type="status",
        out_task_type_id=studio.shading,
        out_task_status_id=studio.wip,
    )
    _, manager = await member("manager")
    _, artist = await member("user")
    url = BASE.format(studio.project) + "/status-automations"
    assert (
        await client.post(url, json={"status_automation_id": automation}, headers=manager)
    ).status_code == 201
    listed = await client.get(url, headers=manager)
    assert [row["id"] for row in listed.json()] == [automation]
    assert (await client.get(url, headers=artist)).status_code == 403  # managers only, as Zou
    assert (
        await client.post(url, json={"status_automation_id": automation}, headers=artist)
    ).status_code == 403
    assert (await client.delete(f"{url}/{automation}", headers=manager)).status_code == 204
    assert await rows("ProjectStatusAutomationLink", project_id=studio.project) == []


async def test_preview_background_files(client, studio, member):
    background = await insert("PreviewBackgroundFile", name="Studio", extension="hdr")
    _, manager = await member("manager")
    _, artist = await member("user")
    url = BASE.format(studio.project) + "/preview-background-files"
    body = {"preview_background_file_id": background}
    assert (await client.post(url, json=body, headers=artist)).status_code == 403
    assert (await client.post(url, json=body, headers=manager)).status_code == 201
    listed = await client.get(url, headers=artist)
    assert [row["id"] for row in listed.json()] == [background]
    assert listed.json()[0]["type"] == "PreviewBackgroundFile"
    assert (await client.delete(f"{url}/{background}", headers=manager)).status_code == 204
    assert (await client.get(url, headers=artist)).json() == []


async def test_settings_batch(client, studio, member):
    _, manager = await member("manager")
    _, artist = await member("user")
    await link("ProjectTaskTypeLink", project_id=studio.project, task_type_id=studio.animation, priority=1)
    url = BASE.format(studio.project) + "/batch"
    body = {
        "task_types": [
            {"task_type_id": studio.modeling, "priority": 2},
            {"task_type_id": str(uuid.uuid4()), "priority": 3},
            {"task_type_id": "bad"},
        ],
        "task_status_ids": [studio.todo, studio.wip, "bad", str(uuid.uuid4())],
        "asset_type_ids": [studio.character, studio.character],
        "replace_task_types": False,
    }
    assert (await client.post(url, json=body, headers=artist)).status_code == 403
    response = await client.post(url, json=body, headers=manager)
    assert response.status_code == 200 and response.json()["id"] == studio.project
    links = {
        str(row.task_type_id): row.priority
        for row in await rows("ProjectTaskTypeLink", project_id=studio.project)
    }
    assert links == {studio.animation: 1, studio.modeling: 2}
    assert len(await rows("ProjectTaskStatusLink", project_id=studio.project)) == 2
    assert len(await rows("ProjectAssetTypeLink", project_id=studio.project)) == 1
    replace = {"task_types": [{"task_type_id": studio.modeling, "priority": 5}], "replace_task_types": True}
    assert (await client.post(url, json=replace, headers=manager)).status_code == 200
    links = {
        str(row.task_type_id): row.priority
        for row in await rows("ProjectTaskTypeLink", project_id=studio.project)
    }
    assert links == {studio.modeling: 5}
    bad = await client.post(url, json={"task_types": "nope"}, headers=manager)
    assert bad.status_code == 400 and bad.json()["message"] == "Validation error."
    assert len(await events_named("project:update")) == 2


async def test_refusals_of_reads_and_unlinks(client, studio, member):
    _, artist = await member("user")
    _, outsider = await member("manager", in_team=False)
    base = BASE.format(studio.project)
    for segment in ("task-status", "preview-background-files", "status-automations"):
        assert (await client.get(f"{base}/{segment}", headers=outsider)).status_code == 403
    for segment, row_id in (
        ("task-types", studio.modeling),
        ("task-status", studio.todo),
        ("status-automations", studio.todo),
        ("preview-background-files", studio.todo),
    ):
        assert (await client.delete(f"{base}/{segment}/{row_id}", headers=artist)).status_code == 403
    assert await events_named("project:update") == []


async def test_task_type_client_visibility(client, admin_headers, studio, member):
    """Stored by the single link and by the batch (unsent keeps the link's value), read back by
    the open projects list, as are the task status links' client flags."""
    _, manager = await member("manager")
    base = BASE.format(studio.project)

    async def open_project_links() -> tuple[dict, dict]:
        rows_ = (await client.get("/data/projects/open", headers=admin_headers)).json()
        project = next(row for row in rows_ if row["id"] == studio.project)
        return project["task_type_links"], project["task_statuses_link"]

    hidden = {"task_type_id": studio.modeling, "is_client_visible": False}
    assert (await client.post(f"{base}/task-types", json=hidden, headers=manager)).status_code == 201
    kept = {"task_type_id": studio.modeling, "priority": 3}
    assert (await client.post(f"{base}/task-types", json=kept, headers=manager)).status_code == 201
    await link(
        "ProjectTaskStatusLink", project_id=studio.project, task_status_id=studio.wip, is_client_allowed=False
    )
    task_types, statuses = await open_project_links()
    assert task_types[studio.modeling]["is_client_visible"] is False
    assert statuses[studio.wip]["is_client_allowed"] is False

    batch = {
        "task_types": [
            {"task_type_id": studio.modeling, "priority": 2},
            {"task_type_id": studio.animation, "is_client_visible": False},
        ]
    }
    assert (await client.post(f"{base}/batch", json=batch, headers=manager)).status_code == 200
    task_types, _ = await open_project_links()
    assert task_types[studio.modeling]["is_client_visible"] is False
    assert task_types[studio.animation]["is_client_visible"] is False
    shown = {"task_types": [{"task_type_id": studio.modeling, "is_client_visible": True}]}
    assert (await client.post(f"{base}/batch", json=shown, headers=manager)).status_code == 200
    assert (await open_project_links())[0][studio.modeling] == {
        "priority": 2,
        "hd_bitrate_compression": None,
        "ld_bitrate_compression": None,
        "is_client_visible": True,
    }
    wrong = {"task_type_id": studio.modeling, "is_client_visible": "maybe"}
    refused = await client.post(f"{base}/task-types", json=wrong, headers=manager)
    assert refused.status_code == 400
    assert (await open_project_links())[0][studio.modeling]["is_client_visible"] is True


async def test_batch_validation_names_zou_s_schema(client, studio, admin_headers):
    path = f"/data/projects/{studio.project}/settings/batch"
    response = await client.post(path, json={"task_types": [studio.modeling]}, headers=admin_headers)
    assert response.status_code == 400
    assert response.json()["data"]["errors"] == [
        {
            "field": "task_types.0",
            "message": "Input should be a valid dictionary or instance of ProjectTaskTypeSchema",
        }
    ]
