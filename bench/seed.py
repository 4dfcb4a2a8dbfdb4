"""Bulk seed of a studio-sized production with raw asyncpg COPY (the API would take minutes).

Two open projects: the big one (500 people in its team, N assets x 15 task types, 3N/5 shots in
sequences of 20 x 5 task types) and a small one with exactly 2,000 tasks, the list Zou was measured on.
"""

import time
import uuid
from dataclasses import dataclass, field
from datetime import timedelta

import asyncpg

from bench.seed_reference import Row, Seeder
from bench.seed_studio import StudioSeeded, StudioSeeder
from bench.settings import ADMIN_EMAIL, BenchConfig

SHOT_TASK_TYPES = 5
SMALL_ASSETS = 100  # 100 assets x 15 task types + 100 shots x 5 = 2,000 tasks
SMALL_SHOTS = 100
SHOTS_PER_SEQUENCE = 20
BIG_SHOTS_PER_ASSET = 0.6  # 5,000 assets: 3,000 shots in 150 sequences, 15,000 shot tasks
LAZY_TYPES = ("Episode", "Sequence", "Shot", "Scene", "Edit", "Concept", "ConceptFolder")
# The model's Python defaults, as a task created through the API would have them.
TASK_DEFAULTS = {
    "name": "main",
    "priority": 0,
    "difficulty": 3,
    "duration": 0.0,
    "completion_rate": 0,
    "retake_count": 0,
    "sort_order": 0,
    "nb_assets_ready": 0,
    "nb_drawings": 0,
}


@dataclass
class Seeded:
    big_project_id: uuid.UUID
    small_project_id: uuid.UUID
    asset_ids: list[uuid.UUID]  # of the big project, for POST /data/tasks
    asset_task_type_ids: list[uuid.UUID]
    todo_status_id: uuid.UUID
    admin_id: uuid.UUID  # whose boards are read (the bench logs in as the admin)
    task_ids: list[uuid.UUID]  # a sample of the big project's tasks, for GET/PUT one task
    big_tasks: int  # every task of the big project
    big_asset_tasks: int
    big_shots: int
    big_shot_tasks: int
    small_tasks: int
    studio: StudioSeeded
    counts: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0


