"""Tasks area, actions: tasks created per task type on a project's assets, shots, edits, concepts and
other entity types, assignment, priority, main previews, batch comments, copies of client comments,
and deletions of tasks."""

# fmt: off
from tests.conformance.scenarios._common import UNKNOWN_ID, content, delete, get, post, put

P = "/actions/projects/{project}"

SETUP = [
    *content(),
    get("find task type Layout", "/data/task-types", query={"name": "Layout"}, save={"layout": "0.id"}),
    get("find task type Edit", "/data/task-types", query={"name": "Edit"}, save={"edit_type": "0.id"}),
    get("find task type Concept of concepts", "/data/task-types", query={"name": "Concept", "for_entity": "Concept"},
        save={"concept_type": "0.id"}),
    get("find task status Wip", "/data/task-status", query={"short_name": "wip"}, save={"wip": "0.id"}),
    post("create edit", "/data/projects/{project}/edits", {"name": "Trailer"}, save={"edit": "id"}),
    post("create concept", "/data/projects/{project}/concepts", {"name": "Hero sketch"}, save={"concept": "id"}),
]

CREATE_TASKS = [
    post("create asset tasks of listed assets", f"{P}/task-types/{{layout}}/assets/create-tasks", ["{asset}"],
         save={"layout_asset_task": "0.id"}),
    post("create asset tasks of every asset", f"{P}/task-types/{{layout}}/assets/create-tasks",
         unordered=True),
    post("create asset tasks again", f"{P}/task-types/{{layout}}/assets/create-tasks", ["{asset}"]),
    post("create asset tasks unknown type", f"{P}/task-types/{UNKNOWN_ID}/assets/create-tasks", ["{asset}"]),
    post("create asset tasks unknown asset", f"{P}/task-types/{{layout}}/assets/create-tasks", [UNKNOWN_ID]),
    post("create asset tasks malformed body", f"{P}/task-types/{{layout}}/assets/create-tasks",
         {"ids": ["{asset}"]}),
    post("create asset tasks as supervisor", f"{P}/task-types/{{layout}}/assets/create-tasks", ["{asset}"],
         as_="supervisor"),
    post("create asset tasks unknown project", f"/actions/projects/{UNKNOWN_ID}/task-types/{{layout}}/assets/"
         "create-tasks", ["{asset}"]),
    post("create shot tasks of listed shots", f"{P}/task-types/{{layout}}/shots/create-tasks", ["{shot}"],
         save={"layout_shot_task": "0.id"}),
    post("create shot tasks of every shot", f"{P}/task-types/{{layout}}/shots/create-tasks", unordered=True),
    post("create shot tasks of sequence", f"{P}/task-types/{{modeling}}/shots/create-tasks",
         query={"sequence_id": "{sequence}"}, unordered=True),
    post("create shot tasks as artist", f"{P}/task-types/{{layout}}/shots/create-tasks", ["{shot}"], as_="user"),
    post("create shot tasks unknown shot", f"{P}/task-types/{{layout}}/shots/create-tasks", [UNKNOWN_ID]),
    post("create edit tasks", f"{P}/task-types/{{edit_type}}/edits/create-tasks", ["{edit}"],
         save={"edit_task": "0.id"}),
    post("create edit tasks of every edit", f"{P}/task-types/{{edit_type}}/edits/create-tasks"),
    post("create edit tasks as supervisor", f"{P}/task-types/{{edit_type}}/edits/create-tasks", ["{edit}"],
         as_="supervisor"),
    post("create concept tasks", f"{P}/task-types/{{concept_type}}/concepts/create-tasks", ["{concept}"]),
    post("create concept tasks of every concept", f"{P}/task-types/{{concept_type}}/concepts/create-tasks"),
    post("create concept tasks as vendor outside team", f"{P}/task-types/{{concept_type}}/concepts/"
         "create-tasks", ["{concept}"], as_="vendor"),
    post("create sequence tasks", f"{P}/task-types/{{layout}}/create-tasks/sequence", ["{sequence}"]),
    post("create episode tasks of every episode", f"{P}/task-types/{{layout}}/create-tasks/episode"),
    post("create tasks of unknown entity type", f"{P}/task-types/{{layout}}/create-tasks/planet", ["{shot}"]),
    post("create sequence tasks as supervisor", f"{P}/task-types/{{layout}}/create-tasks/sequence",
         ["{sequence}"], as_="supervisor"),
    get("project tasks after creations", "/data/projects/{project}/tasks", unordered=True),
]

