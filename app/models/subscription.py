"""Zou's `subscription` table: notification subscriptions to tasks or sequences."""

import uuid

from sqlalchemy import UniqueConstraint
from sqlmodel import Field

from app.models.base import BaseMixin


class Subscription(BaseMixin, table=True):
    __tablename__ = "subscription"
    __table_args__ = (
        UniqueConstraint("person_id", "task_id", name="subscription_task_uc"),
        UniqueConstraint("person_id", "task_type_id", "entity_id", name="subscription_entity_uc"),
    )

    person_id: uuid.UUID = Field(foreign_key="person.id", index=True)
    task_id: uuid.UUID | None = Field(default=None, foreign_key="task.id", index=True)
    # (entity_id, task_type_id) is the "sequence subscription" form.
    entity_id: uuid.UUID | None = Field(default=None, foreign_key="entity.id", index=True)
    task_type_id: uuid.UUID | None = Field(default=None, foreign_key="task_type.id", index=True)