class ProductionSeeder(Seeder):
    admin_id: uuid.UUID
    statuses: list[uuid.UUID]
    team: list[uuid.UUID]
    assignable: list[uuid.UUID]  # the big productions' assignees: artists' tasks are the studio ones

    async def entities(
        self,
        project_id: uuid.UUID,
        names: list[str],
        type_ids: list[uuid.UUID],
        parents: list[uuid.UUID | None],
        frames: int | None = None,
    ) -> list[uuid.UUID]:
        fixed: Row = {
            "canceled": False,
            "nb_frames": frames,
            "nb_entities_out": 0,
            "is_casting_standby": False,
        }
        fixed |= {
            "is_shared": False,
            "status": "running",
            "project_id": project_id,
            "created_by": self.admin_id,
        }
        rows = [
            self.base(self.stamp())
            | fixed
            | {"name": name, "description": f"Bench {name}"}
            | {"entity_type_id": type_id, "parent_id": parent}
            for name, type_id, parent in zip(names, type_ids, parents, strict=True)
        ]
        await self.copy("entity", rows)
        return [r["id"] for r in rows]

    def task_row(self, project_id: uuid.UUID, task_type_id: uuid.UUID, entity_id: uuid.UUID) -> Row:
        created = self.stamp()
        planned = self.rng.random() < 0.5  # half the tasks are planned, as in a running production
        return (
            self.base(created)
            | TASK_DEFAULTS
            | {"estimation": float(self.rng.randrange(0, 10)) * 480}
            | {"start_date": created + timedelta(days=3) if planned else None}
            | {"due_date": created + timedelta(days=20) if planned else None}
            | {"real_start_date": created + timedelta(days=3) if planned else None}
            | {"last_comment_date": created + timedelta(days=5) if planned else None}
            | {"project_id": project_id, "task_type_id": task_type_id, "entity_id": entity_id}
            | {"task_status_id": self.rng.choice(self.statuses), "assigner_id": self.admin_id}
        )

    async def tasks(self, rows: list[Row]) -> None:
        await self.copy("task", rows)
        links: list[Row] = []
        for row in rows:
            draw = self.rng.random()
            if draw < 0.5:  # half the tasks have assignees, a fifth of those two
                count = 2 if draw < 0.1 else 1
                links += [
                    {"task_id": row["id"], "person_id": p} for p in self.rng.sample(self.assignable, count)
                ]
        await self.copy("task_person_link", links)

    async def shots(self, project_id: uuid.UUID, count: int, types: dict[str, uuid.UUID]) -> list[uuid.UUID]:
        nb_sequences = max(1, count // SHOTS_PER_SEQUENCE)
        sequences = await self.entities(
            project_id,
            [f"SQ{n:03d}" for n in range(nb_sequences)],
            [types["Sequence"]] * nb_sequences,
            [None] * nb_sequences,
        )
        parents: list[uuid.UUID | None] = [sequences[n % nb_sequences] for n in range(count)]
        return await self.entities(
            project_id, [f"SH{n:04d}" for n in range(count)], [types["Shot"]] * count, parents, frames=48
        )

    async def assets(
        self, project_id: uuid.UUID, count: int, asset_types: list[uuid.UUID]
    ) -> list[uuid.UUID]:
        return await self.entities(
            project_id,
            [f"Asset {n:05d}" for n in range(count)],
            [asset_types[n % len(asset_types)] for n in range(count)],
            [None] * count,
        )


async def seed(config: BenchConfig, dsn: str | None = None) -> Seeded:
    """Seed our bench database, or the one at `dsn` (the reference Zou's: same schema)."""
    start = time.perf_counter()
    conn = await asyncpg.connect(dsn or config.dsn)
    try:
        async with conn.transaction():
            seeded = await _seed(ProductionSeeder(conn), config)
        # The state autovacuum leaves a bulk load in within a minute: fresh planner statistics
        # (without them the first queries may pick sequential scans) and the visibility map
        # set (index-only scans, as the boards' change signal uses, need it).
        await conn.execute("VACUUM ANALYZE")
    finally:
        await conn.close()
    seeded.seconds = time.perf_counter() - start
    return seeded


async def _seed(s: ProductionSeeder, config: BenchConfig) -> Seeded:
    conn = s.conn
    s.admin_id = await conn.fetchval("SELECT id FROM person WHERE email = $1", ADMIN_EMAIL)
    open_status = await conn.fetchval("SELECT id FROM project_status WHERE name = 'Open'")
    types = await s.ids_by_name("SELECT id, name FROM entity_type")
    # Zou creates these types on first use (two workers at once may race, one answers 500): a
    # fresh Zou lacks them. Both databases get the same set.
    missing = [s.base() | {"name": name, "archived": False} for name in LAZY_TYPES if name not in types]
    await s.copy("entity_type", missing)
    types |= {row["name"]: row["id"] for row in missing}
    asset_types = [i for n, i in types.items() if n not in LAZY_TYPES]
    statuses_by_name = await s.ids_by_name("SELECT id, name FROM task_status WHERE NOT for_concept")
    s.statuses = list(statuses_by_name.values())
    asset_tts = await s.asset_task_types()
    shot_tts = [
        r["id"]
        for r in await conn.fetch(
            "SELECT id FROM task_type WHERE for_entity = 'Shot' ORDER BY priority LIMIT $1", SHOT_TASK_TYPES
        )
    ]
    s.team = await s.persons()
    s.assignable = [p for p in s.team if s.roles[p] != "user"]
    big = await s.project("Bench Feature", open_status)
    small = await s.project("Bench Short", open_status)
    await s.project_links(big, s.team, asset_tts + shot_tts, s.statuses, asset_types)
    await s.project_links(small, s.team[:100], asset_tts + shot_tts, s.statuses, asset_types)

    assets = await s.assets(big, config.assets, asset_types)
    shots = await s.shots(big, max(SHOTS_PER_SEQUENCE, int(config.assets * BIG_SHOTS_PER_ASSET)), types)
    asset_rows = [s.task_row(big, tt, a) for a in assets for tt in asset_tts]
    shot_rows = [s.task_row(big, tt, shot) for shot in shots for tt in shot_tts]
    big_rows = asset_rows + shot_rows
    await s.tasks(big_rows)
    small_assets = await s.assets(small, SMALL_ASSETS, asset_types)
    small_shots = await s.shots(small, SMALL_SHOTS, types)
    small_rows = [s.task_row(small, tt, a) for a in small_assets for tt in asset_tts]
    small_rows += [s.task_row(small, tt, shot) for shot in small_shots for tt in shot_tts]
    await s.tasks(small_rows)
    short_names = await s.ids_by_name("SELECT id, short_name AS name FROM task_status WHERE NOT for_concept")
    studio = await StudioSeeder(s, s.task_row, s.entities, shot_tts).seed(
        open_status, types, asset_types, asset_tts, short_names,
        artists=config.artists, commented=config.commented_tasks, bcrypt_rounds=config.bcrypt_rounds,
    )  # fmt: skip
    return Seeded(
        big_project_id=big,
        small_project_id=small,
        asset_ids=assets,
        asset_task_type_ids=asset_tts,
        todo_status_id=statuses_by_name["Todo"],
        admin_id=s.admin_id,
        task_ids=[r["id"] for r in s.rng.sample(big_rows, min(2000, len(big_rows)))],
        big_tasks=len(big_rows),
        big_asset_tasks=len(asset_rows),
        big_shots=len(shots),
        big_shot_tasks=len(shot_rows),
        small_tasks=len(small_rows),
        studio=studio,
        counts=s.counts,
    )
