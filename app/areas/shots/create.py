"""Creating and editing episodes, sequences, shots and scenes (Zou's shots_service / scenes_service):
creation answers the existing row when the name is taken in the same place, as Zou does."""

from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from app import events
from app.areas.entities import kinds as entity_kinds
from app.areas.shots.service import ENTITY_COLUMNS, get_typed
from app.core.errors import bad_request, not_found
from app.crud.coerce import INVALID_FORMAT, InvalidValue, to_column_value
from app.crud.registry import engine_for
from app.models import Entity, EntityType, PreviewFile, Task
from app.models.base import utcnow
from app.models.entity import ENTITY_STATUSES

# Never written by `PUT /data/shots/<id>` (Zou pops them from the body).
SHOT_READ_ONLY = frozenset(
    {
        "id",
        "created_at",
        "updated_at",
        "instance_casting",
        "project_id",
        "entities_in",
        "entities_out",
        "type",
        "shotgun_id",
        "created_by",
    }
)


def entity_dict(entity: Entity, type_name: str) -> dict[str, Any]:
    row = {column.name: getattr(entity, column.key) for column in ENTITY_COLUMNS}
    row["type"] = type_name
    return row


async def find_named(
    session: AsyncSession, type_id: Any, project_id: Any, name: str, parent: Any = ...
) -> Any:
    query = select(Entity).where(
        Entity.entity_type_id == type_id, Entity.project_id == project_id, Entity.name == name
    )
    if parent is not ...:
        query = query.where(Entity.parent_id == parent if parent is not None else Entity.parent_id.is_(None))
    return (await session.execute(query.limit(1))).scalars().first()


async def parent_in_project(session: AsyncSession, parent_id: Any, type_name: str, project_id: Any) -> dict:
    """The episode of a new sequence or edit, the sequence of a new shot or scene: it must be
    of that kind and of the same project (else 404, Zou's *NotFoundException)."""
    parent = await get_typed(session, parent_id, type_name)
    if parent["project_id"] != project_id:
        raise not_found()
    return parent


async def create_row(session: AsyncSession, **values: Any) -> Entity:
    entity = Entity(**values)
    session.add(entity)
    try:
        await session.flush()
    except IntegrityError as exc:  # a concurrent creation of the same name
        raise bad_request("An entity with this name already exists here.") from exc
    return entity


async def find_or_create(
    session: AsyncSession, type_name: str, project_id: Any, name: str, parent: Any = ..., **fields: Any
) -> tuple[Entity, bool]:
    """Zou's creation of a named entity: an existing one of that type and name (under `parent`,
    when given) is answered as is, else a new row is made. The flag tells whether it is new."""
    entity_type = await entity_kinds.get_or_create_type(session, type_name)
    entity = await find_named(session, entity_type.id, project_id, name, parent)
    if entity is not None:
        return entity, False
    if parent is not ...:
        fields["parent_id"] = parent
    values = {"entity_type_id": entity_type.id, "project_id": project_id, "name": name, **fields}
    return await create_row(session, **values), True


async def create_episode(
    session: AsyncSession, project_id: Any, name: str, status: str | None, description: str | None,
    data: dict | None, created_by: Any,
) -> dict[str, Any]:  # fmt: skip
    episode, created = await find_or_create(
        session,
        "Episode",
        project_id,
        name,
        status=status if status in ENTITY_STATUSES else "running",
        description=description,
        data=data if data is not None else {},
        created_by=created_by,
    )
    if created:
        events.emit(session, "episode:new", {"episode_id": episode.id}, project_id, created_by)
    return entity_dict(episode, "Episode")


async def create_sequence(
    session: AsyncSession, project_id: Any, episode_id: Any, name: str, description: str | None,
    data: dict | None, created_by: Any,
) -> dict[str, Any]:  # fmt: skip
    if episode_id is not None:
        await parent_in_project(session, episode_id, "Episode", project_id)
    sequence, created = await find_or_create(
        session,
        "Sequence",
        project_id,
        name,
        episode_id,
        description=description,
        data=data if data is not None else {},
        created_by=created_by,
    )
    if created:
        events.emit(session, "sequence:new", {"sequence_id": sequence.id}, project_id, created_by)
    return entity_dict(sequence, "Sequence")


async def create_shot(
    session: AsyncSession, project_id: Any, sequence_id: Any, name: str, data: dict | None,
    nb_frames: int | None, description: str | None, created_by: Any,
) -> dict[str, Any]:  # fmt: skip
    sequence = None
    if sequence_id is not None:
        sequence = await parent_in_project(session, sequence_id, "Sequence", project_id)
    shot, created = await find_or_create(
        session,
        "Shot",
        project_id,
        name,
        sequence_id,
        data=data if data is not None else {},
        nb_frames=nb_frames,
        description=description,
        created_by=created_by,
    )
    if created:
        # A production without sequences yet creates shots with no parent at all.
        episode_id = sequence["parent_id"] if sequence is not None else None
        events.emit(
            session, "shot:new", {"shot_id": shot.id, "episode_id": episode_id}, project_id, created_by
        )
    return entity_dict(shot, "Shot")


