"""Migration 0006 on a database that already holds news: `news_scope` is filled from them, then its
triggers follow every write the feed's counts depend on (a news item written or deleted, a comment's
status changed, a task moved to another production or left without an entity)."""

import asyncio
import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import (
    Comment,
    Entity,
    EntityType,
    News,
    Person,
    Project,
    ProjectStatus,
    Task,
    TaskStatus,
    TaskType,
)
from app.models.news_scope import NEWS_SCOPE
from tests.db.scratch import downgrade, in_session, migrate

SCOPE = NEWS_SCOPE.c


@dataclass
class Studio:
    show: uuid.UUID
    other_show: uuid.UUID
    todo: uuid.UUID
    wip: uuid.UUID
    task: uuid.UUID
    comment: uuid.UUID
    news: uuid.UUID
    silent_news: uuid.UUID  # no comment


async def _studio(session: AsyncSession) -> Studio:
    open_status = ProjectStatus(name="Open", color="#000000")
    props = EntityType(name="Props")
    todo = TaskStatus(name="Todo", short_name="todo", color="#ffffff")
    wip = TaskStatus(name="WIP", short_name="wip", color="#ffffff")
    modeling = TaskType(name="Modeling", for_entity="Asset")
    author = Person(first_name="Ann", last_name="Author", email="ann@example.com")
    session.add_all([open_status, props, todo, wip, modeling, author])
    await session.flush()
    show, other_show = (Project(name=name, project_status_id=open_status.id) for name in ("Show", "Other"))
    session.add_all([show, other_show])
    await session.flush()
    asset = Entity(name="Chair", project_id=show.id, entity_type_id=props.id)
    session.add(asset)
    await session.flush()
    task = Task(
        name="main", project_id=show.id, entity_id=asset.id, task_type_id=modeling.id, task_status_id=todo.id
    )
    session.add(task)
    await session.flush()
    comment = Comment(object_id=task.id, object_type="Task", person_id=author.id, task_status_id=wip.id)
    session.add(comment)
    await session.flush()
    news = News(change=True, author_id=author.id, comment_id=comment.id, task_id=task.id)
    silent = News(author_id=author.id, task_id=task.id, created_at=datetime(2024, 1, 1))
    session.add_all([news, silent])
    await session.flush()
    return Studio(show.id, other_show.id, todo.id, wip.id, task.id, comment.id, news.id, silent.id)


async def _scope(session: AsyncSession) -> dict[uuid.UUID, tuple]:
    query = select(SCOPE.news_id, SCOPE.project_id, SCOPE.created_at, SCOPE.change, SCOPE.task_status_id)
    return {row[0]: tuple(row[1:]) for row in (await session.execute(query)).all()}


def test_news_scope_is_filled_then_kept(scratch_url):
    migrate(scratch_url, "0005")
    studio = asyncio.run(in_session(scratch_url, _studio))
    migrate(scratch_url, "head")
    scope = asyncio.run(in_session(scratch_url, _scope))
    assert {key: value[:1] + value[2:] for key, value in scope.items()} == {
        studio.news: (studio.show, True, studio.wip),
        studio.silent_news: (studio.show, False, None),
    }
    assert scope[studio.silent_news][1] == datetime(2024, 1, 1)

    async def status_changed(session: AsyncSession):
        await session.execute(update(Comment).values(task_status_id=studio.todo))
        await session.execute(update(Comment).values(text="Same status, nothing to follow"))
        return await _scope(session)

    scope = asyncio.run(in_session(scratch_url, status_changed))
    assert scope[studio.news][3] == studio.todo

    async def task_moved(session: AsyncSession):
        await session.execute(update(Task).values(project_id=studio.other_show))
        return await _scope(session)

    scope = asyncio.run(in_session(scratch_url, task_moved))
    assert {value[0] for value in scope.values()} == {studio.other_show}

    async def entity_left(session: AsyncSession):  # the feed leaves out tasks without an entity
        await session.execute(update(Task).values(entity_id=None))
        return await _scope(session)

    assert {value[0] for value in asyncio.run(in_session(scratch_url, entity_left)).values()} == {None}

    async def news_rewritten(session: AsyncSession):
        await session.execute(update(Task).values(project_id=studio.show))
        await session.execute(
            update(News)
            .where(News.id == studio.silent_news)
            .values(change=True, comment_id=studio.comment, created_at=datetime(2025, 2, 3))
        )
        await session.execute(delete(News).where(News.id == studio.news))
        return await _scope(session)

    assert asyncio.run(in_session(scratch_url, news_rewritten)) == {
        studio.silent_news: (None, datetime(2025, 2, 3), True, studio.todo)
    }


def test_news_scope_downgrade(scratch_url):
    migrate(scratch_url, "head")
    downgrade(scratch_url, "0005")
    migrate(scratch_url, "head")
    assert asyncio.run(in_session(scratch_url, _scope)) == {}
