"""`/data/budgets`: admin only; a budget's `revision` is set by the budget service, not by PUT."""

from typing import ClassVar

from app.crud.hooks import CrudHooks


class BudgetHooks(CrudHooks):
    protected_fields: ClassVar[frozenset[str]] = frozenset({"revision"})
