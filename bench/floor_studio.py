"""Floors of issue 10's scenarios (bench/studio.py): the same answers with raw asyncpg + orjson.

Each floor is the fewest plain queries that build the answer, grouped in Python: what the API could
at best do. `answer` gives the body itself, so the bench checks once that the floor and the API
agree (bench/same_answer.py) before timing either.
"""

import uuid
from collections import defaultdict
from collections.abc import Awaitable, Callable
from datetime import UTC, date, datetime
from typing import Any

import asyncpg
import orjson

from bench.floor import FloorOp, dumps, typed
from bench.load import Outcome
from bench.seed_studio import posted_comment

Answer = Callable[[asyncpg.Connection, int], Awaitable[bytes]]


class AnsweringFloor:
    """A floor operation that can also hand back its body (for the same-answer check)."""

    def __init__(self, answer: Answer):
        self.answer = answer

    async def __call__(self, conn: asyncpg.Connection, n: int) -> Outcome:
        return True, len(await self.answer(conn, n)), ""


def _json(value: str | None) -> Any:
    """A json/jsonb column (asyncpg hands back its text) embedded as is."""
    return None if value is None else orjson.Fragment(value)


def _grouped(rows: list[asyncpg.Record]) -> dict[Any, list[Any]]:
    found: dict[Any, list[Any]] = defaultdict(list)
    for own, other in rows:
        found[own].append(other)
    return found


async def _all(conn: asyncpg.Connection, table: str, type_name: str) -> list[dict[str, Any]]:
    return [typed(r, type_name) for r in await conn.fetch(f"SELECT * FROM {table}")]  # noqa: S608


# --- GET /data/user/context (a non-manager) -----------------------------------------------------
_PERSONS = (
    "SELECT id, first_name, last_name, has_avatar, active, studio_id, role, desktop_login, is_bot "
    "FROM person WHERE preview_project_id IS NULL AND is_guest IS false"
)
_OPEN_TEAM_PROJECTS = (
    "SELECT p.* FROM project p JOIN project_status s ON s.id = p.project_status_id "
    "WHERE s.name = 'Open' AND p.id IN (SELECT project_id FROM project_person_link WHERE person_id = $1) "
    "ORDER BY p.name"
)
_PROJECT_LINKS = {  # relation key: (link table, other column)
    "team": ("project_person_link", "person_id"),
    "asset_types": ("project_asset_type_link", "asset_type_id"),
    "task_statuses": ("project_task_status_link", "task_status_id"),
    "task_types": ("project_task_type_link", "task_type_id"),
    "status_automations": ("project_status_automation_link", "status_automation_id"),
    "preview_background_files": ("project_preview_background_file_link", "preview_background_file_id"),
}
_FILTERS = (
    "SELECT f.* FROM {table} f LEFT JOIN project p ON p.id = f.project_id "
    "LEFT JOIN project_status s ON s.id = p.project_status_id "
    "WHERE (f.person_id = $1 OR f.is_shared IS true) AND (s.name = 'Open' OR f.project_id IS NULL){order}"
)


async def _projects(conn: asyncpg.Connection, person_id: uuid.UUID) -> list[dict[str, Any]]:
    rows = [typed(r, "Project") for r in await conn.fetch(_OPEN_TEAM_PROJECTS, person_id)]
    ids = [row["id"] for row in rows]
    for key, (table, other) in _PROJECT_LINKS.items():
        sql = f"SELECT project_id, {other} FROM {table} WHERE project_id = ANY($1::uuid[])"  # noqa: S608
        links = _grouped(await conn.fetch(sql, ids))
        for row in rows:
            row[key] = links.get(row["id"], [])
    roles = dict(
        await conn.fetch(
            "SELECT project_id, role FROM project_person_link WHERE person_id = $1 AND project_id = ANY($2)",
            person_id,
            ids,
        )
    )
    descriptors = _grouped(
        await conn.fetch("SELECT project_id, id FROM metadata_descriptor WHERE project_id = ANY($1)", ids)
    )
    task_types: dict[Any, dict[str, Any]] = defaultdict(dict)
    for r in await conn.fetch(
        "SELECT project_id, task_type_id, priority, hd_bitrate_compression, ld_bitrate_compression, "
        "is_client_visible FROM project_task_type_link WHERE project_id = ANY($1)",
        ids,
    ):
        task_types[r[0]][str(r[1])] = {
            "priority": r[2], "hd_bitrate_compression": r[3], "ld_bitrate_compression": r[4],
            "is_client_visible": r[5],
        }  # fmt: skip
    statuses: dict[Any, dict[str, Any]] = defaultdict(dict)
    for r in await conn.fetch(
        "SELECT project_id, task_status_id, priority, roles_for_board, is_client_allowed "
        "FROM project_task_status_link WHERE project_id = ANY($1)",
        ids,
    ):
        statuses[r[0]][str(r[1])] = {
            "priority": r[2],
            "roles_for_board": list(r[3] or []),
            "is_client_allowed": r[4],
        }
    for row in rows:
        if descriptors.get(row["id"]) or roles.get(row["id"]) or row["production_type"] == "tvshow":
            raise NotImplementedError("the floor covers the bench seed: no descriptors, team roles, TV shows")
        links = task_types.get(row["id"], {})
        row["descriptors"] = []
        row["task_type_links"] = links
        row["task_types_priority"] = {key: link["priority"] for key, link in links.items()}
        row["task_statuses_link"] = statuses.get(row["id"], {})
    return rows


