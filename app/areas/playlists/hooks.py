"""`/data/playlists`: team members list their projects' playlists (clients only those shared
with them, vendors none), supervisors create, managers and creating supervisors edit and delete."""

import uuid
from typing import Any, ClassVar

from sqlalchemy import or_, select
from sqlmodel import SQLModel

from app.auth import access_rules, permissions
from app.core.errors import bad_request, forbidden
from app.core.ids import as_uuid
from app.crud import cascade
from app.crud.hooks import CrudContext, CrudHooks
from app.crud.registry import Collections
from app.models import Playlist, ProjectPersonLink
from app.models.playlist import FOR_ENTITY_VALUES


def _normalise(data: dict[str, Any]) -> None:
    if data.get("for_entity") is not None and data["for_entity"] not in FOR_ENTITY_VALUES:
        raise bad_request(f"for_entity must be one of {', '.join(FOR_ENTITY_VALUES)}")
    if data.get("episode_id") in ("all", "main"):
        data["episode_id"] = None
    if "task_type_id" in data and as_uuid(data["task_type_id"]) is None:
        data["task_type_id"] = None
    if isinstance(data.get("shots"), list):
        # An entry without preview is served without the key and saved back that way: kept.
        data["shots"] = [
            {
                "entity_id": shot.get("entity_id") or shot.get("id"),
                "preview_file_id": shot.get("preview_file_id"),
            }
            for shot in data["shots"]
            if isinstance(shot, dict) and (shot.get("entity_id") or shot.get("id"))
        ]


class PlaylistHooks(CrudHooks):
    required_keys: ClassVar[tuple[str, ...]] = ("project_id",)

    async def check_read_list(self, ctx: CrudContext) -> None:
        permissions.require_not_vendor(ctx.identity)

    async def filter_list(self, ctx: CrudContext, query):
        if ctx.identity.is_admin:
            return query
        query_roles = select(ProjectPersonLink.project_id, ProjectPersonLink.role).where(
            ProjectPersonLink.person_id == ctx.user_id
        )
        roles: dict[uuid.UUID, str] = {
            project_id: role or ctx.identity.role
            for project_id, role in (await ctx.session.execute(query_roles)).all()
        }
        # Each playlist follows the role its reader holds in its own project.
        visible = [p for p, role in roles.items() if role != "vendor"]
        client_projects = [p for p, role in roles.items() if role == "client"]
        query = query.where(Playlist.project_id.in_(visible))
        if client_projects:
            query = query.where(
                or_(Playlist.for_client.is_(True), Playlist.project_id.not_in(client_projects))
            )
        return query

    async def check_read_one(self, ctx: CrudContext, instance: dict[str, Any]) -> None:
        await permissions.check_project_access(ctx.session, ctx.identity, instance["project_id"])
        role = await access_rules.effective_role(ctx.session, ctx.identity, instance["project_id"])
        if role == "vendor" or (role == "client" and not instance.get("for_client")):
            raise forbidden()

    async def check_create(self, ctx: CrudContext, data: dict[str, Any]) -> None:
        await permissions.check_supervisor_project_access(ctx.session, ctx.identity, data.get("project_id"))

    async def check_creation_integrity(self, ctx: CrudContext, data: dict[str, Any]) -> None:
        _normalise(data)

    async def prepare_create(self, ctx: CrudContext, data: dict[str, Any]) -> dict[str, Any]:
        data["created_by"] = ctx.user_id
        return data

    async def check_update(self, ctx: CrudContext, instance: dict[str, Any], data: dict[str, Any]) -> None:
        await access_rules.check_playlist_update_access(ctx.session, ctx.identity, instance)
        _normalise(data)

    async def check_delete(self, ctx: CrudContext, instance: dict[str, Any]) -> None:
        await access_rules.check_playlist_update_access(ctx.session, ctx.identity, instance)

    async def pre_delete(self, ctx: CrudContext, instance: SQLModel) -> None:
        await cascade.remove_playlist_dependents(ctx.session, [instance.id])  # type: ignore[attr-defined]


# The `/data` collections this area owns (plain `CrudHooks`: Zou's admin-only base resource).
COLLECTIONS: Collections = {
    "playlists": ("Playlist", PlaylistHooks),
}
