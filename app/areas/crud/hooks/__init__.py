"""The `/data` collections of the crud area and their hooks."""

from app.areas.crud.hooks.custom_action import CustomActionHooks
from app.areas.crud.hooks.organisation import OrganisationHooks
from app.areas.crud.hooks.status_automation import StatusAutomationHooks
from app.areas.crud.hooks.studio import StudioHooks
from app.crud.hooks import CrudHooks
from app.crud.registry import Collections

COLLECTIONS: Collections = {
    "custom-actions": ("CustomAction", CustomActionHooks),
    "organisations": ("Organisation", OrganisationHooks),
    "plugins": ("Plugin", CrudHooks),
    "status-automations": ("StatusAutomation", StatusAutomationHooks),
    "studios": ("Studio", StudioHooks),
}