async def _filters(
    conn: asyncpg.Connection, person_id: uuid.UUID, table: str, groups: bool
) -> dict[str, Any]:
    order = " ORDER BY f.created_at DESC" if groups else ""
    rows = await conn.fetch(_FILTERS.format(table=table, order=order), person_id)
    result: dict[str, Any] = {}
    for r in rows:  # the bench's artist has no department: only the filters of no department
        by_project = result.setdefault(r["list_type"], {})
        if r["department_id"] is None:
            key = "all" if r["project_id"] is None else str(r["project_id"])
            by_project.setdefault(key, []).append(typed(r, "SearchFilterGroup" if groups else "SearchFilter"))
    return result if groups else {k: v for k, v in result.items() if v}


def user_context(person_id: uuid.UUID) -> FloorOp:
    async def answer(conn: asyncpg.Connection, _n: int) -> bytes:
        asset_types = [
            typed(r, "AssetType")
            for r in await conn.fetch(
                "SELECT * FROM entity_type WHERE name NOT IN "
                "('Episode', 'Sequence', 'Shot', 'Scene', 'Edit', 'Concept', 'ConceptFolder')"
            )
        ]
        links = _grouped(
            await conn.fetch("SELECT asset_type_id, task_type_id FROM task_type_asset_type_link")
        )
        for row in asset_types:
            row["task_types"] = links.get(row["id"], [])
        people = [dict(r) for r in await conn.fetch(_PERSONS)]
        departments = _grouped(await conn.fetch("SELECT person_id, department_id FROM department_link"))
        for p in people:
            p["type"] = "Person"
            p["full_name"] = f"{p['first_name'] or ''} {p['last_name'] or ''}".strip()
            p["departments"] = departments.get(p["id"], [])
        project_roles = {
            str(r[0]): r[1]
            for r in await conn.fetch(
                "SELECT project_id, role FROM project_person_link WHERE person_id = $1 AND role IS NOT NULL",
                person_id,
            )
        }
        plugins = [
            dict(r)
            for r in await conn.fetch(
                "SELECT id, plugin_id, name, description, version, maintainer_name, maintainer_email, "
                "frontend_project_enabled, frontend_studio_enabled, icon FROM plugin"
            )
        ]
        context = {
            "asset_types": asset_types,
            "custom_actions": await _all(conn, "custom_action", "CustomAction"),
            "status_automations": await _all(conn, "status_automation", "StatusAutomation"),
            "departments": await _all(conn, "department", "Department"),
            "studios": await _all(conn, "studio", "Studio"),
            "notification_count": await conn.fetchval(
                "SELECT count(*) FROM notification WHERE person_id = $1 AND read IS false", person_id
            ),
            "persons": people,
            "project_status": await _all(conn, "project_status", "ProjectStatus"),
            "project_roles": project_roles,
            "projects": await _projects(conn, person_id),
            "task_types": await _all(conn, "task_type", "TaskType"),
            "task_status": await _all(conn, "task_status", "TaskStatus"),
            "search_filters": await _filters(conn, person_id, "search_filter", groups=False),
            "search_filter_groups": await _filters(conn, person_id, "search_filter_group", groups=True),
            "preview_background_files": await _all(conn, "preview_background_file", "PreviewBackgroundFile"),
            "plugins": plugins,
        }
        return dumps(context)

    return AnsweringFloor(answer)


