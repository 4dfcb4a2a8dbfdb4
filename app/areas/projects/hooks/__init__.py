"""The `/data` collections of the projects area and their hooks."""

from app.areas.projects.hooks.budget import BudgetHooks
from app.areas.projects.hooks.budget_entry import BudgetEntryHooks
from app.areas.projects.hooks.metadata_descriptor import MetadataDescriptorHooks
from app.areas.projects.hooks.milestone import MilestoneHooks
from app.areas.projects.hooks.production_schedule_version import (
    ProductionScheduleVersionHooks,
    ProductionScheduleVersionTaskLinkHooks,
)
from app.areas.projects.hooks.project import ProjectHooks
from app.areas.projects.hooks.project_status import ProjectStatusHooks
from app.areas.projects.hooks.salary_scale import SalaryScaleHooks
from app.areas.projects.hooks.schedule_item import ScheduleItemHooks
from app.crud.registry import Collections

COLLECTIONS: Collections = {
    "budget-entries": ("BudgetEntry", BudgetEntryHooks),
    "budgets": ("Budget", BudgetHooks),
    "metadata-descriptors": ("MetadataDescriptor", MetadataDescriptorHooks),
    "milestones": ("Milestone", MilestoneHooks),
    "production-schedule-version-task-links": (
        "ProductionScheduleVersionTaskLink",
        ProductionScheduleVersionTaskLinkHooks,
    ),
    "production-schedule-versions": ("ProductionScheduleVersion", ProductionScheduleVersionHooks),
    "project-status": ("ProjectStatus", ProjectStatusHooks),
    "projects": ("Project", ProjectHooks),
    "salary-scales": ("SalaryScale", SalaryScaleHooks),
    "schedule-items": ("ScheduleItem", ScheduleItemHooks),
}
