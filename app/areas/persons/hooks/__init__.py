"""The `/data` collections of the persons area and their hooks."""

from app.areas.persons.hooks.day_off import DayOffHooks
from app.areas.persons.hooks.person import PersonHooks
from app.crud.registry import Collections

COLLECTIONS: Collections = {
    "day-offs": ("DayOff", DayOffHooks),
    "persons": ("Person", PersonHooks),
}