# --- GET /data/user/tasks -----------------------------------------------------------------------
_TODO = """
SELECT t.*, p.name AS project_name, p.has_avatar AS project_has_avatar, e.name AS entity_name,
  e.description AS entity_description, e.data::text AS entity_data,
  e.preview_file_id AS entity_preview_file_id,
  e.source_id AS entity_source_id, et.name AS entity_type_name, e.canceled AS entity_canceled,
  e.parent_id AS entity_parent_id, sq.name AS sequence_name, ep.id AS episode_id, ep.name AS episode_name,
  tt.for_entity AS task_type_for_entity, tt.name AS task_type_name, ts.name AS task_status_name,
  tt.color AS task_type_color, ts.color AS task_status_color, ts.short_name AS task_status_short_name,
  (SELECT array_agg(l.person_id) FROM task_person_link l WHERE l.task_id = t.id) AS assignees,
  lc.text AS lc_text, lc.created_at AS lc_date, lc.person_id AS lc_person
FROM task t
JOIN project p ON p.id = t.project_id
JOIN project_status ps ON ps.id = p.project_status_id
JOIN task_type tt ON tt.id = t.task_type_id
JOIN task_status ts ON ts.id = t.task_status_id
JOIN entity e ON e.id = t.entity_id
JOIN entity_type et ON et.id = e.entity_type_id
LEFT JOIN entity sq ON sq.id = e.parent_id
LEFT JOIN entity ep ON ep.id = sq.parent_id
LEFT JOIN LATERAL (
  SELECT c.text, c.created_at, c.person_id FROM comment c JOIN person a ON a.id = c.person_id
  LEFT JOIN project_person_link pl ON pl.person_id = a.id AND pl.project_id = t.project_id
  WHERE c.object_id = t.id AND coalesce(pl.role, a.role) != 'client'
  ORDER BY c.created_at DESC LIMIT 1
) lc ON true
WHERE t.id IN (SELECT task_id FROM task_person_link WHERE person_id = $1)
  AND ps.name = 'Open' AND p.id IN (SELECT project_id FROM project_person_link WHERE person_id = $1)
  AND ts.is_done IS false
ORDER BY p.name, e.name, tt.name
"""
_TODO_DROPPED = ("entity_parent_id", "lc_text", "lc_date", "lc_person")


def user_tasks(person_id: uuid.UUID) -> FloorOp:
    """One query (assignees and the last comment as subqueries); the bench seed has no episodes
    nor casting, so the episode fix-ups of Zou's rows stay out."""

    async def answer(conn: asyncpg.Connection, _n: int) -> bytes:
        tasks = []
        for r in await conn.fetch(_TODO, person_id):
            task = dict(r)
            task["type"] = "Task"
            task["data"] = _json(task["data"])
            task["entity_data"] = _json(task["entity_data"])
            task["entity_preview_file_id"] = task["entity_preview_file_id"] or ""
            task["entity_source_id"] = task["entity_source_id"] or ""
            task["episode_id"] = task["episode_id"] or ""
            task.update(
                task_estimation=task["estimation"], task_duration=task["duration"],
                task_start_date=task["start_date"], task_due_date=task["due_date"],
                assignees=task["assignees"] or [],
                last_comment=(
                    {"text": task["lc_text"], "date": task["lc_date"], "person_id": task["lc_person"]}
                    if task["lc_date"] is not None else {}
                ),
            )  # fmt: skip
            for key in _TODO_DROPPED:
                del task[key]
            tasks.append(task)
        return dumps(tasks)

    return AnsweringFloor(answer)


# --- GET /data/tasks/{id}/comments (an artist: no client's comment) -----------------------------
_COMMENTS = """
SELECT c.id, c.created_at, c.updated_at, c.shotgun_id, c.object_id, c.object_type, c.text, c.data::text,
  c.replies::text, c.checklist::text, c.pinned, c.for_client, c.links, c.task_status_id, c.person_id,
  c.editor_id, c.preview_file_id,
  a.first_name, a.last_name, a.has_avatar, a.role, ts.name, ts.short_name, ts.color,
  (SELECT array_agg(m.person) FROM comment_mentions m WHERE m.comment = c.id),
  (SELECT array_agg(k.person) FROM comment_acknoledgments k WHERE k.comment = c.id),
  (SELECT array_agg(d.department) FROM comment_department_mentions d WHERE d.comment = c.id),
  (SELECT count(*) FROM comment_preview_link v WHERE v.comment = c.id)
  + (SELECT count(*) FROM attachment_file f WHERE f.comment_id = c.id)
FROM comment c JOIN person a ON a.id = c.person_id JOIN task_status ts ON ts.id = c.task_status_id
JOIN task t ON t.id = c.object_id
LEFT JOIN project_person_link pl ON pl.person_id = a.id AND pl.project_id = t.project_id
WHERE c.object_id = $1 AND coalesce(pl.role, a.role) != 'client'
ORDER BY c.created_at DESC
"""
_COMMENT_KEYS = (
    "id", "created_at", "updated_at", "shotgun_id", "object_id", "object_type", "text", "data", "replies",
    "checklist", "pinned", "for_client", "links", "task_status_id", "person_id", "editor_id",
    "preview_file_id",
)  # fmt: skip


