"""`/auth/fido`: registering and removing WebAuthn devices, and the log-in challenge (Zou's answers)."""

from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.areas.auth.two_factor import recovery_codes_if_first, verify_second_factor
from app.areas.persons import service as persons
from app.auth import fido, two_factor
from app.core.errors import error
from app.models.person import Person

NOT_ENABLED = "FIDO not enabled."


async def challenge(session: AsyncSession, login: str) -> dict[str, Any]:
    """`GET /auth/fido?email=`: the assertion options; an unknown address, an inactive account and
    one without FIDO get the same refusal."""
    person = await persons.find_login_person(session, login)
    if person is None or not person.active or not person.fido_enabled:
        raise error(400, NOT_ENABLED)
    return await fido.authentication_options(session, person)


async def pre_register(session: AsyncSession, person: Person) -> dict[str, Any]:
    return await fido.registration_options(session, person, persons.full_name(person))


async def register(
    session: AsyncSession, person: Person, response: dict[str, Any], device_name: str
) -> list[str] | None:
    state = await fido.take_state(session, fido.REGISTRATION, person)
    if state is None:
        raise error(400, "No preregistration before.")
    try:
        record = fido.device_record(device_name, fido.verify_registration(state, response))
    except fido.FidoError as exc:
        raise error(400, "FIDO server exception your registration response is probly wrong.") from exc
    person.fido_credentials = [*(person.fido_credentials or []), record]
    person.fido_enabled = True
    codes = await recovery_codes_if_first(session, person)
    if not person.preferred_two_factor_authentication:
        person.preferred_two_factor_authentication = "fido"
    return codes


async def unregister(session: AsyncSession, person: Person, device_name: str, proof: dict[str, Any]) -> None:
    """Removes the first device of that name (none: still a success, as Zou); the last one turns
    FIDO off."""
    if not person.fido_enabled:
        raise error(400, NOT_ENABLED)
    await verify_second_factor(session, person, **proof)
    credentials = list(person.fido_credentials or [])
    for index, credential in enumerate(credentials):
        if isinstance(credential, dict) and credential.get("device_name") == device_name:
            del credentials[index]
            break
    person.fido_credentials = credentials
    if not credentials:
        person.fido_enabled = False
    two_factor.fall_back_preferred(person, "fido")
