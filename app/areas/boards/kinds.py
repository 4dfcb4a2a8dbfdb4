"""What each with-tasks list holds: Zou 1.0.97's field lists and row shapes, kind by kind
(`assets_service.prepare_assets_and_tasks`, `shots_service.prepare_shots_and_tasks`,
`entities_service.get_entities_and_tasks`, `edits_service`/`concepts_service.get_*_and_tasks`,
`entities_service.get_linked_entities_with_tasks`)."""

from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, exists, func, or_, select
from sqlalchemy.orm import aliased
from sqlalchemy.sql import Select

from app.areas.boards.service import Kind, Scope, entity_conditions
from app.areas.entities.kinds import NOT_ASSET_TYPES, TEMPORAL_TYPES
from app.core.ids import as_uuid
from app.core.sql import in_ids, uuid_text
from app.models import (
    Entity,
    EntityConceptLink,
    EntityLink,
    EntityType,
    PreviewFile,
    Project,
    Task,
    TaskPersonLink,
)

Sequence_ = aliased(Entity, name="sequence")
Episode_ = aliased(Entity, name="episode")


def type_id_of(name: str) -> Any:
    """The id of a named entity type, as a subquery (no round trip, no row when it is missing)."""
    return select(EntityType.id).where(EntityType.name == name).scalar_subquery()


def _base_columns() -> list[ColumnElement[Any]]:
    return [
        Entity.id.label("_id"),
        uuid_text(Entity.id).label("_key"),
        uuid_text(Entity.project_id).label("_project"),
        Entity.data.label("data"),
    ]


def _text_or(column: Any, default: str, label: str) -> ColumnElement[str]:
    return func.coalesce(uuid_text(column), default).label(label)


def _episode_uuid(scope: Scope) -> Any:
    return None if scope.episode_id in (None, "all", "main") else as_uuid(scope.episode_id)


class AssetKind(Kind):
    name = "Asset"
    header_key = "asset_fields"
    entity_fields = (
        "id", "name", "preview_file_id", "description", "asset_type_name", "asset_type_id",
        "canceled", "ready_for", "episode_id", "casting_episode_ids", "is_casting_standby",
        "is_shared", "data", "tasks",
    )  # fmt: skip
    task_fields = (
        "id", "due_date", "done_date", "duration", "entity_id", "estimation", "end_date",
        "is_subscribed", "last_comment_date", "last_preview_file_id", "priority", "real_start_date",
        "retake_count", "start_date", "difficulty", "task_status_id", "task_type_id", "assignees",
        "data",
    )  # fmt: skip

    def entity_query(self, scope: Scope) -> Select:
        not_asset = select(EntityType.id).where(EntityType.name.in_(NOT_ASSET_TYPES))
        conditions = entity_conditions(scope, Entity.entity_type_id.not_in(not_asset))
        if scope.episode_id == "main":
            conditions.append(Entity.source_id.is_(None))
        elif (episode := _episode_uuid(scope)) is not None:
            cast_in = exists().where(
                EntityLink.entity_out_id == Entity.id, EntityLink.entity_in_id == episode
            )
            conditions.append(or_(Entity.source_id == episode, cast_in))
        if (asset_type := as_uuid(scope.extra.get("asset_type_id"))) is not None:
            conditions.append(Entity.entity_type_id == asset_type)
        return (
            select(
                *_base_columns(),
                Entity.name,
                _text_or(Entity.preview_file_id, "", "preview_file_id"),
                Entity.description,
                EntityType.name.label("asset_type_name"),
                uuid_text(Entity.entity_type_id).label("asset_type_id"),
                Entity.canceled,
                _text_or(Entity.ready_for, "None", "ready_for"),  # Zou writes str(None)
                _text_or(Entity.source_id, "", "episode_id"),
                Entity.is_casting_standby,
                Entity.is_shared,
            )
            .join(EntityType, EntityType.id == Entity.entity_type_id)
            .where(*conditions)
            .order_by(EntityType.name, Entity.name, Entity.id)
        )

    async def extras(self, db: Any, scope: Scope, rows: Sequence[Any]) -> dict[str, Any]:
        """The episodes each asset is cast in (Zou computes them for project-wide lists)."""
        if scope.project_id is None and scope.entity_id is None:
            return {"casting": {}}
        query = (
            select(uuid_text(EntityLink.entity_out_id), uuid_text(EntityLink.entity_in_id))
            .join(Episode_, Episode_.id == EntityLink.entity_in_id)
            .where(Episode_.entity_type_id == type_id_of("Episode"))
            .order_by(Episode_.name)
        )
        if scope.project_id is not None:
            query = query.where(Episode_.project_id == scope.project_id)
        if (episode := _episode_uuid(scope)) is not None:
            query = query.where(EntityLink.entity_in_id == episode)
        if scope.entity_id is not None:
            query = query.where(EntityLink.entity_out_id == scope.entity_id)
        casting: dict[str, list[str]] = {}
        for asset_id, episode_id in (await db.execute(query)).all():
            casting.setdefault(asset_id, []).append(episode_id)
        return {"casting": casting}

    def entity_values(self, row: dict[str, Any], data: dict[str, Any], extras: dict[str, Any]) -> list[Any]:
        return [
            row["_key"], row["name"], row["preview_file_id"], row["description"], row["asset_type_name"],
            row["asset_type_id"], row["canceled"], row["ready_for"], row["episode_id"],
            extras["casting"].get(row["_key"], []), row["is_casting_standby"], row["is_shared"], data, None,
        ]  # fmt: skip


