"""Zou's `init-data`: the statuses, types and departments a fresh studio needs, and the admin.

Idempotent: every row is looked up the way Zou's get-or-create helpers look it up and created
only when missing, so running it again (or on a studio that renamed colours) changes nothing.
Creations emit the same events Zou's helpers emit.
"""

import secrets
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.passwords import hash_password_async, validate_password
from app.events import emit
from app.models import Department, EntityType, Person, ProjectStatus, TaskStatus, TaskType

# The entity types that are no asset types. Zou's init-data makes the first four and makes Scene,
# Concept and ConceptFolder on the first read that tells assets from other entities (nearly any
# request of Kitsu, the context among them); made here, so reads never write.
TEMPORAL_TYPES = ("Episode", "Sequence", "Shot", "Edit", "Scene", "Concept", "ConceptFolder")

ASSET_TYPES = {
    "2d": ("Character", "Prop", "Background", "FX"),
    "3d": ("Character", "Prop", "Environment", "FX"),
    "vfx": ("Character", "Prop", "Environment", "FX", "Vehicle"),
    "games": ("Character", "Prop", "Environment", "FX", "UI"),
}

_3D_DEPARTMENTS = (
    ("Modeling", "#78909C"),
    ("Animation", "#009688"),
    ("FX", "#26C6DA"),
    ("Compositing", "#F06292"),
    ("Concept", "#8D6E63"),
    ("Layout", "#7CB342"),
)
# (department, name, color, priority, for_entity)
_3D_TASK_TYPES = (
    ("Concept", "Concept", "#8D6E63", 1, "Asset"),
    ("Modeling", "Modeling", "#78909C", 2, "Asset"),
    ("Modeling", "Shading", "#64B5F6", 3, "Asset"),
    ("Animation", "Rigging", "#9CCC65", 4, "Asset"),
    ("Concept", "Storyboard", "#43A047", 1, "Shot"),
    ("Layout", "Layout", "#7CB342", 2, "Shot"),
    ("Animation", "Animation", "#009688", 3, "Shot"),
    ("Compositing", "Lighting", "#F9A825", 4, "Shot"),
    ("FX", "FX", "#26C6DA", 5, "Shot"),
    ("Compositing", "Rendering", "#F06292", 6, "Shot"),
    ("Compositing", "Compositing", "#ff5252", 7, "Shot"),
    ("Compositing", "Edit", "#9b298c", 8, "Edit"),
    ("Concept", "Concept", "#8D6E63", 1, "Concept"),
)
DEPARTMENTS = {
    "3d": _3D_DEPARTMENTS,
    "2d": (
        ("Concept", "#8D6E63"),
        ("Layout", "#7CB342"),
        ("Animation", "#009688"),
        ("Compositing", "#F06292"),
    ),
    "vfx": _3D_DEPARTMENTS + (("Matchmove", "#5C6BC0"), ("DMP", "#8D6E63")),
    "games": (
        ("Game Design", "#7B1FA2"),
        ("Level Design", "#00897B"),
        ("Character Art", "#78909C"),
        ("Environment Art", "#43A047"),
        ("Animation", "#009688"),
        ("VFX", "#26C6DA"),
        ("QA", "#E53935"),
    ),
}
TASK_TYPES = {
    "3d": _3D_TASK_TYPES,
    "2d": (
        ("Concept", "Concept", "#8D6E63", 1, "Asset"),
        ("Concept", "Storyboard", "#43A047", 1, "Shot"),
        ("Layout", "Layout", "#7CB342", 2, "Shot"),
        ("Animation", "Animation", "#009688", 3, "Shot"),
        ("Animation", "Clean-up", "#4DB6AC", 4, "Shot"),
        ("Compositing", "Color", "#F9A825", 5, "Shot"),
        ("Compositing", "Compositing", "#ff5252", 6, "Shot"),
        ("Compositing", "Edit", "#9b298c", 7, "Edit"),
        ("Concept", "Concept", "#8D6E63", 1, "Concept"),
    ),
    "vfx": (
        ("Concept", "Concept", "#8D6E63", 1, "Asset"),
        ("Modeling", "Modeling", "#78909C", 2, "Asset"),
        ("Modeling", "Shading", "#64B5F6", 3, "Asset"),
        ("Animation", "Rigging", "#9CCC65", 4, "Asset"),
        ("Matchmove", "Matchmove", "#5C6BC0", 1, "Shot"),
        ("Matchmove", "Rotomation", "#7986CB", 2, "Shot"),
        ("Concept", "Storyboard", "#43A047", 1, "Shot"),
        ("Layout", "Layout", "#7CB342", 2, "Shot"),
        ("Animation", "Animation", "#009688", 3, "Shot"),
        ("Compositing", "Lighting", "#F9A825", 4, "Shot"),
        ("FX", "FX", "#26C6DA", 5, "Shot"),
        ("Compositing", "Rendering", "#F06292", 6, "Shot"),
        ("Compositing", "Compositing", "#ff5252", 7, "Shot"),
        ("DMP", "DMP", "#A1887F", 8, "Shot"),
        ("Compositing", "Edit", "#9b298c", 9, "Edit"),
        ("Concept", "Concept", "#8D6E63", 1, "Concept"),
    ),
    "games": (
        ("Game Design", "Game Design", "#7B1FA2", 1, "Asset"),
        ("Level Design", "Level Design", "#00897B", 2, "Asset"),
        ("Character Art", "Character Art", "#78909C", 3, "Asset"),
        ("Environment Art", "Environment Art", "#43A047", 4, "Asset"),
        ("Animation", "Animation", "#009688", 5, "Asset"),
        ("VFX", "VFX", "#26C6DA", 6, "Asset"),
        ("Character Art", "Concept", "#8D6E63", 1, "Concept"),
        ("QA", "QA", "#E53935", 1, "Shot"),
    ),
}
DOMAINS = tuple(ASSET_TYPES)


