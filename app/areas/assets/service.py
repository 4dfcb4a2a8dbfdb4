"""Assets and asset types (Zou's assets_service and entity_types_service parts): lists with
Zou's criteria, the full asset page, creation, sharing between productions."""

from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from app import events
from app.areas.entities import tasks as entity_tasks
from app.areas.entities.lookup import (
    apply_criteria,
    asset_type_condition,
    attach_relations,
    entity_columns,
    fetch_rows,
    is_asset_condition,
    row_of,
    typed_entity_rows,
)
from app.areas.entities.tasks import assigned_to
from app.core.errors import bad_request, not_found
from app.core.ids import as_uuid
from app.models import Entity, EntityLink, EntityType, Project, ProjectPersonLink, TaskTypeAssetTypeLink

ENTITY_TYPE_COLUMNS = list(EntityType.__table__.columns)  # type: ignore[attr-defined]


# --- asset types ------------------------------------------------------------------------
async def _asset_type_rows(session: AsyncSession, query, relations: bool) -> list[dict[str, Any]]:
    rows = await fetch_rows(session, query)
    for row in rows:
        row["type"] = "AssetType"
    if relations:
        ids = [row["id"] for row in rows]
        links = (
            await session.execute(
                select(TaskTypeAssetTypeLink.asset_type_id, TaskTypeAssetTypeLink.task_type_id).where(
                    TaskTypeAssetTypeLink.asset_type_id.in_(ids)
                )
            )
        ).all()
        by_type: dict[Any, list[Any]] = {}
        for asset_type_id, task_type_id in links:
            by_type.setdefault(asset_type_id, []).append(task_type_id)
        for row in rows:
            row["task_types"] = by_type.get(row["id"], [])
    return rows


async def list_asset_types(session: AsyncSession, criteria: dict[str, str]) -> list[dict[str, Any]]:
    """Every asset type (with its workflow task types); `project_id` keeps the types used there."""
    criteria = dict(criteria)
    query = select(*ENTITY_TYPE_COLUMNS).where(asset_type_condition())
    project_id = criteria.pop("project_id", None)
    if project_id is not None:
        project = as_uuid(project_id)
        if project is None:
            raise bad_request(f"Invalid UUID value: {project_id}")
        used = select(Entity.entity_type_id).where(Entity.project_id == project)
        query = query.where(EntityType.id.in_(used))
    for name in ("id", "name", "short_name", "archived"):
        if name in criteria:
            query = query.where(_type_condition(name, criteria[name]))
    return await _asset_type_rows(session, query.order_by(EntityType.name), relations=True)


def _type_condition(name: str, raw: str):
    column = EntityType.__table__.c[name]  # type: ignore[attr-defined]
    if name == "name":
        return column.ilike(raw)
    if name == "id":
        value = as_uuid(raw)
        if value is None:
            raise bad_request(f"Invalid UUID value: {raw}")
        return column == value
    if name == "archived":
        return column.is_(raw.lower() == "true")
    return column == raw


async def get_asset_type(session: AsyncSession, asset_type: EntityType) -> dict[str, Any]:
    query = select(*ENTITY_TYPE_COLUMNS).where(EntityType.id == asset_type.id)
    return (await _asset_type_rows(session, query, relations=True))[0]


async def asset_types_of(session: AsyncSession, condition) -> list[dict[str, Any]]:
    """The asset types of the assets matching `condition` (without workflow lists, as Zou)."""
    used = select(Entity.entity_type_id).where(is_asset_condition(), condition)
    query = select(*ENTITY_TYPE_COLUMNS).where(EntityType.id.in_(used)).order_by(EntityType.name)
    return await _asset_type_rows(session, query, relations=False)


async def asset_types_for_shot(session: AsyncSession, shot_id: Any) -> list[dict[str, Any]]:
    cast = select(EntityLink.entity_out_id).where(EntityLink.entity_in_id == shot_id)
    query = (
        select(*ENTITY_TYPE_COLUMNS)
        .where(EntityType.id.in_(select(Entity.entity_type_id).where(Entity.id.in_(cast))))
        .order_by(EntityType.name)
    )
    return await _asset_type_rows(session, query, relations=False)


# --- asset lists --------------------------------------------------------------------------
def _episode_condition(episode_id: Any):
    """Assets of an episode: made for it (`source_id`) or cast in it."""
    cast = select(EntityLink.entity_out_id).where(EntityLink.entity_in_id == episode_id)
    return or_(Entity.source_id == episode_id, Entity.id.in_(cast))


