"""Zou's to-do task row, shown by every list of tasks to work on (a person's tasks, the open task
pool, the caller's to-do lists): the entity chain it reads, the episode it resolves, the episodes
an asset is cast in, and each task's last comment."""

from typing import Any

from sqlalchemy import Select, func, select, true
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from app.core.db import fetch_rows
from app.core.sql import in_ids, is_postgres, uuid_text
from app.models import Comment, Entity, EntityLink, EntityType, Person, Project, ProjectPersonLink, Task

TASK_COLUMNS = list(Task.__table__.columns)  # type: ignore[attr-defined]


class EntityChain:
    """The task's entity with its type, its sequence and that sequence's episode, and its source
    (an asset's main episode): the columns the row shows of them and the joins reaching them."""

    def __init__(self) -> None:
        self.sequence, self.episode, self.source = aliased(Entity), aliased(Entity), aliased(Entity)

    def columns(self) -> list[Any]:
        """Read by `shape_task_row`, which turns the `_`-suffixed and `source_name` ones into the
        row's episode."""
        return [
            Project.name.label("project_name"),
            Project.has_avatar.label("project_has_avatar"),
            Entity.name.label("entity_name"),
            Entity.description.label("entity_description"),
            Entity.data.label("entity_data"),
            Entity.preview_file_id.label("entity_preview_file_id"),
            Entity.source_id.label("entity_source_id"),
            Entity.parent_id.label("entity_parent_id"),
            EntityType.name.label("entity_type_name"),
            Entity.canceled.label("entity_canceled"),
            self.sequence.name.label("sequence_name"),
            self.episode.id.label("episode_id_"),
            self.episode.name.label("episode_name_"),
            self.source.name.label("source_name"),
        ]

    def join(self, query: Select) -> Select:
        """The joins after the task's entity (and its project) are joined."""
        return (
            query.join(EntityType, EntityType.id == Entity.entity_type_id)
            .outerjoin(self.sequence, self.sequence.id == Entity.parent_id)
            .outerjoin(self.episode, self.episode.id == self.sequence.parent_id)
            .outerjoin(self.source, self.source.id == Entity.source_id)
        )


async def parent_names(session: AsyncSession, rows: list[dict[str, Any]]) -> dict[Any, str]:
    """Names of the episodes holding the rows' sequences."""
    ids = [row["entity_parent_id"] for row in rows if row["entity_type_name"] == "Sequence"]
    ids = [value for value in ids if value is not None]
    if not ids:
        return {}
    return dict((await session.execute(select(Entity.id, Entity.name).where(Entity.id.in_(ids)))).all())


def shape_task_row(row: dict[str, Any], parents: dict[Any, str]) -> None:
    """Zou's to-do row: ids as text (empty when absent), the episode from the sequence, the
    asset's main episode ("MP" when it is gone) or the sequence's parent."""
    episode_id, episode_name = row.pop("episode_id_"), row.pop("episode_name_")
    source_name = row.pop("source_name")
    parent_id = row.pop("entity_parent_id")
    source_id = row["entity_source_id"]
    if episode_id is None and source_id is not None:
        episode_id, episode_name = source_id, source_name or "MP"
    if row["entity_type_name"] == "Sequence" and parent_id is not None:
        episode_id, episode_name = parent_id, parents.get(parent_id)
    row["entity_preview_file_id"] = str(row["entity_preview_file_id"] or "")
    row["entity_source_id"] = str(source_id or "")
    row["episode_id"] = str(episode_id or "")
    row["episode_name"] = episode_name


_CAST_EPISODE = aliased(Entity, name="cast_episode")


async def cast_episodes(session: AsyncSession, entity_ids: list[Any]) -> dict[Any, list[tuple[Any, str]]]:
    """The episodes each entity is cast in (id and name), by name."""
    entity_ids = list(dict.fromkeys(entity_ids))
    if not entity_ids:
        return {}
    episode = _CAST_EPISODE
    query = (
        select(EntityLink.entity_out_id, episode.id, episode.name)
        .join(episode, episode.id == EntityLink.entity_in_id)
        .join(EntityType, EntityType.id == episode.entity_type_id)
        .where(EntityType.name == "Episode", in_ids(EntityLink.entity_out_id, entity_ids))
        .order_by(episode.name)
    )
    found: dict[Any, list[tuple[Any, str]]] = {}
    for asset_id, episode_id, name in (await fetch_rows(session, query))[1]:
        found.setdefault(asset_id, []).append((episode_id, name))
    return found


