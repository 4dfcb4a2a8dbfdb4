"""Zou's `project` table (a production) and its team / workflow link tables."""

import datetime
import uuid
from typing import Any, ClassVar

from sqlalchemy import Date, ForeignKeyConstraint, PrimaryKeyConstraint, Text, UniqueConstraint, text
from sqlmodel import Field, SQLModel

from app.models.base import BaseMixin, Relation
from app.models.person import ROLE_TYPES
from app.models.types import ChoiceArray, ChoiceString, NullableJSONType

PROJECT_STYLES = (
    "2d",
    "2dpaper",
    "3d",
    "2d3d",
    "ar",
    "vfx",
    "stop-motion",
    "motion-design",
    "archviz",
    "commercial",
    "catalog",
    "immersive",
    "nft",
    "video-game",
    "vr",
)
# Roles a team member may hold inside a production (never "admin").
PROJECT_ROLE_TYPES = tuple(role for role in ROLE_TYPES if role != "admin")
DEFAULT_ROLES_FOR_BOARD = ("user", "admin", "supervisor", "manager", "vendor")


def default_roles_for_board() -> list[str]:
    return list(DEFAULT_ROLES_FOR_BOARD)


class ProjectPersonLink(SQLModel, table=True):
    __tablename__ = "project_person_link"

    project_id: uuid.UUID = Field(foreign_key="project.id", primary_key=True, index=True)
    person_id: uuid.UUID = Field(foreign_key="person.id", primary_key=True, index=True)
    shotgun_id: int | None = None
    role: str | None = Field(
        default=None, sa_type=ChoiceString, sa_column_kwargs={"info": {"choices": ROLE_TYPES}}
    )


class ProjectTaskTypeLink(BaseMixin, table=True):
    __tablename__ = "project_task_type_link"
    # BaseMixin's id joins the two declared keys: Zou's PK is the 3 columns.
    __table_args__ = (
        PrimaryKeyConstraint("project_id", "task_type_id", "id"),
        UniqueConstraint("project_id", "task_type_id", name="project_tasktype_uc"),
    )

    project_id: uuid.UUID = Field(foreign_key="project.id", primary_key=True, index=True)
    task_type_id: uuid.UUID = Field(foreign_key="task_type.id", primary_key=True, index=True)
    priority: int | None = None
    # Per task type movie encoding overrides (added after 1.0.67, c4e8a1f6d2b9).
    hd_bitrate_compression: int | None = None
    ld_bitrate_compression: int | None = None
    is_client_visible: bool | None = Field(default=True, sa_column_kwargs={"server_default": text("true")})


class ProjectTaskTypeSoftwareLink(BaseMixin, table=True):
    """The softwares a production's artists use for one of its task types."""

    __tablename__ = "project_task_type_software_link"
    __table_args__ = (
        PrimaryKeyConstraint("project_id", "task_type_id", "software_id", "id"),
        UniqueConstraint("project_id", "task_type_id", "software_id", name="project_task_type_software_uc"),
    )

    project_id: uuid.UUID = Field(foreign_key="project.id", ondelete="CASCADE", primary_key=True, index=True)
    task_type_id: uuid.UUID = Field(
        foreign_key="task_type.id", ondelete="CASCADE", primary_key=True, index=True
    )
    software_id: uuid.UUID = Field(
        foreign_key="software.id", ondelete="CASCADE", primary_key=True, index=True
    )


class ProjectTaskStatusLink(BaseMixin, table=True):
    __tablename__ = "project_task_status_link"
    __table_args__ = (
        PrimaryKeyConstraint("project_id", "task_status_id", "id"),
        UniqueConstraint("project_id", "task_status_id", name="project_taskstatus_uc"),
    )

    project_id: uuid.UUID = Field(foreign_key="project.id", primary_key=True, index=True)
    task_status_id: uuid.UUID = Field(foreign_key="task_status.id", primary_key=True, index=True)
    priority: int | None = None
    roles_for_board: list[str] | None = Field(default_factory=default_roles_for_board, sa_type=ChoiceArray)
    # Null inherits the studio value (task_status.is_client_allowed).
    is_client_allowed: bool | None = None


