"""task_json: every task's board fields as ready JSON texts, kept by triggers (PostgreSQL only)

Also an index on task (project_id, updated_at), on every database: the boards' change signal
(latest update and number of a project's tasks) reads it alone instead of the task rows.

The with-tasks boards embed every task of a production. Formatting ~20 values per task at read
time (uuids, timestamps, floats as orjson writes them, the assignees) was most of a board's time,
so PostgreSQL keeps each task's values already written as JSON in `task_json`, one text column
per field, and the boards only concatenate them. For tasks of assets and shots it also keeps the
whole array of the streamed boards' compact form (`compact_head`, `compact_tail`). Statement
triggers on `task`, `task_person_link` and `entity` (a change of type) keep it current in the
writing transaction, so no write path can forget it; a task's row goes with the task (foreign
key cascade).

Not a Zou table and not a model: SQLite boards read the task rows instead.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29 03:30:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# A double as orjson writes it: integral values end in `.0`, NaN and infinities are null, fixed
# notation from 1e-5 up to 1e16, exponents unpadded. PostgreSQL's shortest form has the same
# digits; only the notation differs at the edges.
JSON_FLOAT = """
CREATE FUNCTION task_json_float(value double precision) RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT CASE
    WHEN value IS NULL THEN 'null'
    WHEN value = trunc(value) AND abs(value) < 1e15 THEN value::text || '.0'
    WHEN abs(value) >= 1e-4 AND abs(value) < 1e15 THEN value::text
    WHEN value IN ('NaN'::float8, 'Infinity'::float8, '-Infinity'::float8) THEN 'null'
    WHEN value = trunc(value) AND abs(value) < 1e16 THEN value::bigint::text || '.0'
    WHEN abs(value) >= 1e16 THEN value::text
    WHEN abs(value) >= 1e-5 THEN value::text::numeric::text
    ELSE regexp_replace(value::text, 'e-0', 'e-')
  END
$$
"""

# `"YYYY-MM-DDTHH:MM:SS"`: a naive datetime without its microseconds, quoted.
JSON_TIME = """
CREATE FUNCTION task_json_time(value timestamp) RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT coalesce(to_char(value, '"\\""YYYY-MM-DD"T"HH24:MI:SS"\\""'), 'null')
$$
"""

# The assignees of a task as a JSON array of ids, in id order.
JSON_ASSIGNEES = """
CREATE FUNCTION task_json_assignees(task uuid) RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT coalesce('["' || string_agg(person_id::text, '","' ORDER BY person_id) || '"]', '[]')
  FROM task_person_link WHERE task_id = task
