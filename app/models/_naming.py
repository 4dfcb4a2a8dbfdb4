"""Constraint naming on `SQLModel.metadata` matching PostgreSQL's default names."""

from sqlalchemy import DDL, Table, event
from sqlmodel import SQLModel

# Zou's schema has foreign key cycles (project <-> production_schedule_version,
# entity -> preview_file -> task -> entity...). SQLAlchemy can only drop such
# tables if their foreign keys have names, so give every foreign key the name
# PostgreSQL would have chosen (`<table>_<column>_fkey`, as in Zou's database).
# This must run before any table is declared: `app.models/__init__` imports it
# first.
SQLModel.metadata.naming_convention = {
    **SQLModel.metadata.naming_convention,
    "fk": "%(table_name)s_%(column_0_name)s_fkey",
}


def keep_unique_beside_primary_key(table: Table, unique_name: str) -> None:
    """Give `table` both its `<table>_pkey` and its same-column `unique_name` UNIQUE.

    PostgreSQL folds a UNIQUE constraint that repeats the primary key columns
    into the primary key (named after the UNIQUE). Zou's production schema has
    both constraints (its reconcile migration restores them), so do the same
    right after the table is created.
    """
    unique = next(c for c in table.constraints if c.name == unique_name)
    columns = ", ".join(column.name for column in unique.columns)
    name = table.name
    statement = (
        "DO $$ BEGIN "
        f"IF EXISTS (SELECT 1 FROM pg_constraint WHERE conname = '{unique_name}' AND contype = 'p') "
        f"THEN ALTER TABLE {name} RENAME CONSTRAINT {unique_name} TO {name}_pkey; "
        f"ALTER TABLE {name} ADD CONSTRAINT {unique_name} UNIQUE ({columns}); "
        "END IF; END $$"
    )
    event.listen(table, "after_create", DDL(statement).execute_if(dialect="postgresql"))
