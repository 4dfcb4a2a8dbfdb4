"""Removing assets, shots, edits and concepts the way Zou's cascade deletion does: with tasks and
without force the entity is only marked `canceled`; otherwise it goes with everything that points
at it (tasks and their files, casting both ways, asset instances, output and working files,
versions, subscriptions, chats), so no row is left referencing it. Set-based statements."""

from typing import Any

from sqlalchemy import delete, exists, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app import events
from app.areas.entities import casting_stats
from app.areas.entities import kinds as entity_kinds
from app.crud import cascade
from app.models import (
    AssetInstance,
    AssetInstanceLink,
    AttachmentFile,
    Chat,
    ChatMessage,
    ChatParticipant,
    Entity,
    EntityLink,
    EntityType,
    EntityVersion,
    OutputFile,
    Playlist,
    ScheduleItem,
    Subscription,
    Task,
    WorkingFile,
)


async def has_tasks(session: AsyncSession, entity_id: Any) -> bool:
    return bool((await session.execute(select(exists().where(Task.entity_id == entity_id)))).scalar())


async def _remove_chats(session: AsyncSession, entity_ids: list[Any]) -> None:
    chat_ids = select(Chat.id).where(Chat.object_id.in_(entity_ids))
    messages = select(ChatMessage.id).where(ChatMessage.chat_id.in_(chat_ids))
    await session.execute(delete(AttachmentFile).where(AttachmentFile.chat_message_id.in_(messages)))
    await session.execute(delete(ChatMessage).where(ChatMessage.chat_id.in_(chat_ids)))
    await session.execute(delete(ChatParticipant).where(ChatParticipant.chat_id.in_(chat_ids)))
    await session.execute(delete(Chat).where(Chat.object_id.in_(entity_ids)))


async def casting_shots(session: AsyncSession, asset_ids: list[Any]) -> list[Any]:
    """Shots whose casting holds one of the assets (their stats change with the assets)."""
    query = (
        select(EntityLink.entity_in_id)
        .join(Entity, Entity.id == EntityLink.entity_in_id)
        .join(EntityType, EntityType.id == Entity.entity_type_id)
        .where(EntityLink.entity_out_id.in_(asset_ids), EntityType.name == "Shot")
        .distinct()
    )
    return await cascade.select_ids(session, query)


async def purge_entities(session: AsyncSession, entity_ids: list[Any], user_id: Any) -> None:
    """Delete the entities with everything hanging on them (one `task:delete` event per task; the
    entities' own events are the caller's). Sub-entities are detached, not removed, and the
    playlists of a removed episode go with it."""
    if not entity_ids:
        return
    tasks = list((await session.execute(select(Task).where(Task.entity_id.in_(entity_ids)))).scalars())
    await cascade.remove_tasks(session, tasks, user_id)
    await cascade.clear_entity_links(session, entity_ids)
    for model, column in (
        (EntityVersion, EntityVersion.entity_id),
        (Subscription, Subscription.entity_id),
        (AssetInstanceLink, AssetInstanceLink.entity_id),
        (ScheduleItem, ScheduleItem.object_id),
    ):
        await session.execute(delete(model).where(column.in_(entity_ids)))
    # Instances of the entities, placed in them (scenes, sets) or recorded against them.
    instances = await cascade.select_ids(
        session,
        select(AssetInstance.id).where(
            AssetInstance.asset_id.in_(entity_ids)
            | AssetInstance.scene_id.in_(entity_ids)
            | AssetInstance.target_asset_id.in_(entity_ids)
            | AssetInstance.entity_id.in_(entity_ids)
        ),
    )
    working = await cascade.select_ids(
        session, select(WorkingFile.id).where(WorkingFile.entity_id.in_(entity_ids))
    )
    await cascade.remove_output_files(
        session,
        OutputFile.entity_id.in_(entity_ids)
        | OutputFile.temporal_entity_id.in_(entity_ids)
        | OutputFile.asset_instance_id.in_(instances)
        | OutputFile.source_file_id.in_(working),
    )
    await session.execute(delete(WorkingFile).where(WorkingFile.id.in_(working)))
    await session.execute(delete(AssetInstanceLink).where(AssetInstanceLink.asset_instance_id.in_(instances)))
    await session.execute(delete(AssetInstance).where(AssetInstance.id.in_(instances)))
    await _remove_chats(session, entity_ids)
    playlists = await cascade.select_ids(
        session, select(Playlist.id).where(Playlist.episode_id.in_(entity_ids))
    )
    await cascade.remove_playlists(session, playlists)
    for column in (Entity.parent_id, Entity.source_id):
        await session.execute(update(Entity).where(column.in_(entity_ids)).values({column.key: None}))
    await session.execute(delete(Entity).where(Entity.id.in_(entity_ids)))
    await session.flush()


async def remove_entity(session: AsyncSession, entity: Entity, force: bool, user_id: Any) -> str:
    """Zou's remove_asset / remove_shot / remove_edit / remove_concept. Returns what happened:
    `canceled` (the entity has tasks and no force) or `deleted`."""
    kind = entity_kinds.base_type_name(await entity_kinds.type_name_of(session, entity.entity_type_id))
    prefix = kind.lower()
    key = f"{prefix}_id"
    project_id = entity.project_id
    if not force and await has_tasks(session, entity.id):
        entity.canceled = True
        await session.flush()
        events.emit(session, f"{prefix}:update", {key: entity.id}, project_id=project_id, user_id=user_id)
        if kind == "Asset":
            await casting_stats.refresh_shots(session, await casting_shots(session, [entity.id]), user_id)
        return "canceled"
    shots = await casting_shots(session, [entity.id]) if kind == "Asset" else []
    events.emit(session, f"{prefix}:delete", {key: entity.id}, project_id=project_id, user_id=user_id)
    await purge_entities(session, [entity.id], user_id)
    await casting_stats.refresh_shots(session, [shot for shot in shots if shot != entity.id], user_id)
    return "deleted"
