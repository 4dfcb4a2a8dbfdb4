"""The `/data` collections of the departments area and their hooks."""

from app.areas.departments.hooks.department import DepartmentHooks
from app.areas.departments.hooks.software import SoftwareHooks
from app.crud.hooks import CrudHooks
from app.crud.registry import Collections

COLLECTIONS: Collections = {
    "departments": ("Department", DepartmentHooks),
    "hardware-items": ("HardwareItem", CrudHooks),
    "softwares": ("Software", SoftwareHooks),
}
