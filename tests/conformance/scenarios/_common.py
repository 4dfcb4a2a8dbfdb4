"""Steps shared by scenarios: the admin's login, one logged-in person per role, a project with a team."""

# fmt: off

PASSWORD = "mysecretpassword"
ROLES = ("manager", "supervisor", "user", "client", "vendor")
UNKNOWN_ID = "8b6a9a6e-7b1f-4c59-9d0e-3f2a1b4c5d6e"


def login(identity: str, email: str, password: str = PASSWORD) -> dict:
    return {
        "name": f"login {identity}",
        "method": "POST",
        "path": "/auth/login",
        "body": {"email": email, "password": password},
        "as": None,
        "login": identity,
        "ignore": ["user.last_presence"],
    }


LOGIN_ADMIN = login("admin", "admin@example.com")


def people(roles: tuple[str, ...] = ROLES) -> list[dict]:
    """Create one person per role (with a password, as Zou's POST /data/persons accepts) and log
    each in: identity `user` is the artist role."""
    steps = []
    for role in roles:
        steps.append(
            {
                "name": f"create {role} person",
                "method": "POST",
                "path": "/data/persons",
                "body": {
                    "first_name": role.capitalize(),
                    "last_name": "Person",
                    "email": f"{role}@example.com",
                    "role": role,
                    "password": PASSWORD,
                },
                "save": {f"{role}_id": "id"},
            }
        )
        steps.append(login(role, f"{role}@example.com"))
    return steps


def step(method: str, name: str, path: str, **fields) -> dict:
    """A step as plain data; `as_` is the identity (`as` is a Python keyword)."""
    if "as_" in fields:
        fields["as"] = fields.pop("as_")
    return {"name": name, "method": method, "path": path, **fields}


def get(name: str, path: str, **fields) -> dict:
    return step("GET", name, path, **fields)


def post(name: str, path: str, body: dict | None = None, **fields) -> dict:
    return step("POST", name, path, **({"body": body} if body is not None else {}), **fields)


def put(name: str, path: str, body: dict | None = None, **fields) -> dict:
    return step("PUT", name, path, **({"body": body} if body is not None else {}), **fields)


def delete(name: str, path: str, **fields) -> dict:
    return step("DELETE", name, path, **fields)


# Init data looked up by name: their ids get the saved names on both sides.
LOOKUPS = [
    get("find task type Modeling", "/data/task-types", query={"name": "Modeling"}, save={"modeling": "0.id"}),
    get("find task type Animation", "/data/task-types", query={"name": "Animation"},
        save={"animation": "0.id"}),
    get("find task status Todo", "/data/task-status", query={"short_name": "todo"}, save={"todo": "0.id"}),
    get("find asset type Character", "/data/asset-types", query={"name": "Character"},
        save={"character": "0.id"}),
    get("find asset type Props", "/data/asset-types", query={"name": "Prop"}, save={"prop": "0.id"}),
]


TEAM = ("manager", "supervisor", "user")


def production(production_type: str = "short", team: tuple[str, ...] = TEAM) -> list:
    """The admin, one person per role, a project of the given type and its team (the other roles
    stay outside, to be refused)."""
    return [
        LOGIN_ADMIN,
        *people(),
        *LOOKUPS,
        post("create project", "/data/projects", {"name": "Conformance", "production_type": production_type},
             save={"project": "id"}),
        *[post(f"add {role} to team", "/data/projects/{project}/team", {"person_id": f"{{{role}_id}}"})
          for role in team],
    ]


def content() -> list:
    """A TV show with an episode, a sequence, two shots, two assets and a task on each kind: what
    boards and the breakdown read."""
    task = {"project_id": "{project}", "task_status_id": "{todo}"}
    return [
        *production("tvshow"),
        post("create episode", "/data/projects/{project}/episodes", {"name": "E01"}, save={"episode": "id"}),
        post("create sequence", "/data/projects/{project}/sequences",
             {"name": "SQ01", "episode_id": "{episode}"}, save={"sequence": "id"}),
        post("create shot", "/data/projects/{project}/shots",
             {"name": "SH010", "sequence_id": "{sequence}", "nb_frames": 24}, save={"shot": "id"}),
        post("create second shot", "/data/projects/{project}/shots",
             {"name": "SH020", "sequence_id": "{sequence}"}, save={"shot2": "id"}),
        post("create asset", "/data/projects/{project}/asset-types/{character}/assets/new", {"name": "Hero"},
             save={"asset": "id"}),
        post("create prop", "/data/projects/{project}/asset-types/{prop}/assets/new", {"name": "Chair"},
             save={"prop_asset": "id"}),
        post("create asset task", "/data/tasks", {"name": "main", **task, "task_type_id": "{modeling}",
                                                  "entity_id": "{asset}"}, save={"asset_task": "id"}),
        post("create shot task", "/data/tasks", {"name": "main", **task, "task_type_id": "{animation}",
                                                 "entity_id": "{shot}"}, save={"shot_task": "id"}),
    ]
