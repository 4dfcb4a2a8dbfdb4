"""`/data/attachment-files`: admin-only but for reading one, allowed to whoever may read the task
of the comment it hangs on (Zou checks the task, not the comment: a client reads the attachments
of its production), or, for chat attachments, the chat's entity."""

from typing import Any

from sqlalchemy import select

from app.auth import access_rules, permissions
from app.core.errors import forbidden
from app.crud.hooks import CrudContext, CrudHooks
from app.models import Chat, ChatMessage, Comment, Entity, Task


class AttachmentFileHooks(CrudHooks):
    async def check_read_one(self, ctx: CrudContext, instance: dict[str, Any]) -> None:
        if ctx.identity.is_admin:
            return
        if instance.get("comment_id") is not None:
            query = (
                select(Task.project_id, Task.entity_id)
                .join(Comment, Comment.object_id == Task.id)
                .where(Comment.id == instance["comment_id"])
            )
            task = (await ctx.session.execute(query)).mappings().first()
            if task is not None:
                await access_rules.check_task_access(ctx.session, ctx.identity, dict(task))
                return
        if instance.get("chat_message_id") is not None:
            query = (
                select(Entity.id, Entity.project_id)
                .join(Chat, Chat.object_id == Entity.id)
                .join(ChatMessage, ChatMessage.chat_id == Chat.id)
                .where(ChatMessage.id == instance["chat_message_id"])
            )
            row = (await ctx.session.execute(query)).first()
            if row is not None:
                await permissions.check_project_access(ctx.session, ctx.identity, row.project_id)
                await access_rules.check_entity_access(ctx.session, ctx.identity, row.id, row.project_id)
                return
        raise forbidden()
