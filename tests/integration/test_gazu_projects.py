"""gazu 1.3.1's project and project template functions against a live server."""

import uuid

import gazu
import pytest


def test_project_lifecycle_team_and_settings(gazu_client):
    project_api = gazu_client.project
    project = project_api.new_project("Gazu Show", production_type="tvshow")
    assert project_api.get_project_by_name("Gazu Show")["id"] == project["id"]
    assert project["id"] in {p["id"] for p in project_api.all_projects()}
    opened = next(p for p in project_api.all_open_projects() if p["id"] == project["id"])
    assert opened["first_episode_id"] and opened["task_types_priority"] == {}

    person = gazu_client.person.new_person("Team", "Mate", "team.mate@example.com", role="user")
    updated = project_api.add_person_to_team(project, person)
    assert updated["id"] == project["id"]
    assert [member["id"] for member in project_api.get_team(project)] == [person["id"]]
    role = project_api.update_team_member_role(project, person, "supervisor")
    assert role["role"] == "supervisor"
    assert project_api.get_team(project)[0]["project_role"] == "supervisor"
    project_api.remove_person_from_team(project, person)
    assert project_api.get_team(project) == []

    asset_type = gazu_client.asset.new_asset_type("Gazu Props")
    task_type = gazu_client.task.new_task_type("Gazu Layout", for_entity="Shot")
    task_status = gazu_client.task.get_task_status_by_name("Work In Progress")
    project_api.add_asset_type(project, asset_type)
    project_api.add_task_type(project, task_type, 3)
    project_api.add_task_status(project, task_status)
    assert [t["id"] for t in gazu_client.task.all_task_types_for_project(project)] == [task_type["id"]]
    assert [s["id"] for s in project_api.get_project_task_statuses(project)] == [task_status["id"]]
    opened = next(p for p in project_api.all_open_projects() if p["id"] == project["id"])
    assert opened["task_types_priority"] == {task_type["id"]: 3}
    assert opened["asset_types"] == [asset_type["id"]]
    project_api.remove_task_type(project, task_type)
    project_api.remove_task_status(project, task_status)
    assert project_api.get_project_task_statuses(project) == []

    automation = gazu_client.client.create(
        "status-automations",
        {
            "in_task_type_id": task_type["id"],
            "in_task_status_id": task_status["id"],
            "out_task_type_id": task_type["id"],
            "out_task_status_id": task_status["id"],
        },
    )
    project_api.add_status_automation(project, {"status_automation_id": automation["id"]})
    assert [a["id"] for a in project_api.all_status_automations(project)] == [automation["id"]]
    project_api.remove_status_automation(project, automation)
    assert project_api.all_status_automations(project) == []
    background = gazu_client.client.create("preview-background-files", {"name": "Gazu Sky"})
    project_api.add_preview_background_file(project, {"preview_background_file_id": background["id"]})
    assert [b["id"] for b in project_api.get_preview_background_files(project)] == [background["id"]]
    project_api.remove_preview_background_file(project, background)
    assert project_api.get_preview_background_files(project) == []
    assert project_api.get_milestones(project) == []

    with_data = project_api.update_project_data(project, {"client": "ACME"})
    assert with_data["data"] == {"client": "ACME"}
    open_status = project["project_status_id"]
    assert project_api.close_project(project)["project_status_id"] != open_status
    assert project["id"] not in {p["id"] for p in project_api.all_open_projects()}


def test_metadata_descriptors(gazu_client):
    project_api = gazu_client.project
    project = project_api.new_project("Gazu Descriptors")
    descriptor = project_api.add_metadata_descriptor(project, "Client Notes", "Asset", choices=["a", "b"])
    assert descriptor["field_name"] == "client_notes"
    second = project_api.add_metadata_descriptor(project, "Lookdev", "Asset")
    assert project_api.get_metadata_descriptor(project, descriptor["id"])["name"] == "Client Notes"
    assert project_api.get_metadata_descriptor_by_field_name(project, "lookdev")["id"] == second["id"]
    assert len(project_api.all_metadata_descriptors(project)) == 2
    descriptor["name"] = "Customer Notes"
    renamed = project_api.update_metadata_descriptor(project, descriptor)
    assert renamed["field_name"] == "customer_notes" and renamed["choices"] == ["a", "b"]
    ordered = project_api.reorder_metadata_descriptors(project, "Asset", [second, descriptor])
    assert [d["id"] for d in ordered] == [second["id"], descriptor["id"]]
    project_api.remove_metadata_descriptor(project, descriptor, force=True)
    assert [d["id"] for d in project_api.all_metadata_descriptors(project)] == [second["id"]]
    with pytest.raises(gazu.exception.ParameterException):
        project_api.add_metadata_descriptor(project, "Lookdev", "Asset")


