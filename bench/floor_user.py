"""Floors of the user views (bench/studio.py): the context Kitsu loads at start and the artist's
to-do list, with raw asyncpg + orjson. Each floor is the fewest plain queries that build the answer,
grouped in Python: what the API could at best do. Its body is checked once against the API's
(bench/same_answer.py) before either is timed."""

import uuid
from collections import defaultdict
from typing import Any

import asyncpg

from bench.floor import FloorOp, dumps, typed
from bench.floor_answer import AnsweringFloor, grouped, json_column


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
        links = grouped(await conn.fetch(sql, ids))
        for row in rows:
            row[key] = links.get(row["id"], [])
    roles = dict(
        await conn.fetch(
            "SELECT project_id, role FROM project_person_link WHERE person_id = $1 AND project_id = ANY($2)",
            person_id,
            ids,
        )
    )
    descriptors = grouped(
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
        links = grouped(await conn.fetch("SELECT asset_type_id, task_type_id FROM task_type_asset_type_link"))
        for row in asset_types:
            row["task_types"] = links.get(row["id"], [])
        people = [dict(r) for r in await conn.fetch(_PERSONS)]
        departments = grouped(await conn.fetch("SELECT person_id, department_id FROM department_link"))
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
            task["data"] = json_column(task["data"])
            task["entity_data"] = json_column(task["entity_data"])
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
