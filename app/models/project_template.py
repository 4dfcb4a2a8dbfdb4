"""Zou's `project_template` table: reusable production settings and workflows."""

import uuid
from typing import Any, ClassVar

from sqlalchemy import PrimaryKeyConstraint, Text, UniqueConstraint, text
from sqlmodel import Field, SQLModel

from app.models.base import BaseMixin, Relation
from app.models.project import PROJECT_STYLES, default_roles_for_board
from app.models.types import ChoiceArray, ChoiceString, NullableJSONType

__all__ = [
    "PROJECT_STYLES",
    "ProjectTemplate",
    "ProjectTemplateAssetTypeLink",
    "ProjectTemplatePreviewBackgroundFileLink",
    "ProjectTemplateStatusAutomationLink",
    "ProjectTemplateTaskStatusLink",
    "ProjectTemplateTaskTypeLink",
]


class ProjectTemplateTaskTypeLink(BaseMixin, table=True):
    __tablename__ = "project_template_task_type_link"
    # BaseMixin's id joins the two declared keys: Zou's PK is the 3 columns.
    __table_args__ = (
        PrimaryKeyConstraint("project_template_id", "task_type_id", "id"),
        UniqueConstraint("project_template_id", "task_type_id", name="project_template_tasktype_uc"),
    )

    project_template_id: uuid.UUID = Field(foreign_key="project_template.id", primary_key=True, index=True)
    task_type_id: uuid.UUID = Field(foreign_key="task_type.id", primary_key=True, index=True)
    priority: int | None = None
    # Per task type movie encoding overrides (added after 1.0.67, c4e8a1f6d2b9).
    hd_bitrate_compression: int | None = None
    ld_bitrate_compression: int | None = None
    is_client_visible: bool | None = Field(default=True, sa_column_kwargs={"server_default": text("true")})


class ProjectTemplateTaskStatusLink(BaseMixin, table=True):
    __tablename__ = "project_template_task_status_link"
    __table_args__ = (
        PrimaryKeyConstraint("project_template_id", "task_status_id", "id"),
        UniqueConstraint("project_template_id", "task_status_id", name="project_template_taskstatus_uc"),
    )

    project_template_id: uuid.UUID = Field(foreign_key="project_template.id", primary_key=True, index=True)
    task_status_id: uuid.UUID = Field(foreign_key="task_status.id", primary_key=True, index=True)
    priority: int | None = None
    roles_for_board: list[str] | None = Field(default_factory=default_roles_for_board, sa_type=ChoiceArray)
    is_client_allowed: bool | None = None


class ProjectTemplateAssetTypeLink(SQLModel, table=True):
    __tablename__ = "project_template_asset_type_link"

    project_template_id: uuid.UUID = Field(foreign_key="project_template.id", primary_key=True, index=True)
    asset_type_id: uuid.UUID = Field(foreign_key="entity_type.id", primary_key=True, index=True)


class ProjectTemplateStatusAutomationLink(SQLModel, table=True):
    __tablename__ = "project_template_status_automation_link"

    project_template_id: uuid.UUID = Field(foreign_key="project_template.id", primary_key=True, index=True)
    status_automation_id: uuid.UUID = Field(foreign_key="status_automation.id", primary_key=True, index=True)


class ProjectTemplatePreviewBackgroundFileLink(SQLModel, table=True):
    __tablename__ = "project_template_preview_background_file_link"

    project_template_id: uuid.UUID = Field(foreign_key="project_template.id", primary_key=True, index=True)
    preview_background_file_id: uuid.UUID = Field(
        foreign_key="preview_background_file.id", primary_key=True, index=True
    )


class ProjectTemplate(BaseMixin, table=True):
    __tablename__ = "project_template"

    name: str = Field(max_length=80, unique=True, index=True)
    description: str | None = Field(default=None, sa_type=Text)
    fps: str | None = Field(default="25", max_length=10)
    ratio: str | None = Field(default="16:9", max_length=10)
    resolution: str | None = Field(default="1920x1080", max_length=12)
    production_type: str | None = Field(default="short", max_length=20)
    production_style: str = Field(
        default="2d3d", sa_type=ChoiceString, sa_column_kwargs={"info": {"choices": PROJECT_STYLES}}
    )
    max_retakes: int | None = 0
    is_clients_isolated: bool | None = False
    is_client_stats_visible: bool | None = Field(
        default=True, sa_column_kwargs={"server_default": text("true")}
    )
    is_client_task_list_visible: bool | None = Field(
        default=True, sa_column_kwargs={"server_default": text("true")}
    )
    is_client_task_panel_visible: bool | None = Field(
        default=True, sa_column_kwargs={"server_default": text("true")}
    )
    is_preview_download_allowed: bool | None = False
    is_set_preview_automated: bool | None = False
    is_publish_default_for_artists: bool | None = False
    is_single_preview_per_revision: bool | None = False
    is_frame_in_numbering: bool | None = False
    revision_padding: int = 0
    homepage: str | None = Field(default="assets", max_length=80)
    # Null inherits the instance's bitrates (`/config`), as in Zou.
    hd_bitrate_compression: int | None = None
    ld_bitrate_compression: int | None = None
    file_tree: Any = Field(default=None, sa_type=NullableJSONType, nullable=True)
    data: Any = Field(default=None, sa_type=NullableJSONType, nullable=True)
    metadata_descriptors: Any = Field(default_factory=list, sa_type=NullableJSONType, nullable=True)
    default_preview_background_file_id: uuid.UUID | None = Field(
        default=None, foreign_key="preview_background_file.id", index=True
    )

    __relations__: ClassVar[dict[str, Relation]] = {
        "task_types": Relation("project_template_task_type_link", "project_template_id", "task_type_id"),
        "task_statuses": Relation(
            "project_template_task_status_link", "project_template_id", "task_status_id"
        ),
        "asset_types": Relation("project_template_asset_type_link", "project_template_id", "asset_type_id"),
        "status_automations": Relation(
            "project_template_status_automation_link",
            "project_template_id",
            "status_automation_id",
        ),
        "preview_background_files": Relation(
            "project_template_preview_background_file_link",
            "project_template_id",
            "preview_background_file_id",
        ),
    }
