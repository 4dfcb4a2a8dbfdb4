"""Every Zou table, registered on `SQLModel.metadata` by importing this package."""

from sqlalchemy import Table
from sqlmodel import SQLModel

import app.models._naming  # noqa: F401  (must precede every table declaration)
from app.models.asset_instance import AssetInstance
from app.models.attachment_file import AttachmentFile

# Our own tables (not Zou's): token stores used when no Redis is configured.
from app.models.auth_token import AuthToken  # noqa: E402
from app.models.base import BaseMixin, Relation
from app.models.budget import Budget
from app.models.budget_entry import BudgetEntry
from app.models.build_job import BuildJob
from app.models.chat import Chat, ChatParticipant
from app.models.chat_message import ChatMessage
from app.models.comment import (
    Comment,
    CommentPreviewLink,
    comment_acknoledgments,
    comment_department_mentions,
    comment_mentions,
)
from app.models.custom_action import CustomAction
from app.models.data_import_error import DataImportError
from app.models.day_off import DayOff
from app.models.department import Department, HardwareItemDepartmentLink, SoftwareDepartmentLink
from app.models.desktop_login_log import DesktopLoginLog
from app.models.entity import AssetInstanceLink, Entity, EntityConceptLink, EntityLink, EntityVersion
from app.models.entity_type import EntityType, TaskTypeAssetTypeLink
from app.models.event import ApiEvent
from app.models.file_status import FileStatus
from app.models.hardware_item import HardwareItem
from app.models.login_log import LoginLog
from app.models.metadata_descriptor import DepartmentMetadataDescriptorLink, MetadataDescriptor
from app.models.milestone import Milestone
from app.models.news import News
from app.models.notification import Notification
from app.models.organisation import Organisation
from app.models.output_file import OutputFile
from app.models.output_type import OutputType
from app.models.person import DepartmentLink, Person
from app.models.playlist import Playlist
from app.models.playlist_share_link import PlaylistShareLink
from app.models.plugin import Plugin
from app.models.preview_background_file import PreviewBackgroundFile
from app.models.preview_file import PreviewFile
from app.models.preview_file_storage_state import PreviewFileStorageState
from app.models.production_schedule_version import (
    ProductionScheduleVersion,
    ProductionScheduleVersionTaskLink,
    ProductionScheduleVersionTaskLinkPersonLink,
)
from app.models.project import (
    Project,
    ProjectAssetTypeLink,
    ProjectPersonLink,
    ProjectPreviewBackgroundFileLink,
    ProjectStatusAutomationLink,
    ProjectTaskStatusLink,
    ProjectTaskTypeLink,
    ProjectTaskTypeSoftwareLink,
)
from app.models.project_status import ProjectStatus
from app.models.project_template import (
    ProjectTemplate,
    ProjectTemplateAssetTypeLink,
    ProjectTemplatePreviewBackgroundFileLink,
    ProjectTemplateStatusAutomationLink,
    ProjectTemplateTaskStatusLink,
    ProjectTemplateTaskTypeLink,
)
from app.models.revoked_token import RevokedToken  # noqa: E402
from app.models.salary_scale import SalaryScale
from app.models.schedule_item import ScheduleItem
from app.models.search_filter import SearchFilter
from app.models.search_filter_group import SearchFilterGroup
from app.models.software import Software
from app.models.status_automation import StatusAutomation
from app.models.stored_file import StoredFile
from app.models.studio import Studio
from app.models.subscription import Subscription
from app.models.task import Task, TaskPersonLink
from app.models.task_status import TaskStatus
from app.models.task_type import TaskType
from app.models.time_spent import TimeSpent
from app.models.working_file import WorkingFile

