"""Casting (Zou's breakdown_service): the assets used in a shot, an episode or an asset, stored as
`entity_link` rows. Replacing a whole casting, casting or uncasting one asset, and the mirror
links an episode gets from the casting of its shots."""

from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app import events
from app.areas.breakdown.reads import get_casting
from app.areas.entities import casting_stats
from app.areas.entities import kinds as entity_kinds
from app.areas.entities.lookup import row_of
from app.core.errors import bad_request
from app.core.ids import as_uuid
from app.models import Entity, EntityLink, EntityType


def _kind_of(type_name: str | None) -> str:
    return entity_kinds.base_type_name(type_name)


async def kind(session: AsyncSession, entity: Entity) -> str:
    return _kind_of(await entity_kinds.type_name_of(session, entity.entity_type_id))


def parse_casting(casting: list[Any]) -> list[dict[str, Any]]:
    """Entries Zou acts on: objects carrying both `asset_id` and `nb_occurences`. Their values
    must be usable (an id, a count, a text label): bad ones refuse the whole request."""
    entries = []
    for index, cast in enumerate(casting):
        if not isinstance(cast, dict) or "asset_id" not in cast or "nb_occurences" not in cast:
            continue
        asset_id = as_uuid(cast["asset_id"])
        count = cast["nb_occurences"]
        label = cast.get("label", "")
        if asset_id is None:
            raise bad_request(f"Invalid asset_id in casting entry {index}.")
        if isinstance(count, bool) or not isinstance(count, int):
            raise bad_request(f"Invalid nb_occurences in casting entry {index}.")
        if label is not None and not isinstance(label, str):
            raise bad_request(f"Invalid label in casting entry {index}.")
        entries.append({"asset_id": asset_id, "nb_occurences": count, "label": label or ""})
    return entries


async def _existing_ids(session: AsyncSession, ids: list[Any]) -> set[Any]:
    if not ids:
        return set()
    return set((await session.execute(select(Entity.id).where(Entity.id.in_(ids)))).scalars().all())


async def _link(session: AsyncSession, entity_in_id: Any, entity_out_id: Any) -> EntityLink | None:
    query = select(EntityLink).where(
        EntityLink.entity_in_id == entity_in_id, EntityLink.entity_out_id == entity_out_id
    )
    return (await session.execute(query)).scalars().first()


async def _episode_of_shot(session: AsyncSession, shot: Entity) -> Any:
    if shot.parent_id is None:
        return None
    return (await session.execute(select(Entity.parent_id).where(Entity.id == shot.parent_id))).scalar()


async def _cast_in_episode(
    session: AsyncSession, shot: Entity, assets: list[tuple[Any, str]], user_id: Any
) -> None:
    """Assets cast in a shot are cast in the shot's episode too, flagged as mirror links."""
    episode_id = await _episode_of_shot(session, shot)
    if episode_id is None or not assets:
        return
    present_query = select(EntityLink.entity_out_id).where(
        EntityLink.entity_in_id == episode_id, EntityLink.entity_out_id.in_([asset for asset, _ in assets])
    )
    present = set((await session.execute(present_query)).scalars().all())
    missing = {asset: label for asset, label in assets if asset not in present}
    if not missing:
        return
    for asset_id, label in missing.items():
        mirror = EntityLink(entity_in_id=episode_id, entity_out_id=asset_id, nb_occurences=1, label=label)
        mirror.data = {"auto": True}
        session.add(mirror)
    count = func.coalesce(Entity.nb_entities_out, 0) + len(missing)
    await session.execute(update(Entity).where(Entity.id == episode_id).values(nb_entities_out=count))
    for asset_id in missing:
        data = {"asset_id": asset_id}
        events.emit(session, "asset:update", data, project_id=shot.project_id, user_id=user_id)


def _link_event(
    session: AsyncSession, entity: Entity, link_id: Any, asset_id: Any, count: int, new: bool, user_id: Any
) -> None:
    if new:
        name = "entity-link:new"
        data = {
            "entity_link_id": link_id,
            "entity_in_id": entity.id,
            "entity_out_id": asset_id,
            "nb_occurences": count,
        }
    else:
        name, data = "entity-link:update", {"entity_link_id": link_id, "nb_occurences": count}
    events.emit(session, name, data, project_id=entity.project_id, user_id=user_id)


