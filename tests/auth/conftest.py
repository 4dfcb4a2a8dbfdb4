"""Helpers for the `/auth` tests: log-in through the real route, browser/script agents, mailbox."""

import uuid
from typing import Any

import httpx
import pytest
from sqlalchemy import select, update

from app.core.mail import outbox
from app.core.unit_of_work import run_in_unit_of_work
from tests.helpers.fixtures import create_person
from tests.helpers.seed import ADMIN_EMAIL, PASSWORD

BROWSER_UA = (
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36"
)
SCRIPT_UA = "python-requests/2.32.3"
GAZU_LOGIN_KEYS = ("totp", "email_otp", "fido_authentication_response", "recovery_code")


@pytest.fixture(autouse=True)
def mailbox():
    outbox.clear()
    yield outbox
    outbox.clear()


def gazu_body(email: str, password: str, **extra: Any) -> dict[str, Any]:
    """What gazu.log_in sends: all six keys, unused ones null."""
    body: dict[str, Any] = {"email": email, "password": password}
    body.update({key: extra.get(key) for key in GAZU_LOGIN_KEYS})
    return body


async def log_in(
    client: httpx.AsyncClient, email: str, password: str = PASSWORD, **extra: Any
) -> httpx.Response:
    return await client.post(
        "/auth/login", json=gazu_body(email, password, **extra), headers={"User-Agent": SCRIPT_UA}
    )


async def log_in_ok(client: httpx.AsyncClient, email: str, password: str = PASSWORD, **extra: Any) -> dict:
    response = await log_in(client, email, password, **extra)
    assert response.status_code == 200, response.text
    return response.json()


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}", "User-Agent": SCRIPT_UA}


async def get_person_row(person_id: str | uuid.UUID):
    from app.models import Person

    async with run_in_unit_of_work() as uow:
        return await uow.get_session().get(Person, uuid.UUID(str(person_id)))


async def update_person_row(person_id: str | uuid.UUID, **values: Any) -> None:
    from app.models import Person

    async with run_in_unit_of_work() as uow:
        await uow.get_session().execute(
            update(Person).where(Person.id == uuid.UUID(str(person_id))).values(**values)
        )


async def login_logs(person_id: str | uuid.UUID) -> list[str]:
    from app.models import LoginLog

    async with run_in_unit_of_work() as uow:
        query = select(LoginLog.origin).where(LoginLog.person_id == uuid.UUID(str(person_id)))
        return list((await uow.get_session().execute(query)).scalars().all())


@pytest.fixture
async def artist() -> dict:
    """An artist with a known password, created in the database (not logged in)."""
    desktop_login = f"artist{uuid.uuid4().hex[:6]}"
    person = await create_person("user", desktop_login=desktop_login)
    return {**person, "desktop_login": desktop_login}


@pytest.fixture
def admin_email() -> str:
    return ADMIN_EMAIL