$$
"""


def _uuid(column: str) -> str:
    return f"""coalesce('"' || n.{column}::text || '"', 'null')"""


def _integer(column: str) -> str:
    return f"coalesce(n.{column}::text, 'null')"


# Each column of task_json and how it is written from a task row `n`.
FIELDS = {
    "id": _uuid("id"),
    "entity_id": _uuid("entity_id"),
    "task_status_id": _uuid("task_status_id"),
    "task_type_id": _uuid("task_type_id"),
    "last_preview_file_id": _uuid("last_preview_file_id"),
    "assigner_id": _uuid("assigner_id"),
    "due_date": "task_json_time(n.due_date)",
    "done_date": "task_json_time(n.done_date)",
    "end_date": "task_json_time(n.end_date)",
    "start_date": "task_json_time(n.start_date)",
    "real_start_date": "task_json_time(n.real_start_date)",
    "last_comment_date": "task_json_time(n.last_comment_date)",
    "duration": "task_json_float(n.duration)",
    "estimation": "task_json_float(n.estimation)",
    "priority": "coalesce(n.priority, 0)::text",  # Zou's boards write a missing priority as 0
    "retake_count": _integer("retake_count"),
    "difficulty": _integer("difficulty"),
    "nb_assets_ready": _integer("nb_assets_ready"),
    "nb_drawings": _integer("nb_drawings"),
    "data": "coalesce(n.data::text, 'null')",
    "assignees": "task_json_assignees(n.id)",
}

# The streamed boards (assets and shots, `compact=true`) write a task as an array in a fixed
# field order. For the tasks of those entities the whole array is kept too, split around the
# reader's subscription flag: joining two texts is far cheaper than joining twenty.
ASSET_LAYOUT = (
    "id", "due_date", "done_date", "duration", "entity_id", "estimation", "end_date",
    "is_subscribed", "last_comment_date", "last_preview_file_id", "priority", "real_start_date",
    "retake_count", "start_date", "difficulty", "task_status_id", "task_type_id", "assignees",
    "data",
)  # fmt: skip
SHOT_LAYOUT = (
    "id", "duration", "due_date", "end_date", "done_date", "entity_id", "estimation",
    "is_subscribed", "last_comment_date", "last_preview_file_id", "nb_assets_ready", "priority",
    "real_start_date", "retake_count", "start_date", "difficulty", "nb_drawings",
    "task_status_id", "task_type_id", "assignees", "data",
)  # fmt: skip
# Entity types that are not assets (their boards are not the asset board).
NOT_ASSETS = "('Shot', 'Sequence', 'Episode', 'Edit', 'Scene', 'Concept', 'ConceptFolder')"
# The compact arrays are built from the fields already written (columns of `f`): each value is
# formatted once. The asset board writes a missing preview as "" (as Zou does).
WRITTEN = {name: f"f.{name}" for name in FIELDS}
ASSET_WRITTEN = {**WRITTEN, "last_preview_file_id": """coalesce(nullif(f.last_preview_file_id, 'null'), '""')"""}


def _compact(layout: tuple[str, ...], fields: dict[str, str]) -> tuple[str, str]:
    """The head (`[` up to the comma before is_subscribed) and tail (after it, to `]`)."""
    at = layout.index("is_subscribed")
    head = " || ',' || ".join(fields[name] for name in layout[:at])
    tail = " || ',' || ".join(fields[name] for name in layout[at + 1 :])
    return f"'[' || {head} || ','", f"',' || {tail} || ']'"


def _by_board(part: int) -> str:
    asset, shot = _compact(ASSET_LAYOUT, ASSET_WRITTEN)[part], _compact(SHOT_LAYOUT, WRITTEN)[part]
    return f"CASE WHEN f.type_name = 'Shot' THEN {shot} WHEN f.type_name NOT IN {NOT_ASSETS} THEN {asset} END"


COLUMNS = ", ".join(["task_id", "task_entity_id", *FIELDS, "compact_head", "compact_tail"])
FORMATTED = ", ".join(["n.id AS task_id", "n.entity_id AS task_entity_id"] + [f"{v} AS {k}" for k, v in FIELDS.items()])
VALUES = ", ".join(["f.task_id", "f.task_entity_id", *WRITTEN.values(), _by_board(0), _by_board(1)])
UPDATED = ", ".join(f"{name} = excluded.{name}" for name in COLUMNS.split(", ")[1:])


def upsert(source: str, where: str = "") -> str:
    """Write (or rewrite) the rows of the tasks of `source` (aliased n) matching `where`."""
    return f"""
    INSERT INTO task_json ({COLUMNS})
    SELECT {VALUES}
    FROM (
      SELECT {FORMATTED}, t.name AS type_name
      FROM {source} n LEFT JOIN entity e ON e.id = n.entity_id LEFT JOIN entity_type t ON t.id = e.entity_type_id
      {where}
      OFFSET 0  -- kept a subquery: pulled up, each use of a field in `f` would format it again
    ) f
    ON CONFLICT (task_id) DO UPDATE SET {UPDATED}
    """


TASKS_WRITTEN = f"""
CREATE FUNCTION task_json_tasks_written() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  {upsert("written_tasks")};
  RETURN NULL;
END
$$
"""

# A trigger computes rows from what its statement sees: a task updated by another transaction
# that has not committed yet is not seen, and writing after it would undo its change. So the
# assignment and entity triggers first lock the tasks they rewrite (in id order: no deadlock
# between two of them), waiting for such a transaction, and task updates wait for theirs; each
# then reads what the other committed (READ COMMITTED: a new snapshot per statement).
LOCK = "PERFORM 1 FROM task WHERE id IN (SELECT {key} FROM {source}) ORDER BY id FOR NO KEY UPDATE"

# Assigning or unassigning rewrites the tasks concerned (their assignees).
LINKS_WRITTEN = f"""
CREATE FUNCTION task_json_links_written() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    {LOCK.format(key="task_id", source="new_links")};
    {upsert("task", "WHERE n.id IN (SELECT task_id FROM new_links)")};
  END IF;
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    {LOCK.format(key="task_id", source="old_links")};
    {upsert("task", "WHERE n.id IN (SELECT task_id FROM old_links)")};
  END IF;
  RETURN NULL;
