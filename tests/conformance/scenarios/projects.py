"""Projects area: open/all lists, team, settings (asset types, task types, statuses), metadata
descriptors, schedule, budgets, time and preview-account answers of one project."""

# fmt: off
from tests.conformance.scenarios._common import UNKNOWN_ID, delete, get, post, production, put

P = "/data/projects/{project}"
DESCRIPTOR = {"name": "Difficulty", "entity_type": "Asset", "choices": ["easy", "hard"], "for_client": False}

LISTS = [
    get("list open projects", "/data/projects/open"),
    get("list open projects as artist in team", "/data/projects/open", as_="user"),
    get("list open projects as vendor outside team", "/data/projects/open", as_="vendor"),
    get("list all projects", "/data/projects/all"),
    get("list all projects as artist", "/data/projects/all", as_="user"),
]

TEAM = [
    get("get team", f"{P}/team"),
    post("add person to team twice", f"{P}/team", {"person_id": "{user_id}"}),
    post("add unknown person to team", f"{P}/team", {"person_id": UNKNOWN_ID}),
    post("add person to team missing id", f"{P}/team", {}),
    post("add person to team as supervisor", f"{P}/team", {"person_id": "{vendor_id}"}, as_="supervisor"),
    post("add vendor to team as manager", f"{P}/team", {"person_id": "{vendor_id}"}, as_="manager"),
    delete("remove vendor from team as artist", f"{P}/team/{{vendor_id}}", as_="user"),
    delete("remove vendor from team", f"{P}/team/{{vendor_id}}"),
    get("get team as artist", f"{P}/team", as_="user"),
    get("get team of unknown project", f"/data/projects/{UNKNOWN_ID}/team"),
]

SETTINGS = [
    post("add asset type", f"{P}/settings/asset-types", {"asset_type_id": "{character}"}),
    post("add asset type missing id", f"{P}/settings/asset-types", {}),
    post("add asset type as supervisor", f"{P}/settings/asset-types", {"asset_type_id": "{prop}"},
         as_="supervisor"),
    get("list project asset types", f"{P}/asset-types"),
    delete("remove asset type", f"{P}/settings/asset-types/{{character}}"),
    post("add task type", f"{P}/settings/task-types", {"task_type_id": "{modeling}", "priority": 1}),
    post("add second task type", f"{P}/settings/task-types", {"task_type_id": "{animation}"}),
    get("list project task types", f"{P}/task-types"),
    delete("remove task type", f"{P}/settings/task-types/{{animation}}"),
    post("add task status", f"{P}/settings/task-status", {"task_status_id": "{todo}"}),
    get("list project task statuses", f"{P}/settings/task-status"),
    put("update project task status missing field", f"{P}/settings/task-status/{{todo}}", {"priority": 2}),
    put("update project task status", f"{P}/settings/task-status/{{todo}}", {"is_client_allowed": False}),
    get("list project task statuses after update", f"{P}/settings/task-status"),
    delete("remove task status", f"{P}/settings/task-status/{{todo}}"),
    get("list status automations", f"{P}/settings/status-automations"),
    get("list preview background files", f"{P}/settings/preview-background-files"),
    post("batch settings malformed", f"{P}/settings/batch", {"task_types": ["{modeling}"]}),
    post("batch settings", f"{P}/settings/batch",
         {"task_types": [{"task_type_id": "{animation}", "priority": 2}], "task_status_ids": ["{todo}"],
          "asset_type_ids": ["{prop}"]}),
    get("get project after settings", P),
    get("list task type softwares", f"{P}/task-type-softwares"),
]

DESCRIPTORS = [
    post("create descriptor", f"{P}/metadata-descriptors", DESCRIPTOR, save={"descriptor": "id"}),
    post("create descriptor missing name", f"{P}/metadata-descriptors", {"entity_type": "Asset"}),
    post("create descriptor bad entity type", f"{P}/metadata-descriptors",
         {"name": "X", "entity_type": "Nope"}),
    post("create descriptor as artist", f"{P}/metadata-descriptors", {**DESCRIPTOR, "name": "Mine"},
         as_="user"),
    get("list descriptors", f"{P}/metadata-descriptors"),
    get("get descriptor", f"{P}/metadata-descriptors/{{descriptor}}"),
    put("update descriptor", f"{P}/metadata-descriptors/{{descriptor}}",
        {"choices": ["easy", "medium", "hard"]}),
    post("reorder descriptors missing entity type", f"{P}/metadata-descriptors/reorder",
         {"descriptor_ids": ["{descriptor}"]}),
    post("reorder descriptors", f"{P}/metadata-descriptors/reorder",
         {"entity_type": "Asset", "descriptor_ids": ["{descriptor}"]}),
    delete("delete descriptor", f"{P}/metadata-descriptors/{{descriptor}}"),
    get("get deleted descriptor", f"{P}/metadata-descriptors/{{descriptor}}"),
    post("create descriptor for all projects", "/data/metadata-descriptors/all-projects",
         {"name": "Studio Field", "entity_type": "Shot"}),
    put("update descriptor for all projects missing entity type",
        "/data/metadata-descriptors/all-projects/studio_field", {"name": "Studio Field 2"}),
    put("update descriptor for all projects", "/data/metadata-descriptors/all-projects/studio_field",
        {"entity_type": "Shot", "name": "Studio Field 2", "choices": ["a", "b"]}),
    post("reorder descriptors of all projects", "/actions/metadata-descriptors/all-projects/reorder",
         {"entity_type": "Shot", "field_order": ["studio_field_2"]}),
    delete("delete descriptor for all projects without type",
           "/data/metadata-descriptors/all-projects/studio_field"),
    delete("delete descriptor for all projects", "/data/metadata-descriptors/all-projects/studio_field_2",
           query={"entity_type": "Shot"}),
]

