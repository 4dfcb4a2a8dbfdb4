"""A project template's workflow: task types and statuses (with their link data), asset types,
status automations, backgrounds and the metadata descriptor snapshot."""

import uuid

from tests.crud.conftest import events_named
from tests.projects.support import insert, rows

BASE = "/data/project-templates/{}"
ACTIONS = "/actions/project-templates/{}"


async def _template(name: str = "Feature") -> str:
    return await insert("ProjectTemplate", name=name)


async def test_task_types(client, admin_headers, studio, make_person):
    template = await _template()
    _, manager = await make_person("manager")
    url = BASE.format(template) + "/task-types"
    body = {"task_type_id": studio.modeling, "priority": 2, "hd_bitrate_compression": 12}
    assert (await client.post(url, json=body, headers=manager)).status_code == 403
    created = await client.post(url, json=body, headers=admin_headers)
    assert created.status_code == 201
    assert created.json()["type"] == "ProjectTemplateTaskTypeLink" and created.json()["priority"] == 2
    assert await events_named("project-template:update") == [{"project_template_id": template}]
    await client.post(url, json={"task_type_id": studio.animation, "priority": 1}, headers=admin_headers)
    listed = (await client.get(url, headers=manager)).json()
    assert [(row["id"], row["priority"]) for row in listed] == [(studio.animation, 1), (studio.modeling, 2)]
    assert listed[1]["hd_bitrate_compression"] == 12 and listed[1]["type"] == "TaskType"
    assert listed[1]["is_client_visible"] is True
    hidden = {"task_type_id": studio.modeling, "is_client_visible": False}
    assert (await client.post(url, json=hidden, headers=admin_headers)).json()["is_client_visible"] is False
    listed = (await client.get(url, headers=manager)).json()
    assert (listed[1]["is_client_visible"], listed[1]["hd_bitrate_compression"]) == (False, 12)
    reordered = await client.post(
        ACTIONS.format(template) + "/task-types/reorder",
        json={"task_type_ids": [studio.modeling, studio.animation]},
        headers=admin_headers,
    )
    assert [row["priority"] for row in reordered.json()] == [1, 2]
    assert (await rows("ProjectTemplateTaskTypeLink", task_type_id=studio.modeling))[
        0
    ].hd_bitrate_compression == 12
    unknown = await client.post(url, json={"task_type_id": str(uuid.uuid4())}, headers=admin_headers)
    assert unknown.status_code == 400 and unknown.json()["message"].endswith("does not exist")
    assert (await client.delete(f"{url}/{studio.modeling}", headers=manager)).status_code == 403
    assert (await client.delete(f"{url}/{studio.modeling}", headers=admin_headers)).status_code == 204
    assert len(await rows("ProjectTemplateTaskTypeLink", project_template_id=template)) == 1
    _, artist = await make_person("user")
    assert (await client.get(url, headers=artist)).status_code == 403
    missing = await client.get(BASE.format(uuid.uuid4()) + "/task-types", headers=manager)
    assert missing.status_code == 404 and missing.json() == {"message": "Project template not found"}


async def test_task_statuses(client, admin_headers, studio, make_person):
    template = await _template()
    _, manager = await make_person("manager")
    url = BASE.format(template) + "/task-statuses"
    body = {"task_status_id": studio.wip, "roles_for_board": ["user"]}
    created = await client.post(url, json=body, headers=admin_headers)
    assert created.status_code == 201 and created.json()["roles_for_board"] == ["user"]
    listed = (await client.get(url, headers=manager)).json()
    assert [row["id"] for row in listed] == [studio.wip] and listed[0]["roles_for_board"] == ["user"]
    assert listed[0]["link_is_client_allowed"] is None
    refused_to_clients = {"task_status_id": studio.wip, "is_client_allowed": False}
    changed = await client.post(url, json=refused_to_clients, headers=admin_headers)
    assert changed.json()["is_client_allowed"] is False and changed.json()["roles_for_board"] == ["user"]
    kept = await client.post(url, json={"task_status_id": studio.wip, "priority": 3}, headers=admin_headers)
    assert kept.json()["is_client_allowed"] is False
    listed = (await client.get(url, headers=manager)).json()
    assert listed[0]["link_is_client_allowed"] is False
    reordered = await client.post(
        ACTIONS.format(template) + "/task-statuses/reorder",
        json={"task_status_ids": [studio.todo, studio.wip]},
        headers=admin_headers,
    )
    assert [(row["task_status_id"], row["priority"]) for row in reordered.json()] == [
        (studio.todo, 1),
        (studio.wip, 2),
    ]
    assert (await rows("ProjectTemplateTaskStatusLink", task_status_id=studio.wip))[0].roles_for_board == [
        "user"
    ]
    assert (await client.post(url, json=body, headers=manager)).status_code == 403
    assert (await client.post(url, json={}, headers=admin_headers)).status_code == 400
    refused = await client.post(
        ACTIONS.format(template) + "/task-statuses/reorder", json={}, headers=admin_headers
    )
    assert refused.status_code == 400
    assert (await client.delete(f"{url}/{studio.todo}", headers=admin_headers)).status_code == 204
    assert len(await rows("ProjectTemplateTaskStatusLink", project_template_id=template)) == 1


