"""`/data/events`: the `api_event` journal, admin only; a bare list stops at 1000 rows."""

from typing import ClassVar

from app.crud.hooks import CrudHooks


class ApiEventHooks(CrudHooks):
    unfiltered_list_limit: ClassVar[int | None] = 1000
