"""Reading the casting (Zou's breakdown_service getters): one entity's casting, castings keyed by
shot, episode or asset, where an asset is cast, and a project's entity links."""

import math
from collections import defaultdict
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from app.areas.entities.lookup import entity_columns, fetch_rows, temporal_type_ids, typed_entity_rows
from app.core.config import get_settings
from app.core.errors import bad_request
from app.models import Entity, EntityLink, EntityType

LINK_COLUMNS = list(EntityLink.__table__.columns)  # type: ignore[attr-defined]


async def get_casting(session: AsyncSession, entity_id: Any) -> list[dict[str, Any]]:
    """The live assets cast in an entity, by asset type then name."""
    query = (
        select(
            EntityLink.entity_out_id,
            EntityLink.nb_occurences,
            EntityLink.label,
            Entity.name,
            EntityType.name.label("type_name"),
            Entity.preview_file_id,
            Entity.source_id,
            Entity.ready_for,
            Entity.is_shared,
            Entity.project_id,
        )
        .join(Entity, Entity.id == EntityLink.entity_out_id)
        .join(EntityType, EntityType.id == Entity.entity_type_id)
        .where(EntityLink.entity_in_id == entity_id, Entity.canceled.is_not(True))
        .order_by(EntityType.name, Entity.name)
    )
    return [
        {
            "asset_id": row.entity_out_id,
            "asset_name": row.name,
            "asset_type_name": row.type_name,
            "ready_for": row.ready_for,
            "episode_id": row.source_id,
            "preview_file_id": row.preview_file_id,
            "nb_occurences": row.nb_occurences,
            "label": row.label,
            "is_shared": row.is_shared,
            "project_id": row.project_id,
        }
        for row in (await session.execute(query)).all()
    ]


def _cast_query(holder: Any, *extra: Any):
    """Links from `holder` (an aliased entity) to the live assets it casts."""
    return (
        select(
            EntityLink.entity_in_id,
            EntityLink.entity_out_id,
            EntityLink.nb_occurences,
            EntityLink.label,
            Entity.name,
            EntityType.name.label("type_name"),
            Entity.preview_file_id,
            Entity.is_shared,
            Entity.project_id,
            *extra,
        )
        .join(holder, holder.id == EntityLink.entity_in_id)
        .join(Entity, Entity.id == EntityLink.entity_out_id)
        .join(EntityType, EntityType.id == Entity.entity_type_id)
        .where(Entity.canceled.is_not(True))
    )


def _entry(row: Any, with_sharing: bool = True) -> dict[str, Any]:
    entry = {
        "asset_id": row.entity_out_id,
        "name": row.name,
        "asset_name": row.name,
        "asset_type_name": row.type_name,
        "preview_file_id": row.preview_file_id,
        "nb_occurences": row.nb_occurences,
        "label": row.label,
    }
    if with_sharing:
        entry["is_shared"] = row.is_shared
        entry["project_id"] = row.project_id
    return entry


def _by_holder(rows: list[Any], build) -> dict[str, list[dict[str, Any]]]:
    grouped: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        grouped[str(row.entity_in_id)].append(build(row))
    return dict(grouped)


async def episodes_casting(session: AsyncSession, project_id: Any) -> dict[str, list[dict[str, Any]]]:
    episode = aliased(Entity)
    query = (
        _cast_query(episode).where(episode.project_id == project_id).order_by(EntityType.name, Entity.name)
    )
    return _by_holder((await session.execute(query)).all(), _entry)


async def shots_casting(
    session: AsyncSession, sequence_id: Any = None, project_id: Any = None, episode_id: Any = None
) -> dict[str, list[dict[str, Any]]]:
    """Casting of shots keyed by shot: of a sequence, of a project, or of a project's episode."""
    shot, sequence = aliased(Entity), aliased(Entity)
    query = _cast_query(shot, sequence.name.label("sequence_name")).join(
        sequence, sequence.id == shot.parent_id
    )
    if sequence_id is not None:
        query = query.where(shot.parent_id == sequence_id).order_by(shot.name, EntityType.name, Entity.name)
    else:
        query = query.where(shot.project_id == project_id)
        if episode_id is not None:
            query = query.where(sequence.parent_id == episode_id)
        query = query.order_by(sequence.name, shot.name, EntityType.name, Entity.name)

    def build(row: Any) -> dict[str, Any]:
        entry = _entry(row)
        entry["sequence_name"] = row.sequence_name
        return entry

    return _by_holder((await session.execute(query)).all(), build)


async def asset_type_casting(
    session: AsyncSession, project_id: Any, asset_type_id: Any
) -> dict[str, list[dict[str, Any]]]:
    asset = aliased(Entity)
    query = (
        _cast_query(asset)
        .where(asset.project_id == project_id, asset.entity_type_id == asset_type_id)
        .order_by(EntityType.name, Entity.name)
    )
    return _by_holder((await session.execute(query)).all(), lambda row: _entry(row, with_sharing=False))


