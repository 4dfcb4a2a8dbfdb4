"""Zou's events: recorded as `api_event` rows in the request's transaction, published after commit."""

from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.ids import as_uuid
from app.core.unit_of_work import current_unit_of_work
from app.events.publisher import publish


def _plain(value: Any) -> Any:
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if hasattr(value, "isoformat"):
        return (
            value.replace(microsecond=0).isoformat() if hasattr(value, "microsecond") else value.isoformat()
        )
    return str(value)


def emit(
    session: AsyncSession,
    name: str,
    data: dict[str, Any],
    project_id: Any = None,
    user_id: Any = None,
    persist: bool = True,
) -> None:
    """Record `name` with `data` now; broadcast it once the transaction commits."""
    from app.models import ApiEvent  # the models package imports slowly; keep this module light

    name = name.lower()
    payload = _plain(dict(data))
    if project_id is not None:
        payload["project_id"] = str(project_id)
    uow = current_unit_of_work()
    if persist:
        session.add(
            ApiEvent(
                name=name,
                data=payload,
                project_id=as_uuid(project_id),
                user_id=as_uuid(user_id),
            )
        )

    async def _publish() -> None:
        await publish(name, payload)

    uow.on_commit(_publish)
