"""What a comment's text points at: `@Full Name` of team members, `@Department` names (each
followed by a space or the end of the text, as Zou matches them) and `#tasktype` hashtags."""

import re
import uuid
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.areas.persons.service import join_names
from app.models import (
    Department,
    DepartmentLink,
    Person,
    ProjectPersonLink,
    comment_department_mentions,
    comment_mentions,
)

HASHTAG = re.compile(r"#[a-zA-Z]*")


def _named(name: str, text: str) -> bool:
    return re.search(f"@{re.escape(name)}( |$)", text) is not None


async def mentioned_persons(session: AsyncSession, project_id: Any, text: str | None) -> list[uuid.UUID]:
    """Team members named in the text (guests of a shared preview are never mentioned)."""
    if not text or "@" not in text:
        return []
    query = (
        select(Person.id, Person.first_name, Person.last_name)
        .join(ProjectPersonLink, ProjectPersonLink.person_id == Person.id)
        .where(ProjectPersonLink.project_id == project_id, Person.preview_project_id.is_(None))
    )
    rows = (await session.execute(query)).all()
    return [row.id for row in rows if _named(join_names(row.first_name, row.last_name), text)]


async def mentioned_departments(session: AsyncSession, text: str | None) -> list[uuid.UUID]:
    if not text or "@" not in text:
        return []
    rows = (await session.execute(select(Department.id, Department.name))).all()
    return [row.id for row in rows if row.name and _named(row.name, text)]


async def set_mentions(session: AsyncSession, comment_id: Any, project_id: Any, text: str | None) -> None:
    """Replace the comment's mention links by what its text names now."""
    persons = await mentioned_persons(session, project_id, text)
    departments = await mentioned_departments(session, text)
    await session.execute(delete(comment_mentions).where(comment_mentions.c.comment == comment_id))
    await session.execute(
        delete(comment_department_mentions).where(comment_department_mentions.c.comment == comment_id)
    )
    if persons:
        await session.execute(
            insert(comment_mentions), [{"comment": comment_id, "person": p} for p in persons]
        )
    if departments:
        await session.execute(
            insert(comment_department_mentions),
            [{"comment": comment_id, "department": d} for d in departments],
        )


async def department_team(
    session: AsyncSession, project_id: Any, department_ids: list[Any]
) -> list[uuid.UUID]:
    """Members of the project's team who belong to one of the departments."""
    if not department_ids:
        return []
    query = (
        select(DepartmentLink.person_id)
        .join(ProjectPersonLink, ProjectPersonLink.person_id == DepartmentLink.person_id)
        .where(
            ProjectPersonLink.project_id == project_id,
            DepartmentLink.department_id.in_([uuid.UUID(str(d)) for d in department_ids]),
        )
    )
    return list(dict.fromkeys((await session.execute(query)).scalars().all()))


def hashtags(text: str | None) -> list[str]:
    """Lower-cased task type names after `#`; `#all` stands for every other task type."""
    found = [tag[1:].lower() for tag in HASHTAG.findall(text or "")]
    found = [tag for tag in found if tag]
    if "all" in found:
        return ["all"]
    return list(dict.fromkeys(found))