class ShotKind(Kind):
    name = "Shot"
    header_key = "shot_fields"
    entity_fields = (
        "canceled", "data", "description", "entity_type_id", "episode_id", "episode_name", "fps",
        "frame_in", "frame_out", "id", "name", "nb_frames", "parent_id", "preview_file_id",
        "project_id", "project_name", "sequence_id", "sequence_name", "source_id",
        "nb_entities_out", "is_casting_standby", "type", "tasks",
    )  # fmt: skip
    task_fields = (
        "id", "duration", "due_date", "end_date", "done_date", "entity_id", "estimation",
        "is_subscribed", "last_comment_date", "last_preview_file_id", "nb_assets_ready", "priority",
        "real_start_date", "retake_count", "start_date", "difficulty", "nb_drawings",
        "task_status_id", "task_type_id", "assignees", "data",
    )  # fmt: skip

    def entity_query(self, scope: Scope) -> Select:
        conditions = entity_conditions(scope, Entity.entity_type_id == type_id_of("Shot"))
        if scope.episode_id == "main":
            conditions.append(Sequence_.parent_id.is_(None))
        elif (episode := _episode_uuid(scope)) is not None:
            conditions.append(Sequence_.parent_id == episode)
        # Shots hang from a sequence: Zou's inner join leaves the orphans out.
        return (
            select(
                *_base_columns(),
                Entity.canceled,
                Entity.description,
                uuid_text(Entity.entity_type_id).label("entity_type_id"),
                uuid_text(Episode_.id).label("episode_id"),
                Episode_.name.label("episode_name"),
                Entity.name,
                Entity.nb_frames,
                uuid_text(Entity.parent_id).label("parent_id"),
                uuid_text(Entity.preview_file_id).label("preview_file_id"),
                Project.name.label("project_name"),
                uuid_text(Sequence_.id).label("sequence_id"),
                Sequence_.name.label("sequence_name"),
                uuid_text(Entity.source_id).label("source_id"),
                Entity.nb_entities_out,
                Entity.is_casting_standby,
            )
            .join(Project, Project.id == Entity.project_id)
            .join(Sequence_, Sequence_.id == Entity.parent_id)
            .outerjoin(Episode_, Episode_.id == Sequence_.parent_id)
            .where(*conditions)
            .order_by(Sequence_.name, Entity.name, Entity.id)
        )

    def entity_values(self, row: dict[str, Any], data: dict[str, Any], extras: dict[str, Any]) -> list[Any]:
        return [
            row["canceled"], data, row["description"], row["entity_type_id"], row["episode_id"],
            row["episode_name"] or "", data.get("fps"), data.get("frame_in"), data.get("frame_out"),
            row["_key"], row["name"], row["nb_frames"], row["parent_id"], row["preview_file_id"],
            row["_project"], row["project_name"], row["sequence_id"], row["sequence_name"], row["source_id"],
            row["nb_entities_out"], row["is_casting_standby"], "Shot", None,
        ]  # fmt: skip


