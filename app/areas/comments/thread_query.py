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
    CompoundSelect,
    Select,
    Text,
    bindparam,
    cast,
    exists,
    false,
    func,
    literal_column,
    null,
    or_,
    select,
    true,
    union_all,
)
from sqlalchemy.orm import aliased

from app.auth import access_rules, identity
from app.core.sql import is_json, sent_as_text
from app.models import (
    AttachmentFile,
    Comment,
    CommentPreviewLink,
    Person,
    ProjectPersonLink,
    Task,
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
# The comment's JSON (jsonb) columns, in COMMENT_KEYS: read as text on PostgreSQL (`sent_as_text`).
JSON_KEYS = tuple(column.name for column in Comment.__table__.columns if is_json(column))
_EDITOR = aliased(Person, name="editor")
# Readers who see the comments of the production's clients (the others, artists and vendors, not).
SEES_CLIENTS_COMMENTS = ("admin", "manager", "supervisor", "client")


# What a thread row tells of its author and of its editor, as `<author|editor>_<field>` columns.
_PERSON_FIELDS = ("first_name", "last_name", "has_avatar", "role")


def _tail_columns(author, editor) -> tuple:
    return (
        *(getattr(author, field).label(f"author_{field}") for field in _PERSON_FIELDS),
        *(getattr(editor, field).label(f"editor_{field}") for field in _PERSON_FIELDS),
        TaskStatus.name.label("status_name"),
        TaskStatus.short_name.label("status_short_name"),
        TaskStatus.color.label("status_color"),
        exists().where(CommentPreviewLink.comment == Comment.id).label("has_previews"),
        exists().where(AttachmentFile.comment_id == Comment.id).label("has_attachments"),
    )


def _person_lookup(name: str, key):
    """PostgreSQL: a comment's person (author, editor) looked up by its key, comment by comment.
    Joined, it had PostgreSQL hash the whole person table on every read of a thread (0.3 ms of a
    1.5 ms statement with 500 people, for the editor); OFFSET 0 keeps the lookup from being
    merged back into such a join."""
    person = aliased(Person, name=f"{name}_person")
    found = (
        select(*(getattr(person, field) for field in _PERSON_FIELDS))
        .where(person.id == key)
        .offset(0)
        .correlate(Comment)
    )
    return found.lateral(name)


def _aggregated(table, other: str):
    ids = select(func.array_agg(cast(table.c[other], Text))).where(table.c.comment == Comment.id)
    return ids.scalar_subquery()


def _comments(postgres: bool) -> Select:
    """The thread's rows; `author_role` their author's global role."""
    columns = Comment.__table__.columns
    if postgres:
        columns = [sent_as_text(column) for column in columns]
        links = [_aggregated(table, other).label(key) for key, table, other in LINKS]
        author, editor = (
            _person_lookup("author", Comment.person_id),
            _person_lookup("editor", Comment.editor_id),
        )
        return (
            select(*columns, *_tail_columns(author.c, editor.c), *links)
            .select_from(Comment)
            .join(author, true())
            .join(TaskStatus, TaskStatus.id == Comment.task_status_id)
            .outerjoin(editor, true())
            .where(Comment.object_id == bindparam("task_id"))
        )
    return (
        select(*columns, *_tail_columns(Person, _EDITOR))
        .join(Person, Person.id == Comment.person_id)
        .join(TaskStatus, TaskStatus.id == Comment.task_status_id)
        .outerjoin(_EDITOR, _EDITOR.id == Comment.editor_id)
        .where(Comment.object_id == bindparam("task_id"))
    )


def _not_by_client(comments: Select, project_id):
    """The author of a row of `comments` is no client of the production: their team role first, as
    Zou reads it, else their global role (the team role by its key: one index lookup a comment)."""
    team_role = (
        select(ProjectPersonLink.role)
        .where(ProjectPersonLink.project_id == project_id, ProjectPersonLink.person_id == Comment.person_id)
        .scalar_subquery()
    )
    return func.coalesce(team_role, comments.selected_columns.author_role) != "client"


@cache
def thread(hides_clients: bool, postgres: bool) -> Select:
    """Newest first. `hides_clients`: leave out the comments of the production's clients (an
    artist's view); `postgres`: ids and JSON as text, the link id lists as text array columns."""
    query = _comments(postgres).order_by(Comment.created_at.desc())
    if hides_clients:
        query = query.where(_not_by_client(query, bindparam("project_id")))
    return query


# The task's access fields and the reader's team link, after the comment columns of `task_thread`,
# then the reader: their `person` row whole and whether their token is revoked.
TASK_KEYS = (
    "task_id",
    "task_project_id",
    "task_entity_id",
    "task_type_id",
    "reader_member",
    "reader_link_role",
)
READER_KEYS = ("reader", "reader_revoked")


@cache
def task_thread() -> CompoundSelect:
    """PostgreSQL: the reader, the task, the reader's team link to its production and the comments
    the reader may see, in one statement (neither the caller's checks nor the access checks need a
    round trip of their own). Parameters: `task_id` and `identity.reader_params`.

    The reader's row comes first (comment columns null, then the TASK_KEYS columns, null for an
    unknown task, then the READER_KEYS ones); none for an unknown person. Then the visible
    comments newest first (TASK_KEYS and READER_KEYS columns null). Which comments the reader sees
    follows `access_rules.effective_role`, from the team link read here and the reader's global
    role: artists and vendors do not see the clients' comments. Whatever the caller's checks then
    refuse (`identity.checked_identity`), nothing of the rest is sent."""
    reader = Person.__table__.alias("reader")
    reader_link = aliased(ProjectPersonLink, name="reader_link")
    on_reader_link = (reader_link.project_id == Task.project_id) & (
        reader_link.person_id == bindparam("person_id")
    )
    task_columns = (
        Task.id, Task.project_id, Task.entity_id, Task.task_type_id, reader_link.person_id, reader_link.role,
    )  # fmt: skip
    comments = _comments(True)
    head = (
        select(
            *(null().label(column.name) for column in comments.selected_columns),
            *(column.label(key) for column, key in zip(task_columns, TASK_KEYS, strict=True)),
            reader.table_valued().label(READER_KEYS[0]),
            identity.READER_REVOKED.element.label(READER_KEYS[1]),
            true().label("is_task"),
        )
        .select_from(reader)
        .outerjoin(Task, Task.id == bindparam("task_id"))
        .outerjoin(reader_link, on_reader_link)
        .where(reader.c.id == bindparam("person_id"))
    )
    reader_role = select(reader.c.role).where(reader.c.id == bindparam("person_id")).scalar_subquery()
    role = access_rules.effective_role_sql(reader_role, reader_link.role)
    visible = (
        comments.add_columns(
            *(null().label(key) for key in (*TASK_KEYS, *READER_KEYS)), false().label("is_task")
        )
        .join(Task, Task.id == Comment.object_id)
        .outerjoin(reader_link, on_reader_link)
        .where(
            or_(
                role.in_(access_rules.sql_texts(SEES_CLIENTS_COMMENTS)),
                _not_by_client(comments, Task.project_id),
            )
        )
    )
    return union_all(head, visible).order_by(
        literal_column("is_task").desc(), literal_column("created_at").desc()
    )


def _links_of_thread(index: int, table, other: str) -> Select:
    on_thread = select(Comment.id).where(Comment.object_id == bindparam("task_id"))
    return select(literal_column(str(index)), table.c.comment, table.c[other]).where(
        table.c.comment.in_(on_thread)
    )


# (link index in LINKS, comment id, other id) of every comment of the thread
THREAD_LINKS = union_all(*(_links_of_thread(index, *link[1:]) for index, link in enumerate(LINKS)))
