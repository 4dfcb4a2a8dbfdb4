"""Every `/data/<collection>` Zou serves generically: path, table class, and its hooks."""

from functools import cache

from app.crud.asset_instance import AssetInstanceHooks
from app.crud.attachment_file import AttachmentFileHooks
from app.crud.budget import BudgetHooks
from app.crud.budget_entry import BudgetEntryHooks
from app.crud.comment import CommentHooks
from app.crud.custom_action import CustomActionHooks
from app.crud.day_off import DayOffHooks
from app.crud.department import DepartmentHooks
from app.crud.engine import CrudEngine
from app.crud.entity import EntityHooks
from app.crud.entity_type import EntityTypeHooks
from app.crud.event import ApiEventHooks
from app.crud.file_status import FileStatusHooks
from app.crud.hooks import CrudHooks
from app.crud.metadata_descriptor import MetadataDescriptorHooks
from app.crud.milestone import MilestoneHooks
from app.crud.notification import NotificationHooks
from app.crud.organisation import OrganisationHooks
from app.crud.output_file import OutputFileHooks
from app.crud.output_type import OutputTypeHooks
from app.crud.person import PersonHooks
from app.crud.playlist import PlaylistHooks
from app.crud.preview_background_file import PreviewBackgroundFileHooks
from app.crud.preview_file import PreviewFileHooks
from app.crud.production_schedule_version import (
    ProductionScheduleVersionHooks,
    ProductionScheduleVersionTaskLinkHooks,
)
from app.crud.project import ProjectHooks
from app.crud.project_status import ProjectStatusHooks
from app.crud.project_template import ProjectTemplateHooks
from app.crud.salary_scale import SalaryScaleHooks
from app.crud.schedule_item import ScheduleItemHooks
from app.crud.software import SoftwareHooks
from app.crud.status_automation import StatusAutomationHooks
from app.crud.studio import StudioHooks
from app.crud.task import TaskHooks
from app.crud.task_status import TaskStatusHooks
from app.crud.task_type import TaskTypeHooks
from app.crud.time_spent import TimeSpentHooks
from app.crud.working_file import WorkingFileHooks

# path -> (model class name in app.models, hooks class). Zou's irregular nouns are kept:
# `project-status`, `task-status`, `file-status` are singular; `softwares`, `news` are not.
# Plain CrudHooks is Zou's base resource: admin only, no side effects.
COLLECTIONS: dict[str, tuple[str, type[CrudHooks]]] = {
    "asset-instances": ("AssetInstance", AssetInstanceHooks),
    "attachment-files": ("AttachmentFile", AttachmentFileHooks),
    "budget-entries": ("BudgetEntry", BudgetEntryHooks),
    "budgets": ("Budget", BudgetHooks),
    "chat-messages": ("ChatMessage", CrudHooks),
    "chats": ("Chat", CrudHooks),
    "comments": ("Comment", CommentHooks),
    "custom-actions": ("CustomAction", CustomActionHooks),
    "day-offs": ("DayOff", DayOffHooks),
    "departments": ("Department", DepartmentHooks),
    "entities": ("Entity", EntityHooks),
    "entity-links": ("EntityLink", CrudHooks),
    "entity-types": ("EntityType", EntityTypeHooks),
    "events": ("ApiEvent", ApiEventHooks),
    "file-status": ("FileStatus", FileStatusHooks),
    "hardware-items": ("HardwareItem", CrudHooks),
    "metadata-descriptors": ("MetadataDescriptor", MetadataDescriptorHooks),
    "milestones": ("Milestone", MilestoneHooks),
    "news": ("News", CrudHooks),
    "notifications": ("Notification", NotificationHooks),
    "organisations": ("Organisation", OrganisationHooks),
    "output-files": ("OutputFile", OutputFileHooks),
    "output-types": ("OutputType", OutputTypeHooks),
    "persons": ("Person", PersonHooks),
    "playlists": ("Playlist", PlaylistHooks),
    "plugins": ("Plugin", CrudHooks),
    "preview-background-files": ("PreviewBackgroundFile", PreviewBackgroundFileHooks),
    "preview-files": ("PreviewFile", PreviewFileHooks),
    "production-schedule-version-task-links": (
        "ProductionScheduleVersionTaskLink",
        ProductionScheduleVersionTaskLinkHooks,
    ),
    "production-schedule-versions": ("ProductionScheduleVersion", ProductionScheduleVersionHooks),
    "project-status": ("ProjectStatus", ProjectStatusHooks),
    "project-templates": ("ProjectTemplate", ProjectTemplateHooks),
    "projects": ("Project", ProjectHooks),
    "salary-scales": ("SalaryScale", SalaryScaleHooks),
    "schedule-items": ("ScheduleItem", ScheduleItemHooks),
    "search-filter-groups": ("SearchFilterGroup", CrudHooks),
    "search-filters": ("SearchFilter", CrudHooks),
    "softwares": ("Software", SoftwareHooks),
    "status-automations": ("StatusAutomation", StatusAutomationHooks),
    "studios": ("Studio", StudioHooks),
    "subscriptions": ("Subscription", CrudHooks),
    "task-status": ("TaskStatus", TaskStatusHooks),
    "task-types": ("TaskType", TaskTypeHooks),
    "tasks": ("Task", TaskHooks),
    "time-spents": ("TimeSpent", TimeSpentHooks),
    "working-files": ("WorkingFile", WorkingFileHooks),
}


@cache
def engine_for(path: str) -> CrudEngine:
    import app.models as models

    class_name, hooks = COLLECTIONS[path]
    return CrudEngine(getattr(models, class_name), hooks)
