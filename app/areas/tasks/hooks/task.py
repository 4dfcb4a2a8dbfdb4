"""`/data/tasks`: members read their open projects' tasks (vendors only theirs), managers and
department supervisors create, supervisors edit planning fields, managers delete."""

import uuid
from typing import Any, ClassVar

from sqlalchemy import bindparam, select
from sqlalchemy.orm import aliased
from sqlmodel import SQLModel

from app import events
from app.areas.entities import kinds as entity_kinds
from app.auth import access_rules, permissions
from app.core.db import fetch_rows
from app.core.errors import ZouError, bad_request, not_found
from app.crud import cascade
from app.crud.hooks import NOT_AN_OBJECT, CrudContext, CrudHooks
from app.models import Entity, EntityType, Notification, Task, TaskType

TASK_EXISTS = "Task already exists."
_CREATION_FACTS = (
    select(TaskType.for_entity, Entity.project_id, EntityType.name)
    .select_from(TaskType)
    .join(Entity, Entity.id == bindparam("entity"))
    .outerjoin(EntityType, EntityType.id == Entity.entity_type_id)
    .where(TaskType.id == bindparam("task_type"))
)
WRONG_TYPE = "Task type of the task does not match entity type."


def _valid_id(data: dict[str, Any], key: str) -> uuid.UUID:
    try:
        return uuid.UUID(str(data.get(key)))
    except ValueError as exc:
        raise bad_request(f"A valid {key} is required.") from exc


class TaskHooks(CrudHooks):
    own_params: ClassVar[frozenset[str]] = frozenset({"episode_id"})
    merged_fields: ClassVar[frozenset[str]] = frozenset({"data"})

    def not_an_object(self) -> ZouError:
        return bad_request(NOT_AN_OBJECT)  # Zou's task creation checks it itself: its handler's shape

    # --- reads -------------------------------------------------------------------------
    async def check_read_list(self, ctx: CrudContext) -> None:
        return None

    async def filter_list(self, ctx: CrudContext, query):
        episode_id = ctx.params.get("episode_id")
        if episode_id is not None:
            try:
                episode = uuid.UUID(episode_id)
            except ValueError as exc:
                raise bad_request(f"Invalid UUID format for episode_id: {episode_id}") from exc
            sequence = aliased(Entity)
            in_episode = (
                select(Entity.id)
                .join(sequence, Entity.parent_id == sequence.id)
                .where(sequence.parent_id == episode)
            )
            query = query.where(Task.entity_id.in_(in_episode))
        if ctx.identity.role == "vendor":
            return query.where(Task.id.in_(access_rules.assigned_task_ids(ctx.user_id)))
        if not ctx.identity.is_admin:
            related = await permissions.related_project_ids(ctx.session, ctx.identity)
            query = query.where(Task.project_id.in_(related))
        return query

    async def check_read_one(self, ctx: CrudContext, instance: dict[str, Any]) -> None:
        await access_rules.check_task_access(ctx.session, ctx.identity, instance)

    # --- create ------------------------------------------------------------------------
    async def check_create(self, ctx: CrudContext, data: dict[str, Any]) -> None:
        task_type_id = _valid_id(data, "task_type_id")
        entity_id = _valid_id(data, "entity_id")
        if "assignees" in data and not isinstance(data["assignees"], list):
            raise bad_request("assignees must be a list.")
        # The task type and the entity (with its type's name) in one read, no ORM instance.
        ids = {"task_type": task_type_id, "entity": entity_id}
        found = (await fetch_rows(ctx.session, _CREATION_FACTS, ids))[1]
        if not found:
            raise not_found()
        for_entity, entity_project_id, entity_type = found[0]
        project_id = data.get("project_id") or entity_project_id
        await access_rules.check_task_creation_access(
            ctx.session, ctx.identity, entity_project_id, task_type_id
        )
        if str(project_id) != str(entity_project_id):
            # The caller manages the entity's project: a task cannot be filed in another one.
            await permissions.check_manager_project_access(ctx.session, ctx.identity, project_id)
        if entity_kinds.base_type_name(entity_type) != (for_entity or "Asset"):
            raise bad_request(WRONG_TYPE)
        data.setdefault("project_id", str(entity_project_id))
        data["name"] = data.get("name") or "main"

    def write_error(self, action: str, exc: ZouError) -> ZouError:
        if action == "new" and exc.body.get("message") != "One of the provided values has an invalid format.":
            return ZouError(400, {"message": TASK_EXISTS})
        return exc

    # --- update ------------------------------------------------------------------------
    async def check_update(self, ctx: CrudContext, instance: dict[str, Any], data: dict[str, Any]) -> None:
        await access_rules.check_supervisor_task_access(ctx.session, ctx.identity, instance, data)

    async def post_update(
        self, ctx: CrudContext, instance: SQLModel, result: dict[str, Any]
    ) -> dict[str, Any]:
        before, after = ctx.state.get("link_changes", {}).get("assignees", (set(), set()))
        for person_id in after - before:
            data = {"task_id": result["id"], "person_id": person_id}
            events.emit(
                ctx.session, "task:assign", data, project_id=result["project_id"], user_id=ctx.user_id
            )
            if person_id != ctx.user_id:
                await self._notify_assignation(ctx, result, person_id)
        for person_id in before - after:
            data = {"task_id": result["id"], "person_id": person_id}
            events.emit(
                ctx.session, "task:unassign", data, project_id=result["project_id"], user_id=ctx.user_id
            )
        return result

    async def _notify_assignation(self, ctx: CrudContext, task: dict[str, Any], person_id: Any) -> None:
        notification = Notification(
            type="assignation", person_id=person_id, author_id=ctx.user_id, task_id=task["id"]
        )
        ctx.session.add(notification)
        await ctx.session.flush()
        events.emit(
            ctx.session,
            "notification:new",
            {"notification_id": notification.id, "person_id": person_id},
            project_id=task["project_id"],
            persist=False,
        )

    # --- delete ------------------------------------------------------------------------
    async def check_delete(self, ctx: CrudContext, instance: dict[str, Any]) -> None:
        await permissions.check_manager_project_access(ctx.session, ctx.identity, instance["project_id"])

    async def pre_delete(self, ctx: CrudContext, instance: SQLModel) -> None:
        if ctx.flag("force"):
            await cascade.clear_task_dependents(ctx.session, [instance.id])  # type: ignore[attr-defined]

    def event_data(self, action: str, instance: dict[str, Any]) -> dict[str, Any]:
        if action == "delete":
            return cascade.task_event_data(instance)
        return super().event_data(action, instance)