def add_cast_episodes(row: dict[str, Any], episodes: dict[Any, list[tuple[Any, str]]]) -> None:
    """A row whose entity is cast in episodes carries their `episode_ids` and `episode_names`."""
    cast = episodes.get(row["entity_id"])
    if cast:
        row["episode_ids"] = [episode_id for episode_id, _ in cast]
        row["episode_names"] = [name for _, name in cast]


COMMENT_COLUMNS = (Comment.text, Comment.created_at, Comment.person_id)


def _visible_comments(*columns: Any, join_task: bool) -> Select:
    """Comments on a task not written by a client of its project (a team role overrides the
    person's role): the candidates for its last comment. Without `join_task` the task is the
    enclosing query's (a lateral subquery)."""
    query = select(*columns).select_from(Comment)
    if join_task:
        query = query.join(Task, Task.id == Comment.object_id)
    author_role = func.coalesce(ProjectPersonLink.role, Person.role)
    return (
        query.join(Person, Person.id == Comment.person_id)
        .outerjoin(
            ProjectPersonLink,
            (ProjectPersonLink.person_id == Person.id) & (ProjectPersonLink.project_id == Task.project_id),
        )
        .where(Comment.object_id == Task.id, author_role != "client")
    )


def newest_visible_comment(sent_on: bool = False) -> Any:
    """PostgreSQL: the enclosing task's comments read newest first, their author's role looked up
    one comment at a time until a visible one. Joining every comment to its author's role before
    sorting, as the plain form does, looked up ~50 roles a task for the one comment kept (4x the
    time); OFFSET 0 keeps the planner from merging the ordered read into the role checks.
    `sent_on`: the author's id as text and a `found` column, for a row sent on as it is read."""
    ordered = (
        select(*COMMENT_COLUMNS)
        .where(Comment.object_id == Task.id)
        .order_by(Comment.created_at.desc())
        .offset(0)
        .correlate(Task)
        .lateral("newest_comments")
    )
    team_role = (
        select(ProjectPersonLink.role)
        .where(
            ProjectPersonLink.project_id == Task.project_id,
            ProjectPersonLink.person_id == ordered.c.person_id,
        )
        .correlate(Task, ordered)
        .scalar_subquery()
    )
    own_role = select(Person.role).where(Person.id == ordered.c.person_id).scalar_subquery()
    person_id = uuid_text(ordered.c.person_id).label("person_id") if sent_on else ordered.c.person_id
    found = [true().label("found")] if sent_on else []
    return (
        select(ordered.c.text, ordered.c.created_at, person_id, *found)
        .where(func.coalesce(team_role, own_role) != "client")
        .limit(1)
        .lateral("latest")
    )


def _last_comments_query(task_ids: list[Any]) -> Select:
    """Only each task's latest visible comment leaves the database (reading all of them, ~50 a
    task, to keep one was most of a to-do list's time): a lateral LIMIT 1 on PostgreSQL, a
    ranking window on SQLite (which has no LATERAL)."""
    newest_first = Comment.created_at.desc()
    if is_postgres():
        latest = newest_visible_comment()
        return (
            select(Task.id, latest.c.text, latest.c.created_at, latest.c.person_id)
            .join(latest, true())
            .where(in_ids(Task.id, task_ids))
        )
    rank = func.row_number().over(partition_by=Comment.object_id, order_by=newest_first)
    ranked = (
        _visible_comments(Comment.object_id, *COMMENT_COLUMNS, rank.label("rank"), join_task=True)
        .where(Comment.object_id.in_(task_ids))
        .subquery()
    )
    return select(ranked.c.object_id, ranked.c.text, ranked.c.created_at, ranked.c.person_id).where(
        ranked.c.rank == 1
    )


async def last_comments(session: AsyncSession, task_ids: list[Any]) -> dict[Any, dict[str, Any]]:
    """Each task's latest comment not written by a client of its project."""
    if not task_ids:
        return {}
    _keys, rows = await fetch_rows(session, _last_comments_query(task_ids))
    return {
        task_id: {"text": text, "date": created_at, "person_id": person_id}
        for task_id, text, created_at, person_id in rows
    }