END
$$
"""

# An entity changing type may move its tasks to another board's layout.
RETYPED = """SELECT w.id FROM written_entities w JOIN old_entities o ON o.id = w.id
  WHERE w.entity_type_id IS DISTINCT FROM o.entity_type_id"""
ENTITIES_RETYPED = f"""
CREATE FUNCTION task_json_entities_written() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1 FROM task WHERE entity_id IN ({RETYPED}) ORDER BY id FOR NO KEY UPDATE;
  {upsert("task", f"WHERE n.entity_id IN ({RETYPED})")};
  RETURN NULL;
END
$$
"""

TRIGGERS = (
    "CREATE TRIGGER task_json_inserted AFTER INSERT ON task REFERENCING NEW TABLE AS written_tasks "
    "FOR EACH STATEMENT EXECUTE FUNCTION task_json_tasks_written()",
    "CREATE TRIGGER task_json_updated AFTER UPDATE ON task REFERENCING NEW TABLE AS written_tasks "
    "FOR EACH STATEMENT EXECUTE FUNCTION task_json_tasks_written()",
    "CREATE TRIGGER task_json_links_inserted AFTER INSERT ON task_person_link "
    "REFERENCING NEW TABLE AS new_links FOR EACH STATEMENT EXECUTE FUNCTION task_json_links_written()",
    "CREATE TRIGGER task_json_links_deleted AFTER DELETE ON task_person_link "
    "REFERENCING OLD TABLE AS old_links FOR EACH STATEMENT EXECUTE FUNCTION task_json_links_written()",
    "CREATE TRIGGER task_json_links_updated AFTER UPDATE ON task_person_link "
    "REFERENCING NEW TABLE AS new_links OLD TABLE AS old_links "
    "FOR EACH STATEMENT EXECUTE FUNCTION task_json_links_written()",
    "CREATE TRIGGER task_json_entities_updated AFTER UPDATE ON entity "
    "REFERENCING NEW TABLE AS written_entities OLD TABLE AS old_entities "
    "FOR EACH STATEMENT EXECUTE FUNCTION task_json_entities_written()",
)


def upgrade() -> None:
    op.create_index("ix_task_project_updated", "task", ["project_id", "updated_at"], unique=False)
    if op.get_bind().dialect.name != "postgresql":
        return
    columns = ",\n  ".join([*(f"{name} text NOT NULL" for name in FIELDS), "compact_head text", "compact_tail text"])
    op.execute(
        f"""
        CREATE TABLE task_json (
          task_id uuid PRIMARY KEY REFERENCES task (id) ON DELETE CASCADE,
          task_entity_id uuid,
          {columns}
        )
        """
    )
    # The boards read a chunk of entities' tasks in id order.
    op.execute("CREATE INDEX ix_task_json_entity ON task_json (task_entity_id, task_id)")
    for statement in (
        JSON_FLOAT, JSON_TIME, JSON_ASSIGNEES, TASKS_WRITTEN, LINKS_WRITTEN, ENTITIES_RETYPED, *TRIGGERS
    ):  # fmt: skip
        op.execute(statement)
    op.execute(upsert("task"))


def downgrade() -> None:
    op.drop_index("ix_task_project_updated", table_name="task")
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP TABLE task_json")
    for trigger in ("task_json_inserted", "task_json_updated"):
        op.execute(f"DROP TRIGGER {trigger} ON task")
    for trigger in ("task_json_links_inserted", "task_json_links_deleted", "task_json_links_updated"):
        op.execute(f"DROP TRIGGER {trigger} ON task_person_link")
    op.execute("DROP TRIGGER task_json_entities_updated ON entity")
    for function in ("task_json_tasks_written()", "task_json_links_written()", "task_json_entities_written()"):
        op.execute(f"DROP FUNCTION {function}")
    for function in (
        "task_json_float(double precision)",
        "task_json_time(timestamp)",
        "task_json_assignees(uuid)",
    ):
        op.execute(f"DROP FUNCTION {function}")
