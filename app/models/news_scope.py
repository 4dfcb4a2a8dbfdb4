"""`news_scope`: each news item's production and status change, as the news feed counts them.

Derived data, not a Zou table: triggers on `news`, `comment` and `task` write it (migration 0006)
and only the news feed reads it (`app/areas/news/service.py`). A production's news are a few
thousand among a studio's hundreds of thousands, reachable only through their task (for the
production) and their comment (for the status): counting a feed by status read every news item of
the studio. Here they are one index range per production, already in the feed's order. It lives
on a metadata of its own, so no model, answer, test reset or schema comparison treats it as a
table the application writes.
"""

from sqlalchemy import Boolean, Column, MetaData, Table
from sqlalchemy.types import Uuid

from app.models.types import NaiveDateTime

NEWS_SCOPE = Table(
    "news_scope",
    MetaData(),
    Column("news_id", Uuid, primary_key=True),
    # The task's production, null when the task has no entity (the feed leaves those out).
    Column("project_id", Uuid),
    Column("created_at", NaiveDateTime),
    Column("change", Boolean, nullable=False),
    # The status the news item's comment set (null without a comment or a status).
    Column("task_status_id", Uuid),
)
