"""The shot tests: the CRUD tests' small production and a TV-show layout on top of it."""

import uuid
from dataclasses import dataclass
from datetime import timedelta

import pytest
from sqlalchemy import select

from app.core.unit_of_work import run_in_unit_of_work
from app.models.base import utcnow
from tests.crud.conftest import add_to_team, member, studio  # noqa: F401


@dataclass
class Show:
    """A TV-show layout in the studio's project (ids as strings)."""

    episode: str
    sequence: str
    shot: str
    scene: str
    edit: str
    shot_task: str
    scene_task: str
    edit_task: str
    episode_task: str
    sequence_task: str
    asset_task_in_episode: str
    episode_asset: str
    preview: str
    compositing: str


async def _type_id(session, name: str):
    from app.areas.entities.kinds import get_or_create_type

    return (await get_or_create_type(session, name)).id


@pytest.fixture
async def show(studio) -> Show:
    """E01 > SQ_E (with a task) > SH_E (animation task with a preview, cast with the studio's asset,
    one version) and scene SC_E (a task); edit ED_E (a task) under E01; asset Prop_E whose main
    episode is E01 (a modeling task); the episode itself has a task."""
    from app import models as m

    project = uuid.UUID(studio.project)
    admin = uuid.UUID(studio.admin)
    async with run_in_unit_of_work() as uow:
        s = uow.get_session()
        types = {name: await _type_id(s, name) for name in ("Episode", "Sequence", "Shot", "Scene", "Edit")}
        character = uuid.UUID(studio.character)

        def entity(name, kind, parent=None, **extra):
            row = m.Entity(
                name=name, project_id=project, entity_type_id=types.get(kind, character), parent_id=parent,
                created_by=admin, **extra,
            )  # fmt: skip
            s.add(row)
            return row

        episode = entity("E01", "Episode")
        await s.flush()
        sequence = entity("SQ_E", "Sequence", episode.id)
        edit = entity("ED_E", "Edit", episode.id)
        asset = entity("Prop_E", "Character", source_id=episode.id)
        await s.flush()
        shot = entity("SH_E", "Shot", sequence.id, nb_frames=48, data={"frame_in": 1, "frame_out": 48})
        scene = entity("SC_E", "Scene", sequence.id)
        await s.flush()
        compositing = (
            await s.execute(select(m.TaskType.id).where(m.TaskType.name == "Compositing").limit(1))
        ).scalar()
        todo, animation, modeling = (
            uuid.UUID(studio.todo),
            uuid.UUID(studio.animation),
            uuid.UUID(studio.modeling),
        )

        def task(entity_row, task_type, **extra):
            row = m.Task(
                name="main", project_id=project, entity_id=entity_row.id, task_type_id=task_type,
                task_status_id=todo, **extra,
            )  # fmt: skip
            s.add(row)
            return row

        now = utcnow().replace(microsecond=0)
        shot_task = task(shot, animation, last_comment_date=now, retake_count=2)
        scene_task = task(scene, animation)
        edit_task = task(edit, compositing)
        episode_task = task(episode, compositing)
        sequence_task = task(sequence, animation)
        asset_task = task(asset, modeling)
        await s.flush()
        preview = m.PreviewFile(
            name="v1", revision=1, extension="mp4", task_id=shot_task.id, duration=2.0, status="ready",
            created_at=now - timedelta(minutes=5),
        )  # fmt: skip
        s.add(preview)
        s.add(m.EntityLink(entity_in_id=shot.id, entity_out_id=uuid.UUID(studio.asset), nb_occurences=1))
        s.add(m.EntityVersion(entity_id=shot.id, name="SH_OLD", data={"frame_in": 1}, person_id=admin))
        await s.flush()
        ids = {
            "episode": episode.id, "sequence": sequence.id, "shot": shot.id, "scene": scene.id,
            "edit": edit.id,
            "shot_task": shot_task.id, "scene_task": scene_task.id, "edit_task": edit_task.id,
            "episode_task": episode_task.id, "sequence_task": sequence_task.id,
            "asset_task_in_episode": asset_task.id, "episode_asset": asset.id, "preview": preview.id,
            "compositing": compositing,
        }  # fmt: skip
    return Show(**{key: str(value) for key, value in ids.items()})


async def rows(model_name: str, **criteria):
    """Rows of a table matching column values (to check what a request wrote)."""
    from app import models

    model = getattr(models, model_name)
    query = select(model)
    for key, value in criteria.items():
        is_id = key == "id" or key.endswith("_id")
        query = query.where(
            getattr(model, key) == (uuid.UUID(value) if is_id and isinstance(value, str) else value)
        )
    async with run_in_unit_of_work() as uow:
        return list((await uow.get_session().execute(query)).scalars().all())


__all__ = ["Show", "add_to_team", "member", "rows", "show", "studio"]
