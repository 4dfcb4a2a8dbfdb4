"""Zou's `department` table and its hardware / software budget links."""

import uuid

from sqlalchemy import PrimaryKeyConstraint, UniqueConstraint
from sqlmodel import Field

from app.models.base import BaseMixin


class HardwareItemDepartmentLink(BaseMixin, table=True):
    __tablename__ = "hardware_item_department_link"
    # BaseMixin's id joins the two declared keys: Zou's PK is the 3 columns.
    __table_args__ = (
        PrimaryKeyConstraint("department_id", "hardware_item_id", "id"),
        UniqueConstraint("hardware_item_id", "department_id", name="hardware_item_department_link_uc"),
    )

    department_id: uuid.UUID = Field(foreign_key="department.id", primary_key=True, index=True)
    hardware_item_id: uuid.UUID = Field(foreign_key="hardware_item.id", primary_key=True, index=True)


class SoftwareDepartmentLink(BaseMixin, table=True):
    __tablename__ = "software_department_link"
    __table_args__ = (
        PrimaryKeyConstraint("department_id", "software_id", "id"),
        UniqueConstraint("department_id", "software_id", name="software_department_link_uc"),
    )

    department_id: uuid.UUID = Field(foreign_key="department.id", primary_key=True, index=True)
    software_id: uuid.UUID = Field(foreign_key="software.id", primary_key=True, index=True)


class Department(BaseMixin, table=True):
    __tablename__ = "department"

    name: str = Field(max_length=80, unique=True)
    color: str = Field(max_length=7)
    archived: bool | None = False
