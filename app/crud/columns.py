"""What the engine needs to know about a table's columns, computed once per model."""

import datetime as dt
import uuid
from dataclasses import dataclass, field
from functools import cache

from sqlalchemy import JSON, Boolean, Date, DateTime, Enum, Float, Integer, LargeBinary, Numeric, Uuid
from sqlalchemy.sql.schema import Column
from sqlmodel import SQLModel

from app.models.base import Relation


@dataclass(frozen=True)
class ColumnInfo:
    name: str
    kind: str  # uuid | bool | int | float | date | datetime | json | bytes | str
    nullable: bool
    required: bool  # NOT NULL with no default: Zou answers "A required field is missing."
    max_length: int | None
    column: Column
    # The values a choice column takes (`info={"choices": ...}` on the model's column): others are
    # refused before they are stored and answered back outside the contract's enum.
    choices: tuple[str, ...] | None = None


@dataclass
class ModelInfo:
    model: type[SQLModel]
    table_name: str
    columns: dict[str, ColumnInfo]
    relations: dict[str, Relation] = field(default_factory=dict)
    # Many-to-one attributes Zou always serialises nested: name -> (own column, target table).
    scalar_relations: dict[str, tuple[str, str]] = field(default_factory=dict)
    # Link tables with an `id` inside a composite primary key cannot be read by `session.get(id)`.
    composite_key: bool = False

    @property
    def has_project_id(self) -> bool:
        return "project_id" in self.columns


def _kind(column: Column) -> str:
    col_type = column.type
    variant = getattr(col_type, "impl", col_type)
    for type_, kind in (
        (Uuid, "uuid"),
        (Boolean, "bool"),
        (Integer, "int"),
        (Float, "float"),
        (Numeric, "float"),
        (DateTime, "datetime"),
        (Date, "date"),
        (JSON, "json"),
        (LargeBinary, "bytes"),
        (Enum, "str"),
    ):
        if isinstance(col_type, type_) or isinstance(variant, type_):
            return kind
    python_type = None
    try:
        python_type = col_type.python_type
    except NotImplementedError:
        pass
    if python_type is uuid.UUID:
        return "uuid"
    if python_type in (dt.datetime,):
        return "datetime"
    if python_type in (dt.date,):
        return "date"
    if python_type in (list, dict):
        return "json"
    return "str"


@cache
def model_info(model: type[SQLModel]) -> ModelInfo:
    table = model.__table__  # type: ignore[attr-defined]
    columns = {}
    for column in table.columns:
        has_default = column.default is not None or column.server_default is not None
        columns[column.name] = ColumnInfo(
            name=column.name,
            kind=_kind(column),
            nullable=bool(column.nullable),
            required=not column.nullable and not has_default and not column.primary_key,
            max_length=getattr(column.type, "length", None),
            column=column,
            choices=column.info.get("choices"),
        )
    relations = dict(getattr(model, "__relations__", {}) or {})
    scalar: dict[str, tuple[str, str]] = {}
    for name, column_name in (getattr(model, "__scalar_relations__", {}) or {}).items():
        foreign_key = next(iter(table.c[column_name].foreign_keys))
        scalar[name] = (column_name, foreign_key.column.table.name)
    return ModelInfo(
        model=model,
        table_name=table.name,
        columns=columns,
        relations=relations,
        scalar_relations=scalar,
        composite_key=len(table.primary_key.columns) > 1,
    )


def model_for_table(table_name: str) -> type[SQLModel]:
    """The mapped class of a table (nested scalar relations are typed by it)."""
    for mapper in SQLModel._sa_registry.mappers:  # type: ignore[attr-defined]
        if mapper.local_table.name == table_name:
            return mapper.class_
    raise KeyError(table_name)
