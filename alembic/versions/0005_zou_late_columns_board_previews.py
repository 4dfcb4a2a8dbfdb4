"""Zou 1.0.97's late columns; the asset board's missing preview written null

- `working_file.validation_status` (not null, "neutral" by default) and `output_file.quality`
  (nullable: low, mid, high): columns Zou 1.0.97 added in its last migration, missing from 0001.
- PostgreSQL's `task_json` (0003) wrote the compact asset board's `last_preview_file_id` as "" when
  a task has no preview; Zou 1.0.97 answers null there as on every other board. The trigger
  functions are redefined without that special case (their bodies rewritten in place, since 0003
  builds them from its own constants) and the stored arrays corrected.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-07 10:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FUNCTIONS = ("task_json_tasks_written", "task_json_links_written", "task_json_entities_written")
EMPTY_PREVIEW = """coalesce(nullif(f.last_preview_file_id, 'null'), '""')"""
PREVIEW = "f.last_preview_file_id"
# The compact tail starts `,<last_comment_date>,<last_preview_file_id>,` on both boards' layouts.
TAIL_PREVIEW = """'^(,(null|"[^"]*"),)""', '\\1null'"""


def _rewrite_functions(old: str, new: str) -> None:
    names = ", ".join(f"'{name}'" for name in FUNCTIONS)
    op.execute(
        f"""
        DO $$ DECLARE definition text; BEGIN
          FOR definition IN SELECT pg_get_functiondef(oid) FROM pg_proc WHERE proname IN ({names}) LOOP
            EXECUTE replace(definition, {_quote(old)}, {_quote(new)});
          END LOOP;
        END $$
        """
    )


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def upgrade() -> None:
    validation = sa.Column("validation_status", sa.String(255), nullable=False, server_default="neutral")
    op.add_column("working_file", validation)
    op.add_column("output_file", sa.Column("quality", sa.String(255), nullable=True))
    if op.get_bind().dialect.name != "postgresql":
        return
    _rewrite_functions(EMPTY_PREVIEW, PREVIEW)
    op.execute(
        f"""UPDATE task_json SET compact_tail = regexp_replace(compact_tail, {TAIL_PREVIEW})
        WHERE compact_tail ~ '^,(null|"[^"]*"),""'"""
    )


def downgrade() -> None:
    # The boards keep answering null for a missing preview: that is Zou's answer, and telling the
    # asset board's "" back apart from the other fields would need 0003's builders again.
    op.drop_column("output_file", "quality")
    op.drop_column("working_file", "validation_status")