@dataclass(frozen=True)
class StatusSpec:
    name: str
    short_name: str
    color: str
    is_default: bool = False
    is_wip: bool = False
    is_feedback_request: bool = False
    is_retake: bool = False
    is_done: bool = False
    for_concept: bool = False


TASK_STATUSES = (
    StatusSpec("Todo", "todo", "#f5f5f5", is_default=True),
    StatusSpec("Work In Progress", "wip", "#3273dc", is_wip=True),
    StatusSpec("Waiting For Approval", "wfa", "#ab26ff", is_feedback_request=True),
    StatusSpec("Retake", "retake", "#ff3860", is_retake=True),
    StatusSpec("Done", "done", "#22d160", is_done=True),
    StatusSpec("Ready To Start", "ready", "#fbc02d"),
    StatusSpec("Neutral", "neutral", "#CCCCCC", is_default=True, for_concept=True),
    StatusSpec("Approved", "approved", "#66BB6A", for_concept=True),
    StatusSpec("Rejected", "rejected", "#E81123", for_concept=True),
)


async def init_data(session: AsyncSession, domain: str = "3d") -> None:
    """Seed Zou's minimal data set. Needs an active unit of work (events are emitted)."""
    if domain not in DOMAINS:
        raise ValueError(f"unknown domain {domain!r} (one of {', '.join(DOMAINS)})")
    for name in ("Open", "Closed"):
        await _project_status(session, name)
    for name in ASSET_TYPES[domain]:
        await _asset_type(session, name)
    for name in TEMPORAL_TYPES:
        await _entity_type(session, name)
    await _concept_task_type(session)
    departments = {name: await _department(session, name, color) for name, color in DEPARTMENTS[domain]}
    for department, name, color, priority, for_entity in TASK_TYPES[domain]:
        await _task_type(session, departments[department], name, color, priority, for_entity)
    for spec in TASK_STATUSES:
        await _task_status(session, spec)
    await session.flush()


async def _first(session: AsyncSession, query: Select[Any]) -> Any:
    return (await session.execute(query.limit(1))).scalars().first()


async def _project_status(session: AsyncSession, name: str) -> None:
    if await _first(session, select(ProjectStatus).where(ProjectStatus.name == name)) is None:
        session.add(ProjectStatus(name=name, color="#000000"))
        await session.flush()


async def _entity_type(session: AsyncSession, name: str) -> EntityType:
    entity_type = await _first(session, select(EntityType).where(EntityType.name == name))
    if entity_type is None:
        entity_type = EntityType(name=name)
        session.add(entity_type)
        await session.flush()
    return entity_type


async def _asset_type(session: AsyncSession, name: str) -> None:
    # Asset type names are matched regardless of case, as Zou's asset type lookup does.
    query = select(EntityType).where(func.lower(EntityType.name) == name.lower())
    if await _first(session, query) is None:
        asset_type = EntityType(name=name)
        session.add(asset_type)
        await session.flush()
        emit(session, "asset-type:new", {"asset_type_id": asset_type.id})


async def _department(session: AsyncSession, name: str, color: str) -> Department:
    department = await _first(session, select(Department).where(Department.name == name))
    if department is None:
        department = Department(name=name, color=color)
        session.add(department)
        await session.flush()
        emit(session, "department:new", {"department_id": department.id})
    return department


async def _task_type(
    session: AsyncSession, department: Department, name: str, color: str, priority: int, for_entity: str
) -> None:
    query = select(TaskType).where(
        func.lower(TaskType.name) == name.lower(), TaskType.for_entity == for_entity
    )
    if await _first(session, query) is None:
        task_type = TaskType(
            name=name,
            short_name="",
            department_id=department.id,
            color=color,
            priority=priority,
            for_entity=for_entity,
        )
        session.add(task_type)
        await session.flush()
        emit(session, "task-type:new", {"task_type_id": task_type.id})