class PlainKind(Kind):
    """Sequences, episodes and scenes: Zou's generic `get_entities_and_tasks` shape."""

    entity_fields = (
        "id", "name", "status", "episode_id", "description", "frame_in", "frame_out", "fps",
        "preview_file_id", "canceled", "data", "tasks",
    )  # fmt: skip
    task_fields = (
        "id", "estimation", "entity_id", "end_date", "due_date", "done_date", "duration",
        "last_comment_date", "last_preview_file_id", "priority", "real_start_date", "retake_count",
        "start_date", "difficulty", "task_status_id", "task_type_id", "data", "is_subscribed",
        "assignees",
    )  # fmt: skip

    def __init__(self, name: str):
        self.name = name

    def vendor_entities(self, scope: Scope) -> ColumnElement[bool] | None:
        """Vendors see the sequences/episodes holding a shot (or asset) assigned to them."""
        if scope.assigned_to is None:
            return None
        assigned = select(Task.entity_id).where(Task.id.in_(_assigned_task_ids(scope)))
        shot = aliased(Entity, name="shot")
        sequences = select(shot.parent_id).where(shot.id.in_(assigned))
        if self.name == "Sequence":
            return Entity.id.in_(sequences)
        if self.name == "Episode":
            asset = aliased(Entity, name="asset")
            seq = aliased(Entity, name="seq")
            from_shots = select(seq.parent_id).where(seq.id.in_(sequences))
            from_assets = select(asset.source_id).where(asset.id.in_(assigned))
            return or_(Entity.id.in_(from_shots), Entity.id.in_(from_assets))
        return Entity.id.in_(assigned)

    def entity_query(self, scope: Scope) -> Select:
        conditions = entity_conditions(
            scope, Entity.entity_type_id == type_id_of(self.name), assigned_entities=False
        )
        if scope.episode_id == "main":
            conditions.append(Entity.parent_id.is_(None))
        elif (episode := _episode_uuid(scope)) is not None:
            conditions.append(Entity.parent_id == episode)
        if (vendor := self.vendor_entities(scope)) is not None:
            conditions.append(vendor)
        return (
            select(
                *_base_columns(),
                Entity.name,
                Entity.status,
                _text_or(Entity.parent_id, "None", "episode_id"),  # Zou writes str(None)
                Entity.description,
                _text_or(Entity.preview_file_id, "", "preview_file_id"),
                Entity.canceled,
            )
            .where(*conditions)
            .order_by(Entity.name, Entity.id)
        )

    def entity_values(self, row: dict[str, Any], data: dict[str, Any], extras: dict[str, Any]) -> list[Any]:
        return [
            row["_key"], row["name"], row["status"] or "running", row["episode_id"], row["description"],
            data.get("frame_in"), data.get("frame_out"), data.get("fps"), row["preview_file_id"],
            row["canceled"], data, None,
        ]  # fmt: skip


def _assigned_task_ids(scope: Scope) -> Select:
    return select(TaskPersonLink.task_id).where(TaskPersonLink.person_id == scope.assigned_to)