async def test_asset_types_and_status_automations(client, admin_headers, studio, make_person):
    template = await _template()
    _, manager = await make_person("manager")
    url = BASE.format(template) + "/asset-types"
    created = await client.post(url, json={"asset_type_id": studio.character}, headers=admin_headers)
    assert created.status_code == 201 and created.json() == {"id": studio.character, "name": "Character"}
    await client.post(url, json={"asset_type_id": studio.character}, headers=admin_headers)
    assert (await client.get(url, headers=manager)).json() == [{"id": studio.character, "name": "Character"}]
    assert (await client.post(url, json={"asset_type_id": "x"}, headers=admin_headers)).status_code == 400
    assert (await client.delete(f"{url}/{studio.character}", headers=admin_headers)).status_code == 204
    assert (await client.get(url, headers=manager)).json() == []

    automation = await insert(
        "StatusAutomation",
        in_task_type_id=studio.modeling,
        in_task_status_id=studio.todo,
        out_task_type_id=studio.shading,
        out_task_status_id=studio.wip,
    )
    url = BASE.format(template) + "/status-automations"
    created = await client.post(url, json={"status_automation_id": automation}, headers=admin_headers)
    assert created.status_code == 201 and created.json()["type"] == "StatusAutomation"
    assert [row["id"] for row in (await client.get(url, headers=manager)).json()] == [automation]
    assert (
        await client.post(url, json={"status_automation_id": automation}, headers=manager)
    ).status_code == 403
    assert (await client.delete(f"{url}/{automation}", headers=admin_headers)).status_code == 204
    assert await rows("ProjectTemplateStatusAutomationLink") == []
    gone = await client.delete(
        BASE.format(uuid.uuid4()) + f"/status-automations/{automation}", headers=admin_headers
    )
    assert gone.status_code == 404


async def test_backgrounds_and_default(client, admin_headers, make_person):
    template = await _template()
    _, manager = await make_person("manager")
    background = await insert("PreviewBackgroundFile", name="Sky", is_default=True)
    url = BASE.format(template) + "/preview-background-files"
    default_url = BASE.format(template) + "/default-preview-background-file"
    not_linked = await client.put(
        default_url, json={"default_preview_background_file_id": background}, headers=admin_headers
    )
    assert not_linked.status_code == 400
    created = await client.post(url, json={"preview_background_file_id": background}, headers=admin_headers)
    assert created.json() == {"id": background, "name": "Sky", "is_default": True}
    assert (await client.get(url, headers=manager)).json() == [created.json()]
    chosen = await client.put(
        default_url, json={"default_preview_background_file_id": background}, headers=admin_headers
    )
    assert chosen.status_code == 200 and chosen.json()["default_preview_background_file_id"] == background
    assert (await client.put(default_url, json={}, headers=manager)).status_code == 403
    assert (await client.delete(f"{url}/{background}", headers=admin_headers)).status_code == 204
    stored = (await rows("ProjectTemplate", id=template))[0]
    assert stored.default_preview_background_file_id is None


async def test_metadata_descriptor_snapshot(client, admin_headers, make_person):
    template = await _template()
    _, manager = await make_person("manager")
    url = BASE.format(template) + "/metadata-descriptors"
    body = {"metadata_descriptors": [{"name": "Foo Bar", "entity_type": "Asset"}]}
    response = await client.put(url, json=body, headers=admin_headers)
    assert response.status_code == 200
    assert response.json()["metadata_descriptors"] == [
        {
            "name": "Foo Bar",
            "field_name": "foo_bar",
            "entity_type": "Asset",
            "task_type_id": None,
            "data_type": None,
            "choices": [],
            "for_client": False,
            "departments": [],
            "position": None,
        }
    ]
    bare = await client.put(url, json=[{"name": "Other", "entity_type": "Shot"}], headers=admin_headers)
    assert [d["field_name"] for d in bare.json()["metadata_descriptors"]] == ["other"]
    assert (
        await client.put(url, json={"metadata_descriptors": ["x"]}, headers=admin_headers)
    ).status_code == 400
    assert (await client.put(url, json=body, headers=manager)).status_code == 403
    stored = (await rows("ProjectTemplate", id=template))[0]
    assert [d["name"] for d in stored.metadata_descriptors] == ["Other"]


async def test_reads_need_a_manager_and_writes_an_admin(client, studio, make_person):
    template = await _template()
    _, artist = await make_person("supervisor")
    _, manager = await make_person("manager")
    base = BASE.format(template)
    for segment in (
        "task-types",
        "task-statuses",
        "asset-types",
        "status-automations",
        "preview-background-files",
    ):
        assert (await client.get(f"{base}/{segment}", headers=artist)).status_code == 403
        assert (await client.get(f"{base}/{segment}", headers=manager)).status_code == 200
    writes = [
        ("post", f"{base}/asset-types", {"asset_type_id": studio.character}),
        ("post", f"{base}/preview-background-files", {"preview_background_file_id": studio.character}),
        ("post", f"{ACTIONS.format(template)}/task-types/reorder", {"task_type_ids": [studio.modeling]}),
        ("delete", f"{base}/task-statuses/{studio.todo}", None),
        ("delete", f"{base}/asset-types/{studio.character}", None),
        ("delete", f"{base}/preview-background-files/{studio.character}", None),
    ]
    for method, url, body in writes:
        kwargs = {"json": body} if body is not None else {}
        assert (await client.request(method.upper(), url, headers=manager, **kwargs)).status_code == 403
    assert await rows("ProjectTemplateTaskTypeLink") == []
    assert await events_named("project-template:update") == []
