"""Shared columns of Zou's tables and the registry that tells the CRUD engine about links."""

import uuid
from datetime import UTC, datetime

from pydantic import ConfigDict
from sqlmodel import Field, SQLModel

from app.models.types import NaiveDateTime


def utcnow() -> datetime:
    """Zou stores naive UTC datetimes (serialised without microseconds)."""
    return datetime.now(UTC).replace(tzinfo=None)


class BaseMixin(SQLModel):
    """`id`, `created_at`, `updated_at`: the three columns of Zou's BaseMixin."""

    # Table rows are built without Pydantic validation: its validator and serializer of every
    # table (~1.3 MB in each worker) are only built if something asks for them.
    model_config = ConfigDict(defer_build=True)

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    created_at: datetime | None = Field(default_factory=utcnow, sa_type=NaiveDateTime)
    updated_at: datetime | None = Field(
        default_factory=utcnow, sa_type=NaiveDateTime, sa_column_kwargs={"onupdate": utcnow}
    )


class Relation:
    """A many-to-many collection exposed as a list of ids (e.g. `Task.assignees`).

    Zou serialises these as id lists when `relations=true` and accepts id lists on
    create/update. We describe them declaratively instead of ORM relationships so
    that the async code never lazy-loads.
    """

    def __init__(self, link_table: str, own_column: str, other_column: str):
        self.link_table = link_table
        self.own_column = own_column
        self.other_column = other_column
