"""Every generic /data collection with a valid body: create, get, update, list (a few with filters,
pages and relations), then delete, in the reverse order of creation (what references a row goes
first). collections.py keeps the error paths."""

# fmt: off
from tests.conformance.scenarios._common import content, delete, get, post, put

P = "{project}"
TASK = "{asset_task}"
# (collection, saved name, create body, update body); created in this order, deleted in reverse.
ROWS = [
    ("departments", "department", {"name": "Lighting", "color": "#00FF00"}, {"color": "#00AA00"}),
    ("studios", "studio", {"name": "Studio A", "color": "#112233"}, {"color": "#332211"}),
    ("organisations", "organisation", {"name": "Second organisation"}, {"hours_by_day": 7}),
    ("project-status", "project_status", {"name": "Frozen", "color": "#333333"}, {"color": "#444444"}),
    ("task-status", "task_status", {"name": "Waiting", "short_name": "wait", "color": "#444444"},
     {"is_wip": True}),
    ("task-types", "task_type", {"name": "Grooming", "for_entity": "Asset"}, {"color": "#123456"}),
    ("entity-types", "entity_type", {"name": "Vehicle"}, {"name": "Vehicles"}),
    ("file-status", "file_status", {"name": "Approved file", "color": "#555555"}, {"color": "#666666"}),
    ("output-types", "output_type", {"name": "Cache", "short_name": "cch"}, {"short_name": "cache"}),
    ("softwares", "software", {"name": "Blender", "short_name": "bld", "file_extension": ".blend"},
     {"version": "4.2"}),
    ("hardware-items", "hardware_item", {"name": "Workstation", "short_name": "ws"}, {"monthly_cost": 40}),
    ("custom-actions", "custom_action",
     {"name": "Open", "url": "http://localhost/action", "entity_type": "all"},
     {"name": "Open it"}),
    ("plugins", "plugin", {"plugin_id": "conformance-plugin", "name": "Plugin", "version": "1.0.0",
                           "maintainer_name": "Me", "license": "MIT"}, {"version": "1.0.1"}),
    ("budgets", "budget", {"name": "Budget v1", "project_id": P, "currency": "EUR"}, {"name": "Budget v2"}),
    ("budget-entries", "budget_entry", {"budget_id": "{budget}", "department_id": "{department}",
                                        "person_id": "{user_id}", "start_date": "2026-01-01",
                                        "months_duration": 2, "daily_salary": 300}, {"months_duration": 3}),
    ("persons", "person", {"first_name": "Extra", "last_name": "Person", "email": "extra@example.com"},
     {"phone": "0102030405"}),
    ("projects", "project2", {"name": "Second project"}, {"description": "Another one"}),
    ("project-templates", "template", {"name": "Template A"}, {"description": "A template"}),
    ("preview-background-files", "background", {"name": "Studio HDR"}, {"name": "Studio HDR 2"}),
    ("status-automations", "automation", {"entity_type": "asset", "in_task_type_id": "{modeling}",
                                          "in_task_status_id": "{todo}", "out_field_type": "status",
                                          "out_task_type_id": "{animation}", "out_task_status_id": "{todo}"},
     {"archived": True}),
    ("entities", "entity", {"name": "Villain", "project_id": P, "entity_type_id": "{character}"},
     {"description": "Bad"}),
    ("asset-instances", "asset_instance", {"asset_id": "{asset}", "name": "hero_0001", "number": 1},
     {"description": "first"}),
    ("entity-links", "entity_link",
     {"entity_in_id": "{shot2}", "entity_out_id": "{asset}", "nb_occurences": 1},
     {"nb_occurences": 2}),
    ("tasks", "task",
     {"name": "extra", "project_id": P, "task_status_id": "{todo}", "task_type_id": "{modeling}",
                       "entity_id": "{prop_asset}"}, {"priority": 2}),
    ("comments", "comment", {"object_id": TASK, "object_type": "Task", "person_id": "{user_id}",
                             "task_status_id": "{todo}", "text": "hello"}, {"text": "hello again"}),
    ("preview-files", "preview", {"name": "preview", "revision": 1, "task_id": TASK, "person_id": "{user_id}",
                                  "extension": "png"}, {"status": "ready"}),
    ("attachment-files", "attachment", {"name": "notes.txt", "size": 10, "extension": "txt",
                                        "mimetype": "text/plain", "comment_id": "{comment}"}, {"size": 12}),
    ("working-files", "working_file", {"name": "main", "revision": 1, "task_id": TASK, "entity_id": "{asset}",
                                       "person_id": "{user_id}", "software_id": "{software}"},
     {"comment": "wip"}),
    ("output-files", "output_file", {"name": "out", "revision": 1, "file_status_id": "{file_status}",
                                     "output_type_id": "{output_type}", "task_type_id": "{modeling}",
                                     "entity_id": "{asset}", "person_id": "{user_id}"}, {"comment": "done"}),
    ("time-spents", "time_spent", {"task_id": TASK, "person_id": "{user_id}", "date": "2026-03-02",
                                   "duration": 3600}, {"duration": 7200}),
    ("day-offs", "day_off", {"person_id": "{user_id}", "date": "2026-04-06", "end_date": "2026-04-07",
                             "description": "holiday"}, {"description": "long holiday"}),
    ("schedule-items", "schedule_item", {"project_id": P, "task_type_id": "{modeling}",
                                         "start_date": "2026-01-05", "end_date": "2026-02-05"},
     {"end_date": "2026-02-20"}),
    ("milestones", "milestone", {"project_id": P, "date": "2026-06-01", "name": "Delivery"},
     {"name": "Final delivery"}),
    ("playlists", "playlist", {"name": "Dailies", "project_id": P}, {"name": "Dailies 2"}),
    ("news", "news", {"author_id": "{user_id}", "task_id": TASK, "comment_id": "{comment}", "change": False},
     {"change": True}),
    ("notifications", "notification",
     {"type": "comment", "person_id": "{user_id}", "author_id": "{manager_id}",
                                       "task_id": TASK, "comment_id": "{comment}"}, {"read": True}),
    ("subscriptions", "subscription", {"person_id": "{user_id}", "task_id": TASK},
     {"task_id": "{shot_task}"}),
    ("search-filter-groups", "filter_group", {"list_type": "asset", "name": "Group", "color": "#000000",
                                              "person_id": "{user_id}", "project_id": P},
     {"name": "Group 2"}),
    ("search-filters", "search_filter", {"list_type": "asset", "name": "Heroes", "search_query": "hero",
                                         "person_id": "{user_id}", "project_id": P}, {"name": "Heroes 2"}),
    ("metadata-descriptors", "descriptor", {"project_id": P, "entity_type": "Asset", "name": "Difficulty",
                                            "field_name": "difficulty", "data_type": "string"},
     {"name": "Hardness"}),
    ("chats", "chat", {"object_id": "{asset}", "object_type": "Asset"},
     {"last_message": "2026-01-01T10:00:00"}),
    ("chat-messages", "chat_message", {"chat_id": "{chat}", "person_id": "{user_id}", "text": "hi"},
     {"text": "hi there"}),
    ("events", "event", {"name": "custom:event", "user_id": "{user_id}"}, {"name": "custom:other"}),
    ("production-schedule-versions", "schedule_version", {"name": "v1", "project_id": P}, {"name": "v2"}),
    ("production-schedule-version-task-links", "schedule_link",
     {"production_schedule_version_id": "{schedule_version}", "task_id": TASK}, {"start_date": "2026-01-10"}),
]