ASSIGNMENT = [
    put("assign task", "/actions/tasks/{shot_task}/assign", {"person_id": "{user_id}"}),
    put("assign task again", "/actions/tasks/{shot_task}/assign", {"person_id": "{user_id}"}),
    put("assign task to vendor outside team", "/actions/tasks/{layout_shot_task}/assign",
        {"person_id": "{vendor_id}"}),
    put("assign task missing person", "/actions/tasks/{shot_task}/assign", {}),
    put("assign task unknown person", "/actions/tasks/{shot_task}/assign", {"person_id": UNKNOWN_ID}),
    put("assign unknown task", f"/actions/tasks/{UNKNOWN_ID}/assign", {"person_id": "{user_id}"}),
    put("assign task to another as artist", "/actions/tasks/{asset_task}/assign",
        {"person_id": "{supervisor_id}"}, as_="user"),
    put("assign task as supervisor", "/actions/tasks/{layout_asset_task}/assign", {"person_id": "{user_id}"},
        as_="supervisor"),
    put("assign task to self as artist", "/actions/tasks/{edit_task}/assign", {"person_id": "{user_id}"},
        as_="user"),
    put("assign task as client", "/actions/tasks/{edit_task}/assign", {"person_id": "{user_id}"},
        as_="client"),
    put("assign task as manager", "/actions/tasks/{asset_task}/assign", {"person_id": "{user_id}"},
        as_="manager"),
    put("assign tasks to person", "/actions/persons/{supervisor_id}/assign",
        {"task_ids": ["{shot_task}", "{layout_asset_task}", UNKNOWN_ID]}),
    put("assign tasks to person missing tasks", "/actions/persons/{supervisor_id}/assign", {}),
    put("assign tasks to person empty list", "/actions/persons/{supervisor_id}/assign", {"task_ids": []}),
    put("assign tasks to unknown person", f"/actions/persons/{UNKNOWN_ID}/assign", {"task_ids": ["{shot_task}"]}),
    put("assign tasks to person as artist", "/actions/persons/{user_id}/assign",
        {"task_ids": ["{layout_shot_task}"]}, as_="user"),
    get("task after assignments", "/data/tasks/{shot_task}"),
    put("clear assignation of person", "/actions/tasks/clear-assignation",
        {"task_ids": ["{shot_task}"], "person_id": "{supervisor_id}"}),
    put("clear assignation as artist", "/actions/tasks/clear-assignation",
        {"task_ids": ["{asset_task}"], "person_id": "{user_id}"}, as_="user"),
    put("clear assignation as vendor", "/actions/tasks/clear-assignation",
        {"task_ids": ["{layout_asset_task}"], "person_id": "{user_id}"}, as_="vendor"),
    put("clear every assignation", "/actions/tasks/clear-assignation",
        {"task_ids": ["{layout_asset_task}", UNKNOWN_ID]}),
    put("clear assignation missing tasks", "/actions/tasks/clear-assignation", {"person_id": "{user_id}"}),
    get("task after clearing", "/data/tasks/{shot_task}"),
]

PRIORITY = [
    put("set priority", "/actions/tasks/set-priority", {"task_ids": ["{shot_task}", UNKNOWN_ID], "priority": 2}),
    put("set priority as supervisor", "/actions/tasks/set-priority",
        {"task_ids": ["{asset_task}"], "priority": 1}, as_="supervisor"),
    put("set priority as artist", "/actions/tasks/set-priority", {"task_ids": ["{shot_task}"], "priority": 3},
        as_="user"),
    put("set priority as vendor", "/actions/tasks/set-priority", {"task_ids": ["{layout_shot_task}"], "priority": 3},
        as_="vendor"),
    put("set priority missing priority", "/actions/tasks/set-priority", {"task_ids": ["{shot_task}"]}),
    put("set priority negative", "/actions/tasks/set-priority", {"task_ids": ["{shot_task}"], "priority": -1}),
    put("set priority empty list", "/actions/tasks/set-priority", {"task_ids": [], "priority": 1}),
]

MAIN_PREVIEW = [
    put("set main preview without preview", "/actions/tasks/{shot_task}/set-main-preview"),
    put("set main preview unknown task", f"/actions/tasks/{UNKNOWN_ID}/set-main-preview"),
    post("comment shot task", "/actions/tasks/{shot_task}/comment", {"task_status_id": "{wip}", "comment": "v1"},
         save={"comment": "id"}),
    post("add preview to comment", "/actions/tasks/{shot_task}/comments/{comment}/add-preview", {},
         save={"preview": "id"}, ignore=["name"]),
    put("set main preview", "/actions/tasks/{shot_task}/set-main-preview"),
    put("set main preview as client outside team", "/actions/tasks/{shot_task}/set-main-preview", as_="client"),
    put("set main previews", "/actions/tasks/set-main-preview", {"task_ids": ["{shot_task}", "{asset_task}"]}),
    put("set main previews missing tasks", "/actions/tasks/set-main-preview", {}),
    put("set main previews unknown task", "/actions/tasks/set-main-preview", {"task_ids": [UNKNOWN_ID]}),
    put("set main previews as vendor of the shot", "/actions/tasks/set-main-preview",
        {"task_ids": ["{shot_task}"]}, as_="vendor"),
    get("shot after main preview", "/data/shots/{shot}", unordered=["tasks"]),
]