def task_comments(task_id: uuid.UUID) -> FloorOp:
    """One query; the bench's comments have no editor, preview, attachment nor reply (checked)."""

    async def answer(conn: asyncpg.Connection, _n: int) -> bytes:
        comments = []
        for r in await conn.fetch(_COMMENTS, task_id):
            if r[15] is not None or r[27] or r[8] != "[]":
                raise NotImplementedError("the floor covers the bench seed: no editor, preview nor reply")
            item = dict(zip(_COMMENT_KEYS, r[:17], strict=True))
            item.update(data=_json(item["data"]), replies=[], checklist=_json(item["checklist"]))
            item["type"] = "Comment"
            first, last = r[17], r[18]
            item["person"] = {
                "first_name": first, "last_name": last, "full_name": f"{first or ''} {last or ''}".strip(),
                "has_avatar": r[19], "role": r[20], "id": r["person_id"],
            }  # fmt: skip
            item["task_status"] = {
                "name": r[21],
                "short_name": r[22],
                "color": r[23],
                "id": r["task_status_id"],
            }
            item.update(
                acknowledgements=r[25] or [], previews=[], mentions=r[24] or [],
                department_mentions=r[26] or [], attachment_files=[],
            )  # fmt: skip
            comments.append(item)
        return dumps(comments)

    return AnsweringFloor(answer)


# --- GET /data/projects/{id}/news?limit=50 ------------------------------------------------------
_NEWS = """
SELECT n.id, n.author_id, n.comment_id, n.task_id, t.task_type_id, c.task_status_id,
  t.entity_id AS task_entity_id,
  n.preview_file_id, pf.extension AS preview_file_extension, pf.revision AS preview_file_revision,
  p.id AS project_id, p.name AS project_name, n.created_at, n.change,
  et.name AS kind, e.name AS entity_name, e.source_id, par.name AS parent_name,
  par.parent_id AS grandparent_id,
  gp.name AS grandparent_name, e.preview_file_id AS entity_preview_file_id,
  a.first_name, a.last_name, a.has_avatar, a.role
FROM news n JOIN task t ON t.id = n.task_id JOIN project p ON p.id = t.project_id
JOIN entity e ON e.id = t.entity_id JOIN entity_type et ON et.id = e.entity_type_id
LEFT JOIN entity par ON par.id = e.parent_id LEFT JOIN entity gp ON gp.id = par.parent_id
LEFT JOIN comment c ON c.id = n.comment_id LEFT JOIN preview_file pf ON pf.id = n.preview_file_id
JOIN person a ON a.id = n.author_id
WHERE t.project_id = $1
ORDER BY n.created_at DESC, n.id DESC LIMIT $2
"""
_NEWS_DROPPED = (
    "kind", "entity_name", "source_id", "parent_name", "grandparent_id", "grandparent_name", "first_name",
    "last_name", "has_avatar", "role", "entity_preview_file_id",
)  # fmt: skip
_NEWS_COUNT = "SELECT count(*) FROM news n JOIN task t ON t.id = n.task_id WHERE t.project_id = $1"
_NEWS_STATS = (
    "SELECT c.task_status_id, count(*) FROM news n JOIN task t ON t.id = n.task_id "
    "JOIN comment c ON c.id = n.comment_id WHERE t.project_id = $1 AND n.change IS true GROUP BY 1"
)


def _full_name(r: asyncpg.Record) -> tuple[str, Any]:
    """Zou's full entity name and episode (the bench seed: shots in sequences, assets)."""
    kind, name = r["kind"], r["entity_name"]
    if kind == "Shot":
        if r["parent_name"] is None:
            return name, None
        if r["grandparent_name"] is None:
            return f"{r['parent_name']} / {name}", None
        return f"{r['grandparent_name']} / {r['parent_name']} / {name}", r["grandparent_id"]
    if kind in ("Episode", "Sequence"):
        raise NotImplementedError("the floor covers the bench seed: news on shots and assets")
    return f"{kind} / {name}", r["source_id"]