async def create_casting_link(
    session: AsyncSession,
    entity: Entity,
    entity_kind: str,
    asset_id: Any,
    count: int,
    label: str,
    user_id: Any,
) -> EntityLink:
    link = await _link(session, entity.id, asset_id)
    new = link is None
    if link is None:
        if entity_kind == "Shot":
            await _cast_in_episode(session, entity, [(asset_id, label)], user_id)
        link = EntityLink(entity_in_id=entity.id, entity_out_id=asset_id, nb_occurences=count, label=label)
        session.add(link)
    else:
        link.nb_occurences, link.label = count, label
    await session.flush()
    _link_event(session, entity, link.id, asset_id, count, new, user_id)
    return link


async def _create_links(
    session: AsyncSession, entity: Entity, entity_kind: str, entries: list[dict[str, Any]], user_id: Any
) -> None:
    """The links of a casting written at once (the entity holds none anymore). An asset listed
    twice is created then updated, with one event each, as Zou's one-by-one loop does."""
    if entity_kind == "Shot":
        await _cast_in_episode(session, entity, [(e["asset_id"], e["label"]) for e in entries], user_id)
    links: dict[Any, EntityLink] = {}
    steps = []
    for entry in entries:
        link = links.get(entry["asset_id"])
        steps.append((link is None, entry))
        if link is None:
            link = EntityLink(entity_in_id=entity.id, entity_out_id=entry["asset_id"])
            links[entry["asset_id"]] = link
            session.add(link)
        link.nb_occurences, link.label = entry["nb_occurences"], entry["label"]
    await session.flush()
    for new, entry in steps:
        link_id = links[entry["asset_id"]].id
        _link_event(session, entity, link_id, entry["asset_id"], entry["nb_occurences"], new, user_id)


async def _episode_shot_ids(session: AsyncSession, episode_id: Any) -> list[Any]:
    sequences = select(Entity.id).where(Entity.parent_id == episode_id)
    shot_type = select(EntityType.id).where(EntityType.name == "Shot")
    query = select(Entity.id).where(Entity.parent_id.in_(sequences), Entity.entity_type_id.in_(shot_type))
    return list((await session.execute(query)).scalars().all())


async def _remove_from_episode_shots(
    session: AsyncSession, episode_id: Any, asset_id: Any, user_id: Any
) -> None:
    shot_ids = await _episode_shot_ids(session, episode_id)
    if not shot_ids:
        return
    query = select(EntityLink.entity_in_id).where(
        EntityLink.entity_in_id.in_(shot_ids), EntityLink.entity_out_id == asset_id
    )
    touched = list((await session.execute(query)).scalars().all())
    if not touched:
        return
    await session.execute(
        delete(EntityLink).where(EntityLink.entity_in_id.in_(touched), EntityLink.entity_out_id == asset_id)
    )
    shots = (
        await session.execute(
            select(Entity.id, Entity.project_id, Entity.nb_entities_out).where(Entity.id.in_(touched))
        )
    ).all()
    for shot in shots:
        data = {
            "shot_id": shot.id,
            "nb_entities_out": shot.nb_entities_out,
            "added_asset_ids": [],
            "removed_asset_ids": [str(asset_id)],
        }
        events.emit(session, "shot:casting-update", data, project_id=shot.project_id, user_id=user_id)
    await casting_stats.refresh_shots(session, touched, user_id)


async def _detach_from_episode_if_unused(
    session: AsyncSession, episode_id: Any, asset_id: Any, user_id: Any
) -> None:
    """The mirror link of an episode goes once no shot of the episode casts the asset anymore;
    links a manager set on the episode itself (not flagged `auto`) stay."""
    shot_ids = await _episode_shot_ids(session, episode_id)
    if shot_ids:
        query = select(EntityLink.id).where(
            EntityLink.entity_in_id.in_(shot_ids), EntityLink.entity_out_id == asset_id
        )
        if (await session.execute(query.limit(1))).first() is not None:
            return
    link = await _link(session, episode_id, asset_id)
    episode = await session.get(Entity, episode_id)
    if link is None or episode is None or not (link.data or {}).get("auto"):
        return
    await session.delete(link)
    episode.nb_entities_out = max((episode.nb_entities_out or 0) - 1, 0)
    await session.flush()
    data = {
        "episode_id": episode_id,
        "nb_entities_out": episode.nb_entities_out,
        "added_asset_ids": [],
        "removed_asset_ids": [str(asset_id)],
    }
    project_id = episode.project_id
    events.emit(session, "episode:casting-update", data, project_id=project_id, user_id=user_id)
    events.emit(session, "asset:update", {"asset_id": asset_id}, project_id=project_id, user_id=user_id)


