"""The COPY helper and the reference rows of the bench seed: task types, people, projects, links.

Python-side model defaults (active, fps, timezone...) are written too, so rows look like the
ones the API creates and responses have realistic sizes.
"""

import random
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import asyncpg

ASSET_TASK_TYPES = 15  # task types per asset (Zou's 4 asset types are completed with bench ones)
PERSONS = 500
BOARD_ROLES = ["user", "admin", "supervisor", "manager", "vendor"]  # the model's default
Row = dict[str, Any]


class Seeder:
    def __init__(self, conn: asyncpg.Connection):
        self.conn = conn
        self.rng = random.Random(42)  # same data every run, so runs compare
        self.now = datetime.now(UTC).replace(tzinfo=None, microsecond=0)  # naive UTC, as Zou stores it
        self.counts: dict[str, int] = {}
        self.roles: dict[uuid.UUID, str] = {}  # every seeded person's global role

    def stamp(self) -> datetime:
        return self.now - timedelta(minutes=self.rng.randrange(60 * 24 * 365))

    def base(self, when: datetime | None = None) -> Row:
        """BaseMixin's columns."""
        return {"id": uuid.uuid4(), "created_at": when or self.now, "updated_at": when or self.now}

    async def copy(self, table: str, rows: list[Row]) -> None:
        """COPY rows given as dicts (named columns cannot drift from their values); columns absent
        from the dicts stay NULL or take their server default."""
        if not rows:
            return
        columns = list(rows[0])
        records = [tuple(row[c] for c in columns) for row in rows]
        await self.conn.copy_records_to_table(table, records=records, columns=columns)
        self.counts[table] = self.counts.get(table, 0) + len(rows)

    async def ids_by_name(self, query: str) -> dict[str, uuid.UUID]:
        return {r["name"]: r["id"] for r in await self.conn.fetch(query)}

    async def asset_task_types(self) -> list[uuid.UUID]:
        """Zou's asset task types, completed with bench ones up to 15 per asset."""
        query = "SELECT id FROM task_type WHERE for_entity = 'Asset' ORDER BY priority, name"
        existing = [r["id"] for r in await self.conn.fetch(query)]
        department = await self.conn.fetchval("SELECT id FROM department ORDER BY name LIMIT 1")
        rows = [
            self.base()
            | {"name": f"Bench Asset Step {n:02d}", "short_name": f"bs{n:02d}", "color": "#999999"}
            | {"priority": 10 + n, "for_entity": "Asset", "allow_timelog": True, "archived": False}
            | {"department_id": department}
            for n in range(ASSET_TASK_TYPES - len(existing))
        ]
        await self.copy("task_type", rows)
        return (existing + [r["id"] for r in rows])[:ASSET_TASK_TYPES]

    async def persons(self) -> list[uuid.UUID]:
        roles = ["user"] * 8 + ["supervisor", "manager"]
        defaults = {
            "contract_type": "open-ended",
            "active": True,
            "archived": False,
            "position": "artist",
            "seniority": "mid",
            "timezone": "Europe/Paris",
            "locale": "en_US",
            "display_date_format": "YYYY-MM-DD",
            "is_bot": False,
            "is_guest": False,
            "has_avatar": False,
            "daily_salary": 0,
            "totp_enabled": False,
        }
        rows = [
            self.base()
            | {"first_name": f"First{n:03d}", "last_name": f"Last{n:03d}"}
            | {"email": f"bench-person-{n:03d}@example.com", "role": self.rng.choice(roles)}
            | defaults
            for n in range(PERSONS)
        ]
        await self.copy("person", rows)
        self.roles.update((r["id"], r["role"]) for r in rows)
        return [r["id"] for r in rows]

    async def project(self, name: str, status_id: uuid.UUID) -> uuid.UUID:
        row = self.base() | {
            "name": name,
            "code": name[:8].upper(),
            "fps": "25",
            "ratio": "16:9",
            "resolution": "1920x1080",
            "production_type": "short",
            "production_style": "3d",
            "nb_episodes": 0,
            "episode_span": 0,
            "max_retakes": 0,
            "homepage": "assets",
            "has_avatar": False,
            "revision_padding": 0,
            "hd_bitrate_compression": 28,
            "ld_bitrate_compression": 6,
            "project_status_id": status_id,
        }
        await self.copy("project", [row])
        return row["id"]

    async def project_links(
        self,
        project_id: uuid.UUID,
        team: list[uuid.UUID],
        task_types: list[uuid.UUID],
        statuses: list[uuid.UUID],
        asset_types: list[uuid.UUID],
    ) -> None:
        """Team, task types, task statuses, asset types: what Kitsu sets up for a production."""
        own = {"project_id": project_id}
        await self.copy("project_person_link", [own | {"person_id": p} for p in team])
        await self.copy(
            "project_task_type_link",
            [self.base() | own | {"task_type_id": t, "priority": n} for n, t in enumerate(task_types)],
        )
        await self.copy(
            "project_task_status_link",
            [
                self.base() | own | {"task_status_id": s, "priority": n, "roles_for_board": BOARD_ROLES}
                for n, s in enumerate(statuses)
            ],
        )
        await self.copy("project_asset_type_link", [own | {"asset_type_id": a} for a in asset_types])
