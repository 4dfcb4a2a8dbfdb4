"""Shots area: episodes, sequences, shots and scenes of a TV show, their lists, tasks and refusals."""

# fmt: off
from tests.conformance.scenarios._common import UNKNOWN_ID, delete, get, post, production, put

TASK = {"project_id": "{project}", "task_type_id": "{animation}", "task_status_id": "{todo}"}

EPISODES = [
    post("create episode", "/data/projects/{project}/episodes", {"name": "E01"}, save={"episode": "id"}),
    post("create episode with description", "/data/projects/{project}/episodes",
         {"name": "E02", "description": "Second"}, save={"episode2": "id"}),
    post("create episode duplicate", "/data/projects/{project}/episodes", {"name": "E01"}),
    post("create episode missing name", "/data/projects/{project}/episodes", {}),
    post("create episode as artist", "/data/projects/{project}/episodes", {"name": "E09"}, as_="user"),
    post("create episode unknown project", f"/data/projects/{UNKNOWN_ID}/episodes", {"name": "E01"}),
    get("list project episodes", "/data/projects/{project}/episodes"),
    get("list episodes", "/data/episodes", unordered=True),
    get("list episodes by project", "/data/episodes", query={"project_id": "{project}"}, unordered=True),
    get("get episode", "/data/episodes/{episode}"),
    get("get episode unknown id", f"/data/episodes/{UNKNOWN_ID}"),
    get("get episode malformed id", "/data/episodes/not-a-uuid"),
    get("get episode as artist in team", "/data/episodes/{episode}", as_="user"),
    get("get episode as vendor outside team", "/data/episodes/{episode}", as_="vendor"),
]

SEQUENCES = [
    post("create sequence", "/data/projects/{project}/sequences", {"name": "SQ01", "episode_id": "{episode}"},
         save={"sequence": "id"}),
    post("create sequence without episode", "/data/projects/{project}/sequences", {"name": "SQ02"},
         save={"sequence2": "id"}),
    post("create sequence missing name", "/data/projects/{project}/sequences", {"episode_id": "{episode}"}),
    post("create sequence as artist", "/data/projects/{project}/sequences", {"name": "SQ09"}, as_="user"),
    get("list project sequences", "/data/projects/{project}/sequences", unordered=True),
    get("list episode sequences", "/data/episodes/{episode}/sequences"),
    get("list sequences", "/data/sequences", unordered=True),
    get("list sequences by episode", "/data/sequences", query={"episode_id": "{episode}"}),
    get("get sequence", "/data/sequences/{sequence}"),
    get("get sequence unknown id", f"/data/sequences/{UNKNOWN_ID}"),
    get("get sequence as client outside team", "/data/sequences/{sequence}", as_="client"),
]

SHOTS = [
    post("create shot", "/data/projects/{project}/shots",
         {"name": "SH010", "sequence_id": "{sequence}", "nb_frames": 24}, save={"shot": "id"}),
    post("create shot with data", "/data/projects/{project}/shots",
         {"name": "SH020", "sequence_id": "{sequence}", "description": "Wide", "data": {"fps": "24"}},
         save={"shot2": "id"}),
    post("create shot without sequence", "/data/projects/{project}/shots", {"name": "SH030"}),
    post("create shot missing name", "/data/projects/{project}/shots", {"sequence_id": "{sequence}"}),
    post("create shot duplicate", "/data/projects/{project}/shots",
         {"name": "SH010", "sequence_id": "{sequence}"}),
    post("create shot as artist", "/data/projects/{project}/shots",
         {"name": "SH090", "sequence_id": "{sequence}"}, as_="user"),
    get("get shot", "/data/shots/{shot}"),
    get("get shot unknown id", f"/data/shots/{UNKNOWN_ID}"),
    get("get shot malformed id", "/data/shots/not-a-uuid"),
    get("get shot with a sequence id", "/data/shots/{sequence}"),
    put("update shot", "/data/shots/{shot}",
        {"description": "Close up", "nb_frames": 48, "data": {"fps": "25"}}),
    put("update shot as artist", "/data/shots/{shot}", {"description": "mine"}, as_="user"),
    put("update shot as vendor outside team", "/data/shots/{shot}", {"description": "no"}, as_="vendor"),
    get("list project shots", "/data/projects/{project}/shots", unordered=True),
    get("list sequence shots", "/data/sequences/{sequence}/shots", unordered=True),
    get("list episode shots", "/data/episodes/{episode}/shots", unordered=True),
    get("list shots", "/data/shots", unordered=True),
    get("list shots by sequence", "/data/shots", query={"sequence_id": "{sequence}"}, unordered=True),
    get("list all shots of project", "/data/shots/all", query={"project_id": "{project}"}, unordered=True),
    get("list shots as artist", "/data/shots", as_="user", unordered=True),
    get("list shots as vendor outside team", "/data/shots", as_="vendor"),
]

