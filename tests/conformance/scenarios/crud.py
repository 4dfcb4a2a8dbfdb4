"""CRUD area: /data/<collection> for the main collections (list, filters, pages, get, create, update,
delete, and their refusals), with init data looked up by name."""

# fmt: off
from tests.conformance.scenarios._common import LOGIN_ADMIN, UNKNOWN_ID, delete, get, people, post, put

TASK_REFS = {"project_id": "{project}", "task_type_id": "{modeling}", "task_status_id": "{todo}"}

# Lists without `page` come in database order in Zou: compared as sets.
LISTS = [
    "project-status", "task-status", "task-types", "asset-types", "entity-types", "departments",
    "persons", "projects", "studios", "organisations", "software", "output-types", "file-status",
]

LOOKUPS = [
    get("find project status Open", "/data/project-status", query={"name": "Open"}, save={"open": "0.id"}),
    get("find task type Modeling", "/data/task-types", query={"name": "Modeling"}, save={"modeling": "0.id"}),
    get("find task status Todo", "/data/task-status", query={"short_name": "todo"}, save={"todo": "0.id"}),
    get("find asset type Character", "/data/asset-types", query={"name": "Character"},
        save={"character": "0.id"}),
    get("find department Modeling", "/data/departments", query={"name": "Modeling"},
        save={"dept_modeling": "0.id"}),
]

PROJECTS = [
    post("create project", "/data/projects", {"name": "Conformance", "project_status_id": "{open}"},
         save={"project": "id"}),
    post("create project missing name", "/data/projects", {"project_status_id": "{open}"}),
    post("create project duplicate name", "/data/projects", {"name": "Conformance"}),
    post("create project unknown field", "/data/projects", {"name": "Other", "no_such_field": 1}),
    post("create project bad status id", "/data/projects", {"name": "Other", "project_status_id": "nope"}),
    post("create project no body", "/data/projects"),
    post("create project as manager", "/data/projects", {"name": "By manager"}, as_="manager"),
    get("get project", "/data/projects/{project}"),
    get("get project unknown id", f"/data/projects/{UNKNOWN_ID}"),
    get("get project malformed id", "/data/projects/not-a-uuid"),
    get("list projects by name", "/data/projects", query={"name": "Conformance"}),
    get("list projects relations", "/data/projects", query={"relations": "true"}),
    get("list projects unknown filter value", "/data/projects", query={"name": "Nothing"}),
    get("list projects list filter", "/data/projects", query={"id": '["{project}"]'}),
    get("list projects malformed list filter", "/data/projects", query={"id": "[not json"}),
    get("list projects filter on bad uuid", "/data/projects", query={"project_status_id": "nope"}),
    get("list projects page 1", "/data/projects", query={"page": "1"}),
    get("list projects page 2 limit 1", "/data/projects", query={"page": "2", "limit": "1"}),
    get("list projects page 0", "/data/projects", query={"page": "0"}),
    get("list projects limit -1", "/data/projects", query={"page": "1", "limit": "-1"}),
    get("list projects limit 0", "/data/projects", query={"page": "1", "limit": "0"}),
    get("list projects limit text", "/data/projects", query={"page": "1", "limit": "ten"}),
    put("update project", "/data/projects/{project}", {"description": "About", "fps": "25", "ratio": "16:9"}),
    put("update project unknown field", "/data/projects/{project}", {"no_such_field": 1}),
    put("update project unknown id", f"/data/projects/{UNKNOWN_ID}", {"description": "x"}),
    put("update project bad status id", "/data/projects/{project}", {"project_status_id": "nope"}),
    put("update project as manager outside team", "/data/projects/{project}", {"description": "m"},
        as_="manager"),
    get("list projects as artist outside team", "/data/projects", as_="user"),
    get("get project as artist outside team", "/data/projects/{project}", as_="user"),
]