class EditKind(Kind):
    name = "Edit"
    entity_fields = (
        "canceled", "data", "description", "entity_type_id", "episode_id", "episode_name", "id",
        "name", "parent_id", "preview_file_id", "project_id", "project_name", "source_id",
        "nb_entities_out", "tasks", "type",
    )  # fmt: skip
    task_fields = (
        "id", "duration", "due_date", "entity_id", "end_date", "estimation", "last_comment_date",
        "last_preview_file_id", "nb_assets_ready", "priority", "real_start_date", "retake_count",
        "start_date", "task_status_id", "task_type_id", "is_subscribed", "assignees", "data",
    )  # fmt: skip

    def entity_query(self, scope: Scope) -> Select:
        conditions = entity_conditions(scope, Entity.entity_type_id == type_id_of("Edit"))
        if scope.episode_id == "main":
            conditions.append(Entity.parent_id.is_(None))
        elif (episode := _episode_uuid(scope)) is not None:
            conditions.append(Entity.parent_id == episode)
        return (
            select(
                *_base_columns(),
                Entity.canceled,
                Entity.description,
                uuid_text(Entity.entity_type_id).label("entity_type_id"),
                uuid_text(Episode_.id).label("episode_id"),
                Episode_.name.label("episode_name"),
                Entity.name,
                uuid_text(Entity.parent_id).label("parent_id"),
                uuid_text(Entity.preview_file_id).label("preview_file_id"),
                Project.name.label("project_name"),
                uuid_text(Entity.source_id).label("source_id"),
                Entity.nb_entities_out,
            )
            .join(Project, Project.id == Entity.project_id)
            .outerjoin(Episode_, Episode_.id == Entity.parent_id)
            .where(*conditions)
            .order_by(Entity.name, Entity.id)
        )

    def entity_values(self, row: dict[str, Any], data: dict[str, Any], extras: dict[str, Any]) -> list[Any]:
        return [
            row["canceled"], data, row["description"], row["entity_type_id"], row["episode_id"],
            row["episode_name"] or "", row["_key"], row["name"], row["parent_id"], row["preview_file_id"],
            row["_project"], row["project_name"], row["source_id"], row["nb_entities_out"], None, "Edit",
        ]  # fmt: skip


async def _concept_links(db: Any, entity_ids: list[Any]) -> dict[str, list[str]]:
    query = select(uuid_text(EntityConceptLink.entity_in_id), uuid_text(EntityConceptLink.entity_out_id))
    query = query.where(in_ids(EntityConceptLink.entity_in_id, entity_ids))
    links: dict[str, list[str]] = {}
    for entity_id, linked_id in (await db.execute(query)).all():
        links.setdefault(entity_id, []).append(linked_id)
    return links


class ConceptKind(Kind):
    name = "Concept"
    entity_fields = (
        "canceled", "data", "description", "entity_type_id", "fps", "frame_in", "frame_out", "id",
        "name", "nb_frames", "parent_id", "preview_file_id", "preview_file_status", "project_id",
        "project_name", "source_id", "nb_entities_out", "is_casting_standby", "tasks",
        "entity_concept_links", "type", "updated_at", "created_at", "created_by",
    )  # fmt: skip
    task_fields = (
        "id", "duration", "due_date", "end_date", "entity_id", "estimation", "last_comment_date",
        "nb_assets_ready", "priority", "real_start_date", "retake_count", "start_date",
        "task_status_id", "task_type_id", "is_subscribed", "assignees",
    )  # fmt: skip

    def conditions(self, scope: Scope) -> list[ColumnElement[bool]]:
        return entity_conditions(scope, Entity.entity_type_id == type_id_of("Concept"))

    def entity_query(self, scope: Scope) -> Select:
        return (
            select(
                *_base_columns(),
                *self.common_columns(),
                PreviewFile.status.label("preview_file_status"),
            )
            .join(Project, Project.id == Entity.project_id)
            .outerjoin(PreviewFile, PreviewFile.id == Entity.preview_file_id)
            .where(*self.conditions(scope))
            .order_by(Entity.name, Entity.id)
        )

    @staticmethod
    def common_columns() -> list[ColumnElement[Any]]:
        return [
            Entity.canceled,
            Entity.description,
            uuid_text(Entity.entity_type_id).label("entity_type_id"),
            Entity.name,
            Entity.nb_frames,
            uuid_text(Entity.parent_id).label("parent_id"),
            uuid_text(Entity.preview_file_id).label("preview_file_id"),
            Project.name.label("project_name"),
            uuid_text(Entity.source_id).label("source_id"),
            Entity.nb_entities_out,
            Entity.is_casting_standby,
            Entity.updated_at,
            Entity.created_at,
            uuid_text(Entity.created_by).label("created_by"),
        ]

    async def extras(self, db: Any, scope: Scope, rows: Sequence[Any]) -> dict[str, Any]:
        return {"links": await _concept_links(db, [row["_id"] for row in rows])}

    def entity_values(self, row: dict[str, Any], data: dict[str, Any], extras: dict[str, Any]) -> list[Any]:
        return [
            row["canceled"], data, row["description"], row["entity_type_id"], data.get("fps"),
            data.get("frame_in"), data.get("frame_out"), row["_key"], row["name"], row["nb_frames"],
            row["parent_id"], row["preview_file_id"], row["preview_file_status"], row["_project"],
            row["project_name"], row["source_id"], row["nb_entities_out"], row["is_casting_standby"], None,
            extras["links"].get(row["_key"], []), "Concept", row["updated_at"], row["created_at"],
            row["created_by"],
        ]  # fmt: skip