# A few lists with filters, a page, a limit and relations.
LISTS = [
    get("list tasks of project", "/data/tasks", query={"project_id": P}, unordered=True),
    get("list entities relations", "/data/entities", query={"relations": "true", "project_id": P},
        unordered=True),
    get("list comments of task", "/data/comments", query={"object_id": TASK}, unordered=True),
    get("list task types page", "/data/task-types", query={"page": "1", "limit": "3"}),
    get("list task types page 2", "/data/task-types", query={"page": "2", "limit": "3"}),
    get("list persons relations", "/data/persons", query={"relations": "true"}, unordered=True),
    get("list time spents of person", "/data/time-spents", query={"person_id": "{user_id}"}, unordered=True),
    get("list projects relations", "/data/projects", query={"relations": "true"}, unordered=True),
]


# Events are listed by name: the whole list is every write of the scenario.
LIST_QUERIES = {"events": {"name": "custom:other"}}


def writes(name: str, saved: str, body: dict, update: dict) -> list[dict]:
    one = f"/data/{name}/{{{saved}}}"
    return [
        post(f"create {name}", f"/data/{name}", body, save={saved: "id"}),
        get(f"get {name}", one),
        put(f"update {name}", one, update),
        get(f"list {name}", f"/data/{name}", unordered=True,
            **({"query": LIST_QUERIES[name]} if name in LIST_QUERIES else {})),
    ]


