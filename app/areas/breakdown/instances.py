"""Asset instances (Zou's second breakdown representation): numbered copies of an asset placed in
a scene, in another asset (set dressing), and linked to the shots that use them."""

import re
import unicodedata
from collections import defaultdict
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app import events
from app.areas.entities.lookup import fetch_rows, row_of, uuid_or_404
from app.core.errors import not_found
from app.models import AssetInstance, AssetInstanceLink, Entity, EntityType

INSTANCE_COLUMNS = list(AssetInstance.__table__.columns)  # type: ignore[attr-defined]


def _typed(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    for row in rows:
        row["type"] = "AssetInstance"
    return rows


def _group(pairs: list[tuple[Any, dict[str, Any]]]) -> dict[str, list[dict[str, Any]]]:
    grouped: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for key, row in pairs:
        # Zou keys by str(value): an instance without scene lands under "None".
        grouped[str(key)].append(row)
    return dict(grouped)


def _ordered(query):
    return query.order_by(AssetInstance.asset_id, AssetInstance.number)


async def for_shot(session: AsyncSession, shot_id: Any) -> dict[str, list[dict[str, Any]]]:
    query = _ordered(
        select(*INSTANCE_COLUMNS)
        .join(AssetInstanceLink, AssetInstanceLink.asset_instance_id == AssetInstance.id)
        .where(AssetInstanceLink.entity_id == shot_id)
    )
    rows = _typed(await fetch_rows(session, query))
    return _group([(row["asset_id"], row) for row in rows])


async def for_scene(session: AsyncSession, scene_id: Any, asset_type_id: Any = None) -> dict[str, list[dict]]:
    query = select(*INSTANCE_COLUMNS).where(AssetInstance.scene_id == scene_id)
    if asset_type_id is not None:
        query = query.join(Entity, Entity.id == AssetInstance.asset_id).where(
            Entity.entity_type_id == asset_type_id
        )
    rows = _typed(await fetch_rows(session, _ordered(query)))
    return _group([(row["asset_id"], row) for row in rows])


async def cameras_for_scene(session: AsyncSession, scene_id: Any) -> dict[str, list[dict]]:
    """Instances of `Camera` assets. Zou creates the Camera type on the fly; a read creates
    nothing here: without the type there is no camera."""
    camera = (await session.execute(select(EntityType.id).where(EntityType.name == "Camera"))).scalar()
    if camera is None:
        return {}
    return await for_scene(session, scene_id, camera)


async def inside_asset(session: AsyncSession, asset_id: Any) -> dict[str, list[dict]]:
    """Instances placed in an asset (props of a set), by instantiated asset."""
    query = _ordered(select(*INSTANCE_COLUMNS).where(AssetInstance.target_asset_id == asset_id))
    rows = _typed(await fetch_rows(session, query))
    return _group([(row["asset_id"], row) for row in rows])


async def of_asset_by_shot(session: AsyncSession, asset_id: Any) -> dict[str, list[dict]]:
    query = _ordered(
        select(AssetInstanceLink.entity_id.label("shot_id"), *INSTANCE_COLUMNS)
        .join(AssetInstanceLink, AssetInstanceLink.asset_instance_id == AssetInstance.id)
        .where(AssetInstance.asset_id == asset_id)
    )
    rows = await fetch_rows(session, query)
    pairs = []
    for row in rows:
        shot_id = row.pop("shot_id")
        row["type"] = "AssetInstance"
        pairs.append((shot_id, row))
    return _group(pairs)


async def of_asset_by_scene(session: AsyncSession, asset_id: Any) -> dict[str, list[dict]]:
    query = _ordered(select(*INSTANCE_COLUMNS).where(AssetInstance.asset_id == asset_id))
    rows = _typed(await fetch_rows(session, query))
    return _group([(row["scene_id"], row) for row in rows])


def _slug(name: str) -> str:
    """python-slugify's output with `_` as separator and the case kept."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^A-Za-z0-9]+", "_", ascii_name.replace("'", "")).strip("_")


async def _next_number(session: AsyncSession, condition, asset_id: Any) -> int:
    query = select(func.max(AssetInstance.number)).where(condition, AssetInstance.asset_id == asset_id)
    return ((await session.execute(query)).scalar() or 0) + 1


async def _create(session: AsyncSession, asset: Entity, number: int, **values: Any) -> AssetInstance:
    name = f"{_slug(asset.name)}_{str(number).zfill(4)}"
    instance = AssetInstance(asset_id=asset.id, number=number, name=name, **values)
    session.add(instance)
    await session.flush()
    return instance


async def add_to_scene(
    session: AsyncSession, scene: Entity, asset: Entity, description: str | None, user_id: Any
) -> dict[str, Any]:
    number = await _next_number(session, AssetInstance.scene_id == scene.id, asset.id)
    instance = await _create(session, asset, number, scene_id=scene.id, description=description)
    data = {"scene_id": scene.id, "asset_id": asset.id, "asset_instance_id": instance.id}
    events.emit(session, "asset_instance:new", data, user_id=user_id)
    return row_of(instance)


async def add_to_asset(
    session: AsyncSession, target: Entity, asset: Entity, description: str | None, user_id: Any
) -> dict[str, Any]:
    number = await _next_number(session, AssetInstance.target_asset_id == target.id, asset.id)
    instance = await _create(session, asset, number, target_asset_id=target.id, description=description)
    data = {"asset_id": target.id, "asset_instantiated": asset.id, "asset_instance_id": instance.id}
    events.emit(session, "asset_instance:new", data, user_id=user_id)
    return row_of(instance)


async def get_instance(session: AsyncSession, raw_id: Any) -> AssetInstance:
    instance = await session.get(AssetInstance, uuid_or_404(raw_id))
    if instance is None:
        raise not_found()
    return instance


async def add_to_shot(session: AsyncSession, shot: Entity, instance: AssetInstance, user_id: Any) -> None:
    query = select(AssetInstanceLink).where(
        AssetInstanceLink.entity_id == shot.id, AssetInstanceLink.asset_instance_id == instance.id
    )
    if (await session.execute(query)).first() is None:
        session.add(AssetInstanceLink(entity_id=shot.id, asset_instance_id=instance.id))
        await session.flush()
    data = {"shot_id": shot.id, "asset_instance_id": instance.id}
    events.emit(session, "asset_instance:add-to-shot", data, user_id=user_id)


async def remove_from_shot(
    session: AsyncSession, shot: Entity, instance: AssetInstance, user_id: Any
) -> None:
    await session.execute(
        delete(AssetInstanceLink).where(
            AssetInstanceLink.entity_id == shot.id, AssetInstanceLink.asset_instance_id == instance.id
        )
    )
    data = {"shot_id": shot.id, "asset_instance_id": instance.id}
    events.emit(session, "asset_instance:remove-from-shot", data, user_id=user_id)
