"""Entity names as the news feed shows them, for a batch of entities in three queries:
`Episode / Sequence / Shot`, `Episode / Sequence`, `Asset type / Asset`, and their episode id."""

from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.areas.entities.kinds import type_names
from app.models import Entity

COLUMNS = (Entity.id, Entity.name, Entity.parent_id, Entity.entity_type_id, Entity.source_id)


async def _load(session: AsyncSession, ids: set[Any], known: dict[Any, Any]) -> None:
    missing = {entity_id for entity_id in ids if entity_id is not None and entity_id not in known}
    if missing:
        for row in (await session.execute(select(*COLUMNS).where(Entity.id.in_(missing)))).all():
            known[row.id] = row


async def full_entity_names(session: AsyncSession, entity_ids: set[Any]) -> dict[Any, tuple[str, Any]]:
    """{entity id: (full name, episode id)} (Zou's get_full_entity_names)."""
    if not entity_ids:
        return {}
    known: dict[Any, Any] = {}
    await _load(session, entity_ids, known)
    await _load(session, {known[i].parent_id for i in entity_ids if i in known}, known)
    await _load(session, {known[p].parent_id for p in list(known) if known[p].id not in entity_ids}, known)
    kinds = await type_names(session)
    names = {}
    for entity_id in entity_ids:
        entity = known.get(entity_id)
        if entity is None:
            continue
        kind = kinds.get(entity.entity_type_id)
        parent = known.get(entity.parent_id)
        if kind == "Shot":
            grandparent = known.get(parent.parent_id) if parent is not None else None
            if parent is None:
                names[entity_id] = (entity.name, None)
            elif grandparent is None:
                names[entity_id] = (f"{parent.name} / {entity.name}", None)
            else:
                names[entity_id] = (f"{grandparent.name} / {parent.name} / {entity.name}", grandparent.id)
        elif kind == "Episode":
            names[entity_id] = (entity.name, None)
        elif kind == "Sequence":
            if parent is None:
                names[entity_id] = (entity.name, None)
            else:
                names[entity_id] = (f"{parent.name} / {entity.name}", parent.id)
        else:
            name = f"{kind} / {entity.name}" if kind else entity.name
            names[entity_id] = (name, entity.source_id)
    return names
