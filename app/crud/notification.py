"""`/data/notifications`: admin only (users read theirs elsewhere); the `type` column is served
as `notification_type`, since `type` names the model."""

from typing import ClassVar

from app.crud.hooks import CrudHooks


class NotificationHooks(CrudHooks):
    type_column_key: ClassVar[str] = "notification_type"