async def create_scene(
    session: AsyncSession, project_id: Any, sequence_id: Any, name: str, created_by: Any
) -> dict[str, Any]:
    if sequence_id is not None:
        await parent_in_project(session, sequence_id, "Sequence", project_id)
    scene, created = await find_or_create(
        session, "Scene", project_id, name, sequence_id, data={}, created_by=created_by
    )
    if created:
        events.emit(session, "scene:new", {"scene_id": scene.id}, project_id, created_by)
    return entity_dict(scene, "Scene")


def _column_values(data: dict[str, Any]) -> dict[str, Any]:
    """The body's keys that are entity columns, converted; unknown keys are ignored as Zou's
    update does, a value that does not fit its column answers 400."""
    info = engine_for("entities").info
    values: dict[str, Any] = {}
    for key, value in data.items():
        column = info.columns.get(key)
        if column is None or key in SHOT_READ_ONLY:
            continue
        try:
            values[key] = to_column_value(column, value)
        except InvalidValue as exc:
            raise bad_request(INVALID_FORMAT) from exc
        if values[key] is None and column.required:
            raise bad_request(INVALID_FORMAT)
    if "status" in values and values["status"] not in ENTITY_STATUSES:
        raise bad_request("Invalid status")
    return values


async def update_shot(
    session: AsyncSession, shot: dict[str, Any], data: dict[str, Any], user_id: Any
) -> dict:
    """`PUT /data/shots/<id>`: columns replaced (`data` included, unlike the entity CRUD route).

    Zou answers the row serialised without its kind, hence the `Entity` type."""
    values = _column_values(data)
    if values.get("parent_id") is not None:
        await parent_in_project(session, values["parent_id"], "Sequence", shot["project_id"])
    entity = await session.get(Entity, shot["id"])
    assert entity is not None
    for key, value in values.items():
        setattr(entity, key, value)
    entity.updated_at = utcnow()
    try:
        await session.flush()
    except IntegrityError as exc:
        raise bad_request("An entity with this name already exists here.") from exc
    events.emit(session, "shot:update", {"shot_id": entity.id}, entity.project_id, user_id)
    return entity_dict(entity, "Entity")


async def set_shot_scene(
    session: AsyncSession, scene: dict[str, Any], shot: dict[str, Any], user_id: Any, linked: bool
) -> dict[str, Any]:
    """Mark a shot as issued from a scene (its `source_id`), or undo it (Zou's scenes_service)."""
    entity = await session.get(Entity, shot["id"])
    assert entity is not None
    entity.source_id = scene["id"] if linked else None
    entity.updated_at = utcnow()
    await session.flush()
    project_id = entity.project_id
    events.emit(session, "shot:update", {"shot_id": entity.id}, project_id, user_id)
    name = "shot:add-to-scene" if linked else "shot:remove-from-scene"
    # Zou announces the link without the project.
    events.emit(session, name, {"scene_id": scene["id"], "shot_id": entity.id}, user_id=user_id)
    return entity_dict(entity, "Entity")


async def set_frames_from_previews(
    session: AsyncSession, project_id: Any, task_type_id: Any, episode_id: Any, fps: float
) -> list[dict[str, Any]]:
    """Each shot's frame count from the duration of the newest preview of the task type
    (Zou's set_frames_from_task_type_preview_files): set-based, one update per shot."""
    sequence = aliased(Entity, name="sequence")
    shot_type = select(EntityType.id).where(EntityType.name == "Shot").scalar_subquery()
    conditions = [
        Task.project_id == project_id,
        Task.task_type_id == task_type_id,
        Entity.entity_type_id == shot_type,
    ]
    latest = (
        select(Task.entity_id.label("entity_id"), func.max(PreviewFile.created_at).label("created_at"))
        .join(PreviewFile, PreviewFile.task_id == Task.id)
        .join(Entity, Entity.id == Task.entity_id)
        .where(*conditions)
        .group_by(Task.entity_id)
    )
    if episode_id is not None:
        latest = latest.join(sequence, sequence.id == Entity.parent_id).where(
            sequence.parent_id == episode_id
        )
    newest = latest.subquery()
    query = (
        select(Task.entity_id, PreviewFile.duration)
        .join(PreviewFile, PreviewFile.task_id == Task.id)
        .join(
            newest,
            (newest.c.entity_id == Task.entity_id) & (newest.c.created_at == PreviewFile.created_at),
        )
        .where(Task.project_id == project_id, Task.task_type_id == task_type_id)
    )
    frames = {
        entity_id: round((duration or 0) * fps) for entity_id, duration in (await session.execute(query))
    }
    for entity_id, nb_frames in frames.items():
        await session.execute(
            update(Entity).where(Entity.id == entity_id).values(nb_frames=nb_frames, updated_at=utcnow())
        )
    return [{"id": entity_id, "nb_frames": nb_frames} for entity_id, nb_frames in frames.items()]
