"""A template made from a production, and a template applied to a production."""

import uuid

from tests.crud.conftest import events_named
from tests.projects.support import insert, link, rows


async def test_template_from_project(client, admin_headers, studio, make_person):
    await link("ProjectTaskTypeLink", project_id=studio.project, task_type_id=studio.modeling, priority=3)
    await link(
        "ProjectTaskStatusLink",
        project_id=studio.project,
        task_status_id=studio.wip,
        priority=1,
        roles_for_board=["user"],
    )
    await link("ProjectAssetTypeLink", project_id=studio.project, asset_type_id=studio.character)
    descriptor = await insert(
        "MetadataDescriptor",
        project_id=studio.project,
        entity_type="Asset",
        name="Look",
        field_name="look",
        data_type="string",
    )
    await link(
        "DepartmentMetadataDescriptorLink",
        metadata_descriptor_id=descriptor,
        department_id=studio.modeling_department,
    )
    _, manager = await make_person("manager")
    url = f"/data/project-templates/from-project/{studio.project}"
    assert (await client.post(url, json={"name": "From Big Buck"}, headers=manager)).status_code == 403
    response = await client.post(
        url, json={"name": "From Big Buck", "description": "d"}, headers=admin_headers
    )
    assert response.status_code == 201
    template = response.json()
    assert template["type"] == "ProjectTemplate" and template["fps"] == "25"
    assert template["metadata_descriptors"][0]["departments"] == [studio.modeling_department]
    links = await rows("ProjectTemplateTaskTypeLink", project_template_id=template["id"])
    assert [(str(row.task_type_id), row.priority) for row in links] == [(studio.modeling, 3)]
    statuses = await rows("ProjectTemplateTaskStatusLink", project_template_id=template["id"])
    assert statuses[0].roles_for_board == ["user"]
    assert len(await rows("ProjectTemplateAssetTypeLink", project_template_id=template["id"])) == 1
    assert await events_named("project-template:new") == [{"project_template_id": template["id"]}]
    duplicate = await client.post(url, json={"name": "From Big Buck"}, headers=admin_headers)
    assert duplicate.status_code == 400
    assert duplicate.json() == {"message": "A project template with this name already exists"}
    missing = await client.post(
        f"/data/project-templates/from-project/{uuid.uuid4()}", json={"name": "X"}, headers=admin_headers
    )
    assert missing.status_code == 404 and missing.json() == {"message": "Project not found"}
    assert (await client.post(url, json={}, headers=admin_headers)).status_code == 400


async def test_apply_template(client, admin_headers, studio, make_person):
    template = await insert(
        "ProjectTemplate",
        name="Feature",
        fps="24",
        ratio="2.39",
        metadata_descriptors=[
            {"name": "Grade", "entity_type": "Shot", "data_type": "number"},
            {"name": "Broken"},
        ],
    )
    await link(
        "ProjectTemplateTaskTypeLink", project_template_id=template, task_type_id=studio.animation, priority=4
    )
    await link(
        "ProjectTemplateTaskTypeLink", project_template_id=template, task_type_id=studio.modeling, priority=9
    )
    await link("ProjectTaskTypeLink", project_id=studio.project, task_type_id=studio.modeling, priority=1)
    await link("ProjectTemplateAssetTypeLink", project_template_id=template, asset_type_id=studio.character)
    _, manager = await make_person("manager")
    url = f"/data/projects/{studio.project}/apply-template/{template}"
    assert (await client.post(url, headers=manager)).status_code == 403
    response = await client.post(url, headers=admin_headers)
    assert response.status_code == 200
    assert (response.json()["fps"], response.json()["ratio"]) == ("24", "2.39")
    links = {
        str(row.task_type_id): row.priority
        for row in await rows("ProjectTaskTypeLink", project_id=studio.project)
    }
    assert links == {studio.modeling: 1, studio.animation: 4}  # additive: existing links kept as they are
    assert len(await rows("ProjectAssetTypeLink", project_id=studio.project)) == 1
    descriptors = await rows("MetadataDescriptor", project_id=studio.project)
    assert [(row.name, row.field_name, row.data_type) for row in descriptors] == [
        ("Grade", "grade", "number")
    ]
    assert await events_named("project:update") == [{"project_id": studio.project}]
    again = await client.post(url, headers=admin_headers)
    assert again.status_code == 200 and len(await rows("MetadataDescriptor", project_id=studio.project)) == 1
    missing = await client.post(
        f"/data/projects/{studio.project}/apply-template/{uuid.uuid4()}", headers=admin_headers
    )
    assert missing.status_code == 404 and missing.json() == {"message": "Project template not found"}
    no_project = await client.post(
        f"/data/projects/{uuid.uuid4()}/apply-template/{template}", headers=admin_headers
    )
    assert no_project.status_code == 404 and no_project.json() == {"message": "Project not found"}
