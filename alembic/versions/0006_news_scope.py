"""news_scope: each news item's production and status, kept by triggers (PostgreSQL and SQLite)

A production's news feed answers its size and its status changes counted by status with every
page. The production is the news item's task's, the status its comment's: with a studio's news
only reachable through those joins, each page read every news item of the studio (a production
holds ~20,000 among ~100,000) and probed a comment for each of its own. `news_scope` keeps, per
news item, the task's production (null when the task has no entity: the feed leaves those out),
the news' date and change flag and the comment's status, with one index in the feed's order and
an index grouped by the counted columns: the page is the first rows of one index range, the
counts one index-only pass over another, already in group order.

Triggers keep it in the writing transaction, so no write path (comment posting, edits of a
comment's status, moves, CRUD, imports, bulk loads) can forget it: a news item written (its task,
comment, date or flag), a comment's status changed, a task's production or entity changed. A news
item's row goes with it (foreign key cascade). Not a Zou table and not a model (no answer shows it).

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-07 13:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLE = """
CREATE TABLE news_scope (
  news_id {uuid} PRIMARY KEY REFERENCES news (id) ON DELETE CASCADE,
  project_id {uuid},
  created_at {timestamp},
  change boolean NOT NULL,
  task_status_id {uuid}
)
"""
# The page: newest first within a production (the id breaks ties, as the feed orders). The counts:
# a production's range already grouped by change and status, read alone and in order.
INDEXES = (
    "CREATE INDEX ix_news_scope_feed ON news_scope (project_id, created_at DESC, news_id DESC)",
    "CREATE INDEX ix_news_scope_counts ON news_scope (project_id, change, task_status_id)",
)
# The production whose feed shows a news item of task `t`.
FEED_PROJECT = "CASE WHEN {t}.entity_id IS NOT NULL THEN {t}.project_id END"


def _rows(news: str) -> str:
    """news_scope's rows of the news items in `news`."""
    return (
        "SELECT n.id, " + FEED_PROJECT.format(t="t") + ", n.created_at, n.change, c.task_status_id "
        f"FROM {news} n JOIN task t ON t.id = n.task_id LEFT JOIN comment c ON c.id = n.comment_id"
    )


INSERT = "INSERT INTO news_scope (news_id, project_id, created_at, change, task_status_id) "
NEWS_FIELDS = "task_id, comment_id, created_at, change"

# PostgreSQL: statement triggers for written news (a bulk load is one join), row triggers with a
# WHEN for comments and tasks, so their frequent other updates cost nothing.
POSTGRESQL = (
    f"""
    CREATE FUNCTION news_scope_news_written() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      {INSERT} {_rows("written_news")}
      ON CONFLICT (news_id) DO UPDATE SET project_id = excluded.project_id,
        created_at = excluded.created_at, change = excluded.change,
        task_status_id = excluded.task_status_id;
      RETURN NULL;
    END
    $$
    """,
    """
    CREATE FUNCTION news_scope_comment_status() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      UPDATE news_scope SET task_status_id = NEW.task_status_id
      WHERE news_id IN (SELECT id FROM news WHERE comment_id = NEW.id);
      RETURN NULL;
    END
    $$
    """,
    f"""
    CREATE FUNCTION news_scope_task_project() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      UPDATE news_scope SET project_id = {FEED_PROJECT.format(t="NEW")}
      WHERE news_id IN (SELECT id FROM news WHERE task_id = NEW.id);
      RETURN NULL;
    END
    $$
    """,
    "CREATE TRIGGER news_scope_inserted AFTER INSERT ON news REFERENCING NEW TABLE AS written_news "
    "FOR EACH STATEMENT EXECUTE FUNCTION news_scope_news_written()",
    "CREATE TRIGGER news_scope_updated AFTER UPDATE ON news REFERENCING NEW TABLE AS written_news "
    "FOR EACH STATEMENT EXECUTE FUNCTION news_scope_news_written()",
    "CREATE TRIGGER news_scope_comment_status AFTER UPDATE OF task_status_id ON comment FOR EACH ROW "
    "WHEN (OLD.task_status_id IS DISTINCT FROM NEW.task_status_id) "
    "EXECUTE FUNCTION news_scope_comment_status()",
    "CREATE TRIGGER news_scope_task_project AFTER UPDATE OF project_id, entity_id ON task FOR EACH ROW "
    "WHEN (OLD.project_id IS DISTINCT FROM NEW.project_id OR OLD.entity_id IS DISTINCT FROM NEW.entity_id) "
    "EXECUTE FUNCTION news_scope_task_project()",
)
# SQLite: row triggers only (no transition tables); the same rows.
SQLITE = (
    f"""
    CREATE TRIGGER news_scope_inserted AFTER INSERT ON news BEGIN
      {INSERT} {_rows("news")} WHERE n.id = NEW.id;
    END
    """,
    f"""
    CREATE TRIGGER news_scope_updated AFTER UPDATE OF {NEWS_FIELDS} ON news BEGIN
      DELETE FROM news_scope WHERE news_id = NEW.id;
      {INSERT} {_rows("news")} WHERE n.id = NEW.id;
    END
    """,
    """
    CREATE TRIGGER news_scope_comment_status AFTER UPDATE OF task_status_id ON comment
    WHEN OLD.task_status_id IS NOT NEW.task_status_id BEGIN
      UPDATE news_scope SET task_status_id = NEW.task_status_id
      WHERE news_id IN (SELECT id FROM news WHERE comment_id = NEW.id);
    END
    """,
    f"""
    CREATE TRIGGER news_scope_task_project AFTER UPDATE OF project_id, entity_id ON task
    WHEN OLD.project_id IS NOT NEW.project_id OR OLD.entity_id IS NOT NEW.entity_id BEGIN
      UPDATE news_scope SET project_id = {FEED_PROJECT.format(t="NEW")}
      WHERE news_id IN (SELECT id FROM news WHERE task_id = NEW.id);
    END
    """,
)
TYPES = {
    "postgresql": {"uuid": "uuid", "timestamp": "timestamp without time zone"},
    # SQLAlchemy's Uuid and DateTime as SQLite stores them (the triggers copy the stored values).
    "sqlite": {"uuid": "CHAR(32)", "timestamp": "DATETIME"},
}
TRIGGERS = {
    "news_scope_inserted": "news",
    "news_scope_updated": "news",
    "news_scope_comment_status": "comment",
    "news_scope_task_project": "task",
}
FUNCTIONS = ("news_scope_news_written()", "news_scope_comment_status()", "news_scope_task_project()")


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    op.execute(TABLE.format(**TYPES[dialect]))
    for index in INDEXES:
        op.execute(index)
    for statement in POSTGRESQL if dialect == "postgresql" else SQLITE:
        op.execute(statement)
    op.execute(INSERT + _rows("news"))


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    for trigger, table in TRIGGERS.items():
        op.execute(f"DROP TRIGGER {trigger}" + (f" ON {table}" if dialect == "postgresql" else ""))
    if dialect == "postgresql":
        for function in FUNCTIONS:
            op.execute(f"DROP FUNCTION {function}")
    op.execute("DROP TABLE news_scope")
