"""`/data/attachment-files`: admin-only but for reading one, allowed to whoever may read the
comment it hangs on (or, for chat attachments, the chat's entity)."""

from typing import Any

from sqlalchemy import select

from app.auth import access_rules, permissions
from app.core.errors import forbidden
from app.crud.hooks import CrudContext, CrudHooks
from app.models import Chat, ChatMessage, Comment, Entity


class AttachmentFileHooks(CrudHooks):
    async def check_read_one(self, ctx: CrudContext, instance: dict[str, Any]) -> None:
        if ctx.identity.is_admin:
            return
        if instance.get("comment_id") is not None:
            comment = await ctx.session.get(Comment, instance["comment_id"])
            if comment is not None:
                comment_dict = {c.name: getattr(comment, c.key) for c in Comment.__table__.columns}  # type: ignore[attr-defined]
                await access_rules.check_comment_access(ctx.session, ctx.identity, comment_dict)
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
