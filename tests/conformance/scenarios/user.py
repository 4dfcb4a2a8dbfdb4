"""User area (views): the context Kitsu loads at start, the caller's productions, entities, to-do, done and
to-check lists, seen by an assigned artist, an artist with no task, a vendor, a client and the staff.

`SETUP` is shared with user_personal.py (inbox, filters and the caller's own records)."""

# fmt: off
from tests.conformance.scenarios._common import PASSWORD, UNKNOWN_ID, content, get, login, post, put

# Setup steps of other areas: their answer is theirs to compare (the empty path blanks the whole body).
ANSWER = ""
TASK = {"project_id": "{project}", "task_status_id": "{todo}"}

SETUP = [
    *content(),
    get("find task status WFA", "/data/task-status", query={"short_name": "wfa"}, save={"wfa": "0.id"}),
    get("find task status Done", "/data/task-status", query={"short_name": "done"}, save={"done": "0.id"}),
    # An artist of the team holding no task, and the vendor and client inside the team.
    post("create idle artist", "/data/persons", {"first_name": "Idle", "last_name": "Artist",
         "email": "idle@example.com", "role": "user", "password": PASSWORD}, save={"idle_id": "id"}),
    login("idle", "idle@example.com"),
    # An artist outside the team, for the refusals.
    post("create outsider artist", "/data/persons", {"first_name": "Out", "last_name": "Sider",
         "email": "outsider@example.com", "role": "user", "password": PASSWORD}, save={"outsider_id": "id"}),
    login("outsider", "outsider@example.com"),
    *[post(f"add {role} to team", "/data/projects/{project}/team", {"person_id": f"{{{role}_id}}"})
      for role in ("idle", "vendor", "client")],
    post("create vendor task", "/data/tasks", {"name": "main", **TASK, "task_type_id": "{animation}",
         "entity_id": "{shot2}"}, save={"vendor_task": "id"}),
    post("create done task", "/data/tasks", {"name": "main", **TASK, "task_type_id": "{modeling}",
         "entity_id": "{prop_asset}"}, save={"done_task": "id"}),
    post("create scene", "/data/projects/{project}/scenes", {"name": "SC01", "sequence_id": "{sequence}"},
         save={"scene": "id"}),
    post("create sequence task type", "/data/task-types", {"name": "Sequencing", "for_entity": "Sequence"},
         save={"sequencing": "id"}),
    post("create scene task type", "/data/task-types", {"name": "Staging", "for_entity": "Scene"},
         save={"staging": "id"}),
    post("create sequence task", "/data/tasks", {"name": "main", **TASK, "task_type_id": "{sequencing}",
         "entity_id": "{sequence}"}, save={"sequence_task": "id"}),
    post("create scene task", "/data/tasks", {"name": "main", **TASK, "task_type_id": "{staging}",
         "entity_id": "{scene}"}, save={"scene_task": "id"}),
    put("assign artist", "/actions/persons/{user_id}/assign",
        {"task_ids": ["{asset_task}", "{shot_task}", "{done_task}", "{sequence_task}", "{scene_task}"]}),
    put("assign vendor", "/actions/persons/{vendor_id}/assign", {"task_ids": ["{vendor_task}"]}),
    post("comment shot task to WFA", "/actions/tasks/{shot_task}/comment",
         {"task_status_id": "{wfa}", "comment": "please check"}, ignore=[ANSWER]),
    post("comment done task to Done", "/actions/tasks/{done_task}/comment",
         {"task_status_id": "{done}", "comment": "all good"}, ignore=[ANSWER]),
    post("comment asset task", "/actions/tasks/{asset_task}/comment",
         {"task_status_id": "{todo}", "comment": "start @Hero"}, ignore=[ANSWER]),
]

# Lists of the context Zou reads in no set order.
CONTEXT_LISTS = ["asset_types"]

CONTEXT = [
    get("context as admin", "/data/user/context", unordered=CONTEXT_LISTS),
    get("context as artist", "/data/user/context", as_="user", unordered=CONTEXT_LISTS),
    get("context as idle artist", "/data/user/context", as_="idle", unordered=CONTEXT_LISTS),
    get("context as vendor", "/data/user/context", as_="vendor", unordered=CONTEXT_LISTS),
    get("context as client", "/data/user/context", as_="client", unordered=CONTEXT_LISTS),
    get("context as supervisor", "/data/user/context", as_="supervisor", unordered=CONTEXT_LISTS),
    get("context without token", "/data/user/context", as_=None),
    get("context as outsider", "/data/user/context", as_="outsider", unordered=CONTEXT_LISTS),
    get("open projects as outsider", "/data/user/projects/open", as_="outsider"),
    get("open projects", "/data/user/projects/open"),
    get("open projects by name", "/data/user/projects/open", query={"name": "Conformance"}),
    get("open projects by unknown name", "/data/user/projects/open", query={"name": "Nope"}),
    get("open projects as artist", "/data/user/projects/open", as_="user"),
    get("open projects as vendor", "/data/user/projects/open", as_="vendor"),
    get("open projects as manager", "/data/user/projects/open", as_="manager"),
]