ALL_MODELS: tuple[type[SQLModel], ...] = (
    ApiEvent,
    AssetInstance,
    AssetInstanceLink,
    AttachmentFile,
    Budget,
    BudgetEntry,
    BuildJob,
    Chat,
    ChatMessage,
    ChatParticipant,
    Comment,
    CommentPreviewLink,
    CustomAction,
    DataImportError,
    DayOff,
    Department,
    DepartmentLink,
    DepartmentMetadataDescriptorLink,
    DesktopLoginLog,
    Entity,
    EntityConceptLink,
    EntityLink,
    EntityType,
    EntityVersion,
    FileStatus,
    HardwareItem,
    HardwareItemDepartmentLink,
    LoginLog,
    MetadataDescriptor,
    Milestone,
    News,
    Notification,
    Organisation,
    OutputFile,
    OutputType,
    Person,
    Playlist,
    PlaylistShareLink,
    Plugin,
    PreviewBackgroundFile,
    PreviewFile,
    PreviewFileStorageState,
    ProductionScheduleVersion,
    ProductionScheduleVersionTaskLink,
    ProductionScheduleVersionTaskLinkPersonLink,
    Project,
    ProjectAssetTypeLink,
    ProjectPersonLink,
    ProjectPreviewBackgroundFileLink,
    ProjectStatus,
    ProjectStatusAutomationLink,
    ProjectTaskStatusLink,
    ProjectTaskTypeLink,
    ProjectTemplate,
    ProjectTemplateAssetTypeLink,
    ProjectTemplatePreviewBackgroundFileLink,
    ProjectTemplateStatusAutomationLink,
    ProjectTemplateTaskStatusLink,
    ProjectTemplateTaskTypeLink,
    SalaryScale,
    ScheduleItem,
    SearchFilter,
    SearchFilterGroup,
    Software,
    SoftwareDepartmentLink,
    StatusAutomation,
    StoredFile,
    Studio,
    Subscription,
    Task,
    TaskPersonLink,
    TaskStatus,
    TaskType,
    TaskTypeAssetTypeLink,
    TimeSpent,
    WorkingFile,
)

# Table name -> model class, for every table that has a class (all but the
# three bare link tables below).
MODELS_BY_TABLE: dict[str, type[SQLModel]] = {
    model.__tablename__: model  # type: ignore[attr-defined]
    for model in ALL_MODELS
}

# Zou's bare `db.Table`s (no class, no id): Comment's mention/ack links.
PLAIN_TABLES: dict[str, Table] = {
    table.name: table for table in (comment_mentions, comment_department_mentions, comment_acknoledgments)
}

# Tables added by Zou after 1.0.67 that it keeps instance-local: never synced,
# never exposed through /data routes.
INSTANCE_LOCAL_TABLES: frozenset[str] = frozenset({"preview_file_storage_state", "stored_file"})

__all__ = [
    "ALL_MODELS",
    "INSTANCE_LOCAL_TABLES",
    "MODELS_BY_TABLE",
    "PLAIN_TABLES",
    "ApiEvent",
    "AssetInstance",
    "AssetInstanceLink",
    "AttachmentFile",
    "BaseMixin",
    "Budget",
    "BudgetEntry",
    "BuildJob",
    "Chat",
    "ChatMessage",
    "ChatParticipant",
    "Comment",
    "CommentPreviewLink",
    "CustomAction",
    "DataImportError",
    "DayOff",
    "Department",
    "DepartmentLink",
    "DepartmentMetadataDescriptorLink",
    "DesktopLoginLog",
    "Entity",
    "EntityConceptLink",
    "EntityLink",
    "EntityType",
    "EntityVersion",
    "FileStatus",
    "HardwareItem",
    "HardwareItemDepartmentLink",
    "LoginLog",
    "MetadataDescriptor",
    "Milestone",
    "News",
    "Notification",
    "Organisation",
    "OutputFile",
    "OutputType",
    "Person",
    "Playlist",
    "PlaylistShareLink",
    "Plugin",
    "PreviewBackgroundFile",
    "PreviewFile",
    "PreviewFileStorageState",
    "ProductionScheduleVersion",
    "ProductionScheduleVersionTaskLink",
    "ProductionScheduleVersionTaskLinkPersonLink",
    "Project",
    "ProjectAssetTypeLink",
    "ProjectPersonLink",
    "ProjectPreviewBackgroundFileLink",
    "ProjectStatus",
    "ProjectStatusAutomationLink",
    "ProjectTaskStatusLink",
    "ProjectTaskTypeLink",
    "ProjectTaskTypeSoftwareLink",
    "ProjectTemplate",
    "ProjectTemplateAssetTypeLink",
    "ProjectTemplatePreviewBackgroundFileLink",
    "ProjectTemplateStatusAutomationLink",
    "ProjectTemplateTaskStatusLink",
    "ProjectTemplateTaskTypeLink",
    "Relation",
    "SalaryScale",
    "ScheduleItem",
    "SearchFilter",
    "SearchFilterGroup",
    "Software",
    "SoftwareDepartmentLink",
    "StatusAutomation",
    "StoredFile",
    "Studio",
    "Subscription",
    "Task",
    "TaskPersonLink",
    "TaskStatus",
    "TaskType",
    "TaskTypeAssetTypeLink",
    "TimeSpent",
    "WorkingFile",
    "AuthToken",
    "RevokedToken",
    "comment_acknoledgments",
    "comment_department_mentions",
    "comment_mentions",
]
