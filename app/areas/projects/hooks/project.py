"""`/data/projects`: members read their open projects, admins create, managers of the project edit,
only closed projects can be deleted (with `?force=true`, everything in them goes too)."""

import re
from typing import Any, ClassVar

from sqlalchemy import select
from sqlmodel import SQLModel

from app.areas.entities import kinds as entity_kinds
from app.areas.projects import metadata_all as projects_metadata_all
from app.areas.projects import preview
from app.areas.projects import service as projects_service
from app.areas.projects.setup import get_or_create_status
from app.areas.projects.templating import templating
from app.auth import permissions
from app.core.errors import ZouError, bad_request, not_found
from app.crud import cascade
from app.crud.hooks import CrudContext, CrudHooks
from app.models import Project, ProjectStatus
from app.models.project import PROJECT_STYLES

RESOLUTION = re.compile(r"^\d{1,5}x\d{1,5}$")
BITRATES = ("hd_bitrate_compression", "ld_bitrate_compression")


def _check_settings(data: dict[str, Any]) -> None:
    if "production_style" in data:
        if data["production_style"] is None:
            data["production_style"] = "2d3d"
        if data["production_style"] not in PROJECT_STYLES:
            raise bad_request("Invalid production_style")
    if data.get("resolution") is not None and not RESOLUTION.match(str(data["resolution"])):
        raise bad_request("Invalid resolution")
    for name in BITRATES:
        value = data.get(name)
        if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value <= 0):
            raise bad_request(f"Invalid {name}")


class ProjectHooks(CrudHooks):
    protected_fields: ClassVar[frozenset[str]] = frozenset({"team"})

    async def check_read_list(self, ctx: CrudContext) -> None:
        return None

    async def filter_list(self, ctx: CrudContext, query):
        if ctx.identity.is_admin:
            return query
        return query.where(Project.id.in_(await permissions.related_project_ids(ctx.session, ctx.identity)))

    async def check_read_one(self, ctx: CrudContext, instance: dict[str, Any]) -> None:
        await permissions.check_project_access(ctx.session, ctx.identity, instance["id"])

    async def clean_get_result(self, ctx: CrudContext, result: dict[str, Any]) -> dict[str, Any]:
        query = select(ProjectStatus.name).where(ProjectStatus.id == result.get("project_status_id"))
        result["project_status_name"] = (await ctx.session.execute(query)).scalar()
        if ctx.params.get("relations", "true").lower() == "true":
            # Zou serves a project read by its id as its open-projects listing does: with its
            # descriptors (narrowed for the caller's role) and its task type and status links.
            await projects_service.with_extra_data(ctx.session, ctx.identity, [result])
        return result

    # --- create ------------------------------------------------------------------------
    async def check_create(self, ctx: CrudContext, data: dict[str, Any]) -> None:
        await super().check_create(ctx, data)
        # Not a column: the template is applied once the project exists.
        ctx.state["template_id"] = data.pop("project_template_id", None)

    async def check_creation_integrity(self, ctx: CrudContext, data: dict[str, Any]) -> None:
        _check_settings(data)
        default_background = data.get("default_preview_background_file_id")
        if default_background is not None and default_background not in (
            data.get("preview_background_files") or []
        ):
            raise bad_request("Invalid default_preview_background_file_id")
        # What the body gives wins over the template.
        ctx.state["overrides"] = {k: v for k, v in data.items() if v is not None}

    async def prepare_create(self, ctx: CrudContext, data: dict[str, Any]) -> dict[str, Any]:
        if ctx.state.get("template_id"):
            try:
                ctx.state["template"] = await templating().get_template(ctx.session, ctx.state["template_id"])
            except ZouError as exc:
                raise not_found() from exc
        if data.get("project_status_id") is None:
            data["project_status_id"] = (await get_or_create_status(ctx.session, "Open")).id
        return data

    async def post_create(
        self, ctx: CrudContext, instance: SQLModel, result: dict[str, Any]
    ) -> dict[str, Any]:
        template = ctx.state.get("template")
        if template is not None:
            await templating().apply_to_project(
                ctx.session, ctx.identity, instance, template, ctx.state["overrides"]
            )  # type: ignore[arg-type]
            result.update({c.name: getattr(instance, c.key) for c in instance.__table__.columns})  # type: ignore[attr-defined]
        result = await self._first_episode(ctx, instance, result)
        await projects_metadata_all.copy_to_new_project(ctx.session, ctx.identity, instance.id)  # type: ignore[attr-defined]
        return result

    async def _first_episode(
        self, ctx: CrudContext, instance: SQLModel, result: dict[str, Any]
    ) -> dict[str, Any]:
        if instance.production_type == "tvshow":  # type: ignore[attr-defined]
            episode = await entity_kinds.get_or_create_first_episode(ctx.session, instance.id, ctx.user_id)  # type: ignore[attr-defined]
            result["first_episode_id"] = episode.id
        return result

    # --- update ------------------------------------------------------------------------
    async def check_update(self, ctx: CrudContext, instance: dict[str, Any], data: dict[str, Any]) -> None:
        await permissions.check_manager_project_access(ctx.session, ctx.identity, instance["id"])
        _check_settings(data)

    async def post_update(
        self, ctx: CrudContext, instance: SQLModel, result: dict[str, Any]
    ) -> dict[str, Any]:
        return await self._first_episode(ctx, instance, result)

    # --- delete ------------------------------------------------------------------------
    async def check_delete(self, ctx: CrudContext, instance: dict[str, Any]) -> None:
        # Zou refuses open projects before looking at who asks.
        query = select(ProjectStatus.name).where(ProjectStatus.id == instance.get("project_status_id"))
        if (await ctx.session.execute(query)).scalar() == "Open":
            raise ZouError(400, {"error": True, "message": "Only closed projects can be deleted"})
        await super().check_delete(ctx, instance)

    async def pre_delete(self, ctx: CrudContext, instance: SQLModel) -> None:
        if ctx.flag("force"):
            # Its person row points at the project: Zou removes the preview account with the project.
            await preview.remove_account(ctx.session, instance.id)  # type: ignore[attr-defined]
            await cascade.remove_project_content(ctx.session, instance.id, ctx.user_id)  # type: ignore[attr-defined]
