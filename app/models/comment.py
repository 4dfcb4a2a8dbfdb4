"""Zou's `comment` table, its preview link and its three plain link tables."""

import uuid
from typing import Any, ClassVar

from sqlalchemy import Column, ForeignKey, Table, Text, Uuid
from sqlmodel import Field, SQLModel

from app.models.base import BaseMixin, Relation
from app.models.types import NullableJSONType, StringArray


class CommentPreviewLink(SQLModel, table=True):
    __tablename__ = "comment_preview_link"

    # Zou names these columns after the tables, without the usual `_id`.
    comment: uuid.UUID = Field(foreign_key="comment.id", primary_key=True, index=True)
    preview_file: uuid.UUID = Field(foreign_key="preview_file.id", primary_key=True, index=True)


def _comment_link_table(name: str, other: str) -> Table:
    """Zou declares these as bare `db.Table`s: no model class, no id."""
    return Table(
        name,
        SQLModel.metadata,
        Column("comment", Uuid, ForeignKey("comment.id"), primary_key=True),
        Column(other, Uuid, ForeignKey(f"{other}.id"), primary_key=True),
    )


comment_mentions = _comment_link_table("comment_mentions", "person")
comment_department_mentions = _comment_link_table("comment_department_mentions", "department")
# Misspelled in Zou's schema; the name must stay as is for dumps to load.
comment_acknoledgments = _comment_link_table("comment_acknoledgments", "person")


class Comment(BaseMixin, table=True):
    __tablename__ = "comment"

    shotgun_id: int | None = None
    # Polymorphic target (in practice always a Task): no foreign key.
    object_id: uuid.UUID = Field(index=True)
    object_type: str = Field(max_length=80, index=True)
    text: str | None = Field(default=None, sa_type=Text)
    data: Any = Field(default=None, sa_type=NullableJSONType, nullable=True)
    replies: Any = Field(default_factory=list, sa_type=NullableJSONType, nullable=True)
    # Zou stores a missing checklist as [] (on create and on update): every reader expects a list.
    checklist: Any = Field(default_factory=list, sa_type=NullableJSONType, nullable=True)
    pinned: bool | None = None
    for_client: bool | None = False
    links: list[str] | None = Field(default=None, sa_type=StringArray)
    task_status_id: uuid.UUID | None = Field(default=None, foreign_key="task_status.id", index=True)
    person_id: uuid.UUID = Field(foreign_key="person.id", index=True)
    editor_id: uuid.UUID | None = Field(default=None, foreign_key="person.id", index=True)
    # Indexed since Zou's "index the foreign keys left without one" migration.
    preview_file_id: uuid.UUID | None = Field(default=None, foreign_key="preview_file.id", index=True)

    # attachment_files is one-to-many (attachment_file.comment_id).
    __relations__: ClassVar[dict[str, Relation]] = {
        "previews": Relation("comment_preview_link", "comment", "preview_file"),
        "mentions": Relation("comment_mentions", "comment", "person"),
        "department_mentions": Relation("comment_department_mentions", "comment", "department"),
        "acknowledgements": Relation("comment_acknoledgments", "comment", "person"),
        "attachment_files": Relation("attachment_file", "comment_id", "id"),
    }
