"""Tasks area, reads and time: the task rows (CRUD), a task's page and previews, a project's and an
entity's tasks, a person's to-do lists, the open tasks with their stats and burndown, the admin's
per-project lists, and time spent on a task. The actions on tasks are tasks_actions.py."""

# fmt: off
from tests.conformance.scenarios._common import UNKNOWN_ID, content, delete, get, post, put

TASK = {"project_id": "{project}", "task_status_id": "{todo}"}
DAY = "2026-01-15"
SPENT = "/actions/tasks/{shot_task}/time-spents"

SETUP = [
    *content(),
    get("find task type Layout", "/data/task-types", query={"name": "Layout"}, save={"layout": "0.id"}),
    get("find task status Done", "/data/task-status", query={"short_name": "done"}, save={"done": "0.id"}),
    get("find department Animation", "/data/departments", query={"name": "Animation"},
        save={"animation_department": "0.id"}),
    put("assign artist to shot task", "/actions/tasks/{shot_task}/assign", {"person_id": "{user_id}"}),
    put("schedule shot task", "/data/tasks/{shot_task}",
        {"start_date": "2026-01-12", "due_date": "2026-01-30", "estimation": 2}),
]

ROWS = [
    post("create task", "/data/tasks", {"name": "layout", **TASK, "task_type_id": "{layout}",
                                         "entity_id": "{shot}"}, save={"task": "id"}),
    post("create task missing entity", "/data/tasks", {"name": "lost", **TASK, "task_type_id": "{layout}"}),
    post("create task unknown entity", "/data/tasks", {"name": "lost", **TASK, "task_type_id": "{layout}",
                                                       "entity_id": UNKNOWN_ID}),
    post("create task duplicate", "/data/tasks", {"name": "layout", **TASK, "task_type_id": "{layout}",
                                                  "entity_id": "{shot}"}),
    post("create task malformed entity id", "/data/tasks", {"name": "bad", **TASK, "task_type_id": "{layout}",
                                                            "entity_id": "not-a-uuid"}),
    post("create task list body", "/data/tasks", [{"name": "x"}]),
    get("get task", "/data/tasks/{task}"),
    get("get task unknown id", f"/data/tasks/{UNKNOWN_ID}"),
    get("get task malformed id", "/data/tasks/not-a-uuid"),
    get("get task as artist in team", "/data/tasks/{task}", as_="user"),
    get("get task as vendor outside team", "/data/tasks/{task}", as_="vendor"),
    put("update task", "/data/tasks/{task}", {"estimation": 4, "priority": 1, "start_date": "2026-01-05"}),
    put("update task unknown id", f"/data/tasks/{UNKNOWN_ID}", {"priority": 1}),
    put("update task bad value", "/data/tasks/{task}", {"priority": "high"}),
    put("update task malformed id", "/data/tasks/not-a-uuid", {"priority": 1}),
    put("update task as supervisor", "/data/tasks/{task}", {"difficulty": 4}, as_="supervisor"),
    put("update task as artist", "/data/tasks/{task}", {"priority": 2}, as_="user"),
    put("update task as client", "/data/tasks/{task}", {"priority": 3}, as_="client"),
    get("list tasks", "/data/tasks", unordered=True),
    get("list tasks of project", "/data/tasks", query={"project_id": "{project}"}, unordered=True),
    get("list tasks of entity", "/data/tasks", query={"entity_id": "{shot}"}, unordered=True),
    get("list tasks of type", "/data/tasks", query={"task_type_id": "{layout}"}),
    get("list tasks page", "/data/tasks", query={"project_id": "{project}", "page": "1", "limit": "2"}),
    get("list tasks second page", "/data/tasks",
        query={"project_id": "{project}", "page": "2", "limit": "2"}),
    get("list tasks with relations", "/data/tasks", query={"entity_id": "{shot}", "relations": "true"},
        unordered=True),
    get("list tasks unknown filter value", "/data/tasks", query={"project_id": UNKNOWN_ID}),
    get("list tasks as artist", "/data/tasks", as_="user", unordered=True),
    get("list tasks as vendor outside team", "/data/tasks", as_="vendor"),
]

