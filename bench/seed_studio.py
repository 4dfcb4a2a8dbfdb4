"""The artists' side of the bench seed (issue 10): five more open productions where every artist
holds 200 tasks (40 in each), 50 comments (and their news) on 2,000 tasks, a year of time sheets.

Everything goes in by COPY, like the rest of the seed. The artist the user views are measured as
gets a password; the other people never log in.
"""

import itertools
import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta

import bcrypt

from bench.seed_reference import Row, Seeder

STUDIO_PROJECTS = 5
TASKS_PER_ARTIST = 200  # 40 in each studio production
COMMENTS_PER_TASK = 50
ARTIST_PASSWORD = "bench-artist-password"
MENTIONED = 3  # people named in each posted comment


@dataclass
class StudioSeeded:
    project_ids: list[uuid.UUID]
    artist_id: uuid.UUID
    artist_email: str
    artist_tasks: list[uuid.UUID]  # the artist's tasks, every one with its 50 comments
    commented_tasks: int
    comments: int
    news: int
    time_spents: int
    artists: int  # artists holding TASKS_PER_ARTIST tasks each
    studio_tasks: int
    year: int  # the full year of time sheets
    wip_status_id: uuid.UUID
    wfa_status_id: uuid.UUID
    mention_names: list[str]  # full names of team members a posted comment mentions


