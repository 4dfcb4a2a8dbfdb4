"""The data every test starts from: Zou's init data and one admin (hash computed once)."""

from functools import cache

from app.auth.passwords import hash_password
from app.core.unit_of_work import run_in_unit_of_work
from app.events import emit
from app.init_data import init_data

ADMIN_EMAIL = "admin@example.com"
PASSWORD = "mysecretpassword"


@cache
def password_hash() -> bytes:
    return hash_password(PASSWORD)


async def seed() -> None:
    from app.models import Person

    async with run_in_unit_of_work() as uow:
        session = uow.get_session()
        await init_data(session)
        admin = Person(
            first_name="Super",
            last_name="Admin",
            email=ADMIN_EMAIL,
            role="admin",
            password=password_hash(),
            phone="",  # as `create-admin` makes it (Zou's create_person defaults)
            desktop_login="",
        )
        session.add(admin)
        await session.flush()
        emit(session, "person:new", {"person_id": admin.id})  # as `create-admin` records it
