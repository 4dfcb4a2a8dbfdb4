"""The COPY helper and the reference rows of the bench seed: task types, people, projects, links.

Python-side model defaults (active, fps, timezone...) are written too, so rows look like the
ones the API creates and responses have realistic sizes.
"""

import random
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import asyncpg

from bench.settings import BenchConfig

ASSET_TASK_TYPES = 15  # task types per asset (Zou's 4 asset types are completed with bench ones)
PERSONS = 500
BOARD_ROLES = ("user", "admin", "supervisor", "manager", "vendor")  # the model's default
Row = tuple[Any, ...]


class Seeder:
    def __init__(self, conn: asyncpg.Connection, config: BenchConfig):
        self.conn = conn
        self.config = config
        self.rng = random.Random(42)  # same data every run, so runs compare
        self.now = datetime.now(UTC).replace(tzinfo=None, microsecond=0)  # naive UTC, as Zou stores it
        self.counts: dict[str, int] = {}

    def stamp(self) -> datetime:
        return self.now - timedelta(minutes=self.rng.randrange(60 * 24 * 365))

    async def copy(self, table: str, columns: list[str], rows: list[Row]) -> None:
        await self.conn.copy_records_to_table(table, records=rows, columns=columns)
        self.counts[table] = self.counts.get(table, 0) + len(rows)

    async def ids_by_name(self, query: str) -> dict[str, uuid.UUID]:
        return {r["name"]: r["id"] for r in await self.conn.fetch(query)}

    # --- reference data ------------------------------------------------------------------
    async def asset_task_types(self) -> list[uuid.UUID]:
        existing = [
            r["id"]
            for r in await self.conn.fetch(
                "SELECT id FROM task_type WHERE for_entity = 'Asset' ORDER BY priority, name"
            )
        ]
        department = await self.conn.fetchval("SELECT id FROM department ORDER BY name LIMIT 1")
        rows = [
            (
                uuid.uuid4(),
                self.now,
                self.now,
                f"Bench Asset Step {n:02d}",
                f"bs{n:02d}",
                "#999999",
                10 + n,
                "Asset",
                True,
                False,
                department,
            )
            for n in range(ASSET_TASK_TYPES - len(existing))
        ]
        columns = [
            "id",
            "created_at",
            "updated_at",
            "name",
            "short_name",
            "color",
            "priority",
            "for_entity",
            "allow_timelog",
            "archived",
            "department_id",
        ]
        await self.copy("task_type", columns, rows)
        return (existing + [r[0] for r in rows])[:ASSET_TASK_TYPES]

    async def persons(self) -> list[uuid.UUID]:
        roles = ["user"] * 8 + ["supervisor", "manager"]
        rows = [
            (
                uuid.uuid4(),
                self.now,
                self.now,
                f"First{n:03d}",
                f"Last{n:03d}",
                f"bench-person-{n:03d}@example.com",
                "open-ended",
                True,
                False,
                self.rng.choice(roles),
                "artist",
                "mid",
                "Europe/Paris",
                "en_US",
                "YYYY-MM-DD",
                False,
                False,
                False,
                0,
                False,
            )
            for n in range(PERSONS)
        ]
        columns = [
            "id",
            "created_at",
            "updated_at",
            "first_name",
            "last_name",
            "email",
            "contract_type",
            "active",
            "archived",
            "role",
            "position",
            "seniority",
            "timezone",
            "locale",
            "display_date_format",
            "is_bot",
            "is_guest",
            "has_avatar",
            "daily_salary",
            "totp_enabled",
        ]
        await self.copy("person", columns, rows)
        return [r[0] for r in rows]

    async def project(self, name: str, status_id: uuid.UUID) -> uuid.UUID:
        project_id = uuid.uuid4()
        row = (
            project_id,
            self.now,
            self.now,
            name,
            name[:8].upper(),
            "25",
            "16:9",
            "1920x1080",
            "short",
            "3d",
            0,
            0,
            0,
            "assets",
            False,
            0,
            28,
            6,
            status_id,
        )
        columns = [
            "id",
            "created_at",
            "updated_at",
            "name",
            "code",
            "fps",
            "ratio",
            "resolution",
            "production_type",
            "production_style",
            "nb_episodes",
            "episode_span",
            "max_retakes",
            "homepage",
            "has_avatar",
            "revision_padding",
            "hd_bitrate_compression",
            "ld_bitrate_compression",
            "project_status_id",
        ]
        await self.copy("project", columns, [row])
        return project_id

    async def project_links(
        self,
        project_id: uuid.UUID,
        team: list[uuid.UUID],
        task_types: list[uuid.UUID],
        statuses: list[uuid.UUID],
        asset_types: list[uuid.UUID],
    ) -> None:
        await self.copy("project_person_link", ["project_id", "person_id"], [(project_id, p) for p in team])
        link_columns = ["id", "created_at", "updated_at", "project_id"]
        await self.copy(
            "project_task_type_link",
            [*link_columns, "task_type_id", "priority"],
            [(uuid.uuid4(), self.now, self.now, project_id, t, n) for n, t in enumerate(task_types)],
        )
        board = list(BOARD_ROLES)
        await self.copy(
            "project_task_status_link",
            [*link_columns, "task_status_id", "priority", "roles_for_board"],
            [(uuid.uuid4(), self.now, self.now, project_id, s, n, board) for n, s in enumerate(statuses)],
        )
        await self.copy(
            "project_asset_type_link", ["project_id", "asset_type_id"], [(project_id, a) for a in asset_types]
        )