COMMENTS = [
    post("comment many", f"{P}/tasks/comment-many",
         [{"object_id": "{shot_task}", "task_status_id": "{todo}", "comment": "batch"},
          {"object_id": "{asset_task}", "task_status_id": "{wip}", "comment": "batch"},
          {"object_id": "{asset_task}", "comment": "no status: skipped"}]),
    post("comment many as artist", f"{P}/tasks/comment-many",
         [{"object_id": "{asset_task}", "task_status_id": "{todo}", "comment": "not mine"}], as_="user"),
    post("comment many malformed body", f"{P}/tasks/comment-many", {"object_id": "{shot_task}"}),
    post("comment many malformed id", f"{P}/tasks/comment-many",
         [{"object_id": "nope", "task_status_id": "{todo}", "comment": "x"}]),
    post("client comment", "/data/comments",
         {"object_id": "{asset_task}", "object_type": "Task", "person_id": "{client_id}", "task_status_id": "{wip}",
          "text": "Make it bigger"}),
    post("copy client comments", f"{P}/tasks/copy-client-comments",
         {"task_ids": ["{asset_task}", "{shot_task}"], "prefix": "From the client:"}),
    post("copy client comments without prefix", f"{P}/tasks/copy-client-comments", {"task_ids": ["{asset_task}"]}),
    post("copy client comments missing tasks", f"{P}/tasks/copy-client-comments", {"prefix": "x"}),
    post("copy client comments as supervisor", f"{P}/tasks/copy-client-comments",
         {"task_ids": ["{asset_task}"]}, as_="supervisor"),
    get("asset task comments after copies", "/data/tasks/{asset_task}/comments"),
]

# Department rules, last but the deletions: from here on the supervisor and the artist belong to
# the Animation department (the shot task's), not to Modeling (the asset task's).
DEPARTMENTS = [
    get("find department Animation", "/data/departments", query={"name": "Animation"},
        save={"animation_department": "0.id"}),
    post("put supervisor in Animation", "/actions/persons/{supervisor_id}/departments/add",
         {"department_id": "{animation_department}"}),
    post("put artist in Animation", "/actions/persons/{user_id}/departments/add",
         {"department_id": "{animation_department}"}),
    put("assign modeling task as animation supervisor", "/actions/tasks/{asset_task}/assign",
        {"person_id": "{user_id}"}, as_="supervisor"),
    put("assign animation task as animation supervisor", "/actions/tasks/{shot_task}/assign",
        {"person_id": "{user_id}"}, as_="supervisor"),
    put("assign animation task to a person of no department as animation supervisor",
        "/actions/tasks/{shot_task}/assign", {"person_id": "{manager_id}"}, as_="supervisor"),
    put("assign animation task to self as animation artist", "/actions/tasks/{shot_task}/assign",
        {"person_id": "{user_id}"}, as_="user"),
    put("assign modeling task to self as animation artist", "/actions/tasks/{asset_task}/assign",
        {"person_id": "{user_id}"}, as_="user"),
    put("set priorities as animation supervisor", "/actions/tasks/set-priority",
        {"task_ids": ["{asset_task}", "{shot_task}"], "priority": 4}, as_="supervisor"),
    put("clear assignations as animation supervisor", "/actions/tasks/clear-assignation",
        {"task_ids": ["{asset_task}", "{shot_task}"], "person_id": "{user_id}"}, as_="supervisor"),
    post("comment many as animation supervisor", f"{P}/tasks/comment-many",
         [{"object_id": "{asset_task}", "task_status_id": "{wip}", "comment": "modeling"},
          {"object_id": "{shot_task}", "task_status_id": "{wip}", "comment": "animation"}], as_="supervisor"),
]

DELETIONS = [
    post("delete tasks as supervisor", f"{P}/delete-tasks", ["{layout_asset_task}"], as_="supervisor"),
    post("delete tasks malformed body", f"{P}/delete-tasks", {"task_ids": ["{layout_asset_task}"]}),
    post("delete tasks", f"{P}/delete-tasks", ["{layout_asset_task}", UNKNOWN_ID]),
    get("deleted task", "/data/tasks/{layout_asset_task}"),
    delete("delete tasks of type as manager", f"{P}/task-types/{{layout}}/delete-tasks", as_="manager"),
    delete("delete tasks of type unknown project", f"/actions/projects/{UNKNOWN_ID}/task-types/{{layout}}/"
           "delete-tasks"),
    delete("delete tasks of type", f"{P}/task-types/{{layout}}/delete-tasks"),
    get("project tasks of type after deletion", "/data/projects/{project}/tasks",
        query={"task_type_id": "{layout}"}),
]

STEPS = [*SETUP, *CREATE_TASKS, *ASSIGNMENT, *PRIORITY, *MAIN_PREVIEW, *COMMENTS, *DEPARTMENTS, *DELETIONS]
