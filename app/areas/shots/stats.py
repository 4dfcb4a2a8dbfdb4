"""Episode statistics of a TV show (Zou's stats_service): task counts and frames per episode,
task type and status, and the retake statistics with their evolution take by take."""

import copy
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from app.models import Entity, Task, TaskPersonLink, TaskStatus

DEFAULT_RETAKE_STATS: dict[str, Any] = {
    "max_retake_count": 0,
    "evolution": {},
    "done": {"count": 0, "frames": 0, "drawings": 0},
    "retake": {"count": 0, "frames": 0, "drawings": 0},
    "other": {"count": 0, "frames": 0, "drawings": 0},
}
DEFAULT_EVOLUTION_STATS: dict[str, Any] = {
    "done": {"count": 0, "frames": 0, "drawings": 0},
    "retake": {"count": 0, "frames": 0, "drawings": 0},
    "other": {"count": 0, "frames": 0, "drawings": 0},
}


def _shot_tasks_by_episode(project_id: Any, assigned_to: Any) -> tuple[Any, Any, Any]:
    sequence = aliased(Entity, name="sequence")
    episode = aliased(Entity, name="episode")
    conditions = [Task.project_id == project_id]
    if assigned_to is not None:
        conditions.append(
            Task.id.in_(select(TaskPersonLink.task_id).where(TaskPersonLink.person_id == assigned_to))
        )
    joins = (
        (TaskStatus, TaskStatus.id == Task.task_status_id),
        (Entity, Entity.id == Task.entity_id),
        (sequence, sequence.id == Entity.parent_id),
        (episode, episode.id == sequence.parent_id),
    )
    return episode, joins, conditions


async def episode_stats(session: AsyncSession, project_id: Any, assigned_to: Any = None) -> dict[str, Any]:
    """`{episode_id|"all": {task_type_id|"all": {task_status_id: {name, color, count, frames,
    drawings}}}}`."""
    episode, joins, conditions = _shot_tasks_by_episode(project_id, assigned_to)
    keys = (episode.id, Task.task_type_id, Task.task_status_id, TaskStatus.short_name, TaskStatus.color)
    sums = (func.count(Task.id), func.sum(Entity.nb_frames), func.sum(Task.nb_drawings))
    query = select(*keys, *sums).select_from(Task)
    for target, condition in joins:
        query = query.join(target, condition)
    query = query.where(*conditions).group_by(*keys)
    results: dict[str, Any] = {}
    for episode_id, task_type_id, status_id, name, color, count, frames, drawings in (
        await session.execute(query)
    ).all():
        entry = {
            "name": name,
            "color": color,
            "count": count,
            "frames": frames or 0,
            "drawings": drawings or 0,
        }
        episode_key, type_key, status_key = str(episode_id), str(task_type_id), str(status_id)
        per_episode = results.setdefault(episode_key, {})
        per_episode.setdefault(type_key, {})[status_key] = dict(entry)
        totals = results.setdefault("all", {"all": {}})
        for bucket in (
            per_episode.setdefault("all", {}),
            totals.setdefault(type_key, {}),
            totals["all"],
        ):
            total = bucket.setdefault(
                status_key, {"name": name, "color": color, "count": 0, "frames": 0, "drawings": 0}
            )
            total["count"] += count or 0
            total["frames"] += frames or 0
            total["drawings"] += drawings or 0
    return results


def _add(bucket: dict[str, int], nb_frames: int | None, nb_drawings: int | None) -> None:
    bucket["count"] += 1
    bucket["frames"] += nb_frames or 0
    bucket["drawings"] += nb_drawings or 0


async def episode_retake_stats(session: AsyncSession, project_id: Any, assigned_to: Any = None) -> dict:
    """Current done/retake/other counts per episode and task type, and how retakes evolved."""
    episode, joins, conditions = _shot_tasks_by_episode(project_id, assigned_to)
    query = select(
        episode.id, Entity.nb_frames, Task.nb_drawings, Task.task_type_id, Task.retake_count,
        TaskStatus.is_done, TaskStatus.is_retake,
    ).select_from(Task)  # fmt: skip
    for target, condition in joins:
        query = query.join(target, condition)
    rows = (await session.execute(query.where(*conditions))).all()
    results: dict[str, Any] = {"all": {"all": copy.deepcopy(DEFAULT_RETAKE_STATS)}}
    for episode_id, nb_frames, nb_drawings, task_type_id, retake_count, is_done, is_retake in rows:
        episode_key, type_key = str(episode_id), str(task_type_id)
        results.setdefault(episode_key, {"all": copy.deepcopy(DEFAULT_RETAKE_STATS)})
        results["all"].setdefault(type_key, copy.deepcopy(DEFAULT_RETAKE_STATS))
        results[episode_key].setdefault(type_key, copy.deepcopy(DEFAULT_RETAKE_STATS))
        for key1, key2 in (("all", "all"), ("all", type_key), (episode_key, "all"), (episode_key, type_key)):
            entry = results[key1][key2]
            entry["max_retake_count"] = max(entry["max_retake_count"], retake_count or 0)
            # The present state favours done over retake.
            bucket = "done" if is_done else "retake" if is_retake else "other"
            _add(entry[bucket], nb_frames, nb_drawings)
    # The evolution needs each entry's max retake count, hence a second pass.
    for episode_id, nb_frames, nb_drawings, task_type_id, retake_count, is_done, _is_retake in rows:
        retakes = retake_count or 0
        for key2 in ("all", str(task_type_id)):
            entry = results[str(episode_id)][key2]
            for take in range(1, entry["max_retake_count"] + 1):
                stats = entry["evolution"].setdefault(str(take), copy.deepcopy(DEFAULT_EVOLUTION_STATS))
                bucket = "retake" if retakes > 0 and take <= retakes else "done" if is_done else "other"
                _add(stats[bucket], nb_frames, nb_drawings)
    return results