async def announce_casting_change(
    session: AsyncSession,
    entity: Entity,
    entity_kind: str,
    added: list[str],
    removed: list[str],
    user_id: Any,
) -> None:
    """Recount the live links, refresh the shot stats and tell the listeners what changed."""
    await session.flush()
    counts = dict((await session.execute(casting_stats.live_link_count([entity.id]))).all())
    entity.nb_entities_out = counts.get(entity.id, 0)
    await session.flush()
    diff = {"nb_entities_out": entity.nb_entities_out, "added_asset_ids": added, "removed_asset_ids": removed}
    project_id = entity.project_id
    if entity_kind == "Shot":
        await casting_stats.refresh_shots(session, [entity.id], user_id)
        data = {"shot_id": entity.id, **diff}
        events.emit(session, "shot:casting-update", data, project_id=project_id, user_id=user_id)
        episode_id = await _episode_of_shot(session, entity) if removed else None
        if episode_id is not None:
            for asset_id in removed:
                await _detach_from_episode_if_unused(session, episode_id, as_uuid(asset_id), user_id)
    elif entity_kind == "Episode":
        data = {"episode_id": entity.id, **diff}
        events.emit(session, "episode:casting-update", data, project_id=project_id, user_id=user_id)
    else:
        data = {"asset_id": entity.id, **diff}
        events.emit(session, "asset:casting-update", data, project_id=project_id, user_id=user_id)


async def update_casting(
    session: AsyncSession, entity: Entity, casting: list[Any], user_id: Any
) -> list[Any]:
    """Replace the whole casting of an entity; answers the casting as sent (as Zou does)."""
    entries = parse_casting(casting)
    entity_kind = await kind(session, entity)
    previous_query = select(EntityLink.entity_out_id).where(EntityLink.entity_in_id == entity.id)
    previous = {str(value) for value in (await session.execute(previous_query)).scalars().all()}
    known = await _existing_ids(session, [entry["asset_id"] for entry in entries])
    entries = [entry for entry in entries if entry["asset_id"] in known]  # Zou skips unknown assets
    wanted = {str(entry["asset_id"]) for entry in entries}
    if entity_kind == "Episode":
        for asset_id in previous - wanted:
            await _remove_from_episode_shots(session, entity.id, as_uuid(asset_id), user_id)
    await session.execute(delete(EntityLink).where(EntityLink.entity_in_id == entity.id))
    entity.nb_entities_out = 0
    await session.flush()
    await _create_links(session, entity, entity_kind, entries, user_id)
    if entity_kind == "Episode":
        for entry in entries:
            data = {"asset_id": entry["asset_id"]}
            events.emit(session, "asset:update", data, project_id=entity.project_id, user_id=user_id)
    added, removed = sorted(wanted - previous), sorted(previous - wanted)
    await announce_casting_change(session, entity, entity_kind, added, removed, user_id)
    return casting


async def cast_asset(
    session: AsyncSession, entity: Entity, asset_id: Any, count: int | None, label: str | None, user_id: Any
) -> list[dict[str, Any]]:
    """Cast one asset in an entity without touching the rest of its casting."""
    entity_kind = await kind(session, entity)
    link = await _link(session, entity.id, asset_id)
    if count is None:
        count = link.nb_occurences if link is not None and link.nb_occurences is not None else 1
    if label is None:
        label = (link.label or "") if link is not None else ""
    await create_casting_link(session, entity, entity_kind, asset_id, count, label, user_id)
    if entity_kind == "Episode":
        events.emit(
            session, "asset:update", {"asset_id": asset_id}, project_id=entity.project_id, user_id=user_id
        )
    added = [] if link is not None else [str(asset_id)]
    await announce_casting_change(session, entity, entity_kind, added, [], user_id)
    return await get_casting(session, entity.id)


async def uncast_asset(
    session: AsyncSession, entity: Entity, asset_id: Any, user_id: Any, cascade_to_shots: bool = True
) -> list[dict[str, Any]]:
    link = await _link(session, entity.id, asset_id)
    if link is None:
        return await get_casting(session, entity.id)
    entity_kind = await kind(session, entity)
    if cascade_to_shots and entity_kind == "Episode":
        await _remove_from_episode_shots(session, entity.id, asset_id, user_id)
    await session.delete(link)
    await announce_casting_change(session, entity, entity_kind, [], [str(asset_id)], user_id)
    return await get_casting(session, entity.id)


async def remove_entity_link(session: AsyncSession, link: EntityLink, user_id: Any) -> dict[str, Any]:
    """Delete one link through the uncasting path (counts, stats, mirror link kept right)."""
    removed = row_of(link)
    entity = await session.get(Entity, link.entity_in_id)
    await uncast_asset(session, entity, link.entity_out_id, user_id, cascade_to_shots=False)  # type: ignore[arg-type]
    return removed