PAGES = [
    get("full task", "/data/tasks/{shot_task}/full"),
    get("full task unknown id", f"/data/tasks/{UNKNOWN_ID}/full"),
    get("full task as artist", "/data/tasks/{shot_task}/full", as_="user"),
    get("full task malformed id", "/data/tasks/not-a-uuid/full"),
    get("full task as client outside team", "/data/tasks/{shot_task}/full", as_="client"),
    get("task previews", "/data/tasks/{shot_task}/previews"),
    get("task previews unknown id", f"/data/tasks/{UNKNOWN_ID}/previews"),
    get("task previews as vendor outside team", "/data/tasks/{shot_task}/previews", as_="vendor"),
    get("entity tasks of type", "/data/entities/{shot}/task-types/{animation}/tasks"),
    get("entity tasks of other type", "/data/entities/{shot}/task-types/{modeling}/tasks"),
    get("entity tasks unknown entity", f"/data/entities/{UNKNOWN_ID}/task-types/{{animation}}/tasks"),
    get("entity tasks as vendor outside team", "/data/entities/{shot}/task-types/{animation}/tasks",
        as_="vendor"),
    get("project tasks", "/data/projects/{project}/tasks", unordered=True),
    get("project tasks of type", "/data/projects/{project}/tasks", query={"task_type_id": "{animation}"}),
    get("project tasks of episode", "/data/projects/{project}/tasks", query={"episode_id": "{episode}"},
        unordered=True),
    get("project tasks page", "/data/projects/{project}/tasks", query={"page": "1"}, unordered=True),
    get("project tasks as artist", "/data/projects/{project}/tasks", as_="user", unordered=True),
    get("project tasks unknown project", f"/data/projects/{UNKNOWN_ID}/tasks"),
    get("project tasks as vendor outside team", "/data/projects/{project}/tasks", as_="vendor"),
]

PERSONS = [
    get("person tasks", "/data/persons/{user_id}/tasks"),
    get("person tasks as the artist", "/data/persons/{user_id}/tasks", as_="user"),
    get("person tasks of another as vendor", "/data/persons/{user_id}/tasks", as_="vendor"),
    get("person tasks as client", "/data/persons/{user_id}/tasks", as_="client"),
    get("person tasks unknown person", f"/data/persons/{UNKNOWN_ID}/tasks"),
    get("person done tasks", "/data/persons/{user_id}/done-tasks"),
    get("person done tasks of another as vendor", "/data/persons/{user_id}/done-tasks", as_="vendor"),
    get("person related tasks", "/data/persons/{user_id}/related-tasks/{animation}"),
    get("person related tasks of another as vendor", "/data/persons/{user_id}/related-tasks/{animation}",
        as_="vendor"),
    get("person related tasks of unknown type", f"/data/persons/{{user_id}}/related-tasks/{UNKNOWN_ID}"),
    get("person related tasks unknown person", f"/data/persons/{UNKNOWN_ID}/related-tasks/{{animation}}"),
    get("persons task dates", "/data/persons/task-dates"),
    get("persons task dates of project", "/data/persons/task-dates", query={"project_id": "{project}"}),
    get("persons task dates malformed project", "/data/persons/task-dates", query={"project_id": "nope"}),
    get("persons task dates as supervisor", "/data/persons/task-dates", query={"project_id": "{project}"},
        as_="supervisor"),
    get("persons task dates as artist", "/data/persons/task-dates", as_="user"),
]