PERSONS = [
    get("get person", "/data/persons/{user_id}"),
    put("update person", "/data/persons/{user_id}", {"phone": "0102030405", "position": "lead"}),
    put("update person as artist", "/data/persons/{manager_id}", {"phone": "1"}, as_="user"),
    post("create person duplicate email", "/data/persons",
         {"first_name": "Dup", "last_name": "Person", "email": "user@example.com"}),
    post("create person bad email", "/data/persons", {"first_name": "Bad", "email": "not-an-email"}),
    post("create person missing email", "/data/persons", {"first_name": "NoMail"}),
    post("create person bad role", "/data/persons",
         {"first_name": "R", "email": "r@example.com", "role": "boss"}),
    post("create person as manager", "/data/persons", {"first_name": "M", "email": "m@example.com"},
         as_="manager"),
    get("list persons as artist", "/data/persons", as_="user", unordered=True),
    get("list persons as client", "/data/persons", as_="client", unordered=True),
]

STUDIO = [
    post("create task type", "/data/task-types", {"name": "Layout Check", "for_entity": "Shot"},
         save={"task_type": "id"}),
    post("create task type as manager", "/data/task-types", {"name": "By manager"}, as_="manager"),
    put("update task type", "/data/task-types/{task_type}", {"color": "#123456", "priority": 3}),
    get("get task type", "/data/task-types/{task_type}"),
    get("get task type as artist", "/data/task-types/{task_type}", as_="user"),
    get("get task type as vendor", "/data/task-types/{task_type}", as_="vendor"),
    post("create task status", "/data/task-status",
         {"name": "Checking", "short_name": "chk", "color": "#00FF00"}, save={"task_status": "id"}),
    post("create task status missing short name", "/data/task-status", {"name": "Nameless"}),
    put("update task status", "/data/task-status/{task_status}", {"is_done": True}),
    post("create asset type", "/data/asset-types", {"name": "Vehicle"}),
    post("create entity type", "/data/entity-types", {"name": "Vehicle"}, save={"asset_type": "id"}),
    get("get asset type", "/data/asset-types/{asset_type}"),
    get("get entity type", "/data/entity-types/{asset_type}"),
    put("update entity type", "/data/entity-types/{asset_type}", {"short_name": "veh"}),
    delete("delete entity type", "/data/entity-types/{asset_type}"),
    post("create department", "/data/departments", {"name": "Lighting Check", "color": "#FF0000"},
         save={"department": "id"}),
    put("update department", "/data/departments/{department}", {"color": "#00FF00"}),
    delete("delete department as supervisor", "/data/departments/{department}", as_="supervisor"),
    delete("delete department", "/data/departments/{department}"),
    get("get deleted department", "/data/departments/{department}"),
    delete("delete task status", "/data/task-status/{task_status}"),
    delete("delete task type", "/data/task-types/{task_type}"),
    delete("delete unknown task type", f"/data/task-types/{UNKNOWN_ID}"),
]

PRODUCTION = [
    post("create entity", "/data/entities",
         {"name": "Hero", "project_id": "{project}", "entity_type_id": "{character}"}, save={"asset": "id"}),
    get("get entity", "/data/entities/{asset}"),
    put("update entity", "/data/entities/{asset}", {"description": "The hero", "data": {"size": 2}}),
    get("list entities of project", "/data/entities", query={"project_id": "{project}"}),
    post("create task", "/data/tasks",
         {"name": "main", **TASK_REFS, "entity_id": "{asset}"}, save={"task": "id"}),
    post("create task missing entity", "/data/tasks",
         {"name": "main", **TASK_REFS}),
    get("get task", "/data/tasks/{task}"),
    put("update task", "/data/tasks/{task}", {"estimation": 3, "priority": 2}),
    get("list tasks of entity", "/data/tasks", query={"entity_id": "{asset}"}),
    post("create comment", "/data/comments",
         {"object_id": "{task}", "object_type": "Task", "person_id": "{user_id}", "task_status_id": "{todo}",
          "text": "Hello"}, save={"comment": "id"}),
    post("create comment missing status", "/data/comments",
         {"object_id": "{task}", "object_type": "Task", "person_id": "{user_id}", "text": "Hello"}),
    get("get comment", "/data/comments/{comment}"),
    get("list comments of task", "/data/comments", query={"object_id": "{task}"}, unordered=True),
    put("update comment", "/data/comments/{comment}", {"text": "Hello again"}),
    post("create sequence by crud", "/data/sequences", {"name": "SQ00", "project_id": "{project}"}),
    post("create sequence", "/data/projects/{project}/sequences", {"name": "SQ01"}, save={"sequence": "id"}),
    get("get sequence", "/data/sequences/{sequence}"),
    delete("delete comment", "/data/comments/{comment}"),
    delete("delete task", "/data/tasks/{task}"),
    get("get deleted task", "/data/tasks/{task}"),
    delete("delete entity", "/data/entities/{asset}"),
    delete("delete open project", "/data/projects/{project}"),
]

