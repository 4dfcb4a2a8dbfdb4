"""Zou's entity type system: shots, sequences, episodes... are entity types known by name;
every other entity type is an asset type."""

import uuid
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app import events
from app.models import Entity, EntityType

# Concept folders (Zou 1.0.97) are entities too: they sort concepts and are no asset.
TEMPORAL_TYPES = ("Shot", "Sequence", "Episode", "Edit", "Scene", "Concept", "ConceptFolder")
# Concept folders are not assets either.
NOT_ASSET_TYPES = (*TEMPORAL_TYPES, "ConceptFolder")


def base_type_name(type_name: str | None) -> str:
    """The `type` Zou gives an entity: its temporal type name, or `Asset`."""
    return type_name if type_name in TEMPORAL_TYPES else "Asset"


async def type_names(session: AsyncSession) -> dict[uuid.UUID, str]:
    """All entity type names by id: a small table, read once per request that needs it."""
    return dict((await session.execute(select(EntityType.id, EntityType.name))).all())  # type: ignore[arg-type]


async def type_name_of(session: AsyncSession, entity_type_id: Any) -> str | None:
    return (await session.execute(select(EntityType.name).where(EntityType.id == entity_type_id))).scalar()


async def get_or_create_type(session: AsyncSession, name: str) -> EntityType:
    entity_type = (await session.execute(select(EntityType).where(EntityType.name == name))).scalars().first()
    if entity_type is None:
        entity_type = EntityType(name=name)
        session.add(entity_type)
        await session.flush()
    return entity_type


async def get_or_create_first_episode(session: AsyncSession, project_id: Any, created_by: Any) -> Entity:
    """A TV show always has an episode: the first by name, or a new `E01`."""
    episode_type = await get_or_create_type(session, "Episode")
    query = (
        select(Entity)
        .where(Entity.project_id == project_id, Entity.entity_type_id == episode_type.id)
        .order_by(Entity.name)
        .limit(1)
    )
    episode = (await session.execute(query)).scalars().first()
    if episode is None:
        episode = await create_episode(session, project_id, "E01", created_by)
    return episode


async def create_episode(session: AsyncSession, project_id: Any, name: str, created_by: Any) -> Entity:
    episode_type = await get_or_create_type(session, "Episode")
    episode = Entity(
        name=name,
        project_id=project_id,
        entity_type_id=episode_type.id,
        created_by=created_by,
        description="",  # Zou's defaults for an episode it makes itself
        data={},
    )
    session.add(episode)
    await session.flush()
    events.emit(session, "episode:new", {"episode_id": episode.id}, project_id=project_id, user_id=created_by)
    return episode
