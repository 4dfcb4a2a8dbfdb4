"""The measured routes, each paired with its floor (the same answer built with raw asyncpg)."""

from collections.abc import Callable
from dataclasses import dataclass

import orjson

from bench import floor
from bench.client import Connection
from bench.load import Operation, Outcome
from bench.seed import Seeded
from bench.settings import ADMIN_EMAIL, ADMIN_PASSWORD, ZOU_REQS


@dataclass
class Scenario:
    name: str
    method: str
    path: Callable[[int], str]
    floor: floor.FloorOp | None
    body: Callable[[int], bytes] | None = None
    authenticated: bool = True
    caller: str = "admin"  # whose token: "admin" or "artist" (the studio artist, for user views)
    # Multi-second answers: one request warms up instead of a timed warm-up.
    heavy: bool = False
    headers: dict[str, str] | None = None  # on top of the connection's (Kitsu's NDJSON Accept)
    # Issue 10's targets: at most this many times the floor's p50, at least this many times Zou's req/s.
    floor_target: float | None = None
    zou_target: float | None = None

    @property
    def zou(self) -> str:
        return ZOU_REQS.get(self.name, "")

    def operation(self, conn: Connection) -> Operation:
        async def op(n: int) -> Outcome:
            response = await conn.request(self.method, self.path(n), self.body(n) if self.body else None)
            if response.status >= 400:
                return False, len(response.body), f"{response.status} {response.body[:160]!r}"
            return True, len(response.body), ""

        return op


def login_body(_n: int, email: str = ADMIN_EMAIL, password: str = ADMIN_PASSWORD) -> bytes:
    # What gazu sends: every second-factor field present and null.
    return orjson.dumps(
        {
            "email": email,
            "password": password,
            "totp": None,
            "email_otp": None,
            "fido_authentication_response": None,
            "recovery_code": None,
        }
    )


def build(seeded: Seeded, task_columns: str, project_columns: str) -> list[Scenario]:
    from bench import studio  # its scenarios are Scenarios too

    ids = [str(i) for i in seeded.task_ids]
    assets = [str(a) for a in seeded.asset_ids]
    task_types = [str(t) for t in seeded.asset_task_type_ids]

    def new_task(n: int) -> bytes:
        # A unique name per request: (name, project, task type, entity) must stay unique.
        return orjson.dumps(
            {
                "project_id": str(seeded.big_project_id),
                "entity_id": assets[n % len(assets)],
                "task_type_id": task_types[n % len(task_types)],
                "task_status_id": str(seeded.todo_status_id),
                "name": f"bench-{n}",
            }
        )

    small, big = seeded.small_project_id, seeded.big_project_id
    by_project = f"SELECT {task_columns} FROM task WHERE project_id = $1"
    return [
        Scenario(
            "GET /data/projects",
            "GET",
            lambda _n: "/data/projects",
            floor.list_rows(f"SELECT {project_columns} FROM project", "Project"),
        ),
        Scenario(
            f"GET /data/tasks?project_id= ({seeded.small_tasks // 1000}k)",
            "GET",
            lambda _n: f"/data/tasks?project_id={small}",
            floor.list_rows(by_project, "Task", small),
        ),
        Scenario(
            f"GET /data/tasks?project_id= ({seeded.big_tasks / 1000:g}k)",
            "GET",
            lambda _n: f"/data/tasks?project_id={big}",
            floor.list_rows(by_project, "Task", big),
            heavy=True,
        ),
        Scenario(
            "GET /data/tasks/{id}",
            "GET",
            lambda n: f"/data/tasks/{ids[n % len(ids)]}",
            floor.get_task(task_columns, seeded.task_ids),
        ),
        Scenario(
            "PUT /data/tasks/{id}",
            "PUT",
            lambda n: f"/data/tasks/{ids[n % len(ids)]}",
            floor.update_task(seeded.task_ids),
            body=lambda n: orjson.dumps({"priority": n}),
        ),
        # After the scenarios Zou was measured on (their memory stays apart), before POST
        # /data/tasks, which adds thousands of tasks to the big project's assets.
        *boards(seeded),
        *studio.scenarios(seeded.studio),
        Scenario(
            "POST /data/tasks",
            "POST",
            lambda _n: "/data/tasks",
            floor.create_task(big, seeded.asset_ids, seeded.asset_task_type_ids, seeded.todo_status_id),
            body=new_task,
        ),
        Scenario(
            "POST /auth/login",
            "POST",
            lambda _n: "/auth/login",
            floor.login(ADMIN_EMAIL, ADMIN_PASSWORD),
            body=login_body,
            authenticated=False,
        ),
    ]


def boards(seeded: Seeded) -> list[Scenario]:
    """Kitsu's heaviest calls: the asset and shot boards of the big project, streamed as Kitsu
    asks for them (NDJSON, compact rows) and as the plain array of its fallback."""
    big = seeded.big_project_id
    kinds = [
        (
            "assets",
            f"{len(seeded.asset_ids):,} assets, {seeded.big_asset_tasks / 1000:g}k tasks",
            floor.ASSETS,
        ),
        ("shots", f"{seeded.big_shots:,} shots, {seeded.big_shot_tasks / 1000:g}k tasks", floor.SHOTS),
    ]
    scenarios = []
    for kind, label, entities_sql in kinds:
        path = f"/data/{kind}/with-tasks?project_id={big}"
        scenarios += [
            Scenario(
                f"GET /data/{kind}/with-tasks ({label}, NDJSON compact)",
                "GET",
                lambda _n, path=path: path + "&stream=true&compact=true",
                floor.board(entities_sql, big, seeded.admin_id),
                heavy=True,
                headers={"Accept": "application/x-ndjson"},
            ),
            Scenario(
                f"GET /data/{kind}/with-tasks (plain array)",
                "GET",
                lambda _n, path=path: path,
                None,
                heavy=True,
            ),
        ]
    return scenarios
