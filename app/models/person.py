"""Zou's `person` table (studio members, clients and bots) and `department_link`."""

import datetime
import os
import uuid
from typing import Any, ClassVar

from sqlalchemy import Date, Index, LargeBinary, UniqueConstraint, text
from sqlmodel import Field, SQLModel

from app.models._naming import keep_unique_beside_primary_key
from app.models.base import BaseMixin, Relation
from app.models.types import (
    BinaryArray,
    ChoiceString,
    EmailString,
    JSONBArray,
    LocaleString,
    NaiveDateTime,
    NullableJSONType,
    TimezoneString,
)

ROLE_TYPES = ("user", "admin", "supervisor", "manager", "client", "vendor")
CONTRACT_TYPES = (
    "open-ended",
    "fixed-term",
    "short-term",
    "freelance",
    "apprentice",
    "internship",
)
POSITION_TYPES = ("supervisor", "lead", "artist")
SENIORITY_TYPES = ("senior", "mid", "junior")
TWO_FACTOR_AUTHENTICATION_TYPES = ("totp", "email_otp", "fido")
DISPLAY_DATE_FORMATS = ("YYYY-MM-DD", "DD/MM/YYYY", "MM/DD/YYYY")

# Two-factor state: changed only through the /auth two-factor routes, never by a person PUT.
TWO_FACTOR_FIELDS = (
    "totp_enabled",
    "totp_secret",
    "email_otp_enabled",
    "email_otp_secret",
    "fido_enabled",
    "fido_credentials",
    "otp_recovery_codes",
    "preferred_two_factor_authentication",
)

# Fields Zou removes from `serialize_safe()`.
SENSITIVE_FIELDS = (
    "password",
    "totp_secret",
    "email_otp_secret",
    "otp_recovery_codes",
    "fido_credentials",
    "fido_devices",
    "jti",
    "login_failed_attemps",
    "last_login_failed",
)


def default_timezone() -> str:
    # Zou reads DEFAULT_TIMEZONE from its config at creation time.
    return os.environ.get("DEFAULT_TIMEZONE", "Europe/Paris")


def default_locale() -> str:
    return os.environ.get("DEFAULT_LOCALE", "en_US")


class DepartmentLink(SQLModel, table=True):
    __tablename__ = "department_link"
    __table_args__ = (UniqueConstraint("person_id", "department_id", name="department_link_uc"),)

    person_id: uuid.UUID = Field(foreign_key="person.id", primary_key=True, index=True)
    department_id: uuid.UUID = Field(foreign_key="department.id", primary_key=True, index=True)


keep_unique_beside_primary_key(DepartmentLink.__table__, "department_link_uc")


class Person(BaseMixin, table=True):
    __tablename__ = "person"
    __table_args__ = (
        # Bots may reuse a human's email, humans may not share one.
        Index(
            "only_one_email_by_person",
            "email",
            "is_bot",
            unique=True,
            postgresql_where=text("is_bot IS NOT TRUE"),
            sqlite_where=text("is_bot IS NOT TRUE"),
        ),
    )

    first_name: str = Field(max_length=80)
    last_name: str = Field(max_length=80)
    email: str | None = Field(default=None, sa_type=EmailString)
    phone: str | None = Field(default=None, max_length=30)
    country: str | None = Field(default=None, max_length=2)
    contract_type: str = Field(
        default="open-ended",
        sa_type=ChoiceString,
        sa_column_kwargs={"server_default": "open-ended"},
    )
    active: bool | None = True
    archived: bool | None = False
    last_presence: datetime.date | None = Field(default=None, sa_type=Date)
    password: bytes | None = Field(default=None, sa_type=LargeBinary(60))
    desktop_login: str | None = Field(default=None, max_length=80)
    login_failed_attemps: int | None = 0
    last_login_failed: datetime.datetime | None = Field(default=None, sa_type=NaiveDateTime)
    totp_enabled: bool | None = False
    totp_secret: str | None = Field(default=None, max_length=32)
    email_otp_enabled: bool | None = False
    email_otp_secret: str | None = Field(default=None, max_length=32)
    fido_enabled: bool | None = False
    fido_credentials: list[Any] | None = Field(default=None, sa_type=JSONBArray)
    otp_recovery_codes: list[bytes] | None = Field(default=None, sa_type=BinaryArray)
    preferred_two_factor_authentication: str | None = Field(
        default=None,
        sa_type=ChoiceString,
        sa_column_kwargs={"info": {"choices": TWO_FACTOR_AUTHENTICATION_TYPES}},
    )
    shotgun_id: int | None = Field(default=None, unique=True)
    timezone: str | None = Field(default_factory=default_timezone, sa_type=TimezoneString)
    locale: str | None = Field(default_factory=default_locale, sa_type=LocaleString)
    use_12_hour_clock: bool | None = False
    display_date_format: str | None = Field(default="YYYY-MM-DD", max_length=20)
    data: Any = Field(default=None, sa_type=NullableJSONType, nullable=True)
    role: str = Field(
        default="user", sa_type=ChoiceString, sa_column_kwargs={"info": {"choices": ROLE_TYPES}}
    )
    position: str | None = Field(
        default="artist", sa_type=ChoiceString, sa_column_kwargs={"info": {"choices": POSITION_TYPES}}
    )
    seniority: str | None = Field(
        default="mid", sa_type=ChoiceString, sa_column_kwargs={"info": {"choices": SENIORITY_TYPES}}
    )
    daily_salary: int | None = 0
    has_avatar: bool | None = False
    notifications_enabled: bool | None = False
    notifications_slack_enabled: bool | None = False
    notifications_slack_userid: str | None = Field(default="", max_length=60)
    notifications_mattermost_enabled: bool | None = False
    notifications_mattermost_userid: str | None = Field(default="", max_length=60)
    notifications_discord_enabled: bool | None = False
    notifications_discord_userid: str | None = Field(default="", max_length=60)
    is_bot: bool = Field(default=False, sa_column_kwargs={"server_default": text("false")})
    is_guest: bool = False
    # A production's preview account (a client whose login only works while its window is
    # open): set only by the preview account service, never through CRUD.
    preview_project_id: uuid.UUID | None = Field(
        default=None, foreign_key="project.id", unique=True, index=True
    )
    preview_opened_at: datetime.datetime | None = Field(default=None, sa_type=NaiveDateTime)
    preview_open_until: datetime.datetime | None = Field(default=None, sa_type=NaiveDateTime)
    jti: str | None = Field(default=None, max_length=60, unique=True)
    expiration_date: datetime.date | None = Field(default=None, sa_type=Date)
    is_generated_from_ldap: bool | None = False
    ldap_uid: str | None = Field(default=None, max_length=60, unique=True)
    studio_id: uuid.UUID | None = Field(default=None, foreign_key="studio.id", index=True)

    # `full_name` is a computed property in Zou, added by the serializer.
    __relations__: ClassVar[dict[str, Relation]] = {
        "departments": Relation("department_link", "person_id", "department_id"),
    }