SCHEDULE = [
    get("list milestones", f"{P}/milestones"),
    get("list schedule items", f"{P}/schedule-items"),
    get("list task type schedule items", f"{P}/schedule-items/task-types"),
    get("list asset type schedule items", f"{P}/schedule-items/{{modeling}}/asset-types"),
    get("list episode schedule items", f"{P}/schedule-items/{{modeling}}/episodes"),
    get("list sequence schedule items", f"{P}/schedule-items/{{modeling}}/sequences"),
    get("list edit schedule items", f"{P}/schedule-items/{{modeling}}/edits"),
    get("list schedule items as vendor outside team", f"{P}/schedule-items", as_="vendor"),
]

BUDGETS = [
    post("create budget", f"{P}/budgets", {"name": "First budget", "currency": "EUR"},
         save={"budget": "id"}),
    post("create budget missing name", f"{P}/budgets", {}),
    post("create budget as supervisor", f"{P}/budgets", {"name": "Mine"}, as_="supervisor"),
    get("list budgets", f"{P}/budgets"),
    get("get budget", f"{P}/budgets/{{budget}}"),
    put("update budget", f"{P}/budgets/{{budget}}", {"name": "Main budget"}),
    post("create budget entry", f"{P}/budgets/{{budget}}/entries",
         {"department_id": "{dept_modeling}", "person_id": "{user_id}", "daily_salary": 300,
          "position": "artist", "seniority": "mid", "start_date": "2025-01-06", "months_duration": 2},
         save={"entry": "id"}),
    get("list budget entries", f"{P}/budgets/{{budget}}/entries"),
    get("get budget entry", f"{P}/budgets/{{budget}}/entries/{{entry}}"),
    put("update budget entry", f"{P}/budgets/{{budget}}/entries/{{entry}}", {"daily_salary": 350}),
    delete("delete budget entry", f"{P}/budgets/{{budget}}/entries/{{entry}}"),
    delete("delete budget", f"{P}/budgets/{{budget}}"),
    get("get deleted budget", f"{P}/budgets/{{budget}}"),
    get("get unknown budget", f"{P}/budgets/{UNKNOWN_ID}"),
]

LINKS = [
    post("link task type", "/data/task-type-links",
         {"project_id": "{project}", "task_type_id": "{modeling}", "priority": 3}),
    post("link task type missing project", "/data/task-type-links", {"task_type_id": "{modeling}"}),
    post("link task type as artist", "/data/task-type-links",
         {"project_id": "{project}", "task_type_id": "{modeling}"}, as_="user"),
    post("link task status", "/data/task-status-links",
         {"project_id": "{project}", "task_status_id": "{todo}", "priority": 2}),
    post("reorder project task types", "/actions/projects/{project}/task-type-links/reorder",
         {"task_type_ids": ["{animation}", "{modeling}"]}),
    post("reorder project task types malformed", "/actions/projects/{project}/task-type-links/reorder",
         {"task_type_ids": "{modeling}"}),
    post("reorder project task statuses", "/actions/projects/{project}/task-status-links/reorder",
         {"task_status_ids": ["{todo}"]}),
    post("reorder studio task types", "/actions/task-types/reorder",
         {"task_type_ids": ["{modeling}", "{animation}"]}),
    post("reorder studio task types as manager", "/actions/task-types/reorder",
         {"task_type_ids": ["{modeling}"]}, as_="manager"),
    put("set team role", f"{P}/team/{{user_id}}", {"role": "supervisor"}),
    put("set team role unknown", f"{P}/team/{{user_id}}", {"role": "boss"}),
    put("reset team role", f"{P}/team/{{user_id}}", {"role": None}),
    post("create software", "/data/softwares",
         {"name": "Blender", "short_name": "bl", "file_extension": ".blend"}, save={"software": "id"}),
    post("add software to task type", f"{P}/task-types/{{modeling}}/softwares",
         {"software_id": "{software}"}),
    get("list task type softwares after", f"{P}/task-type-softwares"),
    delete("remove software from task type", f"{P}/task-types/{{modeling}}/softwares/{{software}}"),
]

TIME = [
    get("list time spents", f"{P}/time-spents"),
    get("list task type time spents", f"{P}/task-types/{{modeling}}/time-spents"),
    get("list day offs", f"{P}/day-offs"),
    get("list budget time spents", f"{P}/budgets/time-spents"),
    get("get preview account", f"{P}/preview-account"),
]

