"""`/data/budget-entries`: admin only; an entry never moves to another budget."""

from typing import ClassVar

from app.crud.hooks import CrudHooks


class BudgetEntryHooks(CrudHooks):
    protected_fields: ClassVar[frozenset[str]] = frozenset({"budget_id"})
