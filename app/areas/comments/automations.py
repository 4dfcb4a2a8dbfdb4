"""A project's status automations, run after a comment set a task's status: "when task type X
reaches status Y, post status Z on the entity's task of type W" or "mark the asset ready for W"."""

from collections.abc import Awaitable, Callable
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app import events
from app.areas.entities import casting_stats
from app.areas.entities.kinds import NOT_ASSET_TYPES
from app.models import (
    Entity,
    EntityLink,
    EntityType,
    ProjectStatusAutomationLink,
    ProjectTaskTypeLink,
    StatusAutomation,
    Task,
    TaskStatus,
    TaskType,
)
from app.models.base import utcnow

# (task to comment, status id, text) -> the new comment
PostComment = Callable[[Task, Any, str], Awaitable[Any]]


async def _priorities(session: AsyncSession, project_id: Any, for_entity: str) -> dict[Any, int]:
    query = (
        select(ProjectTaskTypeLink.task_type_id, ProjectTaskTypeLink.priority)
        .join(TaskType, TaskType.id == ProjectTaskTypeLink.task_type_id)
        .where(ProjectTaskTypeLink.project_id == project_id, TaskType.for_entity == for_entity)
    )
    return {row.task_type_id: row.priority for row in (await session.execute(query)).all()}


async def run(session: AsyncSession, task: Task, user_id: Any, post_comment: PostComment) -> None:
    query = (
        select(StatusAutomation)
        .join(
            ProjectStatusAutomationLink,
            ProjectStatusAutomationLink.status_automation_id == StatusAutomation.id,
        )
        .where(ProjectStatusAutomationLink.project_id == task.project_id)
    )
    for automation in (await session.execute(query)).scalars().all():
        await _apply(session, automation, task, user_id, post_comment)


async def _apply(
    session: AsyncSession, automation: StatusAutomation, task: Task, user_id: Any, post_comment: PostComment
) -> None:
    if (
        automation.archived
        or task.task_type_id != automation.in_task_type_id
        or task.task_status_id != automation.in_task_status_id
    ):
        return
    type_name = (
        await session.execute(
            select(EntityType.name)
            .join(Entity, Entity.entity_type_id == EntityType.id)
            .where(Entity.id == task.entity_id)
        )
    ).scalar() or ""
    wanted = (automation.entity_type or "").lower()
    if (wanted == "asset" and type_name in NOT_ASSET_TYPES) or (
        wanted != "asset" and type_name.lower() != wanted
    ):
        return
    priorities = await _priorities(session, task.project_id, (automation.entity_type or "").capitalize())
    in_priority = priorities.get(automation.in_task_type_id) or 0
    out_priority = priorities.get(automation.out_task_type_id) or 0
    # A change back to an earlier step would start a cycle: Zou leaves it out.
    if automation.out_field_type != "ready_for" and in_priority > out_priority:
        return
    if automation.out_field_type == "status":
        target = (
            await session.execute(
                select(Task)
                .where(Task.entity_id == task.entity_id, Task.task_type_id == automation.out_task_type_id)
                .limit(1)
            )
        ).scalar()
        if target is None:
            return
        in_type = (
            await session.execute(select(TaskType.name).where(TaskType.id == automation.in_task_type_id))
        ).scalar()
        in_status = (
            await session.execute(
                select(TaskStatus.name).where(TaskStatus.id == automation.in_task_status_id)
            )
        ).scalar()
        await post_comment(
            target, automation.out_task_status_id, f"Change triggered by {in_type} set to {in_status}"
        )
    elif automation.out_field_type == "ready_for" and type_name not in NOT_ASSET_TYPES:
        data = {"ready_for": automation.out_task_type_id}
        await session.execute(
            update(Entity).where(Entity.id == task.entity_id).values(updated_at=utcnow(), **data)
        )
        events.emit(
            session, "asset:update", {"asset_id": task.entity_id, "data": data},
            project_id=task.project_id, user_id=user_id,
        )  # fmt: skip
        shots = (
            await session.execute(
                select(EntityLink.entity_in_id).where(EntityLink.entity_out_id == task.entity_id)
            )
        ).scalars()
        await casting_stats.refresh_shots(session, list(shots), user_id)
