"""Floors of the user views (bench/studio.py): the context Kitsu loads at start and the artist's
to-do list, with raw asyncpg + orjson. Each floor is one statement, at least as good as the API's own
SQL (a floor slower than the API is no floor), its rows grouped and shaped in Python: what the API
could at best do. Its body is checked once against the API's (bench/same_answer.py) before either
is timed."""

import uuid
from typing import Any

import asyncpg

from bench.floor import FloorOp, dumps, typed
from bench.floor_answer import AnsweringFloor, grouped, json_column

# --- GET /data/user/context (a non-manager) -----------------------------------------------------
_ASSET_TYPE = "x.name NOT IN ('Episode', 'Sequence', 'Shot', 'Scene', 'Edit', 'Concept', 'ConceptFolder')"
_REFERENCE_TABLES = {  # context key: (table, Zou type)
    "custom_actions": ("custom_action", "CustomAction"),
    "status_automations": ("status_automation", "StatusAutomation"),
    "departments": ("department", "Department"),
    "studios": ("studio", "Studio"),
    "project_status": ("project_status", "ProjectStatus"),
    "task_types": ("task_type", "TaskType"),
    "task_status": ("task_status", "TaskStatus"),
    "preview_background_files": ("preview_background_file", "PreviewBackgroundFile"),
}
_PLUGIN_FIELDS = (
    "id", "plugin_id", "name", "description", "version", "maintainer_name", "maintainer_email",
    "frontend_project_enabled", "frontend_studio_enabled", "icon",
)  # fmt: skip
_PROJECT_LINKS = {  # relation key: (link table, other column), in Zou's order
    "team": ("project_person_link", "person_id"),
    "asset_types": ("project_asset_type_link", "asset_type_id"),
    "task_statuses": ("project_task_status_link", "task_status_id"),
    "task_types": ("project_task_type_link", "task_type_id"),
    "status_automations": ("project_status_automation_link", "status_automation_id"),
    "preview_background_files": ("project_preview_background_file_link", "preview_background_file_id"),
}
_FILTERS = (
    "(SELECT array_agg(f{order}) FROM {table} f LEFT JOIN project p ON p.id = f.project_id "
    "LEFT JOIN project_status s ON s.id = p.project_status_id "
    "WHERE (f.person_id = $1 OR f.is_shared IS true) AND (s.name = 'Open' OR f.project_id IS NULL))"
)


def _ids(table: str, other: str) -> str:
    """A project's relation list as one text of comma-separated ids, in their stored order (the
    driver decodes no array of arrays; thousands of ids only sent on, and orjson calls Python for
    each of the driver's uuids)."""
    sql = (
        f"(SELECT string_agg(l.{other}::text, ',' ORDER BY l.ctid) FROM {table} l WHERE l.project_id = p.id)"
    )
    return f"array_agg({sql} ORDER BY p.name)"


_OPEN = (
    "FROM project p JOIN project_status s ON s.id = p.project_status_id "
    "WHERE s.name = 'Open' AND p.id IN (SELECT project_id FROM project_person_link WHERE person_id = $1)"
)
# The open productions (by name) and their relation lists, one array each, the same rows' order.
_OPEN_PROJECTS = (
    "(SELECT array_agg(p ORDER BY p.name) AS projects, "
    + ", ".join(f"{_ids(table, other)} AS linked_{key}" for key, (table, other) in _PROJECT_LINKS.items())
    + ", bool_or(EXISTS (SELECT FROM metadata_descriptor d WHERE d.project_id = p.id)) AS descriptors "
    + _OPEN
    + ") AS open_projects"
)
_WORKFLOW_LINKS = (
    "(SELECT array_agg(l ORDER BY l.ctid) FROM {table} l WHERE l.project_id IN (SELECT p.id {open}))"
)
# The whole context in one statement: each list an array of rows (the driver decodes them as records).
_CONTEXT = (
    "SELECT open_projects.*, "
    + "".join(
        f"(SELECT array_agg(x) FROM {table} x) AS {key}, " for key, (table, _t) in _REFERENCE_TABLES.items()
    )
    + f"(SELECT array_agg(x) FROM entity_type x WHERE {_ASSET_TYPE}) AS asset_types_, "
    "(SELECT array_agg(ROW(l.asset_type_id, l.task_type_id)) FROM task_type_asset_type_link l) "
    "AS asset_type_links, "
    "(SELECT array_agg(ROW(x.id::text, x.first_name, x.last_name, x.has_avatar, x.active, x.studio_id::text, "
    "x.role, x.desktop_login, x.is_bot)) FROM person x "
    "WHERE x.preview_project_id IS NULL AND x.is_guest IS false) AS persons, "
    "(SELECT array_agg(ROW(l.person_id::text, l.department_id::text)) FROM department_link l) "
    "AS department_links, "
    "(SELECT array_agg(ROW(l.project_id::text, l.role)) FROM project_person_link l "
    "WHERE l.person_id = $1 AND l.role IS NOT NULL) AS project_roles, "
    "(SELECT count(*) FROM notification WHERE person_id = $1 AND read IS false) AS notification_count, "
    "(SELECT array_agg(ROW("
    + ", ".join(f"x.{name}" for name in _PLUGIN_FIELDS)
    + ")) FROM plugin x) AS plugins, "
    + _WORKFLOW_LINKS.format(table="project_task_type_link", open=_OPEN)
    + " AS task_type_links, "
    + _WORKFLOW_LINKS.format(table="project_task_status_link", open=_OPEN)
    + " AS task_status_links, "
    + _FILTERS.format(table="search_filter", order="")
    + " AS search_filters, "
    + _FILTERS.format(table="search_filter_group", order=" ORDER BY f.created_at DESC")
    + " AS search_filter_groups FROM "
    + _OPEN_PROJECTS
)