TASKS = [
    post("create shot task", "/data/tasks", {"name": "main", **TASK, "entity_id": "{shot}"},
         save={"task": "id"}),
    get("list shot tasks", "/data/shots/{shot}/tasks"),
    get("list shot task types", "/data/shots/{shot}/task-types"),
    get("list sequence tasks", "/data/sequences/{sequence}/tasks"),
    get("list sequence shot tasks", "/data/sequences/{sequence}/shot-tasks"),
    get("list sequence task types", "/data/sequences/{sequence}/task-types"),
    get("list episode tasks", "/data/episodes/{episode}/tasks"),
    get("list episode shot tasks", "/data/episodes/{episode}/shot-tasks"),
    get("list episode asset tasks", "/data/episodes/{episode}/asset-tasks"),
    get("list episode task types", "/data/episodes/{episode}/task-types"),
    get("list shot assets", "/data/shots/{shot}/assets"),
    get("list shot asset types", "/data/shots/{shot}/asset-types"),
    get("list shot preview files", "/data/shots/{shot}/preview-files"),
    get("list shot versions", "/data/shots/{shot}/versions"),
    get("episode stats", "/data/projects/{project}/episodes/stats"),
    get("episode retake stats", "/data/projects/{project}/episodes/retake-stats"),
    get("quotas of task type", "/data/projects/{project}/quotas/{animation}"),
    get("quotas of person", "/data/projects/{project}/quotas/persons/{user_id}"),
    post("set nb frames from tasks", "/actions/projects/{project}/task-types/{animation}/set-shot-nb-frames"),
]

SCENES = [
    post("create scene", "/data/projects/{project}/scenes", {"name": "SC01", "sequence_id": "{sequence}"},
         save={"scene": "id"}),
    get("list project scenes", "/data/projects/{project}/scenes"),
    get("list all scenes", "/data/scenes/all", query={"project_id": "{project}"}),
    get("get scene", "/data/scenes/{scene}"),
    get("list sequence scenes", "/data/sequences/{sequence}/scenes"),
    post("link shot to scene", "/data/scenes/{scene}/shots", {"shot_id": "{shot}"}),
    get("list scene shots", "/data/scenes/{scene}/shots"),
    get("list scene tasks", "/data/scenes/{scene}/tasks"),
    get("list scene task types", "/data/scenes/{scene}/task-types"),
    delete("unlink shot from scene", "/data/scenes/{scene}/shots/{shot}"),
    delete("delete scene", "/data/scenes/{scene}"),
    get("get deleted scene", "/data/scenes/{scene}"),
]

DELETIONS = [
    delete("delete shot as artist", "/data/shots/{shot2}", as_="user"),
    delete("delete shot", "/data/shots/{shot2}"),
    get("get deleted shot", "/data/shots/{shot2}"),
    delete("delete shot with tasks", "/data/shots/{shot}"),
    get("get canceled shot", "/data/shots/{shot}"),
    delete("force delete shot", "/data/shots/{shot}", query={"force": "true"}),
    delete("delete unknown shot", f"/data/shots/{UNKNOWN_ID}"),
    delete("delete sequence without shots", "/data/sequences/{sequence2}"),
    delete("delete episode", "/data/episodes/{episode2}"),
    get("list project episodes after deletion", "/data/projects/{project}/episodes"),
]

# A hole Zou leaves open that we close on purpose (differences.INTENTIONAL): last.
HOLES = [
    delete("delete sequence as supervisor", "/data/sequences/{sequence}", as_="supervisor"),
]

STEPS = [*production("tvshow"), *EPISODES, *SEQUENCES, *SHOTS, *TASKS, *SCENES, *DELETIONS, *HOLES]