async def cast_in(session: AsyncSession, asset_id: Any) -> list[dict[str, Any]]:
    """Where an asset is used: the live shots (with sequence and episode), then the assets."""
    shot, sequence, episode = aliased(Entity), aliased(Entity), aliased(Entity)
    shots_query = (
        select(
            EntityLink.entity_in_id,
            EntityLink.nb_occurences,
            shot.name,
            sequence.name.label("sequence_name"),
            episode.id.label("episode_id"),
            episode.name.label("episode_name"),
            shot.preview_file_id,
        )
        .join(shot, shot.id == EntityLink.entity_in_id)
        .join(sequence, sequence.id == shot.parent_id)
        .outerjoin(episode, episode.id == sequence.parent_id)
        .where(EntityLink.entity_out_id == asset_id, shot.canceled.is_not(True))
        .order_by(episode.name, sequence.name, shot.name)
    )
    result: list[dict[str, Any]] = [
        {
            "shot_id": row.entity_in_id,
            "shot_name": row.name,
            "sequence_name": row.sequence_name,
            # Zou writes str(episode id), hence "None" outside episodes.
            "episode_id": str(row.episode_id),
            "episode_name": row.episode_name,
            "preview_file_id": row.preview_file_id,
            "nb_occurences": row.nb_occurences,
        }
        for row in (await session.execute(shots_query)).all()
    ]
    holder = aliased(Entity)
    holder_type = aliased(EntityType)
    assets_query = (
        select(
            EntityLink.entity_in_id,
            EntityLink.nb_occurences,
            holder.name,
            holder_type.name.label("type_name"),
            holder.preview_file_id,
        )
        .join(holder, holder.id == EntityLink.entity_in_id)
        .join(holder_type, holder_type.id == holder.entity_type_id)
        .where(
            EntityLink.entity_out_id == asset_id,
            holder.canceled.is_not(True),
            holder_type.id.not_in(temporal_type_ids()),
        )
        .order_by(holder_type.name, holder.name)
    )
    result += [
        {
            "asset_id": row.entity_in_id,
            "asset_name": row.name,
            "asset_type_name": row.type_name,
            "preview_file_id": row.preview_file_id,
            "nb_occurences": row.nb_occurences,
        }
        for row in (await session.execute(assets_query)).all()
    ]
    return result


async def linked_assets(session: AsyncSession, entity_id: Any) -> list[dict[str, Any]]:
    """Zou's get_entity_casting: the entities cast in this one, as asset rows (canceled too)."""
    cast = select(EntityLink.entity_out_id).where(EntityLink.entity_in_id == entity_id)
    query = select(*entity_columns()).where(Entity.id.in_(cast)).order_by(Entity.name)
    return await typed_entity_rows(session, query, "Asset")


def _precise(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat(timespec="microseconds")


async def project_entity_links(
    session: AsyncSession, project_id: Any, page: int, limit: int, cursor: str | None
) -> Any:
    """Entity links whose holder belongs to the project: all, a page, or after a cursor date."""
    base = (
        select(*LINK_COLUMNS)
        .join(Entity, Entity.id == EntityLink.entity_in_id)
        .where(Entity.project_id == project_id)
    )
    per_page = limit if limit >= 1 else get_settings().nb_records_per_page
    total_query = select(func.count()).select_from(base.subquery())
    if page > 0:
        total = (await session.execute(total_query)).scalar_one()
        offset = (page - 1) * per_page
        query = base.order_by(EntityLink.created_at, EntityLink.id).limit(per_page).offset(offset)
        rows = await fetch_rows(session, query) if offset <= total else []
        for row in rows:
            row["type"] = "EntityLink"
        return {
            "data": rows,
            "total": 0 if total < offset else total,
            "nb_pages": math.ceil(total / per_page),
            "limit": per_page,
            "offset": offset,
            "page": page,
        }
    if cursor is not None:
        try:
            after = datetime.fromisoformat(cursor)
        except ValueError as exc:
            raise bad_request(f"Invalid cursor_created_at: {cursor}") from exc
        total = (await session.execute(total_query)).scalar_one()
        query = (
            base.where(EntityLink.created_at > after.replace(tzinfo=None))
            .order_by(EntityLink.created_at, EntityLink.updated_at, EntityLink.id)
            .limit(per_page)
        )
        rows = await fetch_rows(session, query)
        for row in rows:
            row["type"] = "EntityLink"
            row["created_at"] = _precise(row["created_at"])
            row["updated_at"] = _precise(row["updated_at"])
        return {"data": rows, "total": total, "limit": per_page}
    query = base.order_by(EntityLink.created_at, EntityLink.id)
    if limit > 0:
        query = query.limit(limit)
    return [
        {
            "id": row["id"],
            "entity_in_id": row["entity_in_id"],
            "entity_out_id": row["entity_out_id"],
            "nb_occurences": row["nb_occurences"],
            "label": row["label"],
            "data": row["data"],
            "created_at": _precise(row["created_at"]),
            "type": "EntityLink",
        }
        for row in await fetch_rows(session, query)
    ]
