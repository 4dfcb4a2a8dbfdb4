"""`/data/events`: the `api_event` journal, admin only; a bare list stops at 1000 rows."""

from typing import ClassVar

from app.crud.hooks import CrudHooks
from app.crud.registry import Collections


class ApiEventHooks(CrudHooks):
    unfiltered_list_limit: ClassVar[int | None] = 1000


# The `/data` collections this area owns (plain `CrudHooks`: Zou's admin-only base resource).
COLLECTIONS: Collections = {
    "events": ("ApiEvent", ApiEventHooks),
}
