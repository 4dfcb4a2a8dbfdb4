"""Removing shots, scenes, sequences, episodes and edits the way Zou does: an entity with tasks is
only cancelled unless forced; forced removals take the tasks, casting and everything that hangs on
the entity with them; episodes and sequences with content are refused unless forced, then taken
down with their sequences, shots, scenes, edits (and for episodes their assets and playlists).

Whatever is removed, nothing is left pointing at it: children lose their parent or source link,
and the soft references without foreign key (schedule items, chats) go too."""

from typing import Any

from sqlalchemy import exists, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app import events
from app.areas.entities.kinds import TEMPORAL_TYPES
from app.areas.entities.removal import has_tasks, purge_entities
from app.core.errors import bad_request
from app.models import AssetInstance, Entity, EntityLink, EntityType, OutputFile, Task, WorkingFile
from app.models.base import utcnow


async def is_referenced(session: AsyncSession, entity_id: Any) -> bool:
    """Rows that hold the entity (children, tasks, casting, files): Zou's delete would fail on
    their foreign keys."""
    conditions = [
        exists().where(or_(Entity.parent_id == entity_id, Entity.source_id == entity_id)),
        exists().where(Task.entity_id == entity_id),
        exists().where(or_(EntityLink.entity_in_id == entity_id, EntityLink.entity_out_id == entity_id)),
        exists().where(or_(OutputFile.entity_id == entity_id, OutputFile.temporal_entity_id == entity_id)),
        exists().where(WorkingFile.entity_id == entity_id),
        exists().where(or_(AssetInstance.scene_id == entity_id, AssetInstance.entity_id == entity_id)),
    ]
    for condition in conditions:
        if (await session.execute(select(condition))).scalar():
            return True
    return False


async def _cancel(
    session: AsyncSession, entity: dict[str, Any], user_id: Any, event: str | None = None
) -> None:
    await session.execute(
        update(Entity).where(Entity.id == entity["id"]).values(canceled=True, updated_at=utcnow())
    )
    kind = entity["type"].lower()
    events.emit(
        session, event or f"{kind}:update", {f"{kind}_id": entity["id"]}, entity["project_id"], user_id
    )


def _emit_delete(session: AsyncSession, entity: dict[str, Any], user_id: Any) -> None:
    kind = entity["type"].lower()
    events.emit(session, f"{kind}:delete", {f"{kind}_id": entity["id"]}, entity["project_id"], user_id)


async def remove_with_tasks(session: AsyncSession, entity: dict[str, Any], force: bool, user_id: Any) -> None:
    """Shots and edits: cancelled while they have tasks, removed when forced or task-free."""
    if not force and await has_tasks(session, entity["id"]):
        await _cancel(session, entity, user_id)
        return
    await purge_entities(session, [entity["id"]], user_id)
    _emit_delete(session, entity, user_id)


async def remove_scene(session: AsyncSession, scene: dict[str, Any], force: bool, user_id: Any) -> None:
    """Zou cancels a scene that something still points at (tasks, shots issued from it...) and
    removes it otherwise; it announces `scene:delete` either way."""
    if not force and await is_referenced(session, scene["id"]):
        await _cancel(session, scene, user_id, event="scene:delete")
        return
    await purge_entities(session, [scene["id"]], user_id)
    _emit_delete(session, scene, user_id)


async def _descendants(session: AsyncSession, root_ids: list[Any]) -> list[dict[str, Any]]:
    """Every entity below the roots (children by parent, level by level: a few queries)."""
    found: list[dict[str, Any]] = []
    level = root_ids
    while level:
        query = (
            select(Entity.id, Entity.project_id, EntityType.name)
            .join(EntityType, EntityType.id == Entity.entity_type_id)
            .where(Entity.parent_id.in_(level))
        )
        rows = [
            {"id": row[0], "project_id": row[1], "type": row[2] if row[2] in TEMPORAL_TYPES else "Asset"}
            for row in (await session.execute(query)).all()
        ]
        found.extend(rows)
        level = [row["id"] for row in rows]
    return found


async def remove_container(session: AsyncSession, entity: dict[str, Any], force: bool, user_id: Any) -> None:
    """Sequences and episodes: refused while anything is attached unless forced; a forced removal
    takes everything below (sequences, shots, scenes, edits), and for an episode the assets whose
    main episode it is. One delete event per removed entity, as Zou's cascade sends."""
    label = entity["type"].lower()
    if not force and await is_referenced(session, entity["id"]):
        raise bad_request(f"Some data are still linked to this {label}.")
    roots = [entity]
    if force and entity["type"] == "Episode":
        query = select(Entity.id, Entity.project_id).where(Entity.source_id == entity["id"])
        roots += [
            {"id": row[0], "project_id": row[1], "type": "Asset"}
            for row in (await session.execute(query)).all()
        ]
    removed = (await _descendants(session, [root["id"] for root in roots])) if force else []
    removed += roots
    await purge_entities(session, [row["id"] for row in removed], user_id)
    for row in removed:
        _emit_delete(session, row, user_id)