class LinkedKind(Kind):
    """The entities a concept links to an entity (`entities-linked/with-tasks`)."""

    name = "Linked"
    subscriptions = False
    entity_fields = (
        "canceled", "data", "description", "entity_type_id", "fps", "frame_in", "frame_out", "id",
        "name", "nb_frames", "parent_id", "preview_file_id", "project_id", "project_name",
        "source_id", "nb_entities_out", "is_casting_standby", "tasks", "entity_concept_links",
        "type", "updated_at", "created_at", "created_by",
    )  # fmt: skip
    task_fields = (
        "id", "duration", "due_date", "end_date", "entity_id", "estimation", "last_comment_date",
        "nb_assets_ready", "priority", "real_start_date", "retake_count", "start_date",
        "task_status_id", "task_type_id", "assigner_id", "assignees",
    )  # fmt: skip

    def entity_query(self, scope: Scope) -> Select:
        target = as_uuid(scope.extra["linked_to"])
        linked = select(EntityConceptLink.entity_in_id).where(EntityConceptLink.entity_out_id == target)
        return (
            select(*_base_columns(), *ConceptKind.common_columns(), EntityType.name.label("type_name"))
            .join(Project, Project.id == Entity.project_id)
            .join(EntityType, EntityType.id == Entity.entity_type_id)
            .where(Entity.id.in_(linked))
            .order_by(Entity.name, Entity.id)
        )

    async def extras(self, db: Any, scope: Scope, rows: Sequence[Any]) -> dict[str, Any]:
        return {"links": await _concept_links(db, [row["_id"] for row in rows])}

    def entity_values(self, row: dict[str, Any], data: dict[str, Any], extras: dict[str, Any]) -> list[Any]:
        kind = row["type_name"] if row["type_name"] in TEMPORAL_TYPES else "Asset"
        return [
            row["canceled"], data, row["description"], row["entity_type_id"], data.get("fps"),
            data.get("frame_in"), data.get("frame_out"), row["_key"], row["name"], row["nb_frames"],
            row["parent_id"], row["preview_file_id"], row["_project"], row["project_name"], row["source_id"],
            row["nb_entities_out"], row["is_casting_standby"], None, extras["links"].get(row["_key"], []),
            kind, row["updated_at"], row["created_at"], row["created_by"],
        ]  # fmt: skip


KINDS: dict[str, Kind] = {
    "assets": AssetKind(),
    "shots": ShotKind(),
    "sequences": PlainKind("Sequence"),
    "episodes": PlainKind("Episode"),
    "scenes": PlainKind("Scene"),
    "edits": EditKind(),
    "concepts": ConceptKind(),
    "linked": LinkedKind(),
}
