"""Per-collection behaviour of the CRUD engine: defaults are Zou's (admin only, no side effects)."""

from dataclasses import dataclass, field
from typing import Any, ClassVar

from sqlalchemy import Select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import SQLModel

from app.auth import permissions
from app.auth.identity import Identity
from app.core.errors import ZouError, not_found
from app.crud.columns import ModelInfo

# What a serialised row is for: hooks may show a caller more or less depending on it.
LIST, GET, WRITE = "list", "get", "write"
NOT_AN_OBJECT = "A JSON object is expected."


@dataclass
class CrudContext:
    """What a hook may look at: the caller, the session, the query string, per-request scratch."""

    session: AsyncSession
    identity: Identity
    params: dict[str, str] = field(default_factory=dict)
    # Hooks are shared by every request: anything a later hook of the same request needs
    # (previous assignees, a flag computed in a check) is kept here, never on `self`.
    state: dict[str, Any] = field(default_factory=dict)

    def flag(self, name: str, default: bool = False) -> bool:
        value = self.params.get(name)
        if value is None:
            return default
        return value.lower() == "true"

    @property
    def user_id(self) -> Any:
        return self.identity.person.id


class CrudHooks:
    """Override in `app/crud/<model>.py` only what a collection does differently from Zou's base."""

    # Query-string names the collection reads itself (never treated as filters).
    own_params: ClassVar[frozenset[str]] = frozenset()
    # When set, filtering on a real column outside this set answers 400.
    filterable_columns: ClassVar[frozenset[str] | None] = None
    # Columns never sent to clients (nor filterable).
    hidden_fields: ClassVar[frozenset[str]] = frozenset()
    # Columns PUT silently ignores (besides id/created_at/updated_at/project_id).
    protected_fields: ClassVar[frozenset[str]] = frozenset()
    # JSON columns whose PUT value is merged into the stored dict instead of replacing it.
    merged_fields: ClassVar[frozenset[str]] = frozenset()
    # The `type` key of serialised rows (defaults to the model's class name).
    type_name: ClassVar[str | None] = None
    # Where a real `type` column goes, since the `type` key names the model (Notification).
    type_column_key: ClassVar[str] = "type_value"
    # False: the list answers every row whatever the query string says (no filters, pages nor
    # relations), as Zou's own list of the collection does (salary scales).
    reads_query_string: ClassVar[bool] = True
    # Zou caps the no-query-string list of some collections (events: 1000 rows).
    unfiltered_list_limit: ClassVar[int | None] = None
    # Lists always carry relation id lists (metadata descriptors), whatever `relations` says.
    always_relations: ClassVar[bool] = False
    # PUT answers carry relation id lists (Zou's entity PUT serialises with relations).
    update_relations: ClassVar[bool] = False
    # Methods whose malformed id answers 404 like an unknown one (Zou reads the row through a
    # service that only knows "not found"); elsewhere it is 400 "Malformed ID.".
    malformed_id_not_found: ClassVar[frozenset[str]] = frozenset()
    # When False the engine skips `present_rows` entirely (the fast path).
    needs_present: ClassVar[bool] = False
    # Body keys Zou reads before anything else (its permission and integrity checks): a creation
    # without one answers 400 with the key's repr as message (Zou's KeyError), e.g. "'project_id'".
    required_keys: ClassVar[tuple[str, ...]] = ()

    def __init__(self, info: ModelInfo):
        self.info = info
        self.model: type[SQLModel] = info.model

    # --- reads -------------------------------------------------------------------------
    async def check_read_list(self, ctx: CrudContext) -> None:
        permissions.require_admin(ctx.identity)

    def filter_allowed(self, ctx: CrudContext, name: str) -> bool:
        """May this caller filter on column or relation `name`?"""
        if name in self.hidden_fields:
            return False
        return self.filterable_columns is None or name in self.filterable_columns

    async def filter_list(self, ctx: CrudContext, query: Select) -> Select:
        """Narrow a list to what the caller may see (Zou's add_project_permission_filter)."""
        return query

    async def check_read_one(self, ctx: CrudContext, instance: dict[str, Any]) -> None:
        permissions.require_admin(ctx.identity)

    def hidden_columns(self, ctx: CrudContext, purpose: str) -> frozenset[str]:
        """Columns left out of rows served to this caller for `purpose` (LIST, GET, WRITE)."""
        return self.hidden_fields

    async def present_rows(self, ctx: CrudContext, rows: list[dict[str, Any]], purpose: str) -> list[dict]:
        """Reshape serialised rows for this caller; only called when `needs_present` is set."""
        return rows

    async def clean_get_result(self, ctx: CrudContext, result: dict[str, Any]) -> dict[str, Any]:
        return result

    # --- writes ------------------------------------------------------------------------
    async def check_create(self, ctx: CrudContext, data: dict[str, Any]) -> None:
        permissions.require_admin(ctx.identity)

    async def check_creation_integrity(self, ctx: CrudContext, data: dict[str, Any]) -> None:
        """Business validation before insert; raise a 400 to refuse."""

    async def prepare_create(self, ctx: CrudContext, data: dict[str, Any]) -> dict[str, Any]:
        """Fill defaults or transform the body (values are already column-typed)."""
        return data

    async def post_create(
        self, ctx: CrudContext, instance: SQLModel, result: dict[str, Any]
    ) -> dict[str, Any]:
        return result

    async def check_update(self, ctx: CrudContext, instance: dict[str, Any], data: dict[str, Any]) -> None:
        permissions.require_admin(ctx.identity)

    def protected(self, ctx: CrudContext, instance: dict[str, Any]) -> frozenset[str]:
        """Body keys PUT drops for this caller (beyond the always-protected ones)."""
        return self.protected_fields

    async def prepare_update(
        self, ctx: CrudContext, instance: SQLModel, data: dict[str, Any]
    ) -> dict[str, Any]:
        return data

    async def post_update(
        self, ctx: CrudContext, instance: SQLModel, result: dict[str, Any]
    ) -> dict[str, Any]:
        return result

    async def check_delete(self, ctx: CrudContext, instance: dict[str, Any]) -> None:
        permissions.require_admin(ctx.identity)

    async def pre_delete(self, ctx: CrudContext, instance: SQLModel) -> None:
        """Clean what references the row (Zou's deletion service), e.g. with ?force=true."""

    async def post_delete(self, ctx: CrudContext, instance: dict[str, Any]) -> None:
        """Side effects once the row is gone (recomputations, extra events)."""

    def row_not_found(self) -> ZouError:
        """The 404 of an update or a deletion of an unknown id."""
        return not_found()

    def not_an_object(self) -> ZouError:
        """A body that is not a JSON object: Zou's CRUD answers a bare message (its model code's
        TypeError, reworded to say what to send)."""
        return ZouError(400, {"message": NOT_AN_OBJECT})

    def missing_key(self, data: dict[str, Any]) -> ZouError | None:
        missing = next((key for key in self.required_keys if key not in data), None)
        return None if missing is None else ZouError(400, {"message": repr(missing)})

    def write_error(self, action: str, exc: ZouError) -> ZouError:
        """The error answered when the database refuses a write (`action`: new, update, delete)."""
        return exc

    # --- events ------------------------------------------------------------------------
    def event_prefix(self) -> str:
        return self.info.table_name.replace("_", "-")

    def event_name(self, action: str, instance: dict[str, Any]) -> str | None:
        """Zou's event for a mutation; None when the hooks emit their own."""
        return f"{self.event_prefix()}:{action}"

    def event_data(self, action: str, instance: dict[str, Any]) -> dict[str, Any]:
        return {f"{self.info.table_name}_id": instance["id"]}

    def project_id_of(self, ctx: CrudContext, instance: dict[str, Any]) -> Any:
        """The project an event belongs to (hooks may have looked it up into `ctx.state`)."""
        return instance.get("project_id")


class OpenReadHooks(CrudHooks):
    """Zou's reference-data collections: any logged-in user reads, only admins write."""

    async def check_read_list(self, ctx: CrudContext) -> None:
        return None

    async def check_read_one(self, ctx: CrudContext, instance: dict[str, Any]) -> None:
        return None


class NonVendorListHooks(CrudHooks):
    """Lists every role but vendors may read (Zou's block_access_to_vendor); the rest is admin."""

    async def check_read_list(self, ctx: CrudContext) -> None:
        permissions.require_not_vendor(ctx.identity)
