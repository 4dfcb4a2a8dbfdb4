"""The `/data` collections of the entities area and their hooks."""

from app.areas.entities.hooks.entity import EntityHooks
from app.areas.entities.hooks.entity_type import EntityTypeHooks
from app.crud.registry import Collections

COLLECTIONS: Collections = {
    "entities": ("Entity", EntityHooks),
    "entity-types": ("EntityType", EntityTypeHooks),
}
