"""Casting statistics of shots (Zou's refresh_shot_casting_stats): the count of live assets cast in
a shot (`nb_entities_out`) and, per shot task, how many of them are ready for its step
(`nb_assets_ready`). Computed for many shots at once."""

from collections import defaultdict
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app import events
from app.models import Entity, EntityLink, ProjectTaskTypeLink, Task, TaskType


def live_link_count(entity_ids: list[Any]):
    """Query of (entity id, number of cast assets that are not canceled)."""
    return (
        select(EntityLink.entity_in_id, func.count())
        .join(Entity, Entity.id == EntityLink.entity_out_id)
        .where(EntityLink.entity_in_id.in_(entity_ids), Entity.canceled.is_not(True))
        .group_by(EntityLink.entity_in_id)
    )


async def _priority_maps(session: AsyncSession, project_ids: set[Any]) -> dict[Any, dict[Any, int]]:
    """Per project, the position of each shot task type in the pipeline."""
    query = (
        select(ProjectTaskTypeLink.project_id, ProjectTaskTypeLink.task_type_id, ProjectTaskTypeLink.priority)
        .join(TaskType, TaskType.id == ProjectTaskTypeLink.task_type_id)
        .where(ProjectTaskTypeLink.project_id.in_(project_ids), TaskType.for_entity == "Shot")
    )
    maps: dict[Any, dict[Any, int]] = defaultdict(dict)
    for project_id, task_type_id, priority in (await session.execute(query)).all():
        maps[project_id][task_type_id] = priority
    return maps


def _is_ready(asset: Any, task: Any, priorities: dict[Any, int]) -> bool:
    """A shared asset of another project is always ready; otherwise the step it is ready for
    must come at or after the task's own step (Zou's _is_asset_ready)."""
    if asset.canceled:
        return False
    if asset.is_shared and asset.project_id != task.project_id:
        return True
    if asset.ready_for is None:
        return False
    ready = priorities.get(asset.ready_for, -1) or -1
    own = priorities.get(task.task_type_id, 0) or 0
    return own <= ready


async def _refresh_counts(session: AsyncSession, shots: list[Any], user_id: Any) -> None:
    live = dict((await session.execute(live_link_count([shot.id for shot in shots]))).all())
    for shot in shots:
        count = live.get(shot.id, 0)
        if shot.nb_entities_out != count:
            await session.execute(update(Entity).where(Entity.id == shot.id).values(nb_entities_out=count))
            data = {
                "shot_id": shot.id,
                "nb_entities_out": count,
                "added_asset_ids": [],
                "removed_asset_ids": [],
            }
            events.emit(session, "shot:casting-update", data, project_id=shot.project_id, user_id=user_id)


async def refresh_shots(session: AsyncSession, shot_ids: list[Any], user_id: Any) -> None:
    if not shot_ids:
        return
    await session.flush()
    shots = (
        await session.execute(
            select(Entity.id, Entity.project_id, Entity.nb_entities_out).where(Entity.id.in_(shot_ids))
        )
    ).all()
    if not shots:
        return
    await _refresh_counts(session, list(shots), user_id)
    ids = [shot.id for shot in shots]
    cast = (
        await session.execute(
            select(
                EntityLink.entity_in_id.label("shot_id"),
                Entity.canceled,
                Entity.is_shared,
                Entity.project_id,
                Entity.ready_for,
            )
            .join(Entity, Entity.id == EntityLink.entity_out_id)
            .where(EntityLink.entity_in_id.in_(ids))
        )
    ).all()
    assets_by_shot: dict[Any, list[Any]] = defaultdict(list)
    for row in cast:
        assets_by_shot[row.shot_id].append(row)
    tasks = (
        await session.execute(
            select(Task.id, Task.entity_id, Task.project_id, Task.task_type_id).where(Task.entity_id.in_(ids))
        )
    ).all()
    priorities = await _priority_maps(session, {task.project_id for task in tasks})
    by_value: dict[int, list[Any]] = defaultdict(list)
    for task in tasks:
        ready = sum(
            1
            for asset in assets_by_shot[task.entity_id]
            if _is_ready(asset, task, priorities[task.project_id])
        )
        by_value[ready].append(task)
    for ready, group in by_value.items():
        await session.execute(
            update(Task).where(Task.id.in_([task.id for task in group])).values(nb_assets_ready=ready)
        )
        for task in group:
            data = {"task_id": task.id, "nb_assets_ready": ready}
            events.emit(
                session,
                "task:update-casting-stats",
                data,
                project_id=task.project_id,
                user_id=user_id,
                persist=False,
            )
