"""gazu 1.3.1 against a live server: the event log (`gazu.sync.get_last_events`) and the login
logs (`gazu.events.get_last_login_logs`) a studio script reads."""

import datetime


def test_last_events(gazu_client):
    project = gazu_client.project.new_project("Gazu Events")
    character = gazu_client.asset.get_asset_type_by_name("Character")
    hero = gazu_client.asset.new_asset(project, character, "Hero")
    events = gazu_client.sync.get_last_events()
    names = [event["name"] for event in events]
    assert names[0] == "asset:new" and "project:new" in names
    assert events[0]["data"]["asset_id"] == hero["id"] and events[0]["project_id"] == project["id"]
    assert set(events[0]) == {"id", "created_at", "name", "user_id", "project_id", "data"}
    scoped = gazu_client.sync.get_last_events(project=project)
    assert scoped and {event["project_id"] for event in scoped} == {project["id"]}
    assert [e["name"] for e in gazu_client.sync.get_last_events(name="asset:new")] == ["asset:new"]
    assert len(gazu_client.sync.get_last_events(limit=1)) == 1
    assert gazu_client.sync.get_last_events(only_files=True) == []
    tomorrow = (datetime.datetime.now(datetime.UTC) + datetime.timedelta(days=1)).strftime(
        "%Y-%m-%dT%H:%M:%S"
    )
    assert gazu_client.sync.get_last_events(after=tomorrow) == []
    assert len(gazu_client.sync.get_last_events(before=tomorrow)) == len(events)


def test_last_login_logs(gazu_client):
    me = gazu_client.client.get_current_user()
    logs = gazu_client.events.get_last_login_logs(limit=10)
    assert logs and logs[0]["person_id"] == me["id"]
    assert set(logs[0]) == {"id", "created_at", "ip_address", "person_id", "origin"}
    assert gazu_client.events.get_last_login_logs(person_ids=[me]) == logs[: len(logs)]
    older = gazu_client.events.get_last_login_logs(cursor_login_log_id=logs[0]["id"])
    assert all(log["created_at"] <= logs[0]["created_at"] for log in older)
