"""`/data/notifications`: admin only (users read theirs elsewhere); the `type` column is served
as `notification_type`, since `type` names the model."""

from typing import ClassVar

from app.crud.hooks import CrudHooks
from app.crud.registry import Collections


class NotificationHooks(CrudHooks):
    type_column_key: ClassVar[str] = "notification_type"


# The `/data` collections this area owns (plain `CrudHooks`: Zou's admin-only base resource).
COLLECTIONS: Collections = {
    "notifications": ("Notification", NotificationHooks),
    "search-filter-groups": ("SearchFilterGroup", CrudHooks),
    "search-filters": ("SearchFilter", CrudHooks),
    "subscriptions": ("Subscription", CrudHooks),
}
