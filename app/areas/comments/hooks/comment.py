"""`/data/comments`: admins list and create (comments are posted through the task actions);
readers follow the client/artist visibility rules; authors edit, managers moderate; removing a
comment removes its previews and puts the task back in the state its other comments give."""

from typing import Any, ClassVar

from sqlalchemy import select
from sqlmodel import SQLModel

from app import events
from app.areas.comments import mentions, notify, task_state
from app.areas.comments import rules as comments_rules
from app.areas.comments.rows import comment_with_relations, short_persons
from app.auth import access_rules, permissions
from app.auth.access_rules import effective_role
from app.core.errors import forbidden
from app.crud import cascade
from app.crud.hooks import CrudContext, CrudHooks
from app.models import AttachmentFile, Person, Task


async def _task(ctx: CrudContext, task_id: Any) -> Task | None:
    return await ctx.session.get(Task, task_id)


def _list_checklist(data: dict[str, Any]) -> dict[str, Any]:
    # Zou's model turns a null checklist into [] whatever writes it.
    if "checklist" in data and data["checklist"] is None:
        data["checklist"] = []
    return data


class CommentHooks(CrudHooks):
    protected_fields: ClassVar[frozenset[str]] = frozenset({"mentions", "department_mentions"})
    malformed_id_not_found: ClassVar[frozenset[str]] = frozenset({"GET", "DELETE"})

    async def check_read_one(self, ctx: CrudContext, instance: dict[str, Any]) -> None:
        await access_rules.check_comment_access(ctx.session, ctx.identity, instance)

    async def clean_get_result(self, ctx: CrudContext, result: dict[str, Any]) -> dict[str, Any]:
        # Zou embeds the author, and each reply's, so guest commenters render with a name.
        replies = [reply for reply in result.get("replies") or [] if isinstance(reply, dict)]
        authors = await short_persons(
            ctx.session, [result.get("person_id"), *(reply.get("person_id") for reply in replies)]
        )
        if result.get("person_id"):
            result["person"] = authors.get(str(result["person_id"]))
        for reply in replies:
            if reply.get("person_id"):
                reply["person"] = authors.get(str(reply["person_id"]))
        task = await _task(ctx, result["object_id"])
        if task is not None and await effective_role(ctx.session, ctx.identity, task.project_id) == "client":
            author_role = (
                await ctx.session.execute(select(Person.role).where(Person.id == result["person_id"]))
            ).scalar()
            if author_role != "client":
                result.update(text="", attachment_files=[], checklist=[])
        if result.get("attachment_files"):
            query = select(
                AttachmentFile.id, AttachmentFile.name, AttachmentFile.extension, AttachmentFile.size
            )
            rows = (
                await ctx.session.execute(query.where(AttachmentFile.id.in_(result["attachment_files"])))
            ).all()
            result["attachment_files"] = [dict(row._mapping) for row in rows]
        return result

    # --- update ------------------------------------------------------------------------
    async def check_update(self, ctx: CrudContext, instance: dict[str, Any], data: dict[str, Any]) -> None:
        await comments_rules.check_update_access(ctx.session, ctx.identity, instance, data)
        ctx.state["previous_status"] = instance["task_status_id"]

    async def prepare_create(self, ctx: CrudContext, data: dict[str, Any]) -> dict[str, Any]:
        return _list_checklist(data)

    async def prepare_update(
        self, ctx: CrudContext, instance: SQLModel, data: dict[str, Any]
    ) -> dict[str, Any]:
        data["editor_id"] = ctx.user_id
        return _list_checklist(data)

    async def post_update(
        self, ctx: CrudContext, instance: SQLModel, result: dict[str, Any]
    ) -> dict[str, Any]:
        task = await _task(ctx, result["object_id"])
        project_id = task.project_id if task is not None else None
        ctx.state["project_id"] = project_id
        if task is None:
            return result
        await mentions.set_mentions(ctx.session, result["id"], project_id, result.get("text"))
        previous = ctx.state.get("previous_status")
        if previous != result["task_status_id"]:
            await task_state.reset_task_data(ctx.session, task, ctx.user_id)
            self._status_changed(
                ctx, task.id, previous, result["task_status_id"], result["person_id"], project_id
            )
        row = await comment_with_relations(ctx.session, instance)  # type: ignore[arg-type]
        await notify.reset_mention_notifications(ctx.session, task, row, ctx.user_id)
        return result

    def _status_changed(
        self, ctx: CrudContext, task_id: Any, old: Any, new: Any, person_id: Any, project_id: Any
    ):
        data = {
            "task_id": task_id,
            "new_task_status_id": new,
            "previous_task_status_id": old,
            "person_id": person_id,
        }
        events.emit(ctx.session, "task:status-changed", data, project_id=project_id, user_id=ctx.user_id)

    # --- delete ------------------------------------------------------------------------
    async def check_delete(self, ctx: CrudContext, instance: dict[str, Any]) -> None:
        task = await _task(ctx, instance["object_id"])
        ctx.state["project_id"] = task.project_id if task is not None else None
        ctx.state["previous_status"] = task.task_status_id if task is not None else None
        # Zou: managers moderate the comments of their projects, others delete only their own.
        if ctx.identity.role in ("admin", "manager") and task is not None:
            await permissions.check_project_access(ctx.session, ctx.identity, task.project_id)
        elif not ctx.identity.is_admin and instance["person_id"] != ctx.user_id:
            raise forbidden()

    async def pre_delete(self, ctx: CrudContext, instance: SQLModel) -> None:
        comment_id = instance.id  # type: ignore[attr-defined]
        # Everything hanging on the comment goes; the engine then deletes the row itself.
        previews = await cascade.comment_previews(ctx.session, [comment_id])
        await cascade.clear_comment_dependents(ctx.session, [comment_id])
        ctx.state["previews"] = previews

    async def post_delete(self, ctx: CrudContext, instance: dict[str, Any]) -> None:
        await cascade.remove_preview_files(ctx.session, ctx.state.get("previews", []))
        task = await _task(ctx, instance["object_id"])
        if task is None:
            return
        await task_state.reset_task_data(ctx.session, task, ctx.user_id)
        if task.task_status_id != ctx.state.get("previous_status"):
            self._status_changed(
                ctx,
                task.id,
                ctx.state["previous_status"],
                task.task_status_id,
                instance["person_id"],
                task.project_id,
            )

    def project_id_of(self, ctx: CrudContext, instance: dict[str, Any]) -> Any:
        return ctx.state.get("project_id")
