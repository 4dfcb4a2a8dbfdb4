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
    reads_query_string: ClassVar[bool] = False

    async def check_read_list(self, ctx: CrudContext) -> None:
        await super().check_read_list(ctx)
        existing = set(
            (
                await ctx.session.execute(
                    select(SalaryScale.department_id, SalaryScale.position, SalaryScale.seniority)
                )
            ).all()
        )
        # Zou reads Department.query.all(), the table's own order: creation order on a database
        # that never deleted a department. Said explicitly, since PostgreSQL reuses the room of
        # deleted rows and SQLite would read the ids from the primary key index (random UUIDs).
        by_creation = select(Department.id).order_by(Department.created_at, Department.id)
        departments = list((await ctx.session.execute(by_creation)).scalars())
        for cell in product(departments, POSITION_TYPES, SENIORITY_TYPES):
            if cell not in existing:
                department_id, position, seniority = cell
                ctx.session.add(
                    SalaryScale(department_id=department_id, position=position, seniority=seniority)
                )
        await ctx.session.flush()

    async def check_creation_integrity(self, ctx: CrudContext, data: dict[str, Any]) -> None:
        raise bad_request("Salary scales cannot be created")
