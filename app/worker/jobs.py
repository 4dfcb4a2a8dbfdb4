"""The job functions, by the name `enqueue()` uses. Each takes arq's context dict first.

A job runs outside any request: it opens its own unit of work, so its writes commit and its
events publish exactly as a request's do. Arguments are plain values (ids as strings).
"""

from collections.abc import Awaitable, Callable
from typing import Any

from app.unit_of_work import run_in_unit_of_work

JobFunction = Callable[..., Awaitable[Any]]


async def make_person_avatar(
    ctx: dict[str, Any], person_id: str, upload_id: str, user_id: str | None = None
) -> bool:
    """Turn a stored avatar upload into the person's 400x400 PNG thumbnail."""
    from app.services.avatars import build_person_avatar

    async with run_in_unit_of_work() as uow:
        return await build_person_avatar(uow.get_session(), person_id, upload_id, user_id)


JOBS: dict[str, JobFunction] = {
    "make_person_avatar": make_person_avatar,
}