TASK_LISTS = [
    get("todos as artist", "/data/user/tasks", as_="user", unordered=True),
    get("todos as idle artist", "/data/user/tasks", as_="idle"),
    get("todos as vendor", "/data/user/tasks", as_="vendor"),
    get("todos as client", "/data/user/tasks", as_="client"),
    get("todos as admin", "/data/user/tasks"),
    get("todos as outsider", "/data/user/tasks", as_="outsider"),
    get("done tasks as artist", "/data/user/done-tasks", as_="user"),
    get("done tasks as idle artist", "/data/user/done-tasks", as_="idle"),
    get("done tasks as vendor", "/data/user/done-tasks", as_="vendor"),
    get("tasks to check as admin", "/data/user/tasks-to-check"),
    get("tasks to check as manager", "/data/user/tasks-to-check", as_="manager"),
    get("tasks to check as supervisor", "/data/user/tasks-to-check", as_="supervisor"),
    get("tasks to check as artist", "/data/user/tasks-to-check", as_="user"),
    get("tasks to check as vendor", "/data/user/tasks-to-check", as_="vendor"),
    get("tasks to check as client", "/data/user/tasks-to-check", as_="client"),
    get("tasks to check by project", "/data/user/tasks-to-check", query={"project_id": "{project}"}),
    get("tasks to check by task type", "/data/user/tasks-to-check",
        query={"task_type_id": "{modeling}"}),
    get("tasks to check by status", "/data/user/tasks-to-check", query={"task_status_id": "{wfa}"}),
    get("tasks to check by person", "/data/user/tasks-to-check", query={"person_id": "{user_id}"}),
    get("tasks to check unassigned", "/data/user/tasks-to-check", query={"person_id": "unassigned"}),
    get("tasks to check by episode", "/data/user/tasks-to-check", query={"episode_id": "{episode}"}),
    get("tasks to check by due dates", "/data/user/tasks-to-check",
        query={"due_date_since": "2020-01-01", "due_date_until": "2030-01-01"}),
    get("tasks to check paged", "/data/user/tasks-to-check", query={"page": "1", "limit": "1"}),
    get("tasks to check malformed project", "/data/user/tasks-to-check", query={"project_id": "nope"}),
    get("tasks to check malformed person", "/data/user/tasks-to-check", query={"person_id": "nope"}),
    get("tasks to check bad date", "/data/user/tasks-to-check", query={"due_date_since": "yesterday"}),
    get("tasks to check bad page", "/data/user/tasks-to-check", query={"page": "first"}),
    get("tasks to check filter values", "/data/user/tasks-to-check/filter-values"),
    get("tasks to check filter values as supervisor", "/data/user/tasks-to-check/filter-values",
        as_="supervisor"),
    get("tasks to check filter values as artist", "/data/user/tasks-to-check/filter-values", as_="user"),
    get("tasks to check filter values as outsider", "/data/user/tasks-to-check/filter-values",
        as_="outsider"),
]

PROJECT_VIEWS = [
    get("project asset types as artist", "/data/user/projects/{project}/asset-types", as_="user",
        unordered=True),
    get("project asset types as idle artist", "/data/user/projects/{project}/asset-types", as_="idle"),
    get("project asset types unknown project", f"/data/user/projects/{UNKNOWN_ID}/asset-types", as_="user"),
    get("project asset types malformed id", "/data/user/projects/not-a-uuid/asset-types", as_="user"),
    get("project asset types as outsider", "/data/user/projects/{project}/asset-types", as_="outsider"),
    get("asset type assets as artist", "/data/user/projects/{project}/asset-types/{character}/assets",
        as_="user"),
    get("asset type assets as vendor", "/data/user/projects/{project}/asset-types/{character}/assets",
        as_="vendor"),
    get("asset type assets unknown asset type",
        f"/data/user/projects/{{project}}/asset-types/{UNKNOWN_ID}/assets", as_="user"),
    get("asset type assets unknown project",
        f"/data/user/projects/{UNKNOWN_ID}/asset-types/{{character}}/assets", as_="user"),
    get("project sequences as artist", "/data/user/projects/{project}/sequences", as_="user"),
    get("project sequences as vendor", "/data/user/projects/{project}/sequences", as_="vendor"),
    get("project sequences as idle artist", "/data/user/projects/{project}/sequences", as_="idle"),
    get("project sequences unknown project", f"/data/user/projects/{UNKNOWN_ID}/sequences", as_="user"),
    get("project sequences malformed id", "/data/user/projects/not-a-uuid/sequences", as_="user"),
    get("project episodes as artist", "/data/user/projects/{project}/episodes", as_="user"),
    get("project episodes as client", "/data/user/projects/{project}/episodes", as_="client"),
    get("project episodes unknown project", f"/data/user/projects/{UNKNOWN_ID}/episodes", as_="user"),
    get("project episodes malformed id", "/data/user/projects/not-a-uuid/episodes", as_="user"),
    get("sequence shots as artist", "/data/user/sequences/{sequence}/shots", as_="user"),
    get("sequence shots as vendor", "/data/user/sequences/{sequence}/shots", as_="vendor"),
    get("sequence shots as idle artist", "/data/user/sequences/{sequence}/shots", as_="idle"),
    get("sequence shots unknown sequence", f"/data/user/sequences/{UNKNOWN_ID}/shots", as_="user"),
    get("sequence shots with a shot id", "/data/user/sequences/{shot}/shots", as_="user"),
    get("sequence shots malformed id", "/data/user/sequences/not-a-uuid/shots", as_="user"),
    get("sequence scenes as artist", "/data/user/sequences/{sequence}/scenes", as_="user"),
    get("sequence scenes unknown sequence", f"/data/user/sequences/{UNKNOWN_ID}/scenes", as_="user"),
]

