"""`/data/persons`: anyone reads (cards for non-managers), admins create and delete, people edit
themselves; passwords hashed, secrets never served, bots get their API token."""

import datetime
from typing import Any, ClassVar

from sqlalchemy import select
from sqlmodel import SQLModel

from app.areas.persons import rules as persons_rules
from app.areas.persons.service import CLIENT_FIELDS, MINIMAL_FIELDS, department_ids, row_full_name
from app.auth import permissions, tokens
from app.auth.passwords import hash_password_async
from app.core.config import get_settings
from app.core.errors import ZouError, bad_request, error, forbidden
from app.crud import cascade
from app.crud.hooks import GET, LIST, CrudContext, CrudHooks
from app.models import ProjectPersonLink
from app.models.person import SENSITIVE_FIELDS, TWO_FACTOR_FIELDS, Person

SENSITIVE = frozenset(SENSITIVE_FIELDS)
MINIMAL = frozenset(MINIMAL_FIELDS)
ALL_COLUMNS = frozenset(column.name for column in Person.__table__.columns)  # type: ignore[attr-defined]
NOT_MINIMAL = ALL_COLUMNS - MINIMAL
NOT_CLIENT = ALL_COLUMNS - frozenset(CLIENT_FIELDS)
# Non-admins filter on what their cards show, plus the e-mail lookup gazu relies on.
MINIMAL_FILTERS = MINIMAL | {"email", "departments", "is_guest"}
# What only an admin may change on a person, even on themselves.
ADMIN_FIELDS = frozenset(
    {
        "role",
        "departments",
        "active",
        "is_bot",
        "archived",
        "login_failed_attemps",
        "last_login_failed",
        "is_generated_from_ldap",
        "ldap_uid",
        "last_presence",
        "studio_id",
    }
)
LINKED_DATA = "Some data are still linked to given person."


def _is_manager(ctx: CrudContext) -> bool:
    return ctx.identity.role in ("admin", "manager")


def _is_client(ctx: CrudContext) -> bool:
    return ctx.identity.role == "client"


async def _client_team(ctx: CrudContext):
    """The people a client meets: the teams of the open productions they belong to."""
    projects = await permissions.related_project_ids(ctx.session, ctx.identity)
    return select(ProjectPersonLink.person_id).where(ProjectPersonLink.project_id.in_(projects))


async def _issue_api_token(person: SQLModel) -> str:
    """A long-lived token whose jti is the person's: changing or clearing it revokes the token."""
    token, jti = tokens.create_api_token(str(person.id), bool(person.is_bot), person.expiration_date)  # type: ignore[attr-defined]
    person.jti = jti  # type: ignore[attr-defined]
    return token


# Set only by the preview account routes: through CRUD they would turn a regular account into
# a seat-free one, or a preview account into a regular one (Zou's PREVIEW_FIELDS).
PREVIEW_FIELDS = ("preview_project_id", "preview_opened_at", "preview_open_until")


