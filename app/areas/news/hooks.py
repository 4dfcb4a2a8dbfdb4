"""The `/data` collections of the news area (plain `CrudHooks`: Zou's admin-only base resource)."""

from app.crud.hooks import CrudHooks
from app.crud.registry import Collections

COLLECTIONS: Collections = {
    "news": ("News", CrudHooks),
}
