"""The real gazu 1.3.1 against a live server: `gazu.user` and the user side of `gazu.context`, as
an artist's script drives them."""

import datetime

import gazu
import pytest

ARTIST_EMAIL = "artist-gazu@example.com"
ARTIST_PASSWORD = "artist-secret-1"


@pytest.fixture
def artist_session(gazu_client):
    """A production with an asset and a shot, each with a task assigned to an artist, who is
    then the logged-in gazu user."""
    client = gazu_client
    project = client.project.new_project("User Show")
    artist = client.person.new_person("Ann", "Artist", ARTIST_EMAIL, password=ARTIST_PASSWORD)
    client.project.add_person_to_team(project, artist)
    character = client.asset.get_asset_type_by_name("Character")
    asset = client.asset.new_asset(project, character, "Hero")
    sequence = client.shot.new_sequence(project, "SQ01")
    shot = client.shot.new_shot(project, sequence, "SH010")
    modeling = client.client.fetch_first("task-types", {"name": "Modeling", "for_entity": "Asset"})
    animation = client.client.fetch_first("task-types", {"name": "Animation", "for_entity": "Shot"})
    asset_task = client.task.new_task(asset, modeling, assignees=[artist])
    shot_task = client.task.new_task(shot, animation, assignees=[artist])
    client.log_out()
    client.log_in(ARTIST_EMAIL, ARTIST_PASSWORD)
    return {
        "project": project,
        "artist": artist,
        "asset": asset,
        "sequence": sequence,
        "shot": shot,
        "character": character,
        "modeling": modeling,
        "animation": animation,
        "asset_task": asset_task,
        "shot_task": shot_task,
    }


def test_context_and_views(artist_session):
    s = artist_session
    context = gazu.user.get_context()
    assert [project["id"] for project in context["projects"]] == [s["project"]["id"]]
    assert context["notification_count"] == 0 and "user_limit" not in context
    assert [p["id"] for p in gazu.user.all_open_projects()] == [s["project"]["id"]]
    assert [p["id"] for p in gazu.context.all_open_projects(user_context=True)] == [s["project"]["id"]]
    project = s["project"]
    assert [t["id"] for t in gazu.user.all_asset_types_for_project(project)] == [s["character"]["id"]]
    assets = gazu.context.all_assets_for_asset_type_and_project(project, s["character"], user_context=True)
    assert [a["id"] for a in assets] == [s["asset"]["id"]]
    assert [q["id"] for q in gazu.user.all_sequences_for_project(project)] == [s["sequence"]["id"]]
    assert gazu.user.all_episodes_for_project(project) == []
    assert [h["id"] for h in gazu.user.all_shots_for_sequence(s["sequence"])] == [s["shot"]["id"]]
    assert gazu.user.all_scenes_for_sequence(s["sequence"]) == []
    assert [t["id"] for t in gazu.user.all_tasks_for_asset(s["asset"])] == [s["asset_task"]["id"]]
    assert [t["id"] for t in gazu.user.all_tasks_for_shot(s["shot"])] == [s["shot_task"]["id"]]
    assert gazu.user.all_tasks_for_sequence(s["sequence"]) == []
    assert [t["id"] for t in gazu.user.all_task_types_for_asset(s["asset"])] == [s["modeling"]["id"]]
    assert [t["id"] for t in gazu.context.all_task_types_for_shot(s["shot"], user_context=True)] == [
        s["animation"]["id"]
    ]
    assert gazu.user.all_task_types_for_sequence(s["sequence"]) == []
    todos = gazu.user.all_tasks_to_do()
    assert {t["id"] for t in todos} == {s["asset_task"]["id"], s["shot_task"]["id"]}
    assert all(t["project_name"] == "User Show" and "last_comment" in t for t in todos)
    assert gazu.user.all_done_tasks() == []
    assert gazu.user.all_tasks_requiring_feedback() == []


def test_filters_and_groups(artist_session):
    project = artist_session["project"]
    created = gazu.user.new_filter("Heroes", "hero", "asset", project=project, entity_type="Asset")
    assert created["search_query"] == "hero"
    listing = gazu.user.all_filters()
    assert [f["id"] for f in listing["asset"][project["id"]]] == [created["id"]]
    created["name"] = "Heroes 2"
    assert gazu.user.update_filter(created)["name"] == "Heroes 2"
    gazu.user.remove_filter(created)
    assert gazu.user.all_filters() == {}
    group = gazu.user.new_filter_group("Mine", project=project)
    assert gazu.user.get_filter_group(group)["name"] == "Mine"
    assert [g["id"] for g in gazu.user.all_filter_groups()["todo"][project["id"]]] == [group["id"]]
    group["color"] = "#ff0000"
    assert gazu.user.update_filter_group(group)["color"] == "#ff0000"
    gazu.user.remove_filter_group(group)
    with pytest.raises(gazu.exception.RouteNotFoundException):
        gazu.user.get_filter_group(group["id"])


def test_subscriptions_chats_and_notifications(artist_session):
    task, asset = artist_session["asset_task"], artist_session["asset"]
    assert gazu.user.check_task_subscription(task) is False
    assert gazu.user.subscribe_to_task(task)["task_id"] == task["id"]
    assert gazu.user.check_task_subscription(task) is True
    gazu.user.unsubscribe_from_task(task)
    assert gazu.user.check_task_subscription(task) is False
    chat = gazu.user.join_chat(asset)
    assert chat["object_id"] == asset["id"]
    assert [c["entity_name"] for c in gazu.user.all_chats()] == ["Character / Hero"]
    gazu.user.leave_chat(asset)
    assert gazu.user.all_chats() == []
    assert gazu.user.all_notifications() == []
    assert gazu.user.mark_all_notifications_as_read() == {"success": True}


def test_time_logs_and_avatar(artist_session):
    log = gazu.user.log_desktop_session_log_in()
    assert log["type"] == "DesktopLoginLog"
    assert [entry["id"] for entry in gazu.user.all_desktop_login_logs()] == [log["id"]]
    today = datetime.date.today().isoformat()
    assert gazu.user.get_time_spents_by_date(today) == []
    assert gazu.user.get_timespents_range("2020-01-01", today) == []
    assert gazu.user.get_task_time_spent(artist_session["asset_task"], today) == {}
    assert gazu.user.get_day_off(today) == {}
    gazu.user.clear_avatar()
    assert gazu.user.get_context()["persons"]
