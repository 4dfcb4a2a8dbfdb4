"""Fixtures for logged-in callers of every role, and small builders of production data."""

import uuid

import pytest

from app.auth import tokens
from app.core.unit_of_work import run_in_unit_of_work
from tests.helpers.seed import ADMIN_EMAIL, PASSWORD, password_hash


def bearer(person_id) -> dict[str, str]:
    return {"Authorization": f"Bearer {tokens.create_auth_tokens(str(person_id))['access_token']}"}


async def _person_id(email: str) -> uuid.UUID:
    from sqlalchemy import select

    from app.models import Person

    async with run_in_unit_of_work() as uow:
        return (await uow.get_session().execute(select(Person.id).where(Person.email == email))).scalar_one()


@pytest.fixture
async def admin_id() -> uuid.UUID:
    return await _person_id(ADMIN_EMAIL)


@pytest.fixture
async def admin_headers(admin_id) -> dict[str, str]:
    return bearer(admin_id)


async def create_person(role: str = "user", **fields) -> dict:
    """A person straight in the database (password `mysecretpassword`)."""
    from app.models import Person

    suffix = uuid.uuid4().hex[:8]
    values = {
        "first_name": fields.pop("first_name", role.capitalize()),
        "last_name": fields.pop("last_name", suffix),
        "email": fields.pop("email", f"{role}-{suffix}@example.com"),
        "role": role,
        "password": password_hash(),
        **fields,
    }
    async with run_in_unit_of_work() as uow:
        person = Person(**values)
        uow.get_session().add(person)
    return {"id": str(person.id), "email": values["email"], "password": PASSWORD, "role": role}


@pytest.fixture
def make_person():
    """`await make_person("manager")` -> (person dict, auth headers)."""

    async def _make(role: str = "user", **fields):
        person = await create_person(role, **fields)
        return person, bearer(person["id"])

    return _make