def _rows(records: Any, type_name: str) -> list[dict[str, Any]]:
    return [typed(r, type_name) for r in records or ()]


def _links_by_project(links: Any) -> dict[Any, list[Any]]:
    found: dict[Any, list[Any]] = {}
    for link in links or ():
        found.setdefault(link["project_id"], []).append(link)
    return found


def _projects(found: asyncpg.Record, roles: dict[str, Any]) -> list[dict[str, Any]]:
    if found["descriptors"]:
        raise NotImplementedError("the floor covers the bench seed: no descriptors")
    task_type_links = _links_by_project(found["task_type_links"])
    status_links = _links_by_project(found["task_status_links"])
    projects = []
    for n, record in enumerate(found["projects"] or ()):
        row = typed(record, "Project")
        if row["production_type"] == "tvshow" or roles.get(str(row["id"])):
            raise NotImplementedError("the floor covers the bench seed: no team roles, TV shows")
        for key in _PROJECT_LINKS:
            ids = found[f"linked_{key}"][n]
            row[key] = ids.split(",") if ids else []
        links = {
            str(link["task_type_id"]): {
                "priority": link["priority"], "hd_bitrate_compression": link["hd_bitrate_compression"],
                "ld_bitrate_compression": link["ld_bitrate_compression"],
                "is_client_visible": link["is_client_visible"],
            }
            for link in task_type_links.get(row["id"], ())
        }  # fmt: skip
        row["descriptors"] = []
        row["task_type_links"] = links
        row["task_types_priority"] = {key: link["priority"] for key, link in links.items()}
        row["task_statuses_link"] = {
            str(link["task_status_id"]): {
                "priority": link["priority"],
                "roles_for_board": list(link["roles_for_board"] or []),
                "is_client_allowed": link["is_client_allowed"],
            }
            for link in status_links.get(row["id"], ())
        }
        projects.append(row)
    return projects


def _filters(records: Any, type_name: str, groups: bool) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for record in records or ():  # the bench's artist has no department: only the filters of no department
        by_project = result.setdefault(record["list_type"], {})
        if record["department_id"] is None:
            key = "all" if record["project_id"] is None else str(record["project_id"])
            by_project.setdefault(key, []).append(typed(record, type_name))
    return result if groups else {k: v for k, v in result.items() if v}


def user_context(person_id: uuid.UUID) -> FloorOp:
    """One statement (the API's lists in one read, and the persons and projects with them),
    grouped in Python."""

    async def answer(conn: asyncpg.Connection, _n: int) -> bytes:
        found = await conn.fetchrow(_CONTEXT, person_id)
        task_types = grouped(found["asset_type_links"] or ())
        asset_types = _rows(found["asset_types_"], "AssetType")
        for row in asset_types:
            row["task_types"] = task_types.get(row["id"], [])
        departments = grouped(found["department_links"] or ())
        people = [
            {
                "id": id_, "first_name": first, "last_name": last, "has_avatar": avatar, "active": active,
                "studio_id": studio, "role": role, "desktop_login": login, "is_bot": bot, "type": "Person",
                "full_name": f"{first or ''} {last or ''}".strip(), "departments": departments.get(id_, []),
            }
            for id_, first, last, avatar, active, studio, role, login, bot in found["persons"] or ()
        ]  # fmt: skip
        roles = dict(found["project_roles"] or ())
        reference = {
            key: _rows(found[key], type_name) for key, (_table, type_name) in _REFERENCE_TABLES.items()
        }
        context = {
            "asset_types": asset_types,
            "custom_actions": reference["custom_actions"],
            "status_automations": reference["status_automations"],
            "departments": reference["departments"],
            "studios": reference["studios"],
            "notification_count": found["notification_count"],
            "persons": people,
            "project_status": reference["project_status"],
            "project_roles": roles,
            "projects": _projects(found, roles),
            "task_types": reference["task_types"],
            "task_status": reference["task_status"],
            "search_filters": _filters(found["search_filters"], "SearchFilter", groups=False),
            "search_filter_groups": _filters(found["search_filter_groups"], "SearchFilterGroup", groups=True),
            "preview_background_files": reference["preview_background_files"],
            "plugins": [dict(zip(_PLUGIN_FIELDS, values, strict=True)) for values in found["plugins"] or ()],
        }
        return dumps(context)

    return AnsweringFloor(answer)