def project_news(project_id: uuid.UUID, limit: int) -> FloorOp:
    async def answer(conn: asyncpg.Connection, _n: int) -> bytes:
        data = []
        for r in await conn.fetch(_NEWS, project_id, limit):
            row = dict(r)
            full_name, episode_id = _full_name(r)
            first, last = row["first_name"], row["last_name"]
            person = {
                "id": row["author_id"], "first_name": first, "last_name": last,
                "has_avatar": row["has_avatar"], "role": row["role"],
                "full_name": f"{first} {last}" if first and last else f"{first or ''}{last or ''}",
            }  # fmt: skip
            for key in _NEWS_DROPPED:
                del row[key]
            row.update(
                type="News", full_entity_name=full_name, episode_id=episode_id,
                entity_preview_file_id=r["entity_preview_file_id"], person=person,
            )  # fmt: skip
            data.append(row)
        total = await conn.fetchval(_NEWS_COUNT, project_id)
        stats = {str(s): count for s, count in await conn.fetch(_NEWS_STATS, project_id) if s is not None}
        page = {"data": data, "total": total, "nb_pages": -(-total // limit), "limit": limit, "offset": 0}
        return dumps(page | {"page": 1, "stats": stats})

    return AnsweringFloor(answer)


# --- GET /data/persons/time-spents/month-table/{year} (an admin: every time sheet) ---------------
_MONTHS = (
    "SELECT extract(month FROM date)::int, person_id, sum(duration) FROM time_spent "
    "WHERE date >= $1 AND date < $2 GROUP BY 1, 2 ORDER BY 1"
)


def month_table(year: int) -> FloorOp:
    async def answer(conn: asyncpg.Connection, _n: int) -> bytes:
        table: dict[str, dict[str, float]] = {}
        for month, person_id, minutes in await conn.fetch(_MONTHS, date(year, 1, 1), date(year + 1, 1, 1)):
            table.setdefault(str(month), {})[str(person_id)] = minutes
        return dumps(table)

    return AnsweringFloor(answer)


# --- POST /actions/tasks/{id}/comment -----------------------------------------------------------
_NEW_COMMENT = (
    "INSERT INTO comment (id, created_at, updated_at, object_id, object_type, text, replies, checklist, "
    "for_client, task_status_id, person_id) VALUES ($1, $2, $2, $3, 'Task', $4, '[]', '[]', false, $5, $6) "
    "RETURNING *"
)
_TASK_UPDATE = (
    "UPDATE task SET task_status_id = $2, last_comment_date = $3, updated_at = $3 WHERE id = $1 "
    "RETURNING project_id, (SELECT task_status_id FROM task WHERE id = $1) AS previous"
)
_TEAM_NAMES = (
    "SELECT p.id, p.first_name || ' ' || p.last_name FROM person p JOIN project_person_link l "
    "ON l.person_id = p.id WHERE l.project_id = $1"
)


def post_comment(studio: Any) -> FloorOp:
    """The writes a comment makes in one transaction: the comment, its mentions (the team's
    names matched in its text), the task's new status and date, the news item and the
    mentioned people's notifications. The answer is the comment with its mentions."""
    tasks = studio.artist_tasks
    author = studio.artist_id

    async def answer(conn: asyncpg.Connection, n: int) -> bytes:
        task_id = tasks[n % len(tasks)]
        status, text = posted_comment(studio, n)
        now = datetime.now(UTC).replace(tzinfo=None)
        async with conn.transaction():
            comment = typed(
                await conn.fetchrow(_NEW_COMMENT, uuid.uuid4(), now, task_id, text, status, author), "Comment"
            )
            project_id, previous = await conn.fetchrow(_TASK_UPDATE, task_id, status, now)
            mentioned = [
                pid for pid, name in await conn.fetch(_TEAM_NAMES, project_id) if f"@{name} " in text
            ]
            await conn.executemany(
                "INSERT INTO comment_mentions (comment, person) VALUES ($1, $2)",
                [(comment["id"], p) for p in mentioned],
            )
            await conn.execute(
                "INSERT INTO news (id, created_at, updated_at, change, author_id, comment_id, task_id) "
                "VALUES ($1, $2, $2, $3, $4, $5, $6)",
                uuid.uuid4(), now, previous != status, author, comment["id"], task_id,
            )  # fmt: skip
            await conn.executemany(
                "INSERT INTO notification (id, created_at, updated_at, read, change, type, person_id, "
                "author_id, comment_id, task_id) VALUES ($1, $2, $2, false, $3, 'mention', $4, $5, $6, $7)",
                [
                    (uuid.uuid4(), now, previous != status, p, author, comment["id"], task_id)
                    for p in mentioned
                ],
            )
        comment.update(checklist=[], replies=[], links=[], mentions=mentioned, department_mentions=[])
        return dumps(comment)

    return AnsweringFloor(answer)
