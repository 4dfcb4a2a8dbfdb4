"""The real gazu 1.3.1 against a live server: episodes, sequences, shots, scenes and edits as a
pipeline script drives them, through the shot, edit and with-tasks routes."""

import gazu
import pytest


def _task(client, entity, name: str, for_entity: str):
    task_type = client.client.fetch_first("task-types", {"name": name, "for_entity": for_entity})
    return client.task.new_task(entity, task_type)


def test_episode_sequence_shot_layout(gazu_client):
    client = gazu_client
    project = client.project.new_project("Gazu Show", production_type="tvshow")
    episode = client.shot.new_episode(project, "E01")
    assert client.shot.new_episode(project, "E01")["id"] == episode["id"]  # found by name
    assert client.shot.get_episode_by_name(project, "E01")["id"] == episode["id"]
    sequence = client.shot.new_sequence(project, "SQ01", episode=episode)
    assert client.shot.new_sequence(project, "SQ01", episode=episode)["id"] == sequence["id"]
    shot = client.shot.new_shot(project, sequence, "SH010", nb_frames=24, frame_in=1, frame_out=24)
    assert client.shot.new_shot(project, sequence, "SH010")["id"] == shot["id"]
    assert shot["data"] == {"frame_in": 1, "frame_out": 24} and shot["nb_frames"] == 24

    assert [s["id"] for s in client.shot.all_shots_for_project(project)] == [shot["id"]]
    assert [s["id"] for s in client.shot.all_shots_for_sequence(sequence)] == [shot["id"]]
    assert [s["id"] for s in client.shot.all_shots_for_episode(episode)] == [shot["id"]]
    assert [s["id"] for s in client.shot.all_sequences_for_project(project)] == [sequence["id"]]
    assert [s["id"] for s in client.shot.all_sequences_for_episode(episode)] == [sequence["id"]]
    assert [e["id"] for e in client.shot.all_episodes_for_project(project)] == [episode["id"]]
    assert client.shot.get_shot_by_name(sequence, "SH010")["id"] == shot["id"]
    assert client.shot.get_sequence_from_shot(shot)["id"] == sequence["id"]
    assert client.shot.get_episode_from_sequence(sequence)["id"] == episode["id"]

    full = client.shot.get_shot(shot["id"])
    assert (full["sequence_name"], full["episode_name"], full["frame_out"]) == ("SQ01", "E01", 24)
    shot["description"] = "Opening"
    assert client.shot.update_shot(shot)["description"] == "Opening"
    updated = client.shot.update_shot_data(shot, {"fps": 25})
    assert updated["data"] == {"frame_in": 1, "frame_out": 24, "fps": 25}

    task = _task(client, shot, "Animation", "Shot")
    assert [t["id"] for t in client.task.all_tasks_for_shot(shot)] == [task["id"]]
    assert [t["id"] for t in client.task.all_task_types_for_shot(shot)] == [task["task_type_id"]]
    assert client.shot.all_previews_for_shot(shot) == {}

    client.shot.remove_shot(shot)  # it has a task: only cancelled
    assert client.shot.get_shot(shot["id"])["canceled"] is True
    assert client.shot.restore_shot(shot)["canceled"] is False
    client.shot.remove_shot(shot, force=True)
    assert client.shot.all_shots_for_project(project) == []
    with pytest.raises(gazu.exception.ParameterException):
        client.shot.remove_episode(episode)  # still holds its sequence
    client.shot.remove_sequence(sequence)
    client.shot.remove_episode(episode, force=True)
    assert client.shot.all_episodes_for_project(project) == []


def test_scenes_and_edits(gazu_client):
    client = gazu_client
    project = client.project.new_project("Gazu Scenes")
    sequence = client.shot.new_sequence(project, "SQ01")
    shot = client.shot.new_shot(project, sequence, "SH010")
    scene = client.scene.new_scene(project, sequence, "SC01")
    assert [s["id"] for s in client.scene.all_scenes(project)] == [scene["id"]]
    assert [s["id"] for s in client.scene.all_scenes()] == [scene["id"]]
    assert [s["id"] for s in client.scene.all_scenes_for_sequence(sequence)] == [scene["id"]]
    assert client.scene.get_scene_by_name(sequence, "SC01")["id"] == scene["id"]
    assert client.scene.get_scene(scene["id"])["sequence_name"] == "SQ01"
    assert client.scene.add_shot_to_scene(scene, shot)["source_id"] == scene["id"]
    assert [s["id"] for s in client.scene.all_shots_for_scene(scene)] == [shot["id"]]
    client.scene.remove_shot_from_scene(scene, shot)
    assert client.scene.all_shots_for_scene(scene) == []

    episode = client.shot.new_episode(project, "E01")
    edit = client.edit.new_edit(
        project, "Trailer", description="Cut", data={"ratio": "2.39"}, episode=episode
    )
    assert edit["parent_id"] == episode["id"] and edit["data"] == {"ratio": "2.39"}
    assert client.edit.new_edit(project, "Trailer")["id"] == edit["id"]
    assert [e["id"] for e in client.edit.all_edits_for_project(project)] == [edit["id"]]
    assert client.edit.get_edit(edit["id"])["episode_name"] == "E01"
    assert client.edit.get_edit_by_name(project, "Trailer")["id"] == edit["id"]
    assert client.edit.all_previews_for_edit(edit) == {}
    task = _task(client, edit, "Edit", "Edit")
    assert [t["id"] for t in client.task.all_tasks_for_edit(edit)] == [task["id"]]
    assert client.entity.all_entities_with_tasks_linked_to_entity(shot) == []
    client.edit.remove_edit(edit, force=True)
    assert client.edit.all_edits_for_project(project) == []