async def list_assets(
    session: AsyncSession,
    criteria: dict[str, str],
    person_id: Any,
    only_user_projects: bool = False,
) -> list[dict[str, Any]]:
    """Zou's get_assets: column criteria, `assigned_to` (the caller's tasks), `episode_id`."""
    criteria = {key: value for key, value in criteria.items() if key != "page"}
    query = select(*entity_columns()).where(is_asset_condition())
    if criteria.pop("assigned_to", None) is not None:
        query = query.where(assigned_to(Entity.id, person_id))
    episode = criteria.pop("episode_id", None)
    if episode is not None:
        episode_id = as_uuid(episode)
        if episode_id is None:
            raise bad_request(f"Invalid UUID value: {episode}")
        query = query.where(_episode_condition(episode_id))
    query = apply_criteria(query, criteria)
    if only_user_projects:
        team = select(ProjectPersonLink.project_id).where(ProjectPersonLink.person_id == person_id)
        query = query.where(Entity.project_id.in_(team))
    return await typed_entity_rows(session, query.order_by(Entity.name), "Asset")


async def full_asset(session: AsyncSession, asset: Entity, person_id: Any, client: bool) -> dict[str, Any]:
    """The asset page: the row with its links, project and type names, episodes and tasks."""
    row = row_of(asset, "Asset")
    await attach_relations(session, [row])
    names = (
        await session.execute(
            select(Project.name, EntityType.name)
            .select_from(Entity)
            .join(Project, Project.id == Entity.project_id)
            .join(EntityType, EntityType.id == Entity.entity_type_id)
            .where(Entity.id == asset.id)
        )
    ).one()
    row.pop("source_id")
    row.pop("nb_frames")
    episode = aliased(Entity)
    episode_type = aliased(EntityType)
    episodes = (
        (
            await session.execute(
                select(EntityLink.entity_in_id)
                .join(episode, episode.id == EntityLink.entity_in_id)
                .join(episode_type, episode_type.id == episode.entity_type_id)
                .where(EntityLink.entity_out_id == asset.id, episode_type.name == "Episode")
                .order_by(episode.name)
            )
        )
        .scalars()
        .all()
    )
    tasks = await entity_tasks.task_summaries(session, [asset.id], person_id, client)
    row.update(
        {
            "project_name": names[0],
            "asset_type_id": asset.entity_type_id,
            "asset_type_name": names[1],
            # Zou's with-tasks strings: "" for no preview or episode, "None" for no ready_for.
            "preview_file_id": str(asset.preview_file_id or ""),
            "ready_for": str(asset.ready_for),
            "episode_id": str(asset.source_id) if asset.source_id else "",
            "casting_episode_ids": [str(value) for value in episodes],
            "data": asset.data or {},
            "tasks": tasks.get(asset.id, []),
        }
    )
    return row


async def create_asset(
    session: AsyncSession,
    project: Project,
    asset_type: EntityType,
    values: dict[str, Any],
    user_id: Any,
) -> dict[str, Any]:
    episode_id = values.get("episode_id")
    if episode_id is not None and await session.get(Entity, episode_id) is None:
        raise not_found()
    asset = Entity(
        project_id=project.id,
        entity_type_id=asset_type.id,
        name=values["name"],
        description=values.get("description"),
        data=values.get("data"),
        is_shared=bool(values.get("is_shared")),
        source_id=episode_id,
        created_by=user_id,
    )
    session.add(asset)
    await session.flush()
    data = {"asset_id": asset.id, "asset_type": asset_type.id}
    events.emit(session, "asset:new", data, project_id=project.id, user_id=user_id)
    return row_of(asset, "Asset")


async def set_shared(
    session: AsyncSession,
    is_shared: bool,
    user_id: Any,
    project_id: Any = None,
    asset_type_id: Any = None,
    asset_ids: list[Any] | None = None,
) -> list[dict[str, Any]]:
    """Share (or stop sharing) assets; one `asset:update` each so open boards refresh."""
    query = select(Entity).where(is_asset_condition())
    if project_id is not None:
        query = query.where(Entity.project_id == project_id)
    if asset_type_id is not None:
        query = query.where(Entity.entity_type_id == asset_type_id)
    if asset_ids is not None:
        query = query.where(Entity.id.in_(asset_ids))
    assets = list((await session.execute(query.order_by(Entity.name))).scalars().all())
    for asset in assets:
        asset.is_shared = is_shared
    await session.flush()
    for asset in assets:
        data = {"asset_id": asset.id}
        events.emit(session, "asset:update", data, project_id=asset.project_id, user_id=user_id)
    return [row_of(asset, "Asset") for asset in assets]


async def shared_used_in_project(
    session: AsyncSession, project_id: Any, episode_id: Any = None
) -> list[dict[str, Any]]:
    """Shared assets of other productions cast in this production's shots."""
    shot = aliased(Entity)
    sequence = aliased(Entity)
    used = (
        select(EntityLink.entity_out_id)
        .join(shot, shot.id == EntityLink.entity_in_id)
        .join(sequence, sequence.id == shot.parent_id)
        .where(shot.project_id == project_id)
    )
    if episode_id is not None:
        used = used.where(sequence.parent_id == episode_id)
    query = select(*entity_columns()).where(
        is_asset_condition(),
        Entity.is_shared.is_(True),
        Entity.canceled.is_not(True),
        Entity.project_id != project_id,
        Entity.id.in_(used),
    )
    return await typed_entity_rows(session, query.order_by(Entity.name), "Asset")
