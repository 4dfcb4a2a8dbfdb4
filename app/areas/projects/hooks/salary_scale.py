"""`/data/salary-scales`: admin only; never created by hand (a list fills every department x
position x seniority cell at 0), and a scale never moves to another department."""

from itertools import product
from typing import Any, ClassVar

from sqlalchemy import select

from app.core.errors import bad_request
from app.crud.hooks import CrudContext, CrudHooks
from app.models import Department, SalaryScale
from app.models.person import POSITION_TYPES, SENIORITY_TYPES


class SalaryScaleHooks(CrudHooks):
    protected_fields: ClassVar[frozenset[str]] = frozenset({"department_id"})

    async def check_read_list(self, ctx: CrudContext) -> None:
        await super().check_read_list(ctx)
        existing = set(
            (
                await ctx.session.execute(
                    select(SalaryScale.department_id, SalaryScale.position, SalaryScale.seniority)
                )
            ).all()
        )
        # Whole rows, read in the table's own order as Zou's Department.query.all(): the new scales
        # then list department by department in creation order. The id alone would be read from
        # SQLite's primary key index, in the order of the random UUIDs.
        departments = [row.id for row in (await ctx.session.execute(select(Department))).scalars().all()]
        for cell in product(departments, POSITION_TYPES, SENIORITY_TYPES):
            if cell not in existing:
                department_id, position, seniority = cell
                ctx.session.add(
                    SalaryScale(department_id=department_id, position=position, seniority=seniority)
                )
        await ctx.session.flush()

    async def check_creation_integrity(self, ctx: CrudContext, data: dict[str, Any]) -> None:
        raise bad_request("Salary scales cannot be created")
