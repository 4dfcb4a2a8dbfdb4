"""The `/data` collections of the chats area (plain `CrudHooks`: Zou's admin-only base resource)."""

from app.crud.hooks import CrudHooks
from app.crud.registry import Collections

COLLECTIONS: Collections = {
    "chat-messages": ("ChatMessage", CrudHooks),
    "chats": ("Chat", CrudHooks),
}
