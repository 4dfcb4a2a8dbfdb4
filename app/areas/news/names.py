"""Entity names as the news feed shows them (Zou's get_full_entity_names): `Episode / Sequence /
Shot`, `Episode / Sequence`, `Asset type / Asset`, and their episode id, from the columns the page
query joins (the entity, its parent and grandparent, its type's name)."""

from typing import Any

from sqlalchemy import Select
from sqlalchemy.orm import aliased

from app.core.sql import uuid_text
from app.models import Entity, EntityType

PARENT = aliased(Entity, name="parent_entity")
GRANDPARENT = aliased(Entity, name="grandparent_entity")
KIND = aliased(EntityType, name="entity_kind")


def name_columns() -> tuple[Any, ...]:
    """Read by `full_entity_name`, in this order; ids as their text (only sent on)."""
    return (
        Entity.name.label("entity_name"),
        uuid_text(Entity.source_id).label("entity_source_id"),
        KIND.name.label("entity_kind"),
        uuid_text(PARENT.id).label("parent_entity_id"),
        PARENT.name.label("parent_entity_name"),
        uuid_text(GRANDPARENT.id).label("grandparent_entity_id"),
        GRANDPARENT.name.label("grandparent_entity_name"),
    )


def join_names(query: Select) -> Select:
    """`query` joined to what names its entity (`Entity`, already joined)."""
    return (
        query.outerjoin(KIND, KIND.id == Entity.entity_type_id)
        .outerjoin(PARENT, PARENT.id == Entity.parent_id)
        .outerjoin(GRANDPARENT, GRANDPARENT.id == PARENT.parent_id)
    )


def full_entity_name(
    name: str, source_id: Any, kind: str | None, parent_id: Any, parent_name: str | None,
    grandparent_id: Any, grandparent_name: str | None,
) -> tuple[str, Any]:  # fmt: skip
    """(full name, episode id) of an entity, from its `name_columns` in their order."""
    if kind == "Shot":
        if parent_id is None:
            return name, None
        if grandparent_id is None:
            return f"{parent_name} / {name}", None
        return f"{grandparent_name} / {parent_name} / {name}", grandparent_id
    if kind == "Episode":
        return name, None
    if kind == "Sequence":
        if parent_id is None:
            return name, None
        return f"{parent_name} / {name}", parent_id
    return (f"{kind} / {name}" if kind else name), source_id
