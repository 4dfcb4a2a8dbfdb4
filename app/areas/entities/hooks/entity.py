"""`/data/entities`: assets, shots, sequences... typed by their entity type, announced as
`asset:*`, `shot:*`, ...; managers create, creators and managers delete, metadata is merged."""

import re
from datetime import timedelta
from typing import Any, ClassVar

from sqlalchemy import delete
from sqlmodel import SQLModel

from app.areas.entities import kinds as entity_kinds
from app.auth import access_rules, permissions
from app.core.errors import ZouError, bad_request
from app.core.ids import as_uuid
from app.crud import cascade
from app.crud.hooks import CrudContext, CrudHooks
from app.models import Entity, EntityVersion, Subscription
from app.models.base import utcnow
from app.models.entity import ENTITY_STATUSES

VERSION_DELAY = timedelta(seconds=60)


def _words(kind: str) -> list[str]:
    """`ConceptFolder` -> concept, folder: events are `concept-folder:new` with `concept_folder_id`."""
    return [word.lower() for word in re.findall("[A-Z][a-z]*", kind)]


def _check_status(data: dict[str, Any]) -> None:
    if "status" in data and data["status"] not in ENTITY_STATUSES:
        raise bad_request("Invalid status")


class EntityHooks(CrudHooks):
    protected_fields: ClassVar[frozenset[str]] = frozenset(
        {"instance_casting", "entities_in", "entities_out", "type", "shotgun_id", "created_by"}
    )
    merged_fields: ClassVar[frozenset[str]] = frozenset({"data"})
    update_relations: ClassVar[bool] = True
    needs_present: ClassVar[bool] = True
    required_keys: ClassVar[tuple[str, ...]] = ("project_id",)

    async def _type_names(self, ctx: CrudContext) -> dict[Any, str]:
        names = ctx.state.get("entity_type_names")
        if names is None:
            names = ctx.state["entity_type_names"] = await entity_kinds.type_names(ctx.session)
        return names

    async def _kind(self, ctx: CrudContext, entity: dict[str, Any]) -> str:
        return entity_kinds.base_type_name((await self._type_names(ctx)).get(entity["entity_type_id"]))

    async def present_rows(self, ctx: CrudContext, rows: list[dict[str, Any]], purpose: str) -> list[dict]:
        names = await self._type_names(ctx)
        for row in rows:
            row["type"] = entity_kinds.base_type_name(names.get(row.get("entity_type_id")))
        if ctx.state.get("created"):
            # Zou answers a creation with the model's name; reads and updates with the kind.
            for row in rows:
                row["type"] = "Entity"
        return rows

    # --- reads -------------------------------------------------------------------------
    async def check_read_list(self, ctx: CrudContext) -> None:
        return None

    async def filter_list(self, ctx: CrudContext, query):
        if ctx.identity.is_admin:
            return query
        query = query.where(
            Entity.project_id.in_(await permissions.related_project_ids(ctx.session, ctx.identity))
        )
        if ctx.identity.role == "vendor":
            query = query.where(Entity.id.in_(access_rules.assigned_entity_ids(ctx.user_id)))
        return query

    async def check_read_one(self, ctx: CrudContext, instance: dict[str, Any]) -> None:
        await permissions.check_project_access(ctx.session, ctx.identity, instance["project_id"])
        await access_rules.check_entity_access(
            ctx.session, ctx.identity, instance["id"], instance["project_id"]
        )

    # --- create ------------------------------------------------------------------------
    async def check_create(self, ctx: CrudContext, data: dict[str, Any]) -> None:
        if data.get("project_id") is None:
            raise ZouError(400, {"message": "A required field is missing."})
        if as_uuid(data["project_id"]) is None:
            raise ZouError(400, {"message": "One of the provided values has an invalid format."})
        await permissions.check_manager_project_access(ctx.session, ctx.identity, data["project_id"])

    async def check_creation_integrity(self, ctx: CrudContext, data: dict[str, Any]) -> None:
        _check_status(data)

    async def prepare_create(self, ctx: CrudContext, data: dict[str, Any]) -> dict[str, Any]:
        data["created_by"] = ctx.user_id
        return data

    async def post_create(
        self, ctx: CrudContext, instance: SQLModel, result: dict[str, Any]
    ) -> dict[str, Any]:
        result["type"] = await self._kind(ctx, result)  # the event is named after it
        ctx.state["created"] = True
        return result

    # --- update ------------------------------------------------------------------------
    async def check_update(self, ctx: CrudContext, instance: dict[str, Any], data: dict[str, Any]) -> None:
        await access_rules.check_metadata_department_access(ctx.session, ctx.identity, instance, data)
        _check_status(data)
        if data.get("source_id") == "null":
            data["source_id"] = None
        # Zou merges the body's metadata into the stored one on every update, even without any:
        # a null `data` becomes {}.
        data.setdefault("data", None)
        ctx.state["previous"] = dict(instance)

    async def post_update(
        self, ctx: CrudContext, instance: SQLModel, result: dict[str, Any]
    ) -> dict[str, Any]:
        result["type"] = await self._kind(ctx, result)
        if result["type"] == "Shot":
            await self._save_version_if_needed(ctx, instance, ctx.state["previous"])
        return result

    async def _save_version_if_needed(
        self, ctx: CrudContext, shot: SQLModel, previous: dict[str, Any]
    ) -> None:
        """Zou keeps the previous name and frames of a shot edited again after a minute."""
        old_data, data = previous.get("data") or {}, shot.data or {}  # type: ignore[attr-defined]
        changed = shot.name != previous["name"] or any(  # type: ignore[attr-defined]
            data.get(key) != old_data.get(key) for key in ("frame_in", "frame_out")
        )
        last_update = previous.get("updated_at")
        if changed and (last_update is None or utcnow() - last_update > VERSION_DELAY):
            ctx.session.add(
                EntityVersion(entity_id=shot.id, name=previous["name"], data=data, person_id=ctx.user_id)  # type: ignore[attr-defined]
            )
            await ctx.session.flush()

    def write_error(self, action: str, exc: ZouError) -> ZouError:
        # Zou's entity PUT answers its failures in the global-handler shape.
        if action == "update":
            return ZouError(exc.status, {"error": True, "message": exc.body.get("message")})
        return exc

    # --- delete ------------------------------------------------------------------------
    async def check_delete(self, ctx: CrudContext, instance: dict[str, Any]) -> None:
        instance["type"] = await self._kind(ctx, instance)
        if instance.get("created_by") is not None and instance["created_by"] == ctx.user_id:
            return
        await permissions.check_manager_project_access(ctx.session, ctx.identity, instance["project_id"])

    async def pre_delete(self, ctx: CrudContext, instance: SQLModel) -> None:
        entity_id = instance.id  # type: ignore[attr-defined]
        kind = await self._kind(ctx, {"entity_type_id": instance.entity_type_id})  # type: ignore[attr-defined]
        if kind == "Sequence":
            await ctx.session.execute(delete(Subscription).where(Subscription.entity_id == entity_id))
        await cascade.clear_entity_links(ctx.session, [entity_id])

    # --- events ------------------------------------------------------------------------
    def event_name(self, action: str, instance: dict[str, Any]) -> str | None:
        return f"{'-'.join(_words(instance['type']))}:{action}"

    def event_data(self, action: str, instance: dict[str, Any]) -> dict[str, Any]:
        return {f"{'_'.join(_words(instance['type']))}_id": instance["id"]}