OPEN_TASKS = [
    get("open tasks", "/data/tasks/open-tasks", unordered=True),
    get("open tasks of project", "/data/tasks/open-tasks", query={"project_id": "{project}"}, unordered=True),
    get("open tasks of type", "/data/tasks/open-tasks", query={"task_type_id": "{animation}"}),
    get("open tasks of person", "/data/tasks/open-tasks", query={"person_id": "{user_id}"}),
    get("open tasks unassigned", "/data/tasks/open-tasks", query={"person_id": "unassigned"}, unordered=True),
    get("open tasks of status", "/data/tasks/open-tasks", query={"task_status_id": "{todo}"}, unordered=True),
    get("open tasks of priority", "/data/tasks/open-tasks", query={"priority": "1"}),
    get("open tasks due before", "/data/tasks/open-tasks", query={"due_date": "2026-02-01"}),
    get("open tasks of department", "/data/tasks/open-tasks",
        query={"department_id": "{animation_department}"}),
    get("open tasks malformed department", "/data/tasks/open-tasks", query={"department_id": "x"}),
    get("open tasks page", "/data/tasks/open-tasks",
        query={"page": "1", "limit": "1", "task_type_id": "{layout}"}),
    get("open tasks malformed project", "/data/tasks/open-tasks", query={"project_id": "nope"}),
    get("open tasks malformed date", "/data/tasks/open-tasks", query={"start_date": "someday"}),
    get("open tasks as artist", "/data/tasks/open-tasks", as_="user", unordered=True),
    get("open tasks as vendor outside team", "/data/tasks/open-tasks", as_="vendor"),
    get("open tasks stats", "/data/tasks/open-tasks/stats", unordered=["*.task_types"]),
    get("open tasks stats as artist", "/data/tasks/open-tasks/stats", as_="user", unordered=["*.task_types"]),
    get("open tasks burndown", "/data/tasks/open-tasks/burndown", query={"project_id": "{project}"}),
    get("open tasks burndown between dates", "/data/tasks/open-tasks/burndown",
        query={"project_id": "{project}", "start_date": "2026-01-01", "due_date": "2026-01-31"}),
    get("open tasks burndown malformed type", "/data/tasks/open-tasks/burndown", query={"task_type_id": "x"}),
]

ADMIN_LISTS = [
    get("project notifications", "/data/projects/{project}/notifications"),
    get("project notifications page", "/data/projects/{project}/notifications", query={"page": "1"}),
    get("project notifications as manager", "/data/projects/{project}/notifications", as_="manager"),
    get("project notifications unknown project", f"/data/projects/{UNKNOWN_ID}/notifications"),
    get("project preview files", "/data/projects/{project}/preview-files"),
    get("project preview files as manager", "/data/projects/{project}/preview-files", as_="manager"),
    get("project preview files unknown project", f"/data/projects/{UNKNOWN_ID}/preview-files"),
    get("project subscriptions", "/data/projects/{project}/subscriptions"),
    get("project subscriptions as supervisor", "/data/projects/{project}/subscriptions", as_="supervisor"),
    get("project subscriptions unknown project", f"/data/projects/{UNKNOWN_ID}/subscriptions"),
]

