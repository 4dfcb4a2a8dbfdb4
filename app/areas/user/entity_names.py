"""Full entity names in a few queries (Zou's `get_full_entity_names`): `Episode / Sequence / Shot`,
`Episode / Sequence`, `Asset type / Asset`, with the episode and preview of each."""

from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import Entity, EntityType

_COLUMNS = (
    Entity.id,
    Entity.name,
    Entity.parent_id,
    Entity.source_id,
    Entity.preview_file_id,
    Entity.entity_type_id,
)


async def _load(session: AsyncSession, ids: set[Any], known: dict[Any, Any]) -> None:
    wanted = [entity_id for entity_id in ids if entity_id is not None and entity_id not in known]
    if wanted:
        for row in (await session.execute(select(*_COLUMNS).where(Entity.id.in_(wanted)))).all():
            known[row.id] = row


async def full_entity_names(session: AsyncSession, entity_ids: list[Any]) -> dict[Any, tuple[str, Any, Any]]:
    """`{entity id: (full name, episode id, preview file id)}` for the entities that exist."""
    known: dict[Any, Any] = {}
    await _load(session, set(entity_ids), known)
    await _load(session, {row.parent_id for row in known.values()}, known)
    await _load(session, {row.parent_id for row in known.values()}, known)
    type_ids = {row.entity_type_id for row in known.values()}
    names = dict(
        (
            await session.execute(select(EntityType.id, EntityType.name).where(EntityType.id.in_(type_ids)))
        ).all()
    )
    result = {}
    for entity_id in set(entity_ids):
        entity = known.get(entity_id)
        if entity is None:
            continue
        type_name = names.get(entity.entity_type_id)
        parent = known.get(entity.parent_id)
        episode_id = None
        if type_name == "Shot":
            name = entity.name
            if parent is not None:
                grandparent = known.get(parent.parent_id)
                if grandparent is not None:
                    episode_id = grandparent.id
                    name = f"{grandparent.name} / {parent.name} / {entity.name}"
                else:
                    name = f"{parent.name} / {entity.name}"
        elif type_name == "Episode":
            name = entity.name
        elif type_name == "Sequence":
            name = entity.name
            if parent is not None:
                episode_id = parent.id
                name = f"{parent.name} / {entity.name}"
        else:
            episode_id = entity.source_id
            name = f"{type_name} / {entity.name}" if type_name else entity.name
        result[entity_id] = (name, episode_id, entity.preview_file_id)
    return result