ENTITY_VIEWS = [
    get("asset tasks as artist", "/data/user/assets/{asset}/tasks", as_="user"),
    get("asset tasks as idle artist", "/data/user/assets/{asset}/tasks", as_="idle"),
    get("asset tasks unknown asset", f"/data/user/assets/{UNKNOWN_ID}/tasks", as_="user"),
    get("asset tasks malformed id", "/data/user/assets/not-a-uuid/tasks", as_="user"),
    get("asset tasks with a shot id", "/data/user/assets/{shot}/tasks", as_="user"),
    get("asset tasks as outsider", "/data/user/assets/{asset}/tasks", as_="outsider"),
    get("asset task types as artist", "/data/user/assets/{asset}/task-types", as_="user"),
    get("asset task types as vendor", "/data/user/assets/{asset}/task-types", as_="vendor"),
    get("asset task types unknown asset", f"/data/user/assets/{UNKNOWN_ID}/task-types", as_="user"),
    get("shot tasks as artist", "/data/user/shots/{shot}/tasks", as_="user"),
    get("shot tasks as vendor", "/data/user/shots/{shot2}/tasks", as_="vendor"),
    get("shot tasks unknown shot", f"/data/user/shots/{UNKNOWN_ID}/tasks", as_="user"),
    get("shot tasks with an asset id", "/data/user/shots/{asset}/tasks", as_="user"),
    get("shot tasks malformed id", "/data/user/shots/not-a-uuid/tasks", as_="user"),
    get("shot task types as artist", "/data/user/shots/{shot}/task-types", as_="user"),
    get("shot task types as idle artist", "/data/user/shots/{shot}/task-types", as_="idle"),
    get("shot task types unknown shot", f"/data/user/shots/{UNKNOWN_ID}/task-types", as_="user"),
    get("scene tasks as artist", "/data/user/scenes/{scene}/tasks", as_="user"),
    get("scene tasks unknown scene", f"/data/user/scenes/{UNKNOWN_ID}/tasks", as_="user"),
    get("scene tasks malformed id", "/data/user/scenes/not-a-uuid/tasks", as_="user"),
    get("scene task types as artist", "/data/user/scenes/{scene}/task-types", as_="user"),
    get("scene task types unknown scene", f"/data/user/scenes/{UNKNOWN_ID}/task-types", as_="user"),
    get("sequence tasks as artist", "/data/user/sequences/{sequence}/tasks", as_="user"),
    get("sequence tasks unknown sequence", f"/data/user/sequences/{UNKNOWN_ID}/tasks", as_="user"),
    get("sequence tasks malformed id", "/data/user/sequences/not-a-uuid/tasks", as_="user"),
    get("sequence task types as artist", "/data/user/sequences/{sequence}/task-types", as_="user"),
    get("sequence task types unknown sequence", f"/data/user/sequences/{UNKNOWN_ID}/task-types",
        as_="user"),
]

# After the lists above: closing the project empties the caller's open views.
CLOSED = [
    get("find project status Closed", "/data/project-status", query={"name": "Closed"},
        save={"closed": "0.id"}),
    put("close project", "/data/projects/{project}", {"project_status_id": "{closed}"}, ignore=[ANSWER]),
    get("todos of closed project", "/data/user/tasks", as_="user"),
    get("open projects after closing", "/data/user/projects/open", as_="user"),
    get("context after closing", "/data/user/context", as_="user", unordered=CONTEXT_LISTS),
]

STEPS = [*SETUP, *CONTEXT, *TASK_LISTS, *PROJECT_VIEWS, *ENTITY_VIEWS, *CLOSED]