PREVIEW_ACCOUNT = [
    post("create preview account as artist", f"{P}/preview-account", as_="user"),
    # The account's email and password are random.
    post("create preview account", f"{P}/preview-account", ignore=["password", "email"]),
    get("get preview account after creation", f"{P}/preview-account", ignore=["email"]),
    put("close preview account malformed", f"{P}/preview-account", {"is_open": "maybe"}),
    put("close preview account", f"{P}/preview-account", {"is_open": False}, ignore=["email"]),
    put("open preview account", f"{P}/preview-account", {"is_open": True}, ignore=["email"]),
    delete("delete preview account", f"{P}/preview-account"),
    get("get preview account after deletion", f"{P}/preview-account"),
]

# The project's own lists of rows the generic collections also serve.
PROJECT_ROWS = [
    get("list project attachment files", f"{P}/attachment-files"),
    get("list project notifications", f"{P}/notifications"),
    get("list project preview files", f"{P}/preview-files"),
    get("list project subscriptions", f"{P}/subscriptions"),
    get("list project preview files as artist", f"{P}/preview-files", as_="user"),
]

MORE_SETTINGS = [
    post("create preview background", "/data/preview-background-files", {"name": "HDR"},
         save={"background": "id"}),
    post("add preview background", f"{P}/settings/preview-background-files",
         {"preview_background_file_id": "{background}"}),
    post("add preview background missing id", f"{P}/settings/preview-background-files", {}),
    get("list preview background files after adding", f"{P}/settings/preview-background-files"),
    delete("remove preview background", f"{P}/settings/preview-background-files/{{background}}"),
    post("create status automation", "/data/status-automations",
         {"entity_type": "asset", "in_task_type_id": "{modeling}", "in_task_status_id": "{todo}",
          "out_field_type": "status", "out_task_type_id": "{animation}", "out_task_status_id": "{todo}"},
         save={"automation": "id"}),
    post("add status automation", f"{P}/settings/status-automations",
         {"status_automation_id": "{automation}"}),
    post("add status automation missing id", f"{P}/settings/status-automations", {}),
    get("list status automations after adding", f"{P}/settings/status-automations"),
    delete("remove status automation", f"{P}/settings/status-automations/{{automation}}"),
]

# Production schedule versions: links made from the production's tasks, copied, applied back.
VERSIONS = "/actions/production-schedule-versions"
SCHEDULE_VERSIONS = [
    post("create asset for schedule", "/data/projects/{project}/asset-types/{character}/assets/new",
         {"name": "Scheduled"}, save={"asset": "id"}),
    post("create task for schedule", "/data/tasks",
         {"name": "main", "project_id": "{project}", "task_status_id": "{todo}", "task_type_id": "{modeling}",
          "entity_id": "{asset}", "start_date": "2026-02-02", "due_date": "2026-02-20"}, save={"task": "id"}),
    post("create schedule version", "/data/production-schedule-versions",
         {"name": "v1", "project_id": "{project}"},
         save={"version": "id"}),
    post("create second schedule version", "/data/production-schedule-versions",
         {"name": "v2", "project_id": "{project}"}, save={"version2": "id"}),
    get("list schedule version task links empty", "/data/production-schedule-versions/{version}/task-links"),
    post("set task links from production", f"{VERSIONS}/{{version}}/set-task-links-from-production",
         unordered=True),
    get("list schedule version task links", "/data/production-schedule-versions/{version}/task-links",
        unordered=True),
    get("list schedule version task links by task type",
        "/data/production-schedule-versions/{version}/task-links", query={"task_type_id": "{animation}"}),
    get("list schedule version task links as vendor",
        "/data/production-schedule-versions/{version}/task-links",
        as_="vendor"),
    post("set task links from production as artist", f"{VERSIONS}/{{version}}/set-task-links-from-production",
         as_="user"),
    post("copy task links from version",
         f"{VERSIONS}/{{version2}}/set-task-links-from-production-schedule-version",
         {"production_schedule_version_id": "{version}"}, unordered=True),
    post("copy task links missing version",
         f"{VERSIONS}/{{version2}}/set-task-links-from-production-schedule-version", {}),
    post("copy task links from unknown version",
         f"{VERSIONS}/{{version2}}/set-task-links-from-production-schedule-version",
         {"production_schedule_version_id": UNKNOWN_ID}),
    post("apply schedule version", f"{VERSIONS}/{{version}}/apply-to-production", unordered=True),
    post("apply unknown schedule version", f"{VERSIONS}/{UNKNOWN_ID}/apply-to-production"),
    get("list task links of unknown version", f"/data/production-schedule-versions/{UNKNOWN_ID}/task-links"),
]

STEPS = [
    *production(),
    get("find department Modeling", "/data/departments", query={"name": "Modeling"},
        save={"dept_modeling": "0.id"}),
    *LISTS, *TEAM, *SETTINGS, *DESCRIPTORS, *SCHEDULE, *BUDGETS, *LINKS, *TIME,
    *PREVIEW_ACCOUNT, *PROJECT_ROWS, *MORE_SETTINGS, *SCHEDULE_VERSIONS,
]
