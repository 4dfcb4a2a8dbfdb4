"""The previews area's background jobs."""

from typing import Any

from app.areas.previews.avatars import build_person_avatar
from app.core.unit_of_work import run_in_unit_of_work


async def make_person_avatar(
    ctx: dict[str, Any], person_id: str, upload_id: str, user_id: str | None = None
) -> bool:
    """Turn a stored avatar upload into the person's 400x400 PNG thumbnail."""
    async with run_in_unit_of_work() as uow:
        return await build_person_avatar(uow.get_session(), person_id, upload_id, user_id)


JOBS = {"make_person_avatar": make_person_avatar}
