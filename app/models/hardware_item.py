"""Zou's `hardware_item` table: studio hardware used for budget forecasts."""

from sqlmodel import Field

from app.models.base import BaseMixin


class HardwareItem(BaseMixin, table=True):
    __tablename__ = "hardware_item"

    name: str = Field(max_length=40, unique=True)
    short_name: str = Field(max_length=20)
    archived: bool | None = False
    monthly_cost: int | None = 0
    inventory_amount: int | None = 0
