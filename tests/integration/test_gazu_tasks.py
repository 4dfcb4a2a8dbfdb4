"""The real gazu 1.3.1 against a live server: the `gazu.task` functions of the daily work loop
(assignments, time logs, task lookups, batch deletion) through the tasks area's routes."""

import gazu
import pytest


def _setup(client):
    project = client.project.new_project("Gazu Tasks")
    modeling = client.task.get_task_type_by_name("Modeling", for_entity="Asset")
    shading = client.task.get_task_type_by_name("Shading", for_entity="Asset")
    client.project.add_task_type(project, modeling, 1)
    client.project.add_task_type(project, shading, 2)
    character = client.asset.get_asset_type_by_name("Character")
    asset = client.asset.new_asset(project, character, "Hero")
    task = client.task.new_task(asset, modeling)
    artist = client.person.new_person("Ann", "Artist", "ann@example.com", role="user")
    return project, modeling, shading, asset, task, artist


def test_assign_and_read_tasks(gazu_client):
    client = gazu_client
    project, modeling, shading, asset, task, artist = _setup(client)

    assigned = client.task.assign_task(task, artist)
    assert [t["id"] for t in assigned] == [task["id"]]
    full = client.task.get_task(task["id"])
    assert full["assignees"] == [artist["id"]]
    assert [p["id"] for p in full["persons"]] == [artist["id"]]
    assert full["entity"]["id"] == asset["id"] and full["task_type"]["name"] == "Modeling"

    todo = client.task.all_tasks_for_person(artist)
    assert [t["id"] for t in todo] == [task["id"]]
    assert todo[0]["task_type_name"] == "Modeling" and todo[0]["entity_name"] == "Hero"
    assert client.task.all_done_tasks_for_person(artist) == []
    assert [t["id"] for t in client.task.all_tasks_for_project(project)] == [task["id"]]
    assert [t["id"] for t in client.task.all_tasks_for_project(project, task_type=modeling)] == [task["id"]]
    assert [t["id"] for t in client.task.all_tasks_for_entity_and_task_type(asset, modeling)] == [task["id"]]
    assert client.task.all_previews_for_task(task) == []

    shading_task = client.task.new_task(asset, shading)
    related = client.task.all_tasks_for_person_and_type(artist, shading)
    assert [t["id"] for t in related] == [shading_task["id"]]

    both = client.task.assign_tasks_to_person([task, shading_task], artist)
    assert sorted(t["id"] for t in both) == sorted([task["id"], shading_task["id"]])
    cleared = client.task.clear_assignations([task, shading_task], person=artist)
    assert cleared == [task["id"], shading_task["id"]]
    assert client.task.get_task(task["id"])["assignees"] == []

    pool = client.task.all_open_tasks()
    assert {t["id"] for t in pool["data"]} == {task["id"], shading_task["id"]}
    stats = client.task.get_open_tasks_stats()
    assert stats[project["id"]]["amount"] == 2
    assert client.task.get_persons_tasks_dates() == []
    assert client.task.all_notifications_for_project(project) != []
    assert client.task.all_subscriptions_for_project(project) == []
    assert client.task.all_preview_files_for_project(project) == []


def test_time_spents(gazu_client):
    client = gazu_client
    _project, _modeling, _shading, _asset, task, artist = _setup(client)
    with pytest.raises(gazu.exception.NotAllowedException):
        client.task.set_time_spent(task, artist, "2026-12-01", 60)  # not assigned to it
    client.task.assign_task(task, artist)
    entry = client.task.set_time_spent(task, artist, "2026-12-01", 60)
    assert entry["duration"] == 60
    assert client.task.add_time_spent(task, artist, "2026-12-01", 30)["duration"] == 90
    logged = client.task.get_time_spent(task)
    assert logged["total"] == 90 and [t["id"] for t in logged[artist["id"]]] == [entry["id"]]
    assert client.task.get_time_spent(task, "2026-12-02") == {"total": 0}
    assert client.task.get_task_time_spent_for_date(task, "2026-12-01")["total"] == 90
    with pytest.raises(gazu.exception.ParameterException):
        client.task.set_time_spent(task, artist, "2026-12-01", -5)
    with pytest.raises(gazu.exception.ParameterException):
        client.task.set_time_spent(task, artist, "not-a-day", 5)
    assert client.task.get_task(task["id"])["duration"] == 90


def test_batch_deletion(gazu_client):
    client = gazu_client
    project, modeling, shading, asset, task, _artist = _setup(client)
    shading_task = client.task.new_task(asset, shading)
    client.task.remove_tasks_batch(project, [task])
    assert [t["id"] for t in client.task.all_tasks_for_project(project)] == [shading_task["id"]]
    client.task.remove_tasks_for_type(project, shading)
    assert client.task.all_tasks_for_project(project) == []