TIME_SPENTS = [
    post("set time spent", f"{SPENT}/{DAY}/persons/{{user_id}}", {"duration": 120}),
    post("set time spent as the artist", f"{SPENT}/2026-01-16/persons/{{user_id}}", {"duration": 60},
         as_="user"),
    post("set time spent of unassigned person", f"{SPENT}/{DAY}/persons/{{manager_id}}", {"duration": 60}),
    post("set time spent for another as supervisor", f"{SPENT}/{DAY}/persons/{{user_id}}", {"duration": 30},
         as_="supervisor"),
    post("set time spent missing duration", f"{SPENT}/{DAY}/persons/{{user_id}}", {}),
    post("set time spent zero duration", f"{SPENT}/{DAY}/persons/{{user_id}}", {"duration": 0}),
    post("set time spent on unassigned task as the artist", "/actions/tasks/{asset_task}/time-spents/"
         f"{DAY}/persons/{{user_id}}", {"duration": 60}, as_="user"),
    post("set time spent as manager", f"{SPENT}/2026-01-18/persons/{{user_id}}", {"duration": 15},
         as_="manager"),
    post("set time spent malformed date", f"{SPENT}/15-01-2026/persons/{{user_id}}", {"duration": 60}),
    post("set time spent unknown task", f"/actions/tasks/{UNKNOWN_ID}/time-spents/{DAY}/persons/{{user_id}}",
         {"duration": 60}),
    post("set time spent unknown person", f"{SPENT}/{DAY}/persons/{UNKNOWN_ID}", {"duration": 60}),
    post("add time spent", f"{SPENT}/{DAY}/persons/{{user_id}}/add", {"duration": 30}),
    post("add time spent on a new day", f"{SPENT}/2026-01-17/persons/{{user_id}}/add", {"duration": 45}),
    post("add time spent missing duration", f"{SPENT}/{DAY}/persons/{{user_id}}/add", {}),
    post("add time spent as vendor", f"{SPENT}/{DAY}/persons/{{user_id}}/add", {"duration": 10},
         as_="vendor"),
    get("task time spents", SPENT, unordered=["*"]),
    get("task time spents of day", f"{SPENT}/{DAY}"),
    get("task time spents of empty day", f"{SPENT}/2026-02-01"),
    get("task time spents malformed date", f"{SPENT}/someday"),
    get("task time spents unknown task", f"/actions/tasks/{UNKNOWN_ID}/time-spents"),
    get("task time spents as vendor outside team", SPENT, as_="vendor"),
    delete("delete time spent", f"{SPENT}/2026-01-17/persons/{{user_id}}"),
    delete("delete time spent again", f"{SPENT}/2026-01-17/persons/{{user_id}}"),
    delete("delete time spent malformed date", f"{SPENT}/17-01-2026/persons/{{user_id}}"),
    delete("delete time spent as supervisor", f"{SPENT}/{DAY}/persons/{{user_id}}", as_="supervisor"),
    get("task time spents after deletion", SPENT, unordered=["*"]),
]

DELETIONS = [
    delete("delete task as artist", "/data/tasks/{task}", as_="user"),
    delete("delete task", "/data/tasks/{task}"),
    get("get deleted task", "/data/tasks/{task}"),
    delete("delete unknown task", f"/data/tasks/{UNKNOWN_ID}"),
    delete("delete task malformed id", "/data/tasks/not-a-uuid"),
]

# A hole Zou leaves open that we close on purpose (differences.INTENTIONAL): after every list.
HOLES = [
    post("create task as vendor outside team", "/data/tasks",
         {"name": "vendor", **TASK, "task_type_id": "{layout}", "entity_id": "{shot2}"}, as_="vendor"),
]

# A vendor sees only the tasks it is assigned to: after the hole (whose task is no vendor's).
VENDOR = [
    put("assign shot task to vendor", "/actions/tasks/{shot_task}/assign", {"person_id": "{vendor_id}"}),
    get("list tasks as assigned vendor", "/data/tasks", as_="vendor"),
    get("project tasks as assigned vendor", "/data/projects/{project}/tasks", as_="vendor"),
    get("open tasks as assigned vendor", "/data/tasks/open-tasks", as_="vendor"),
    get("open tasks stats as assigned vendor", "/data/tasks/open-tasks/stats", as_="vendor",
        unordered=["*.task_types"]),
    get("full task as assigned vendor", "/data/tasks/{shot_task}/full", as_="vendor", unordered=["persons"]),
    get("full task of another entity as assigned vendor", "/data/tasks/{asset_task}/full", as_="vendor"),
    get("own tasks as vendor", "/data/persons/{vendor_id}/tasks", as_="vendor"),
    get("entity tasks as assigned vendor", "/data/entities/{shot}/task-types/{animation}/tasks",
        as_="vendor"),
    post("set own time spent as vendor", f"{SPENT}/2026-01-20/persons/{{vendor_id}}", {"duration": 30},
         as_="vendor"),
    get("task time spents as assigned vendor", f"{SPENT}/2026-01-20", as_="vendor"),
]

STEPS = [*SETUP, *ROWS, *PAGES, *PERSONS, *OPEN_TASKS, *ADMIN_LISTS, *TIME_SPENTS, *DELETIONS, *HOLES,
         *VENDOR]
