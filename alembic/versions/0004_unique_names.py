"""Unique names enforced by the database under concurrency, on PostgreSQL and SQLite

Zou's unique constraints `entity_uc` (name, project, type, parent) and `task_type_uc` (name,
entity kind, department) include a nullable column, and NULLs never collide: two requests creating
the same sequence without an episode, or the same task type without a department, at the same
moment both passed the routes' check and both inserted.

- `task_type`: a partial unique index on (name, for_entity) for the rows without a department
  (both dialects; `task_type_uc` still covers the others).
- `entity`: episodes, sequences, edits and concepts without a parent are unique by (project, type,
  name). Only those: Zou creates them by name (an existing one is answered instead), while it
  allows two assets of one name. A partial index cannot name entity types, so a trigger checks it:
  on PostgreSQL under a transaction advisory lock on the name (the second writer waits for the
  first to commit, then sees its row), on SQLite inside the write lock every writer takes. A clash
  raises a unique violation of `entity_uc`, which the routes answer with Zou's 400.

Rows already duplicated (possible on any Zou database) are kept, with all that refers to them:
the younger ones are renamed `<name> (2)`, `<name> (3)`..., cut to the column's length, and each
renaming is printed. Note for later SQLite migrations: a batch rebuild of `entity` drops its
triggers; create them again (`create_entity_triggers`).

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-07 08:00:00
"""

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa

from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TASK_TYPE_INDEX = "task_type_uc_no_department"
NAMED_KINDS = ("Episode", "Sequence", "Edit", "Concept")
KINDS_SQL = ", ".join(f"'{kind}'" for kind in NAMED_KINDS)
CLASH = 'duplicate key value violates unique constraint "entity_uc"'

PG_FUNCTION = f"""
CREATE FUNCTION entity_unique_root_name() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.parent_id IS NULL
     AND EXISTS (SELECT 1 FROM entity_type t WHERE t.id = NEW.entity_type_id AND t.name IN ({KINDS_SQL})) THEN
    PERFORM pg_advisory_xact_lock(
      hashtextextended(coalesce(NEW.project_id::text, '') || NEW.entity_type_id::text || NEW.name, 0)
    );
    IF EXISTS (
      SELECT 1 FROM entity e
      WHERE e.name = NEW.name AND e.project_id IS NOT DISTINCT FROM NEW.project_id
        AND e.entity_type_id = NEW.entity_type_id AND e.parent_id IS NULL AND e.id <> NEW.id
    ) THEN
      RAISE EXCEPTION USING ERRCODE = 'unique_violation', CONSTRAINT = 'entity_uc', MESSAGE = '{CLASH}';
    END IF;
  END IF;
  RETURN NEW;
END $$
"""
PG_TRIGGER = """
CREATE TRIGGER entity_unique_root_name BEFORE INSERT OR UPDATE OF name, parent_id, project_id, entity_type_id
ON entity FOR EACH ROW EXECUTE FUNCTION entity_unique_root_name()
"""
SQLITE_CONDITION = f"""
NEW.parent_id IS NULL
AND NEW.entity_type_id IN (SELECT id FROM entity_type WHERE name IN ({KINDS_SQL}))
AND EXISTS (
  SELECT 1 FROM entity e
  WHERE e.name = NEW.name AND e.project_id IS NEW.project_id AND e.entity_type_id = NEW.entity_type_id
    AND e.parent_id IS NULL AND e.id <> NEW.id
)
"""
SQLITE_TRIGGERS = {
    "entity_unique_root_name_insert": "BEFORE INSERT ON entity",
    "entity_unique_root_name_update": "BEFORE UPDATE OF name, parent_id, project_id, entity_type_id ON entity",
}


def create_entity_triggers(bind: Any) -> None:
    if bind.dialect.name == "postgresql":
        op.execute(PG_FUNCTION)
        op.execute(PG_TRIGGER)
        return
    for name, when in SQLITE_TRIGGERS.items():
        op.execute(
            f"CREATE TRIGGER {name} {when} WHEN {SQLITE_CONDITION} "
            "BEGIN SELECT RAISE(ABORT, 'UNIQUE constraint failed: entity_uc'); END"
        )


def _rename_duplicates(bind: Any, table: str, rows: list[Any], max_length: int) -> None:
    """`rows` are (id, name, group key...) ordered by age: the first of each group keeps its name."""
    seen: dict[tuple, set[str]] = {}
    for row in rows:
        key = tuple(row[2:])
        names = seen.setdefault(key, set())
        if row.name not in names:
            names.add(row.name)
            continue
        number = 2
        while True:
            suffix = f" ({number})"
            candidate = row.name[: max_length - len(suffix)] + suffix
            if candidate not in names:
                break
            number += 1
        names.add(candidate)
        bind.execute(sa.text(f"UPDATE {table} SET name = :name WHERE id = :id"), {"name": candidate, "id": row.id})
        print(f"0004: {table} {row.id} renamed {row.name!r} -> {candidate!r} (duplicate name)")


def upgrade() -> None:
    bind = op.get_bind()
    entities = bind.execute(
        sa.text(
            "SELECT e.id, e.name, e.project_id, e.entity_type_id FROM entity e "
            "JOIN entity_type t ON t.id = e.entity_type_id "
            f"WHERE e.parent_id IS NULL AND t.name IN ({KINDS_SQL}) "
            "ORDER BY e.created_at, e.id"
        )
    ).all()
    _rename_duplicates(bind, "entity", entities, 160)
    task_types = bind.execute(
        sa.text(
            "SELECT id, name, for_entity FROM task_type WHERE department_id IS NULL ORDER BY created_at, id"
        )
    ).all()
    _rename_duplicates(bind, "task_type", task_types, 40)

    where = sa.text("department_id IS NULL")
    op.create_index(
        TASK_TYPE_INDEX,
        "task_type",
        ["name", "for_entity"],
        unique=True,
        postgresql_where=where,
        sqlite_where=where,
    )
    create_entity_triggers(bind)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS entity_unique_root_name ON entity")
        op.execute("DROP FUNCTION IF EXISTS entity_unique_root_name()")
    else:
        for name in SQLITE_TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_index(TASK_TYPE_INDEX, table_name="task_type")