async def _concept_task_type(session: AsyncSession) -> None:
    """The task type of concepts. Zou's schema migrations create it (init-db), before any department
    exists: it has none and no `task-type:new` event; init-data then finds it. So do we: an admin
    reading `/data/events` sees the same journal as on Zou."""
    query = select(TaskType).where(func.lower(TaskType.name) == "concept", TaskType.for_entity == "Concept")
    if await _first(session, query) is None:
        session.add(
            TaskType(name="Concept", short_name="", color="#8D6E63", priority=1, for_entity="Concept")
        )
        await session.flush()


async def _task_status(session: AsyncSession, spec: StatusSpec) -> None:
    # Zou finds the default status by its flag (it may have been renamed), the others by name,
    # then by short name (which must stay unique).
    scope = TaskStatus.for_concept == spec.for_concept
    if spec.is_default:
        existing = await _first(session, select(TaskStatus).where(TaskStatus.is_default.is_(True), scope))  # type: ignore[union-attr]
    else:
        existing = await _first(session, select(TaskStatus).where(TaskStatus.name == spec.name, scope))
    if existing is None:
        existing = await _first(
            session, select(TaskStatus).where(TaskStatus.short_name == spec.short_name, scope)
        )
    if existing is not None:
        return
    status = TaskStatus(
        name=spec.name,
        short_name=spec.short_name,
        color=spec.color,
        is_default=spec.is_default,
        is_wip=spec.is_wip,
        is_feedback_request=spec.is_feedback_request,
        is_retake=spec.is_retake,
        is_done=spec.is_done,
        for_concept=spec.for_concept,
        is_artist_allowed=True,
        is_client_allowed=True,
    )
    session.add(status)
    await session.flush()
    emit(session, "task-status:new", {"task_status_id": status.id})


# --- the admin account -------------------------------------------------------------------------


class AdminError(Exception):
    """A refused admin creation or password change; the message is for the operator."""


async def find_person_by_email(session: AsyncSession, email: str) -> Person | None:
    query = select(Person).where(func.lower(Person.email) == email.lower(), Person.is_bot.is_(False))  # type: ignore[union-attr]
    return await _first(session, query)


async def _check_user_limit(session: AsyncSession) -> None:
    from app.core.config import get_settings

    limit = get_settings().user_limit
    active = (
        await session.execute(
            select(func.count())
            .select_from(Person)
            .where(Person.active.is_(True), Person.is_bot.is_(False), Person.is_guest.is_(False))  # type: ignore[union-attr]
        )
    ).scalar_one()
    if active >= limit:
        raise AdminError(f"User limit reached (limit {limit}).")


def _check_email(email: str) -> None:
    from email_validator import EmailNotValidError, validate_email

    if email == "admin@example.com":  # Zou lets its documented default through
        return
    try:
        validate_email(email, check_deliverability=False)
    except EmailNotValidError as exc:
        raise AdminError("Email is not valid.") from exc


async def create_admin(session: AsyncSession, email: str, password: str) -> str:
    """Zou's `create-admin`: promote an existing account, or create "Super Admin". Returns a message."""
    person = await find_person_by_email(session, email)
    if person is not None:
        if person.role == "admin":
            return "User is already an admin."
        person.role = "admin"
        session.add(person)
        await session.flush()
        emit(session, "person:update", {"person_id": person.id})
        return "Existing user's role has been upgraded to 'admin'."
    try:
        validate_password(password)
    except Exception as exc:
        raise AdminError("Password is too short.") from exc
    _check_email(email)
    await _check_user_limit(session)
    person = Person(
        first_name="Super",
        last_name="Admin",
        email=email,
        role="admin",
        password=await hash_password_async(password),
        phone="",  # Zou's create_person defaults
        desktop_login="",
    )
    session.add(person)
    await session.flush()
    emit(session, "person:new", {"person_id": person.id})
    return "Admin successfully created."


async def change_password(session: AsyncSession, email: str, password: str) -> str:
    try:
        validate_password(password)
    except Exception as exc:
        raise AdminError("The password is too short.") from exc
    person = await find_person_by_email(session, email)
    if person is None:
        raise AdminError(f"Email ({email}) not listed in database.")
    person.password = await hash_password_async(password)
    session.add(person)
    await session.flush()
    return f"Password changed for {email}"


async def ensure_admin(session: AsyncSession, email: str, password: str | None = None) -> str | None:
    """Create the admin when missing; returns the generated password (to show once), else None.

    Used by `make run` so a fresh install is usable at once: with no password configured a
    random one is made, since a well-known default would be a standing way in.
    """
    if await find_person_by_email(session, email) is not None:
        return None
    generated = None if password else secrets.token_urlsafe(12)
    await create_admin(session, email, password or generated or "")
    return generated
