"""Edits area: edits of a project and an episode, their lists, tasks and deletion."""

# fmt: off
from tests.conformance.scenarios._common import UNKNOWN_ID, delete, get, post, production

P = "/data/projects/{project}"

STEPS = [
    *production("tvshow"),
    post("create episode", f"{P}/episodes", {"name": "E01"}, save={"episode": "id"}),
    post("create edit", f"{P}/edits", {"name": "Trailer", "description": "Cut"}, save={"edit": "id"}),
    post("create episode edit", f"{P}/edits", {"name": "E01 cut", "episode_id": "{episode}"},
         save={"edit2": "id"}),
    post("create edit missing name", f"{P}/edits", {"description": "nameless"}),
    post("create edit as artist", f"{P}/edits", {"name": "Mine"}, as_="user"),
    post("create edit unknown project", f"/data/projects/{UNKNOWN_ID}/edits", {"name": "Lost"}),
    get("list project edits", f"{P}/edits", unordered=True),
    get("list project edits as artist", f"{P}/edits", as_="user", unordered=True),
    get("list project edits as vendor outside team", f"{P}/edits", as_="vendor"),
    get("list edits", "/data/edits", unordered=True),
    get("list all edits", "/data/edits/all", query={"project_id": "{project}"}, unordered=True),
    get("list episode edits", "/data/episodes/{episode}/edits"),
    get("get edit", "/data/edits/{edit}"),
    get("get edit unknown id", f"/data/edits/{UNKNOWN_ID}"),
    get("get edit malformed id", "/data/edits/not-a-uuid"),
    get("get edit as client outside team", "/data/edits/{edit}", as_="client"),
    get("find task type Edit", "/data/task-types", query={"name": "Edit"}, save={"edit_type": "0.id"}),
    post("create edit task", "/data/tasks",
         {"name": "main", "project_id": "{project}", "task_type_id": "{edit_type}",
          "task_status_id": "{todo}", "entity_id": "{edit}"}, save={"task": "id"}),
    get("list edit tasks", "/data/edits/{edit}/tasks"),
    get("list edit task types", "/data/edits/{edit}/task-types"),
    get("list episode edit tasks", "/data/episodes/{episode}/edit-tasks"),
    get("list edit preview files", "/data/edits/{edit}/preview-files"),
    get("list edit versions", "/data/edits/{edit}/versions"),
    delete("delete edit as artist", "/data/edits/{edit2}", as_="user"),
    delete("delete edit", "/data/edits/{edit2}"),
    get("get deleted edit", "/data/edits/{edit2}"),
    delete("delete edit with tasks", "/data/edits/{edit}"),
    get("get canceled edit", "/data/edits/{edit}"),
    delete("force delete edit", "/data/edits/{edit}", query={"force": "true"}),
    delete("delete unknown edit", f"/data/edits/{UNKNOWN_ID}"),
]
