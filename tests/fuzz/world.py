"""A small production for the fuzzer: a project with a team, assets, an episode, a sequence, shots,
an edit, a concept, tasks assigned to an artist, a comment with a preview, a playlist, a budget.

Built through the API (the same writes a studio makes), then read back as pools of real ids by
table, so generated path parameters name real rows at least some of the time.
"""

from dataclasses import dataclass, field

import httpx
from sqlalchemy import select

from app.core.unit_of_work import run_in_unit_of_work
from tests.helpers.fixtures import bearer, create_person

IDS_PER_TABLE = 3
ENTITY_KINDS = ("Episode", "Sequence", "Shot", "Scene", "Edit", "Concept")


@dataclass
class World:
    admin: str
    artist: str
    bystander: str  # the person write operations may change or delete: the callers stay intact
    project: str
    ids: dict[str, list[str]] = field(default_factory=dict)  # table (or entity kind) -> real ids


async def _ok(response: httpx.Response) -> dict:
    assert response.status_code < 300, f"{response.request.method} {response.request.url}: {response.text}"
    return response.json()


async def _named(session, model, name: str) -> str:
    return str((await session.execute(select(model.id).where(model.name == name))).scalars().first())


async def build_world(client: httpx.AsyncClient, admin_id: str) -> World:
    from app import models as m

    artist = (await create_person("user"))["id"]
    bystander = (await create_person("user"))["id"]
    async with run_in_unit_of_work() as uow:
        s = uow.get_session()
        character = await _named(s, m.EntityType, "Character")
        modeling = await _named(s, m.TaskType, "Modeling")
        animation = await _named(s, m.TaskType, "Animation")
        todo = await _named(s, m.TaskStatus, "Todo")
    admin = bearer(admin_id)

    async def post(path: str, body: dict) -> dict:
        return await _ok(await client.post(path, json=body, headers=admin))

    project = (await post("/data/projects", {"name": "Fuzz Show", "production_type": "tvshow"}))["id"]
    await post(f"/data/projects/{project}/team", {"person_id": artist})
    await post(f"/data/projects/{project}/asset-types/{character}/assets/new", {"name": "Hero"})
    episode = (await post(f"/data/projects/{project}/episodes", {"name": "E01"}))["id"]
    sequence = (await post(f"/data/projects/{project}/sequences", {"name": "SQ01", "episode_id": episode}))[
        "id"
    ]
    await post(f"/data/projects/{project}/shots", {"name": "SH010", "sequence_id": sequence})
    await post(f"/data/projects/{project}/scenes", {"name": "SC01", "sequence_id": sequence})
    await post(f"/data/projects/{project}/edits", {"name": "Cut", "episode_id": episode})
    await post(f"/data/projects/{project}/concepts", {"name": "Idea"})
    tasks = await post(f"/actions/projects/{project}/task-types/{modeling}/assets/create-tasks", {})
    tasks += await post(f"/actions/projects/{project}/task-types/{animation}/shots/create-tasks", {})
    task_ids = [task["id"] for task in tasks]
    await _ok(
        await client.put(f"/actions/persons/{artist}/assign", json={"task_ids": task_ids}, headers=admin)
    )
    comment = await post(f"/actions/tasks/{task_ids[0]}/comment", {"task_status_id": todo, "comment": "Nice"})
    await post(f"/actions/tasks/{task_ids[0]}/comments/{comment['id']}/add-preview", {})
    await post("/data/playlists", {"name": "Daily", "project_id": project})
    await post(f"/data/projects/{project}/budgets", {"name": "Budget"})
    await post(f"/data/projects/{project}/metadata-descriptors", {"name": "Level", "entity_type": "Asset"})
    world = World(admin=admin_id, artist=artist, bystander=bystander, project=project)
    world.ids = await _ids_by_table()
    return world


async def _ids_by_table() -> dict[str, list[str]]:
    from sqlmodel import SQLModel

    from app import models as m

    found: dict[str, list[str]] = {}
    async with run_in_unit_of_work() as uow:
        s = uow.get_session()
        for table in SQLModel.metadata.sorted_tables:
            if "id" in table.columns:
                rows = await s.execute(select(table.c.id).limit(IDS_PER_TABLE))
                found[table.name] = [str(row) for row in rows.scalars()]
        kinds = await s.execute(
            select(m.Entity.id, m.EntityType.name).join(
                m.EntityType, m.Entity.entity_type_id == m.EntityType.id
            )
        )
        for entity_id, kind in kinds.all():
            key = kind.lower() if kind in ENTITY_KINDS else "asset"
            found.setdefault(key, []).append(str(entity_id))
    return found
