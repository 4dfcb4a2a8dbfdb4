"""`/data/custom-actions`: listed for every role but vendors, written by admins; a name is required."""

from typing import Any

from app.core.errors import bad_request
from app.crud.hooks import CrudContext, NonVendorListHooks

NAME_REQUIRED = "The 'name' field is required and cannot be None."


class CustomActionHooks(NonVendorListHooks):
    async def check_creation_integrity(self, ctx: CrudContext, data: dict[str, Any]) -> None:
        if data.get("name") is None:
            raise bad_request(NAME_REQUIRED)

    async def check_update(self, ctx: CrudContext, instance: dict[str, Any], data: dict[str, Any]) -> None:
        await super().check_update(ctx, instance, data)
        if "name" in data and data["name"] is None:
            raise bad_request(NAME_REQUIRED)