CLOSING = [
    get("find project status Closed", "/data/project-status", query={"name": "Closed"},
        save={"closed": "0.id"}),
    put("close project", "/data/projects/{project}", {"project_status_id": "{closed}"}),
    delete("delete project as manager", "/data/projects/{project}", as_="manager"),
    delete("delete closed project", "/data/projects/{project}"),
    get("get deleted project", "/data/projects/{project}"),
]

# The same probes on each main collection: a valid body plus an unknown field, a JSON list as body, a
# number where a name goes, malformed ids, relations, a page. Rows made here have their own entity.
PROBE_BODIES = {
    "persons": {"first_name": "Probe", "last_name": "Person", "email": "probe@example.com"},
    "task-types": {"name": "Probe type", "for_entity": "Asset"},
    "task-status": {"name": "Probe status", "short_name": "prb", "color": "#000000"},
    "departments": {"name": "Probe department", "color": "#000000"},
    "entity-types": {"name": "Probe asset type"},
    "project-status": {"name": "Probe project status", "color": "#000000"},
    "entities": {"name": "Probe", "project_id": "{project}", "entity_type_id": "{character}"},
    "tasks": {"name": "probe", **TASK_REFS, "entity_id": "{probe_entity}"},
    "comments": {"object_id": "{probe_task}", "object_type": "Task", "person_id": "{user_id}",
                 "task_status_id": "{todo}", "text": "probe"},
}


def probes(name: str, body: dict) -> list[dict]:
    one = f"/data/{name}/not-a-uuid"
    saved = {"entities": "probe_entity", "tasks": "probe_task"}.get(name)
    # Lists first: a row one side creates and the other refuses would otherwise show in them too.
    return [
        get(f"list {name} relations", f"/data/{name}", query={"relations": "true"}, unordered=True),
        get(f"list {name} page", f"/data/{name}", query={"page": "1"}, unordered=True),
        get(f"get {name} malformed id", one),
        put(f"update {name} malformed id", one, {"name": "x"}),
        delete(f"delete {name} malformed id", one),
        post(f"create {name} unknown field", f"/data/{name}", {**body, "no_such_field": 1}),
        post(f"create {name} list body", f"/data/{name}", [body]),
        post(f"create {name} number as name", f"/data/{name}", {**body, "name": 12}),
        post(f"create {name} probe", f"/data/{name}", body, **({"save": {saved: "id"}} if saved else {})),
    ]


PROBES = [step for name, body in PROBE_BODIES.items() for step in probes(name, body)]

# Holes Zou leaves open that we close on purpose (see differences.INTENTIONAL): last, so what they
# create in Zou changes no earlier answer.
HOLES = [
    post("create entity for holes", "/data/entities",
         {"name": "Sidekick", "project_id": "{project}", "entity_type_id": "{character}"},
         save={"asset2": "id"}),
    post("create task as artist", "/data/tasks",
         {"name": "sneaky", **TASK_REFS, "entity_id": "{asset2}"}, as_="user"),
    delete("delete sequence as artist", "/data/sequences/{sequence}", as_="user"),
]

STEPS = [
    LOGIN_ADMIN,
    *people(),
    *[get(f"list {name}", f"/data/{name}", unordered=True) for name in LISTS],
    *LOOKUPS,
    *PROJECTS,
    *PERSONS,
    *STUDIO,
    *PRODUCTION,
    *PROBES,
    *HOLES,
    *CLOSING,
]
