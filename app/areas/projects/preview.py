"""A production's preview account: one client login, member of the team, that only works while
a manager keeps its access window open (Zou's `preview_accounts_service`)."""

import datetime
import secrets
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from app import events
from app.areas.projects.service import emit_project_update
from app.auth.identity import Identity
from app.auth.passwords import hash_password_async
from app.core.config import get_settings
from app.core.errors import bad_request, error
from app.crud import cascade
from app.models import Person, Project, ProjectPersonLink
from app.models.base import utcnow

OPEN_DURATION = datetime.timedelta(hours=1)
LOCAL_STRATEGY = "auth_local_classic"


def is_available() -> bool:
    """Preview accounts log in with a password: other strategies cannot authenticate them."""
    return getattr(get_settings(), "auth_strategy", LOCAL_STRATEGY) == LOCAL_STRATEGY


def _serialize(person: Person) -> dict[str, Any]:
    until = person.preview_open_until
    return {
        "id": str(person.id),
        "email": person.email,
        "full_name": f"{person.first_name} {person.last_name}".strip(),
        "preview_open_until": until.isoformat() if until else None,
    }


async def _account(session: AsyncSession, project_id: Any) -> Person | None:
    query = select(Person).where(Person.preview_project_id == project_id)  # type: ignore[arg-type]
    return (await session.execute(query)).scalars().first()


async def get_account(session: AsyncSession, project_id: Any) -> dict[str, Any] | None:
    person = await _account(session, project_id)
    return None if person is None else _serialize(person)


async def create_or_reset(
    session: AsyncSession, identity: Identity, project: Project
) -> tuple[dict[str, Any], str]:
    """Create the account, or give it a new password; either way its window is closed."""
    if not is_available():
        raise bad_request("Preview accounts require the local authentication strategy")
    password = secrets.token_urlsafe(12)
    hashed = await hash_password_async(password)
    person = await _account(session, project.id)
    if person is None:
        # No person:new event, as Zou (the account is not a studio member).
        person = Person(
            email=f"preview-{secrets.token_hex(6)}@preview.kitsu.invalid",
            password=hashed,
            first_name="Preview",
            last_name=project.name,
            role="client",
            preview_project_id=project.id,
        )
        session.add(person)
        await session.flush()
        session.add(ProjectPersonLink(project_id=project.id, person_id=person.id))
        await session.flush()
        emit_project_update(session, project.id, identity)
    else:
        person.password = hashed
        person.preview_opened_at = None
        person.preview_open_until = None
        await session.flush()
    return _serialize(person), password


async def set_open(session: AsyncSession, project: Project, is_open: bool) -> dict[str, Any]:
    """Open the window for an hour (reopening an open one only extends it) or close it."""
    person = await _account(session, project.id)
    if person is None:
        raise error(404, "No preview account for this project")
    if is_open:
        now = utcnow()
        if person.preview_open_until is None or person.preview_open_until < now:
            person.preview_opened_at = now
        person.preview_open_until = now + OPEN_DURATION
    else:
        person.preview_opened_at = None
        person.preview_open_until = None
    await session.flush()
    return _serialize(person)


async def remove_account(session: AsyncSession, project_id: Any) -> None:
    """Delete the account and what it wrote (Zou's remove_person with force); none is a no-op."""
    person = await _account(session, project_id)
    if person is None:
        return
    await cascade.remove_person_content(session, person.id)
    await session.execute(delete(Person).where(Person.id == person.id))  # type: ignore[arg-type]
    events.emit(session, "person:delete", {"person_id": person.id})
