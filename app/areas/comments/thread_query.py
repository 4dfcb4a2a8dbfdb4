"""The statements that read a task's comment thread, built once at import with bound parameters
(`task_id`, `project_id`): SQLAlchemy compiles each once and its cache serves every later request.

One row per comment holds its author, editor, status and whether it has previews or attachments
(fetched apart only then: rare on a thread). PostgreSQL aggregates the mentions and
acknowledgements in the same row; SQLite reads them in one more query (it has no arrays).

On PostgreSQL the ids come as their text and the JSON columns as their JSON text: a thread's
hundreds of ids are only sent on, and orjson writes a text at once where asyncpg's own uuid type
costs a Python call each; most JSON values are `[]` or null, recognised without decoding."""

from functools import cache

from sqlalchemy import (
    JSON,
    Select,
    Text,
    Uuid,
    bindparam,
    cast,
    exists,
    func,
    literal_column,
    select,
    union_all,
)
from sqlalchemy.dialects import postgresql
from sqlalchemy.orm import aliased

from app.models import (
    AttachmentFile,
    Comment,
    CommentPreviewLink,
    Person,
    ProjectPersonLink,
    TaskStatus,
    comment_acknoledgments,
    comment_department_mentions,
    comment_mentions,
)

COMMENT_KEYS = tuple(column.name for column in Comment.__table__.columns)
# (key in the answer, link table, column of the other side)
LINKS = (
    ("mentions", comment_mentions, "person"),
    ("acknowledgements", comment_acknoledgments, "person"),
    ("department_mentions", comment_department_mentions, "department"),
)
# The comment's JSON (jsonb) columns, in COMMENT_KEYS: read as text on PostgreSQL (see `as_text`).
JSON_KEYS = tuple(
    column.name
    for column in Comment.__table__.columns
    if isinstance(column.type.dialect_impl(postgresql.dialect()), JSON)
)
_EDITOR = aliased(Person, name="editor")


def _as_text(column):
    """A uuid or JSON column as its text (PostgreSQL), under its own name; others as they are."""
    if isinstance(column.type, Uuid) or column.name in JSON_KEYS:
        return cast(column, Text).label(column.name)
    return column


_TAIL_COLUMNS = (
    Person.first_name.label("author_first_name"),
    Person.last_name.label("author_last_name"),
    Person.has_avatar.label("author_has_avatar"),
    Person.role.label("author_role"),
    _EDITOR.first_name.label("editor_first_name"),
    _EDITOR.last_name.label("editor_last_name"),
    _EDITOR.has_avatar.label("editor_has_avatar"),
    _EDITOR.role.label("editor_role"),
    TaskStatus.name.label("status_name"),
    TaskStatus.short_name.label("status_short_name"),
    TaskStatus.color.label("status_color"),
    exists().where(CommentPreviewLink.comment == Comment.id).label("has_previews"),
    exists().where(AttachmentFile.comment_id == Comment.id).label("has_attachments"),
)


def _aggregated(table, other: str):
    ids = select(func.array_agg(cast(table.c[other], Text))).where(table.c.comment == Comment.id)
    return ids.scalar_subquery()


@cache
def thread(hides_clients: bool, postgres: bool) -> Select:
    """Newest first. `hides_clients`: leave out the comments of the production's clients (an
    artist's view); `postgres`: ids and JSON as text, the link id lists as text array columns."""
    columns = Comment.__table__.columns
    if postgres:
        columns = [_as_text(column) for column in columns]
    links = [_aggregated(table, other).label(key) for key, table, other in LINKS] if postgres else []
    query = (
        select(*columns, *_TAIL_COLUMNS, *links)
        .join(Person, Person.id == Comment.person_id)
        .join(TaskStatus, TaskStatus.id == Comment.task_status_id)
        .outerjoin(_EDITOR, _EDITOR.id == Comment.editor_id)
        .where(Comment.object_id == bindparam("task_id"))
        .order_by(Comment.created_at.desc())
    )
    if hides_clients:
        query = query.outerjoin(
            ProjectPersonLink,
            (ProjectPersonLink.person_id == Person.id)
            & (ProjectPersonLink.project_id == bindparam("project_id")),
        ).where(func.coalesce(ProjectPersonLink.role, Person.role) != "client")
    return query


def _links_of_thread(index: int, table, other: str) -> Select:
    on_thread = select(Comment.id).where(Comment.object_id == bindparam("task_id"))
    return select(literal_column(str(index)), table.c.comment, table.c[other]).where(
        table.c.comment.in_(on_thread)
    )


# (link index in LINKS, comment id, other id) of every comment of the thread
THREAD_LINKS = union_all(*(_links_of_thread(index, *link[1:]) for index, link in enumerate(LINKS)))
