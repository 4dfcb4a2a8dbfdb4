"""`/data/metadata-descriptors`: every member lists the descriptors of their open projects (with
their departments), narrowed per project on the role held there as the production's own route
narrows them (clients: the published ones; vendors: theirs); admins write; the data type must be
one Zou knows."""

from typing import Any, ClassVar

from sqlalchemy import false, or_

from app.areas.projects.service import department_ids, descriptor_narrowing
from app.auth import access_rules, permissions
from app.core.errors import bad_request
from app.crud.hooks import CrudContext, CrudHooks
from app.models import MetadataDescriptor
from app.models.metadata_descriptor import METADATA_DESCRIPTOR_TYPES


def _check_data_type(data: dict[str, Any]) -> None:
    if "data_type" in data and data["data_type"] not in METADATA_DESCRIPTOR_TYPES:
        raise bad_request("Invalid data_type")


class MetadataDescriptorHooks(CrudHooks):
    always_relations: ClassVar[bool] = True
    update_relations: ClassVar[bool] = True  # Zou's PUT answer lists the departments, as its reads do

    async def check_read_list(self, ctx: CrudContext) -> None:
        # Zou's vendor refusal here returns False instead of raising: vendors are not blocked.
        return None

    async def filter_list(self, ctx: CrudContext, query):
        if ctx.identity.is_admin:
            return query
        related = await permissions.related_project_ids(ctx.session, ctx.identity)
        by_role: dict[str, list[Any]] = {}
        for project_id in related:
            role = await access_rules.effective_role(ctx.session, ctx.identity, project_id)
            by_role.setdefault(role, []).append(project_id)
        criteria = []
        for role, project_ids in by_role.items():
            departments = await department_ids(ctx.session, ctx.user_id) if role == "vendor" else []
            criterion = MetadataDescriptor.project_id.in_(project_ids)
            narrowing = descriptor_narrowing(role, departments)
            criteria.append(criterion if narrowing is None else criterion & narrowing)
        return query.where(or_(*criteria) if criteria else false())

    async def check_creation_integrity(self, ctx: CrudContext, data: dict[str, Any]) -> None:
        _check_data_type(data)

    async def check_update(self, ctx: CrudContext, instance: dict[str, Any], data: dict[str, Any]) -> None:
        await super().check_update(ctx, instance, data)
        _check_data_type(data)
