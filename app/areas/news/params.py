"""The news feed's query string (Zou's NewsMixin): ids, dates, `only_preview`, `page`, `limit`."""

import uuid
from typing import Any

from fastapi import Request

from app.areas.news.service import NewsFilters
from app.core.errors import bad_request
from app.core.ids import as_uuid
from app.core.requests import date_param

ID_FILTERS = {"task_status_id": "task_status_id", "task_type_id": "task_type_id", "person_id": "author_id"}


def positive(request: Request, name: str, default: int) -> int:
    raw = request.query_params.get(name)
    if raw is None:
        return default
    try:
        value = int(raw)
    except ValueError as exc:
        raise bad_request(f"Wrong value for parameter {name}.") from exc
    if value < 1:  # Zou divides by the limit and offsets by the page: a 500 there
        raise bad_request(f"Wrong value for parameter {name}.")
    return value


def feed_filters(request: Request, project_ids: list[uuid.UUID]) -> tuple[NewsFilters, int, int]:
    """The feed's query string (Zou's NewsMixin): ids, dates, `only_preview`, `page`, `limit`."""
    params = request.query_params
    only_preview = params.get("only_preview")
    if only_preview is not None and only_preview.lower() not in ("true", "1", "on", "false", "0"):
        raise bad_request("Wrong value for parameter only_preview.")
    page, limit = positive(request, "page", 1), positive(request, "limit", 50)
    ids: dict[str, Any] = {}
    for name, field in (*ID_FILTERS.items(), ("episode_id", "episode_id")):
        raw = params.get(name)
        if raw is not None:
            # Zou lets a malformed id reach the database (a 500): a 400 here.
            ids[field] = as_uuid(raw)
            if ids[field] is None:
                raise bad_request(f"The {name} parameter is not a valid id")
    filters = NewsFilters(
        project_ids=project_ids,
        only_preview=(only_preview or "").lower() in ("true", "1", "on"),
        after=date_param(params.get("after")),
        before=date_param(params.get("before")),
        **ids,
    )
    return filters, page, limit
