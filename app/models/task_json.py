"""`task_json`: every task's board fields as ready JSON texts (PostgreSQL only).

Derived data, not a Zou table: triggers on `task` and `task_person_link` write it (migration
0003) and only the with-tasks boards read it (`app/areas/boards/text.py`). It lives on a
metadata of its own, so no model code, test reset or schema comparison treats it as a table
the application writes.
"""

from sqlalchemy import Column, MetaData, Table, Text
from sqlalchemy.types import Uuid

# One text column per task field, named after it, holding the field's JSON.
STORED_FIELDS = (
    "id", "entity_id", "task_status_id", "task_type_id", "last_preview_file_id", "assigner_id",
    "due_date", "done_date", "end_date", "start_date", "real_start_date", "last_comment_date",
    "duration", "estimation", "priority", "retake_count", "difficulty", "nb_assets_ready",
    "nb_drawings", "data", "assignees",
)  # fmt: skip

TASK_JSON = Table(
    "task_json",
    MetaData(),
    Column("task_id", Uuid, primary_key=True),
    Column("task_entity_id", Uuid),
    *(Column(name, Text, nullable=False) for name in STORED_FIELDS),
    # Tasks of assets and shots: the whole compact array of their board (`compact=true`), cut
    # around the reader's subscription flag; null for the tasks of other entities.
    Column("compact_head", Text),
    Column("compact_tail", Text),
)
