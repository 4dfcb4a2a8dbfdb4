"""Dependency aliases every router uses."""

from typing import Annotated

from fastapi import Depends
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.unit_of_work import current_unit_of_work


async def get_session() -> AsyncSession:
    return current_unit_of_work().get_session()


SessionDep = Annotated[AsyncSession, Depends(get_session)]