class ProjectAssetTypeLink(SQLModel, table=True):
    __tablename__ = "project_asset_type_link"

    project_id: uuid.UUID = Field(foreign_key="project.id", primary_key=True, index=True)
    asset_type_id: uuid.UUID = Field(foreign_key="entity_type.id", primary_key=True, index=True)


class ProjectStatusAutomationLink(SQLModel, table=True):
    __tablename__ = "project_status_automation_link"

    project_id: uuid.UUID = Field(foreign_key="project.id", primary_key=True, index=True)
    status_automation_id: uuid.UUID = Field(foreign_key="status_automation.id", primary_key=True, index=True)


class ProjectPreviewBackgroundFileLink(SQLModel, table=True):
    __tablename__ = "project_preview_background_file_link"

    project_id: uuid.UUID = Field(foreign_key="project.id", primary_key=True, index=True)
    preview_background_file_id: uuid.UUID = Field(
        foreign_key="preview_background_file.id", primary_key=True, index=True
    )


class Project(BaseMixin, table=True):
    __tablename__ = "project"
    __table_args__ = (
        # use_alter: project <-> production_schedule_version is a cycle, this
        # key is the one created/dropped separately so tables can be sorted.
        ForeignKeyConstraint(
            ["from_schedule_version_id"],
            ["production_schedule_version.id"],
            name="project_from_schedule_version_id_fkey",
            use_alter=True,
        ),
    )

    name: str = Field(max_length=80, unique=True, index=True)
    code: str | None = Field(default=None, max_length=80)
    description: str | None = Field(default=None, sa_type=Text)
    shotgun_id: int | None = None
    file_tree: Any = Field(default=None, sa_type=NullableJSONType, nullable=True)
    data: Any = Field(default=None, sa_type=NullableJSONType, nullable=True)
    has_avatar: bool | None = False
    # Zou's Python default is the integer 25, stored as text.
    fps: str | None = Field(default="25", max_length=10)
    ratio: str | None = Field(default="16:9", max_length=10)
    resolution: str | None = Field(default="1920x1080", max_length=12)
    production_type: str | None = Field(default="short", max_length=20)
    production_style: str = Field(
        default="2d3d", sa_type=ChoiceString, sa_column_kwargs={"info": {"choices": PROJECT_STYLES}}
    )
    start_date: datetime.date | None = Field(default=None, sa_type=Date)
    end_date: datetime.date | None = Field(default=None, sa_type=Date)
    man_days: int | None = None
    nb_episodes: int | None = 0
    episode_span: int | None = 0
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
    homepage: str | None = Field(default="assets", max_length=80)
    is_publish_default_for_artists: bool | None = False
    is_bot_collaboration_enabled: bool | None = False
    is_single_preview_per_revision: bool | None = False
    is_frame_in_numbering: bool | None = False
    revision_padding: int = 0
    # Movie bitrates in Mbit/s; null inherits the instance's (`/config`), as in Zou.
    hd_bitrate_compression: int | None = None
    ld_bitrate_compression: int | None = None
    project_status_id: uuid.UUID | None = Field(default=None, foreign_key="project_status.id", index=True)
    default_preview_background_file_id: uuid.UUID | None = Field(
        default=None, foreign_key="preview_background_file.id", index=True
    )
    from_schedule_version_id: uuid.UUID | None = Field(default=None, index=True)

    __relations__: ClassVar[dict[str, Relation]] = {
        "team": Relation("project_person_link", "project_id", "person_id"),
        "asset_types": Relation("project_asset_type_link", "project_id", "asset_type_id"),
        "task_statuses": Relation("project_task_status_link", "project_id", "task_status_id"),
        "task_types": Relation("project_task_type_link", "project_id", "task_type_id"),
        "status_automations": Relation(
            "project_status_automation_link", "project_id", "status_automation_id"
        ),
        "preview_background_files": Relation(
            "project_preview_background_file_link", "project_id", "preview_background_file_id"
        ),
    }
