"""`/data/preview-background-files`: anyone reads, admins write; names are unique, one file is
the default, and a deleted file is first unlinked from projects and templates."""

from typing import Any

from sqlalchemy import delete, select, update
from sqlmodel import SQLModel

from app.core.errors import bad_request
from app.crud.hooks import CrudContext, OpenReadHooks
from app.models import (
    PreviewBackgroundFile,
    Project,
    ProjectPreviewBackgroundFileLink,
    ProjectTemplate,
    ProjectTemplatePreviewBackgroundFileLink,
)

SIMILAR_NAME = "A preview background file with similar name already exists"


async def _check_name(ctx: CrudContext, name: Any, exclude_id: Any = None) -> None:
    if name is None:
        return
    query = select(PreviewBackgroundFile.id).where(PreviewBackgroundFile.name == name)
    if exclude_id is not None:
        query = query.where(PreviewBackgroundFile.id != exclude_id)
    if (await ctx.session.execute(query.limit(1))).first() is not None:
        raise bad_request(SIMILAR_NAME)


async def _keep_single_default(ctx: CrudContext, instance: SQLModel) -> None:
    if instance.is_default:  # type: ignore[attr-defined]
        await ctx.session.execute(
            update(PreviewBackgroundFile)
            .where(PreviewBackgroundFile.id != instance.id, PreviewBackgroundFile.is_default.is_(True))  # type: ignore[attr-defined]
            .values(is_default=False)
        )


class PreviewBackgroundFileHooks(OpenReadHooks):
    async def check_creation_integrity(self, ctx: CrudContext, data: dict[str, Any]) -> None:
        await _check_name(ctx, data.get("name"))

    async def post_create(
        self, ctx: CrudContext, instance: SQLModel, result: dict[str, Any]
    ) -> dict[str, Any]:
        await _keep_single_default(ctx, instance)
        return result

    async def check_update(self, ctx: CrudContext, instance: dict[str, Any], data: dict[str, Any]) -> None:
        await super().check_update(ctx, instance, data)
        await _check_name(ctx, data.get("name"), exclude_id=instance["id"])

    async def post_update(
        self, ctx: CrudContext, instance: SQLModel, result: dict[str, Any]
    ) -> dict[str, Any]:
        await _keep_single_default(ctx, instance)
        return result

    async def pre_delete(self, ctx: CrudContext, instance: SQLModel) -> None:
        file_id = instance.id  # type: ignore[attr-defined]
        for link in (ProjectPreviewBackgroundFileLink, ProjectTemplatePreviewBackgroundFileLink):
            await ctx.session.execute(delete(link).where(link.preview_background_file_id == file_id))
        for model in (Project, ProjectTemplate):
            await ctx.session.execute(
                update(model)
                .where(model.default_preview_background_file_id == file_id)
                .values(default_preview_background_file_id=None)
            )
