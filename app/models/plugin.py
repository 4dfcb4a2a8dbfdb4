"""Zou's `plugin` table: installed server plugins."""

from sqlalchemy import Text
from sqlmodel import Field

from app.models.base import BaseMixin
from app.models.types import EmailString


class Plugin(BaseMixin, table=True):
    __tablename__ = "plugin"

    plugin_id: str = Field(max_length=80, unique=True, index=True)
    name: str = Field(max_length=80, index=True)
    description: str | None = Field(default=None, sa_type=Text)
    version: str = Field(max_length=50)
    maintainer_name: str = Field(max_length=200)
    maintainer_email: str | None = Field(default=None, sa_type=EmailString)
    # sqlalchemy_utils' URLType is stored as TEXT.
    website: str | None = Field(default=None, sa_type=Text)
    license: str = Field(max_length=80)
    revision: str | None = Field(default=None, max_length=12)
    frontend_project_enabled: bool | None = False
    frontend_studio_enabled: bool | None = False
    icon: str | None = Field(default=None, max_length=255)
