"""Zou's `organisation` table: the studio-wide settings singleton."""

from sqlmodel import Field

from app.models.base import BaseMixin


class Organisation(BaseMixin, table=True):
    __tablename__ = "organisation"

    name: str = Field(max_length=80, unique=True)
    hours_by_day: float = 8.0
    has_avatar: bool | None = False
    use_original_file_name: bool | None = False
    timesheets_locked: bool | None = False
    format_duration_in_hours: bool | None = False
    hd_by_default: bool | None = False
    chat_token_slack: str | None = Field(default="", max_length=80)
    chat_webhook_mattermost: str | None = Field(default="", max_length=80)
    chat_token_discord: str | None = Field(default="", max_length=80)
    dark_theme_by_default: bool | None = False
