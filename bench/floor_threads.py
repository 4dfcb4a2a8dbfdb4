"""Floors of the comment threads, news, time sheets and posting a comment (bench/studio.py), with
raw asyncpg + orjson: the fewest plain queries that build the same answer (checked once against the
API's for the reads, bench/same_answer.py)."""

import uuid
from datetime import UTC, date, datetime
from typing import Any

import asyncpg

from bench.floor import FloorOp, dumps, typed
from bench.floor_answer import AnsweringFloor, json_column
from bench.seed_studio import posted_comment

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
            item.update(data=json_column(item["data"]), replies=[], checklist=json_column(item["checklist"]))
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
# One round trip: the feed's size and its status changes by status (one index-only pass over the
# production's range of news_scope, migration 0006, grouped in the index's order), joined to each
# row of the page (the first rows of another range of news_scope, then their details).
_NEWS = """
SELECT s.total, s.status_ids, s.status_counts, d.*
FROM (
  SELECT sum(n)::bigint AS total,
    array_agg(task_status_id) FILTER (WHERE change AND task_status_id IS NOT NULL) AS status_ids,
    array_agg(n) FILTER (WHERE change AND task_status_id IS NOT NULL) AS status_counts
  FROM (
    SELECT change, task_status_id, count(*) AS n FROM news_scope WHERE project_id = $1 GROUP BY 1, 2
  ) counts
) s LEFT JOIN (
  SELECT n.id, n.author_id, n.comment_id, n.task_id, t.task_type_id, c.task_status_id,
    t.entity_id AS task_entity_id,
    n.preview_file_id, pf.extension AS preview_file_extension, pf.revision AS preview_file_revision,
    p.id AS project_id, p.name AS project_name, n.created_at, n.change,
    et.name AS kind, e.name AS entity_name, e.source_id, par.name AS parent_name,
    par.parent_id AS grandparent_id,
    gp.name AS grandparent_name, e.preview_file_id AS entity_preview_file_id,
    a.first_name, a.last_name, a.has_avatar, a.role
  FROM (
    SELECT news_id FROM news_scope WHERE project_id = $1
    ORDER BY created_at DESC, news_id DESC LIMIT {limit:d}
  ) page JOIN news n ON n.id = page.news_id
  JOIN task t ON t.id = n.task_id JOIN project p ON p.id = t.project_id
  JOIN entity e ON e.id = t.entity_id JOIN entity_type et ON et.id = e.entity_type_id
  LEFT JOIN entity par ON par.id = e.parent_id LEFT JOIN entity gp ON gp.id = par.parent_id
  LEFT JOIN comment c ON c.id = n.comment_id LEFT JOIN preview_file pf ON pf.id = n.preview_file_id
  JOIN person a ON a.id = n.author_id
) d ON true
ORDER BY d.created_at DESC, d.id DESC
"""
_NEWS_DROPPED = (
    "total", "status_ids", "status_counts", "kind", "entity_name", "source_id", "parent_name",
    "grandparent_id", "grandparent_name", "first_name", "last_name", "has_avatar", "role",
    "entity_preview_file_id",
)  # fmt: skip


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
    # The limit written in the SQL: as a parameter, the prepared statement's generic plan guesses a
    # tenth of the production in the page and PostgreSQL plans each execution anew.
    page_sql = _NEWS.format(limit=limit)

    async def answer(conn: asyncpg.Connection, _n: int) -> bytes:
        data = []
        records = await conn.fetch(page_sql, project_id)
        for r in records:
            if r["id"] is None:  # an empty page: the counts' row alone
                continue
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
        summary = records[0]
        total = summary["total"] or 0
        ids, counts = summary["status_ids"] or (), summary["status_counts"] or ()
        stats = {str(s): count for s, count in zip(ids, counts, strict=True)}
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
