"""The news feed fixture: on the CRUD tests' small production, a TV-show layout, and news rows written
as the comments area writes them (Zou's columns)."""

import uuid
from dataclasses import dataclass
from datetime import datetime

import pytest

from app.core.unit_of_work import run_in_unit_of_work

T0 = datetime(2026, 1, 5, 10, 0, 0)


@dataclass
class Feed:
    """News ids (as strings): on the studio's asset task (a status change to WIP with a preview,
    then a plain comment), on the show's shot task (a change to Todo), and one in the closed
    project."""

    asset_change: str
    asset_comment: str
    shot_change: str
    closed: str
    preview: str
    second_preview: str


async def _add(session, row) -> str:
    session.add(row)
    await session.flush()
    return str(row.id)


@pytest.fixture
async def feed(studio, show) -> Feed:
    from app import models as m

    admin = uuid.UUID(studio.admin)
    async with run_in_unit_of_work() as uow:
        s = uow.get_session()
        task = uuid.UUID(studio.task)
        preview = await _add(
            s, m.PreviewFile(name="v1", revision=1, position=1, extension="mp4", task_id=task, status="ready")
        )
        second = await _add(
            s,
            m.PreviewFile(name="v1b", revision=1, position=2, extension="png", task_id=task, status="ready"),
        )
        wip_comment = await _add(
            s,
            m.Comment(
                object_id=task, object_type="Task", person_id=admin, task_status_id=uuid.UUID(studio.wip)
            ),
        )
        shot_comment = await _add(
            s,
            m.Comment(
                object_id=uuid.UUID(show.shot_task),
                object_type="Task",
                person_id=admin,
                task_status_id=uuid.UUID(studio.todo),
            ),
        )
        closed_project = uuid.UUID(studio.closed_project)
        closed_asset = await _add(
            s, m.Entity(name="Old", project_id=closed_project, entity_type_id=uuid.UUID(studio.character))
        )
        closed_task = await _add(
            s,
            m.Task(
                name="main",
                project_id=closed_project,
                entity_id=uuid.UUID(closed_asset),
                task_type_id=uuid.UUID(studio.modeling),
                task_status_id=uuid.UUID(studio.todo),
            ),
        )

        def news(minute: int, task_id, comment_id, change: bool, preview_id=None) -> m.News:
            return m.News(
                change=change,
                author_id=admin,
                comment_id=uuid.UUID(comment_id) if comment_id else None,
                task_id=uuid.UUID(str(task_id)),
                preview_file_id=uuid.UUID(preview_id) if preview_id else None,
                created_at=T0.replace(minute=minute),
            )

        ids = Feed(
            asset_change=await _add(s, news(1, task, wip_comment, True, preview)),
            asset_comment=await _add(s, news(2, task, studio.comment, False)),
            shot_change=await _add(s, news(3, show.shot_task, shot_comment, True)),
            closed=await _add(s, news(4, closed_task, None, False)),
            preview=preview,
            second_preview=second,
        )
    return ids
