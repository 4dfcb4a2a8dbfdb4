"""Who may read a with-tasks list and what it then covers: the query string turned into a `Scope`,
Zou's access checks per kind, vendor narrowing, and the ETag of the answer."""

import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.areas.boards.http import board_fingerprint, build_etag
from app.areas.boards.kinds import KINDS, type_id_of
from app.areas.boards.service import Kind, Scope
from app.auth import access_rules, permissions
from app.auth.identity import Identity
from app.core.errors import bad_request, forbidden, not_found
from app.core.ids import as_uuid
from app.models import Entity

# Response options, not filters (Zou pops them before reading the criteria).
OPTIONS = ("stream", "compact", "page")
EPISODE_SENTINELS = ("all", "main")


@dataclass
class Plan:
    kind: Kind
    scope: Scope
    stream: bool
    compact: bool
    etag: str | None = None


def _flag(params: dict[str, str], name: str) -> bool:
    return params.get(name, "false").lower() == "true"


def check_id_format(params: dict[str, str], names: tuple[str, ...] = ("id", "project_id", "episode_id")):
    """Malformed ids answer 400 before they reach SQL (Zou's check_criterion_id_format)."""
    for name in names:
        value = params.get(name)
        if value is None or (name == "episode_id" and value in EPISODE_SENTINELS):
            continue
        if as_uuid(value) is None:
            raise bad_request(f"Invalid UUID format for {name}: {value}")


async def _episode_project(session: AsyncSession, episode_id: str) -> uuid.UUID:
    query = select(Entity.project_id).where(
        Entity.id == as_uuid(episode_id), Entity.entity_type_id == type_id_of("Episode")
    )
    project_id = (await session.execute(query)).scalar()
    if project_id is None:
        raise not_found()
    return project_id


async def _vendor_scope(session: AsyncSession, identity: Identity, scope: Scope) -> None:
    """Vendors only list what is assigned to them, metadata of other departments masked."""
    if scope.project_id is not None:
        role = await access_rules.effective_role(session, identity, scope.project_id)
    else:
        role = identity.role
    if role == "vendor":
        scope.assigned_to = identity.person.id
        scope.vendor_departments = sorted(await access_rules.department_ids(session, identity.person.id))


async def plan_list(
    session: AsyncSession, identity: Identity, kind_key: str, query_params: dict[str, str]
) -> Plan:
    """Checks and scope of `GET /data/<kind>/with-tasks`."""
    params = dict(query_params)
    stream, compact = _flag(params, "stream"), _flag(params, "compact")
    for name in OPTIONS:
        params.pop(name, None)
    check_id_format(params)
    kind = KINDS[kind_key]
    scope = Scope(
        user_id=identity.person.id,
        project_id=as_uuid(params.get("project_id")),
        entity_id=as_uuid(params.get("id")),
        episode_id=params.get("episode_id"),
        extra={k: v for k, v in params.items() if k not in ("id", "project_id", "episode_id")},
    )
    if kind_key == "assets":
        # Zou's check_criterion_access: the project, or the episode's; no project means the
        # caller's own projects for anyone but an admin.
        project_id = scope.project_id
        if project_id is None and scope.episode_id not in (None, *EPISODE_SENTINELS):
            project_id = await _episode_project(session, scope.episode_id)  # type: ignore[arg-type]
        if project_id is not None:
            await permissions.check_project_access(session, identity, project_id)
        elif not identity.is_admin:
            scope.project_ids = await permissions.related_project_ids(session, identity)
    else:
        # Zou's check_project_access(None) refuses anyone but an admin.
        if scope.project_id is None:
            permissions.require_admin(identity)
        else:
            await permissions.check_project_access(session, identity, scope.project_id)
    await _vendor_scope(session, identity, scope)
    if kind_key == "scenes" and scope.assigned_to is not None:
        raise forbidden()
    plan = Plan(kind, scope, stream, compact)
    if scope.project_id is not None:
        plan.etag = await _etag(session, identity, plan, params)
    return plan


async def plan_linked(session: AsyncSession, identity: Identity, entity_id: str) -> Plan:
    """Checks and scope of `GET /data/entities/<id>/entities-linked/with-tasks`."""
    entity = (
        await session.execute(select(Entity.id, Entity.project_id).where(Entity.id == as_uuid(entity_id)))
    ).first()
    if entity is None:
        raise not_found()
    await permissions.check_project_access(session, identity, entity.project_id)
    await access_rules.check_entity_access(session, identity, entity.id, entity.project_id)
    scope = Scope(user_id=identity.person.id, extra={"linked_to": str(entity.id)})
    return Plan(KINDS["linked"], scope, stream=False, compact=False)


async def _etag(session: AsyncSession, identity: Identity, plan: Plan, params: dict[str, Any]) -> str:
    scope = plan.scope
    assert scope.project_id is not None
    fingerprint = await board_fingerprint(session, scope.project_id, identity.person.id)
    role = await access_rules.effective_role(session, identity, scope.project_id)
    shape = (plan.kind.name, plan.stream, plan.compact, scope.assigned_to, scope.vendor_departments)
    return build_etag(fingerprint, identity.person.id, role, shape, sorted(params.items()))