class PersonHooks(CrudHooks):
    own_params: ClassVar[frozenset[str]] = frozenset({"with_pass_hash", "full_name"})
    hidden_fields: ClassVar[frozenset[str]] = SENSITIVE
    # A PUT that names the two-factor state leaves it as it is (Zou ignores those keys too): an
    # admin's form could otherwise switch off someone's second factor without its own checks.
    protected_fields: ClassVar[frozenset[str]] = frozenset({"password", "jti", *TWO_FACTOR_FIELDS})
    needs_present: ClassVar[bool] = True

    # --- reads -------------------------------------------------------------------------
    async def check_read_list(self, ctx: CrudContext) -> None:
        return None

    async def check_read_one(self, ctx: CrudContext, instance: dict[str, Any]) -> None:
        if _is_client(ctx):
            team = (await _client_team(ctx)).where(ProjectPersonLink.person_id == instance["id"])
            if (await ctx.session.execute(team.limit(1))).first() is None:
                raise forbidden()

    def filter_allowed(self, ctx: CrudContext, name: str) -> bool:
        if ctx.identity.is_admin:
            return name not in SENSITIVE
        return name in MINIMAL_FILTERS

    async def filter_list(self, ctx: CrudContext, query):
        full_name = ctx.params.get("full_name")
        if full_name is not None:
            # A hybrid property in Zou: first and last name joined by a space.
            query = query.where((Person.first_name + " " + Person.last_name) == full_name)
        if _is_client(ctx):
            query = query.where(Person.id.in_(await _client_team(ctx)))  # type: ignore[union-attr]
        # Preview accounts are not studio members: Zou keeps them out of the person list.
        return query.where(Person.preview_project_id.is_(None))  # type: ignore[union-attr]

    def hidden_columns(self, ctx: CrudContext, purpose: str) -> frozenset[str]:
        if _is_client(ctx) and purpose in (LIST, GET):
            return NOT_CLIENT
        if purpose == LIST:
            if not ctx.identity.is_admin:
                return NOT_MINIMAL
            # Kitsu-to-Kitsu migrations read the hashes; the 2FA secrets stay hidden anyway.
            return SENSITIVE - {"password"} if ctx.flag("with_pass_hash") else SENSITIVE
        if purpose == GET and not _is_manager(ctx):
            return NOT_MINIMAL
        return SENSITIVE

    async def present_rows(self, ctx: CrudContext, rows: list[dict[str, Any]], purpose: str) -> list[dict]:
        client = _is_client(ctx) and purpose in (LIST, GET)
        minimal = (purpose == LIST and not ctx.identity.is_admin) or (purpose == GET and not _is_manager(ctx))
        for row in rows:
            row["full_name"] = row_full_name(row)
            if client:
                row.pop("departments", None)
            elif minimal:
                row.setdefault("departments", [])
        return rows

    # --- create ------------------------------------------------------------------------
    async def check_create(self, ctx: CrudContext, data: dict[str, Any]) -> None:
        for name in PREVIEW_FIELDS:
            data.pop(name, None)
        if not data.get("is_bot", False) and data.get("active", True):
            await persons_rules.check_user_limit(ctx.session)
        await super().check_create(ctx, data)

    async def check_creation_integrity(self, ctx: CrudContext, data: dict[str, Any]) -> None:
        persons_rules.check_choices(data)
        if data.get("expiration_date") is not None:
            persons_rules.check_expiration_date(data)
        await persons_rules.check_email(ctx.session, data, bool(data.get("is_bot", False)))
        password = data.get("password")
        if password is not None:
            if not isinstance(password, str):
                raise ZouError(400, {"message": "One of the provided values has an invalid format."})
            data["password"] = (await hash_password_async(password)).decode()

    async def post_create(
        self, ctx: CrudContext, instance: SQLModel, result: dict[str, Any]
    ) -> dict[str, Any]:
        if instance.is_bot:  # type: ignore[attr-defined]
            result["access_token"] = await _issue_api_token(instance)
            await ctx.session.flush()
        return result

    # --- update ------------------------------------------------------------------------
    async def check_update(self, ctx: CrudContext, instance: dict[str, Any], data: dict[str, Any]) -> None:
        if instance["id"] != ctx.user_id and not ctx.identity.is_admin:
            raise forbidden()
        # Preview accounts are managed by their own routes only (a role or email change would
        # turn one into a regular account).
        if instance.get("preview_project_id") is not None:
            raise forbidden()
        for name in PREVIEW_FIELDS:
            data.pop(name, None)
        active_now = data.get("active", False) and not instance.get("active")
        if active_now and not instance.get("is_bot") and not data.get("is_bot", False):
            await persons_rules.check_user_limit(ctx.session, with_data=False)
        persons_rules.check_protected_account(instance, data, ctx.user_id)
        if not ctx.identity.is_admin:
            for name in self.protected(ctx, instance):
                data.pop(name, None)
        persons_rules.check_choices(data)
        persons_rules.check_expiration_date(data, current=instance.get("expiration_date"))
        if "email" in data:
            await persons_rules.check_email(
                ctx.session, data, bool(data.get("is_bot", instance.get("is_bot"))), exclude_id=instance["id"]
            )
        ctx.state["regenerate_token"] = "expiration_date" in data and (
            data["expiration_date"] is None
            or persons_rules.parse_expiration_date(data["expiration_date"]) >= datetime.date.today()
        )

    def protected(self, ctx: CrudContext, instance: dict[str, Any]) -> frozenset[str]:
        if ctx.identity.is_admin:
            return self.protected_fields
        extra = ADMIN_FIELDS
        if ctx.identity.identity_type not in ("person", "person_api"):
            extra = extra | {"expiration_date"}
        return self.protected_fields | extra

    async def post_update(
        self, ctx: CrudContext, instance: SQLModel, result: dict[str, Any]
    ) -> dict[str, Any]:
        result["departments"] = await department_ids(ctx.session, instance.id)  # type: ignore[attr-defined]
        if ctx.state.get("regenerate_token"):
            result["access_token"] = await _issue_api_token(instance)
            await ctx.session.flush()
        return result

    # --- delete ------------------------------------------------------------------------
    async def check_delete(self, ctx: CrudContext, instance: dict[str, Any]) -> None:
        if instance["id"] == ctx.user_id:
            raise forbidden()
        await super().check_delete(ctx, instance)

    async def pre_delete(self, ctx: CrudContext, instance: SQLModel) -> None:
        if instance.email in get_settings().protected_account_emails:  # type: ignore[attr-defined]
            raise error(403, "Can't delete this person it's a protected account.")
        if ctx.flag("force"):
            await cascade.remove_person_content(ctx.session, instance.id)  # type: ignore[attr-defined]

    def write_error(self, action: str, exc: ZouError) -> ZouError:
        if action == "delete":
            return bad_request(LINKED_DATA)
        return exc