# --- GET /data/user/tasks -----------------------------------------------------------------------
_TODO = """
SELECT {task_columns}, p.name AS project_name, p.has_avatar AS project_has_avatar, e.name AS entity_name,
  e.description AS entity_description, e.data::text AS entity_data,
  e.preview_file_id::text AS entity_preview_file_id,
  e.source_id::text AS entity_source_id, et.name AS entity_type_name, e.canceled AS entity_canceled,
  sq.name AS sequence_name, ep.id::text AS episode_id, ep.name AS episode_name,
  tt.for_entity AS task_type_for_entity, tt.name AS task_type_name, ts.name AS task_status_name,
  tt.color AS task_type_color, ts.color AS task_status_color, ts.short_name AS task_status_short_name,
  (SELECT array_agg(a.person_id::text) FROM task_person_link a WHERE a.task_id = t.id) AS assignees,
  lc.text AS lc_text, lc.created_at AS lc_date, lc.person_id::text AS lc_person
FROM task_person_link l
JOIN task t ON t.id = l.task_id
JOIN project p ON p.id = t.project_id
JOIN project_status ps ON ps.id = p.project_status_id
JOIN task_type tt ON tt.id = t.task_type_id
JOIN task_status ts ON ts.id = t.task_status_id
JOIN entity e ON e.id = t.entity_id
JOIN entity_type et ON et.id = e.entity_type_id
LEFT JOIN entity sq ON sq.id = e.parent_id
LEFT JOIN entity ep ON ep.id = sq.parent_id
LEFT JOIN LATERAL (
  SELECT c.text, c.created_at, c.person_id FROM (
    SELECT c.text, c.created_at, c.person_id FROM comment c WHERE c.object_id = t.id
    ORDER BY c.created_at DESC OFFSET 0
  ) c
  WHERE coalesce(
    (SELECT pl.role FROM project_person_link pl
     WHERE pl.project_id = t.project_id AND pl.person_id = c.person_id),
    (SELECT author.role FROM person author WHERE author.id = c.person_id)
  ) != 'client'
  LIMIT 1
) lc ON true
WHERE l.person_id = $1
  AND ps.name = 'Open' AND p.id IN (SELECT project_id FROM project_person_link WHERE person_id = $1)
  AND ts.is_done IS false
ORDER BY p.name, e.name, tt.name
"""
_TODO_DROPPED = ("lc_text", "lc_date", "lc_person")


async def _task_columns(conn: asyncpg.Connection) -> str:
    """The task's columns, uuids as text and json as its text (orjson calls Python for each of
    the driver's uuids; json text goes in as is)."""
    found = await conn.fetch(
        "SELECT column_name, udt_name FROM information_schema.columns WHERE table_schema = 'public' "
        "AND table_name = 'task' ORDER BY ordinal_position"
    )
    casts = {"uuid": "::text", "json": "::text", "jsonb": "::text"}
    return ", ".join(f't."{name}"{casts.get(udt, "")} AS "{name}"' for name, udt in found)


def user_tasks(person_id: uuid.UUID) -> FloorOp:
    """One statement from the person's task links (past 8 joins PostgreSQL keeps the written join
    order: from the whole task table it cost ~0.2 s), assignees and the last comment as subqueries.
    The last comment: a task's comments newest first, their author's role looked up one by one
    until a visible one, instead of every comment's (~50 a task: four times the whole read).
    The bench seed has no episodes nor casting, so the episode fix-ups of Zou's rows stay out."""
    sql: list[str] = []

    async def answer(conn: asyncpg.Connection, _n: int) -> bytes:
        if not sql:
            sql.append(_TODO.format(task_columns=await _task_columns(conn)))
        tasks = []
        for r in await conn.fetch(sql[0], person_id):
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
