"""`init-data` seeds Zou's data set once; the admin helpers behave as Zou's CLI."""

import pytest
from sqlalchemy import func, select

from app.auth.passwords import check_password
from app.core.unit_of_work import run_in_unit_of_work
from app.init_data import AdminError, change_password, create_admin, ensure_admin, init_data
from app.models import ApiEvent, Department, EntityType, Person, ProjectStatus, TaskStatus, TaskType
from tests.helpers.fixtures import bearer

TABLES = (ProjectStatus, EntityType, Department, TaskType, TaskStatus, ApiEvent)


async def counts() -> dict[str, int]:
    async with run_in_unit_of_work() as uow:
        session = uow.get_session()
        return {
            model.__tablename__: (await session.execute(select(func.count()).select_from(model))).scalar_one()
            for model in TABLES
        }


async def test_seed_matches_zou(no_redis):
    # The suite's fixture already ran init_data (3d domain) before this test.
    async with run_in_unit_of_work() as uow:
        session = uow.get_session()
        statuses = {s.short_name: s for s in (await session.execute(select(TaskStatus))).scalars()}
        task_types = (await session.execute(select(TaskType.name, TaskType.for_entity))).all()
        entity_types = set((await session.execute(select(EntityType.name))).scalars())
        project_statuses = set((await session.execute(select(ProjectStatus.name))).scalars())
        departments = set((await session.execute(select(Department.name))).scalars())
    assert project_statuses == {"Open", "Closed"}
    # Zou makes the last three on its first read of assets; we make them at once (app/init_data.py).
    temporal = {"Episode", "Sequence", "Shot", "Edit", "Scene", "Concept", "ConceptFolder"}
    assert entity_types == {"Character", "Prop", "Environment", "FX"} | temporal
    assert departments == {"Modeling", "Animation", "FX", "Compositing", "Concept", "Layout"}
    assert len(task_types) == 13
    assert ("Concept", "Asset") in task_types and ("Concept", "Concept") in task_types
    assert ("Edit", "Edit") in task_types and ("Storyboard", "Shot") in task_types
    assert set(statuses) == {
        "todo",
        "wip",
        "wfa",
        "retake",
        "done",
        "ready",
        "neutral",
        "approved",
        "rejected",
    }
    assert statuses["todo"].is_default and not statuses["todo"].for_concept
    assert statuses["todo"].color == "#f5f5f5"
    assert statuses["wip"].is_wip and statuses["wfa"].is_feedback_request
    assert statuses["retake"].is_retake and statuses["done"].is_done
    assert statuses["neutral"].is_default and statuses["neutral"].for_concept


async def test_init_data_is_idempotent(no_redis):
    before = await counts()
    async with run_in_unit_of_work() as uow:
        await init_data(uow.get_session())
    assert await counts() == before


async def test_renamed_default_status_is_not_recreated(no_redis):
    async with run_in_unit_of_work() as uow:
        session = uow.get_session()
        todo = (await session.execute(select(TaskStatus).where(TaskStatus.short_name == "todo"))).scalar_one()
        todo.name = "To do"
    before = await counts()
    async with run_in_unit_of_work() as uow:
        await init_data(uow.get_session())
    assert await counts() == before


async def test_other_domain_adds_only_what_is_missing(no_redis):
    before = await counts()
    async with run_in_unit_of_work() as uow:
        await init_data(uow.get_session(), "vfx")
    after = await counts()
    assert after["entity_type"] == before["entity_type"] + 1  # Vehicle
    assert after["department"] == before["department"] + 2  # Matchmove, DMP
    assert after["task_type"] == before["task_type"] + 3  # Matchmove, Rotomation, DMP
    with pytest.raises(ValueError):
        async with run_in_unit_of_work() as uow:
            await init_data(uow.get_session(), "opera")


async def person(email: str) -> Person | None:
    async with run_in_unit_of_work() as uow:
        return (
            await uow.get_session().execute(select(Person).where(Person.email == email))
        ).scalar_one_or_none()


async def test_create_admin_and_change_password(no_redis):
    async with run_in_unit_of_work() as uow:
        assert (
            await create_admin(uow.get_session(), "boss@studio.com", "longpassword")
            == "Admin successfully created."
        )
    boss = await person("boss@studio.com")
    assert boss.role == "admin" and (boss.first_name, boss.last_name) == ("Super", "Admin")
    assert (boss.phone, boss.desktop_login) == ("", "")  # Zou's create_person defaults
    assert check_password("longpassword", boss.password)

    async with run_in_unit_of_work() as uow:
        assert "already" in await create_admin(uow.get_session(), "boss@studio.com", "whatever")
        await change_password(uow.get_session(), "boss@studio.com", "newpassword")
    assert check_password("newpassword", (await person("boss@studio.com")).password)

    for email, password, message in [
        ("x@studio.com", "short", "Password is too short."),
        ("not-an-email", "longpassword", "Email is not valid."),
    ]:
        with pytest.raises(AdminError, match=message):
            async with run_in_unit_of_work() as uow:
                await create_admin(uow.get_session(), email, password)
    with pytest.raises(AdminError, match="not listed"):
        async with run_in_unit_of_work() as uow:
            await change_password(uow.get_session(), "ghost@studio.com", "longpassword")


async def test_create_admin_promotes_an_existing_user(make_person, no_redis):
    user, _ = await make_person("user")
    async with run_in_unit_of_work() as uow:
        message = await create_admin(uow.get_session(), user["email"], "ignoredpassword")
    assert message == "Existing user's role has been upgraded to 'admin'."
    promoted = await person(user["email"])
    assert promoted.role == "admin" and check_password(user["password"], promoted.password)


async def test_ensure_admin_generates_a_password_once(no_redis):
    async with run_in_unit_of_work() as uow:
        generated = await ensure_admin(uow.get_session(), "owner@studio.com")
    assert generated and len(generated) >= 12
    assert check_password(generated, (await person("owner@studio.com")).password)
    async with run_in_unit_of_work() as uow:
        assert await ensure_admin(uow.get_session(), "owner@studio.com") is None


async def test_a_second_admin_reads_zou_s_journal_of_init_data(client, admin_headers, no_redis):
    """Recorded on Zou 1.0.97 (init-db, init-data, a second admin created by the first): 34 events,
    12 `task-type:new` ones. The task type of concepts comes from Zou's migrations, with no
    department and no event; ours had both, so every admin's GET /data/events had one event more."""
    body = {"first_name": "Second", "last_name": "Admin", "email": "admin2@example.com", "role": "admin"}
    second = (
        await client.post(
            "/data/persons", json={**body, "password": "mysecretpassword"}, headers=admin_headers
        )
    ).json()
    events = (await client.get("/data/events", headers=bearer(second["id"]))).json()
    names = [event["name"] for event in events]
    assert {name: names.count(name) for name in set(names)} == {
        "asset-type:new": 4,
        "department:new": 6,
        "task-type:new": 12,
        "task-status:new": 9,
        "person:new": 2,  # the first admin's (as create-admin records it) and the second's
    }
    async with run_in_unit_of_work() as uow:
        session = uow.get_session()
        concept = (
            await session.execute(select(TaskType).where(TaskType.for_entity == "Concept"))
        ).scalar_one()
    assert concept.department_id is None
    assert {"task_type_id": str(concept.id)} not in [event["data"] for event in events]
