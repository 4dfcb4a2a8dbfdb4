"""Edits (Zou's edits_service): montages of a production, optionally under an episode."""

import uuid
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app import events
from app.areas.boards.kinds import KINDS
from app.areas.boards.service import Scope, collect
from app.areas.shots import service as shots
from app.areas.shots.create import entity_dict, find_or_create, parent_in_project
from app.auth.identity import Identity
from app.core.errors import not_found
from app.core.sql import rows_of
from app.models import Entity, Project


async def list_edits(
    session: AsyncSession, identity: Identity, criteria: dict[str, str], assigned_to: uuid.UUID | None
) -> list[dict[str, Any]]:
    """`GET /data/edits[/all]`: rows matching the criteria with their `project_name`, by name."""
    query = (
        select(*shots.ENTITY_COLUMNS, Project.name.label("project_name"))
        .join(Project, Project.id == Entity.project_id)
        .where(Entity.entity_type_id == shots.type_id_query("Edit"))
    )
    query = await shots.filtered(session, identity, query, criteria)
    if assigned_to is not None:
        query = query.where(shots.assigned_condition(assigned_to))
    return rows_of(await session.execute(query.order_by(Entity.name)), "Edit")


async def full_edit(session: AsyncSession, identity: Identity, edit: dict[str, Any]) -> dict[str, Any]:
    """Zou's get_full_edit: the edit's with-tasks row."""
    rows = await collect(session, KINDS["edits"], Scope(user_id=identity.person.id, entity_id=edit["id"]))
    if not rows:
        raise not_found()
    return rows[0]


async def create_edit(
    session: AsyncSession, project_id: Any, name: str, data: dict | None, description: str | None,
    episode_id: Any, created_by: Any,
) -> dict[str, Any]:  # fmt: skip
    """Answers the existing edit when the name is taken under the same episode, as Zou does."""
    if episode_id is not None:
        await parent_in_project(session, episode_id, "Episode", project_id)
    edit, created = await find_or_create(
        session,
        "Edit",
        project_id,
        name,
        episode_id,
        data=data if data is not None else {},
        description=description,
        created_by=created_by,
    )
    if created:
        events.emit(
            session, "edit:new", {"edit_id": edit.id, "parent_id": episode_id}, project_id, created_by
        )
    return entity_dict(edit, "Edit")