# Zou refuses to create salary scales: its list makes one per department, position and seniority.
SALARY_SCALES = [
    post("create salary-scales", "/data/salary-scales",
         {"department_id": "{department}", "position": "artist",
                                                         "seniority": "senior", "salary": 100}),
    get("list salary-scales", "/data/salary-scales", save={"salary_scale": "0.id"}),
    get("get salary-scales", "/data/salary-scales/{salary_scale}"),
    put("update salary-scales", "/data/salary-scales/{salary_scale}", {"salary": 120}),
]


# What other roles read of the rows made above: the artist (in the team, assigned nothing yet)
# lists and gets, the manager (in the team) and the vendor (outside it) get.
ROLE_READS = [
    step
    for name, saved, _, _ in ROWS
    for step in (
        get(f"list {name} as artist", f"/data/{name}", as_="user", unordered=True,
            **({"query": LIST_QUERIES[name]} if name in LIST_QUERIES else {})),
        get(f"get {name} as artist", f"/data/{name}/{{{saved}}}", as_="user"),
        get(f"get {name} as manager", f"/data/{name}/{{{saved}}}", as_="manager"),
        get(f"get {name} as vendor", f"/data/{name}/{{{saved}}}", as_="vendor"),
    )
]

# The same updates again by the manager and the artist: refused, or the same values written.
ROLE_UPDATES = [
    put(f"update {name} as {role}", f"/data/{name}/{{{saved}}}", update, as_=identity)
    for name, saved, _, update in ROWS
    for role, identity in (("manager", "manager"), ("artist", "user"))
]

# The same creations by the manager and the artist: refused, made, or refused as duplicates.
ROLE_CREATIONS = [
    post(f"create {name} as {role}", f"/data/{name}", body, as_=identity)
    for name, _, body, _ in ROWS
    for role, identity in (("manager", "manager"), ("artist", "user"))
]

BEFORE_DELETES = [
    # Zou lets even an admin delete a time spent only on a task its person is assigned to.
    put("assign artist to asset task", "/data/tasks/{asset_task}", {"assignees": ["{user_id}"]}),
    get("find project status Closed", "/data/project-status", query={"name": "Closed"},
        save={"closed": "0.id"}),
    put("close second project", "/data/projects/{project2}", {"project_status_id": "{closed}"}),
]

STEPS = [
    *content(),
    *[step for row in ROWS for step in writes(*row)],
    *SALARY_SCALES,
    *LISTS,
    *ROLE_READS,
    *ROLE_UPDATES,
    *ROLE_CREATIONS,
    *BEFORE_DELETES,
    delete("delete salary-scales", "/data/salary-scales/{salary_scale}"),
    *[delete(f"delete {name}", f"/data/{name}/{{{saved}}}") for name, saved, _, _ in reversed(ROWS)],
]