def test_budgets(gazu_client):
    project_api = gazu_client.project
    project = project_api.new_project("Gazu Budget")
    budget = project_api.create_budget(project, "Main", currency="EUR")
    assert budget["revision"] == 1 and budget["currency"] == "EUR"
    assert [b["id"] for b in project_api.get_budgets(project)] == [budget["id"]]
    assert project_api.update_budget(project, budget, {"name": "Main v2"})["name"] == "Main v2"
    assert project_api.get_budget(project, budget)["name"] == "Main v2"
    department = gazu_client.person.new_department("Gazu Budget Dept")
    # gazu's create_budget_entry sends fields Zou does not know: post Zou's own body.
    entry = gazu_client.client.post(
        f"data/projects/{project['id']}/budgets/{budget['id']}/entries",
        {
            "department_id": department["id"],
            "start_date": "2030-01-01",
            "months_duration": 2,
            "daily_salary": 300,
        },
    )
    assert [e["id"] for e in project_api.get_budget_entries(project, budget)] == [entry["id"]]
    assert project_api.get_budget_entry(project, budget, entry)["months_duration"] == 2
    changed = project_api.update_budget_entry(project, budget, entry, {"months_duration": 4})
    assert changed["months_duration"] == 4
    project_api.remove_budget_entry(project, budget, entry)
    assert project_api.get_budget_entries(project, budget) == []
    with pytest.raises(gazu.exception.ParameterException):  # no department_id: refused, as Zou does
        project_api.create_budget_entry(project, budget, "Salary")
    project_api.remove_budget(project, budget)
    assert project_api.get_budgets(project) == []


def test_project_templates(gazu_client):
    templates = gazu_client.project_template
    source = gazu_client.project.new_project("Gazu Source")
    task_type = gazu_client.task.new_task_type("Gazu Anim", for_entity="Shot")
    gazu_client.project.add_task_type(source, task_type, 2)
    gazu_client.project.add_metadata_descriptor(source, "Grade", "Shot")
    template = templates.new_project_template_from_project(source, "Gazu Template", "From the source")
    assert templates.get_project_template_by_name("Gazu Template")["id"] == template["id"]
    assert [t["id"] for t in templates.all_task_types_for_project_template(template)] == [task_type["id"]]

    status = gazu_client.task.get_task_status_by_name("Todo")
    templates.add_task_status_to_project_template(template, status, priority=1, roles_for_board=["user"])
    assert templates.all_task_statuses_for_project_template(template)[0]["roles_for_board"] == ["user"]
    asset_type = gazu_client.asset.new_asset_type("Gazu Sets")
    templates.add_asset_type_to_project_template(template, asset_type)
    assert templates.all_asset_types_for_project_template(template) == [
        {"id": asset_type["id"], "name": "Gazu Sets"}
    ]
    background = gazu_client.client.create("preview-background-files", {"name": "Gazu Studio"})
    templates.add_preview_background_file_to_project_template(template, background)
    templates.set_project_template_default_preview_background_file(template, background)
    stored = templates.get_project_template(template["id"])
    assert stored["default_preview_background_file_id"] == background["id"]
    automation = gazu_client.client.create(
        "status-automations",
        {
            "in_task_type_id": task_type["id"],
            "in_task_status_id": status["id"],
            "out_task_type_id": task_type["id"],
            "out_task_status_id": status["id"],
        },
    )
    templates.add_status_automation_to_project_template(template, automation)
    assert [a["id"] for a in templates.all_status_automations_for_project_template(template)] == [
        automation["id"]
    ]
    templates.set_project_template_metadata_descriptors(
        template, [{"name": "Grade", "entity_type": "Shot"}, {"name": "Mood", "entity_type": "Asset"}]
    )

    target = gazu_client.project.new_project("Gazu Target")
    applied = templates.apply_project_template(target, template)
    assert applied["id"] == target["id"]
    opened = next(p for p in gazu_client.project.all_open_projects() if p["id"] == target["id"])
    assert opened["task_types_priority"] == {task_type["id"]: 2}
    assert opened["default_preview_background_file_id"] == background["id"]
    assert {d["field_name"] for d in opened["descriptors"]} == {"grade", "mood"}

    templates.remove_task_type_from_project_template(template, task_type)
    templates.remove_task_status_from_project_template(template, status)
    templates.remove_asset_type_from_project_template(template, asset_type)
    templates.remove_status_automation_from_project_template(template, automation)
    templates.remove_preview_background_file_from_project_template(template, background)
    assert templates.all_task_types_for_project_template(template) == []
    assert templates.all_preview_background_files_for_project_template(template) == []
    assert templates.get_project_template(template["id"])["default_preview_background_file_id"] is None
    with pytest.raises(gazu.exception.RouteNotFoundException):
        templates.all_task_types_for_project_template(str(uuid.uuid4()))
