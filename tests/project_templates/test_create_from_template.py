"""A production created from a template (`POST /data/projects` with `project_template_id`)."""

import uuid

from tests.crud.conftest import event_names
from tests.projects.support import insert, link, rows


async def _template(studio) -> str:
    background = await insert("PreviewBackgroundFile", name="Studio grey")
    automation = await insert(
        "StatusAutomation", in_task_type_id=studio.modeling, in_task_status_id=studio.wip
    )
    template = await insert(
        "ProjectTemplate",
        name="Series template",
        fps="50",
        ratio="2:1",
        resolution="1920x1080",
        production_type="tvshow",
        max_retakes=3,
        is_client_stats_visible=True,
        file_tree={"working": {"mountpoint": "/prod"}},
        data={"studio_code": "BB"},
        default_preview_background_file_id=background,
        metadata_descriptors=[
            {
                "name": "Grade",
                "entity_type": "Shot",
                "data_type": "number",
                "departments": [studio.animation_department],
            },
            {"name": "Broken"},
        ],
    )
    await link(
        "ProjectTemplateTaskTypeLink",
        project_template_id=template,
        task_type_id=studio.modeling,
        priority=2,
        hd_bitrate_compression=30,
        is_client_visible=False,
    )
    await link(
        "ProjectTemplateTaskStatusLink",
        project_template_id=template,
        task_status_id=studio.wip,
        priority=1,
        roles_for_board=["user"],
        is_client_allowed=False,
    )
    await link("ProjectTemplateAssetTypeLink", project_template_id=template, asset_type_id=studio.character)
    await link(
        "ProjectTemplateStatusAutomationLink", project_template_id=template, status_automation_id=automation
    )
    await link(
        "ProjectTemplatePreviewBackgroundFileLink",
        project_template_id=template,
        preview_background_file_id=background,
    )
    return template


async def test_every_templated_part_lands_on_the_new_project(client, admin_headers, studio):
    template = await _template(studio)
    body = {"name": "From template", "project_template_id": template, "ratio": "16:9", "data": {}}
    response = await client.post("/data/projects", json=body, headers=admin_headers)
    assert response.status_code == 201, response.text
    created = response.json()
    # The body wins over the template; an empty `data` does not count as given.
    assert (created["fps"], created["ratio"], created["resolution"]) == ("50", "16:9", "1920x1080")
    assert created["max_retakes"] == 3 and created["is_client_stats_visible"] is True
    assert created["file_tree"] == {"working": {"mountpoint": "/prod"}}
    assert created["data"] == {"studio_code": "BB"}
    assert created["production_type"] == "tvshow" and created["first_episode_id"]
    assert created["task_types"] == [studio.modeling] and created["task_statuses"] == [studio.wip]
    assert created["asset_types"] == [studio.character] and len(created["status_automations"]) == 1
    assert len(created["preview_background_files"]) == 1
    assert created["default_preview_background_file_id"] == created["preview_background_files"][0]
    [type_link] = await rows("ProjectTaskTypeLink", project_id=created["id"])
    assert (type_link.priority, type_link.hd_bitrate_compression) == (2, 30)
    assert type_link.is_client_visible is False
    [status_link] = await rows("ProjectTaskStatusLink", project_id=created["id"])
    assert (status_link.priority, status_link.roles_for_board, status_link.is_client_allowed) == (
        1,
        ["user"],
        False,
    )
    [descriptor] = await rows("MetadataDescriptor", project_id=created["id"])
    assert (descriptor.name, descriptor.field_name, descriptor.entity_type) == ("Grade", "grade", "Shot")
    departments = await rows("DepartmentMetadataDescriptorLink", metadata_descriptor_id=descriptor.id)
    assert [str(row.department_id) for row in departments] == [studio.animation_department]
    names = await event_names()
    assert names.index("project:update") < names.index("project:new")
    assert "metadata-descriptor:new" in names and "episode:new" in names


async def test_the_body_keeps_its_default_background(client, admin_headers, studio):
    template = await _template(studio)
    own = await insert("PreviewBackgroundFile", name="Own")
    body = {
        "name": "Own background",
        "project_template_id": template,
        "preview_background_files": [own],
        "default_preview_background_file_id": own,
    }
    created = (await client.post("/data/projects", json=body, headers=admin_headers)).json()
    assert created["default_preview_background_file_id"] == own
    assert len(created["preview_background_files"]) == 2


async def test_an_unknown_template_writes_nothing(client, admin_headers, studio):
    before = (len(await rows("Project")), len(await rows("Entity")))
    for template_id in (str(uuid.uuid4()), "not-an-id"):
        body = {"name": "Nowhere", "project_template_id": template_id, "production_type": "tvshow"}
        response = await client.post("/data/projects", json=body, headers=admin_headers)
        assert response.status_code == 404
        assert response.json()["error"] is True and response.json()["message"].startswith("404 Not Found")
    assert (len(await rows("Project")), len(await rows("Entity"))) == before
    assert "project:new" not in await event_names()


async def test_only_admins_create_from_a_template(client, studio, make_person):
    template = await _template(studio)
    _, manager = await make_person("manager")
    body = {"name": "Managed", "project_template_id": template}
    assert (await client.post("/data/projects", json=body, headers=manager)).status_code == 403
    assert "Managed" not in [project.name for project in await rows("Project")]


async def test_new_projects_get_the_all_projects_columns(client, admin_headers, studio):
    await insert(
        "MetadataDescriptor",
        project_id=studio.project,
        entity_type="Project",
        name="Budget code",
        field_name="budget_code",
        data_type="string",
    )
    await insert(
        "MetadataDescriptor",
        project_id=studio.closed_project,
        entity_type="Project",
        name="Archive box",
        field_name="archive_box",
        data_type="string",
    )
    created = (await client.post("/data/projects", json={"name": "Fresh"}, headers=admin_headers)).json()
    descriptors = await rows("MetadataDescriptor", project_id=created["id"])
    assert [(row.name, row.field_name, row.entity_type) for row in descriptors] == [
        ("Budget code", "budget_code", "Project")
    ]