class StudioSeeder:
    """Adds the studio productions on top of a ProductionSeeder's people and reference rows."""

    def __init__(self, seeder: Seeder, task_row, entities, shot_types: list[uuid.UUID]):
        self.s = seeder
        self.task_row = task_row  # ProductionSeeder.task_row: the same task columns everywhere
        self.entities = entities  # ProductionSeeder.entities
        self.shot_types = shot_types

    async def seed(
        self,
        open_status: uuid.UUID,
        types: dict[str, uuid.UUID],
        asset_types: list[uuid.UUID],
        asset_tts: list[uuid.UUID],
        statuses: dict[str, uuid.UUID],
        artists: int,
        commented: int,
        bcrypt_rounds: int,
    ) -> StudioSeeded:
        s = self.s
        people = list(s.roles)
        artist_ids = [p for p in people if s.roles[p] == "user"][:artists]
        task_types = asset_tts + self.shot_types
        per_project = TASKS_PER_ARTIST // STUDIO_PROJECTS
        projects, rows_by_artist = [], {a: [] for a in artist_ids}
        all_rows: list[Row] = []
        for n in range(STUDIO_PROJECTS):
            project = await s.project(f"Bench Studio {n + 1}", open_status)
            projects.append(project)
            await s.project_links(project, people, task_types, list(statuses.values()), asset_types)
            rows = await self._project_tasks(
                project, len(artist_ids) * per_project, types, asset_types, asset_tts
            )
            s.rng.shuffle(rows)
            # Exactly `per_project` tasks for each artist in each production.
            for row, artist in zip(rows, itertools.cycle(artist_ids), strict=False):
                rows_by_artist[artist].append(row)
                row["_assignee"] = artist
            all_rows += rows
        await s.copy("task", [{k: v for k, v in r.items() if k != "_assignee"} for r in all_rows])
        await s.copy(
            "task_person_link", [{"task_id": r["id"], "person_id": r["_assignee"]} for r in all_rows]
        )
        artist = artist_ids[0]
        mine = [r["id"] for r in rows_by_artist[artist]]
        others = [r["id"] for r in all_rows if r["_assignee"] != artist]
        to_comment = mine + s.rng.sample(others, max(0, min(len(others), commented - len(mine))))
        comments, news = await self._comments(to_comment, people, list(statuses.values()))
        spent = await self._time_spents(rows_by_artist)
        email = await s.conn.fetchval("SELECT email FROM person WHERE id = $1", artist)
        hashed = bcrypt.hashpw(ARTIST_PASSWORD.encode(), bcrypt.gensalt(rounds=bcrypt_rounds))
        await s.conn.execute("UPDATE person SET password = $1 WHERE id = $2", hashed, artist)
        named = await s.conn.fetch(
            "SELECT first_name || ' ' || last_name FROM person WHERE id = ANY($1::uuid[])",
            [p for p in people if p != artist][:MENTIONED],
        )
        return StudioSeeded(
            project_ids=projects,
            artist_id=artist,
            artist_email=email,
            artist_tasks=mine,
            commented_tasks=len(to_comment),
            comments=comments,
            news=news,
            time_spents=spent,
            artists=len(artist_ids),
            studio_tasks=len(all_rows),
            year=self.year,
            wip_status_id=statuses["wip"],
            wfa_status_id=statuses["wfa"],
            mention_names=[r[0] for r in named],
        )

    async def _project_tasks(
        self,
        project: uuid.UUID,
        count: int,
        types: dict[str, uuid.UUID],
        asset_types: list[uuid.UUID],
        asset_tts: list[uuid.UUID],
    ) -> list[Row]:
        """Three quarters asset tasks, a quarter shot tasks (shots in sequences of 20)."""
        nb_assets = max(1, count * 3 // 4 // len(asset_tts))
        nb_shots = max(1, (count - nb_assets * len(asset_tts)) // len(self.shot_types) + 1)
        assets = await self.entities(
            project,
            [f"Studio Asset {n:05d}" for n in range(nb_assets)],
            [asset_types[n % len(asset_types)] for n in range(nb_assets)],
            [None] * nb_assets,
        )
        nb_sequences = max(1, nb_shots // 20)
        sequences = await self.entities(
            project, [f"SQ{n:03d}" for n in range(nb_sequences)], [types["Sequence"]] * nb_sequences,
            [None] * nb_sequences,
        )  # fmt: skip
        shots = await self.entities(
            project, [f"SH{n:04d}" for n in range(nb_shots)], [types["Shot"]] * nb_shots,
            [sequences[n % nb_sequences] for n in range(nb_shots)], frames=48,
        )  # fmt: skip
        rows = [self.task_row(project, tt, a) for a in assets for tt in asset_tts]
        rows += [self.task_row(project, tt, shot) for shot in shots for tt in self.shot_types]
        return rows[:count]

    async def _comments(
        self, task_ids: list[uuid.UUID], people: list[uuid.UUID], statuses: list[uuid.UUID]
    ) -> tuple[int, int]:
        """50 comments per task, an hour apart, each with its news item (as posting one makes);
        one in ten mentions someone."""
        s = self.s
        comments: list[Row] = []
        news: list[Row] = []
        mentions: list[Row] = []
        for task_id in task_ids:
            when = s.stamp() - timedelta(hours=COMMENTS_PER_TASK)
            previous = None
            for n in range(COMMENTS_PER_TASK):
                when += timedelta(hours=1)
                status = s.rng.choice(statuses)
                author = s.rng.choice(people)
                comment = s.base(when) | {
                    "object_id": task_id,
                    "object_type": "Task",
                    "text": f"Bench comment {n} on this task: notes for the next version.",
                    "checklist": "[]",
                    "replies": "[]",
                    "pinned": False,
                    "for_client": False,
                    "task_status_id": status,
                    "person_id": author,
                }
                comments.append(comment)
                news.append(
                    s.base(when)
                    | {"change": status != previous, "author_id": author}
                    | {"comment_id": comment["id"], "task_id": task_id}
                )
                if s.rng.random() < 0.1:
                    mentions.append({"comment": comment["id"], "person": s.rng.choice(people)})
                previous = status
        await s.copy("comment", comments)
        await s.copy("news", news)
        await s.copy("comment_mentions", mentions)
        return len(comments), len(news)

    @property
    def year(self) -> int:
        return self.s.now.year - 1  # the last full year

    async def _time_spents(self, rows_by_artist: dict[uuid.UUID, list[Row]]) -> int:
        """Every artist logs a working day (4 to 8 hours, in minutes) on one of their tasks on
        every weekday of the last full year."""
        s = self.s
        days = [date(self.year, 1, 1) + timedelta(days=n) for n in range(366)]
        days = [d for d in days if d.year == self.year and d.weekday() < 5]
        stamp = datetime(self.year, 12, 31)
        rows = [
            s.base(stamp)
            | {"duration": float(s.rng.randrange(240, 481, 30)), "date": day}
            | {"task_id": s.rng.choice(tasks)["id"], "person_id": artist}
            for artist, tasks in rows_by_artist.items()
            for day in days
        ]
        await s.copy("time_spent", rows)
        return len(rows)


def posted_comment(studio: StudioSeeded, n: int) -> tuple[uuid.UUID, str]:
    """The n-th comment the bench posts: a status change (work in progress, then waiting for
    approval, in turn) and a text naming three people."""
    status = studio.wip_status_id if n % 2 else studio.wfa_status_id
    names = " ".join(f"@{name}" for name in studio.mention_names)
    return status, f"Version {n} is up: {names} please have a look."
