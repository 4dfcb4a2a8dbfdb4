"""The performance paths answer exactly what the plain ones do: rows read straight on asyncpg,
the deferred BEGIN, streamed lists, the generic CRUD routes, the fast token check."""

import contextlib
import time
import uuid

import pytest
from fastapi import APIRouter
from sqlalchemy import select
from sqlmodel import SQLModel

from app.auth import jws, tokens
from app.core import db
from app.core.config import get_settings
from app.core.errors import ZouError
from app.core.routing import UnitOfWorkRoute
from app.core.serialize import json_response
from app.core.unit_of_work import run_in_unit_of_work
from app.crud import engine as engine_module
from app.main import create_app
from tests.helpers.client import make_client

on_postgresql = pytest.mark.skipif(get_settings().is_sqlite, reason="PostgreSQL paths")


@on_postgresql
async def test_rows_read_straight_on_the_driver_equal_sqlalchemy_rows(studio, client, admin_headers):
    from app import models as m

    body = {"data": {"a": [1, {"b": None}]}}
    await client.put(f"/data/tasks/{studio.task}", json=body, headers=admin_headers)
    async with run_in_unit_of_work() as uow:  # every kind of column holds a value somewhere
        session = uow.get_session()
        admin = await session.get(m.Person, uuid.UUID(studio.admin))
        admin.fido_credentials = [{"id": "x", "n": 1}]
        admin.otp_recovery_codes = [b"\x00\x01", b"code"]
        comment = await session.get(m.Comment, uuid.UUID(studio.comment))
        comment.links = ["https://a", "https://b"]
        project, wip = uuid.UUID(studio.project), uuid.UUID(studio.wip)
        session.add(m.ProjectTaskStatusLink(project_id=project, task_status_id=wip))
    compared = 0
    async with run_in_unit_of_work() as uow:
        session = uow.get_session()
        for table in SQLModel.metadata.sorted_tables:
            query = select(*table.columns)
            keys, rows = await db.fetch_rows(session, query)
            result = await session.execute(query)
            expected_keys, expected = list(result.keys()), result.all()
            assert [tuple(row) for row in rows] == [tuple(row) for row in expected], table.name
            for row, other in zip(rows, expected, strict=True):
                assert [type(v) for v in row] == [type(v) for v in other], table.name
            if rows:
                assert keys == expected_keys, table.name
            compared += len(rows)
    assert compared > 50


@on_postgresql
async def test_a_read_only_request_sends_no_begin_and_a_write_one_transaction(
    studio, client, admin_headers, monkeypatch
):
    from sqlalchemy.dialects.postgresql.asyncpg import AsyncAdapt_asyncpg_connection

    begins = []
    original = AsyncAdapt_asyncpg_connection._start_transaction

    async def counting(self):
        if self.isolation_level != "autocommit":
            begins.append(1)
        await original(self)

    monkeypatch.setattr(AsyncAdapt_asyncpg_connection, "_start_transaction", counting)
    assert (await client.get("/data/projects", headers=admin_headers)).status_code == 200
    assert (await client.get(f"/data/tasks/{studio.task}", headers=admin_headers)).status_code == 200
    assert begins == []
    response = await client.put(f"/data/tasks/{studio.task}", json={"priority": 3}, headers=admin_headers)
    assert response.status_code == 200
    assert len(begins) == 1
    assert (await client.get(f"/data/tasks/{studio.task}", headers=admin_headers)).json()["priority"] == 3


async def test_reads_before_the_first_write_do_not_escape_its_transaction(studio):
    from app.models import Department

    with pytest.raises(RuntimeError):
        async with run_in_unit_of_work() as uow:
            session = uow.get_session()
            await db.fetch_rows(session, select(Department.id))  # a read, before any BEGIN
            session.add(Department(name="Rolled back", color="#000000"))
            await session.flush()
            # A read after the write sees it (same transaction)...
            names = [row[0] for row in (await db.fetch_rows(session, select(Department.name)))[1]]
            assert "Rolled back" in names
            raise RuntimeError
    async with run_in_unit_of_work() as uow:  # ...and the failure undid it.
        names = [row[0] for row in (await db.fetch_rows(uow.get_session(), select(Department.name)))[1]]
    assert "Rolled back" not in names


@on_postgresql
async def test_a_unit_of_work_reads_and_writes_on_one_connection_returned_at_its_end(studio):
    """The plain SELECTs of a unit of work check out its connection without a session transaction;
    the session's own statements then run on that same connection (one transaction from the first
    write, committed or rolled back as before), and the connection goes back to the pool at the
    end, whether the unit of work read only, wrote, or failed."""
    from app.models import Department

    pool = db.get_engine().sync_engine.pool
    before = pool.checkedout()

    def driver(connection):
        return connection.connection.driver_connection

    async with run_in_unit_of_work() as uow:
        session = uow.get_session()
        await db.fetch_rows(session, select(Department.id))
        reading = driver(await db._connection(session))
        assert pool.checkedout() == before + 1 and not session.sync_session.in_transaction()
    assert pool.checkedout() == before

    async with run_in_unit_of_work() as uow:
        session = uow.get_session()
        await db.fetch_rows(session, select(Department.id))
        reading = driver(await db._connection(session))
        session.add(Department(name="Kept", color="#000000"))
        await session.flush()
        assert driver((await session.connection()).sync_connection) is reading
        assert pool.checkedout() == before + 1
    assert pool.checkedout() == before

    with pytest.raises(RuntimeError):
        async with run_in_unit_of_work() as uow:
            session = uow.get_session()
            await db.fetch_rows(session, select(Department.id))
            session.add(Department(name="Dropped", color="#000000"))
            await session.flush()
            raise RuntimeError
    assert pool.checkedout() == before
    async with run_in_unit_of_work() as uow:
        names = [row[0] for row in (await db.fetch_rows(uow.get_session(), select(Department.name)))[1]]
    assert "Kept" in names and "Dropped" not in names
    assert pool.checkedout() == before


@on_postgresql
@pytest.mark.parametrize("left_by", ["a BEGIN the adapter never saw", "asyncpg's own transaction"])
async def test_a_connection_left_inside_a_transaction_is_never_handed_out_again(studio, left_by):
    """A statement cancelled as its transaction ended can leave the server's transaction open
    behind SQLAlchemy's back. The pool must drop such a connection rather than hand it out: it
    would refuse every BEGIN, or silently keep every later write in a transaction never committed."""
    import asyncpg

    from app.models import Department

    engine = db.get_engine()
    async with engine.connect() as connection:
        stranded = (await connection.get_raw_connection()).driver_connection
        if left_by == "a BEGIN the adapter never saw":
            await stranded.execute("BEGIN")
        else:
            await stranded.transaction().start()
    assert stranded.is_closed()  # back in the pool, it holds no lock
    async with (
        contextlib.AsyncExitStack() as stack
    ):  # every idle connection, the stranded one's turn included
        taken = [
            await stack.enter_async_context(engine.connect())
            for _ in range(engine.sync_engine.pool.checkedin())
        ]
        drivers = [(await connection.get_raw_connection()).driver_connection for connection in taken]
        assert stranded not in drivers and not any(driver.is_in_transaction() for driver in drivers)
    async with run_in_unit_of_work() as uow:
        uow.get_session().add(Department(name="Committed", color="#000000"))
    outside = await asyncpg.connect(get_settings().database_url.replace("+asyncpg", ""))
    try:
        assert await outside.fetchval("SELECT count(*) FROM department WHERE name = 'Committed'") == 1
    finally:
        await outside.close()


@pytest.mark.parametrize("query", ["", "&relations=true", "&fields=name,priority"])
async def test_a_streamed_list_is_the_plain_list(studio, client, admin_headers, monkeypatch, query):
    for number in range(5):
        body = {"entity_id": studio.asset, "task_type_id": studio.shading, "name": f"t{number}"}
        created = await client.post("/data/tasks", json={**body, "task_status_id": studio.todo},
                                    headers=admin_headers)  # fmt: skip
        assert created.status_code == 201
    path = f"/data/tasks?project_id={studio.project}{query}"
    plain = await client.get(path, headers=admin_headers)
    monkeypatch.setattr(engine_module, "STREAM_CHUNK", 2)  # 7 tasks: chunks of 2, 2, 2, 1
    streamed = await client.get(path, headers=admin_headers)
    assert streamed.status_code == plain.status_code == 200
    assert streamed.content == plain.content
    assert len(streamed.json()) == 7
    if not get_settings().is_sqlite:
        assert "content-length" not in streamed.headers
        assert "content-length" in plain.headers
    # A list that fits in its first chunk is answered at once.
    monkeypatch.setattr(engine_module, "STREAM_CHUNK", 8)
    whole = await client.get(path, headers=admin_headers)
    assert whole.content == plain.content and "content-length" in whole.headers


async def test_a_bad_filter_on_a_streamed_list_is_still_a_400(client, admin_headers):
    response = await client.get("/data/tasks?priority=99999999999999999999", headers=admin_headers)
    assert response.status_code == 400


async def test_the_generic_crud_routes_give_way_to_other_routes(admin_headers):
    app = create_app()
    extra = APIRouter(route_class=UnitOfWorkRoute)

    @extra.get("/data/projects/extra-route")
    async def extra_projects():
        return json_response({"served_by": "extra"})

    @extra.put("/data/tasks/only-extra")
    async def special():
        return json_response({"served_by": "extra"})

    app.include_router(extra)
    async with make_client(app, validate=False) as client:
        response = await client.get("/data/projects/extra-route", headers=admin_headers)
        assert response.json() == {"served_by": "extra"}
        special_response = await client.put("/data/tasks/only-extra", headers=admin_headers)
        assert special_response.json() == {"served_by": "extra"}
        # Methods the extra routes do not serve still reach the CRUD routes, as before.
        other = await client.get("/data/tasks/only-extra", headers=admin_headers)
        assert other.status_code == 400 and other.json()["message"] == "Malformed ID."
        assert (await client.get("/data/unknowns", headers=admin_headers)).status_code == 404
        assert (await client.patch("/data/tasks", headers=admin_headers)).status_code == 405


def test_the_fast_token_check_accepts_what_python_jose_accepts():
    from jose import jwt

    secret = get_settings().secret_key
    options = {"verify_aud": False, "verify_sub": False, "require_exp": False}
    token, claims = tokens.encode(str(uuid.uuid4()), "access", lifetime=None)
    # Signed without python-jose, yet byte for byte what it writes.
    assert token == jwt.encode(claims, secret, algorithm="HS256")
    expected = jwt.decode(token, secret, algorithms=["HS256"], options=options)
    assert jws.fast_decode(token, secret) == expected
    future, _ = tokens.encode(str(uuid.uuid4()), "access", extra={"nbf": int(time.time()) + 60})
    other_key = jwt.encode({"sub": "x", "type": "access"}, "another-secret", algorithm="HS256")
    tampered = token[:-2] + ("AA" if not token.endswith("AA") else "BB")
    odd_jti = jwt.encode({"sub": "x", "jti": 5}, secret, algorithm="HS256")
    for refused in (future, other_key, tampered, odd_jti, "a.b", "not a token", token + "."):
        assert jws.fast_decode(refused, secret) is None  # python-jose decides (and words the error)


def test_an_expired_token_is_refused_as_python_jose_refuses_it():
    from jose import ExpiredSignatureError, jwt

    secret = get_settings().secret_key
    expired, _ = tokens.encode(str(uuid.uuid4()), "access", extra={"exp": int(time.time()) - 5, "jti": 5})
    with pytest.raises(ExpiredSignatureError):
        jwt.decode(expired, secret, algorithms=["HS256"], options={"verify_sub": False})
    with pytest.raises(ZouError) as refused:
        jws.fast_decode(expired, secret)
    assert refused.value.status == 401
    assert refused.value.body == {"error": True, "message": "Signature has expired"}


def test_stored_json_is_read_as_the_json_module_reads_it():
    import json

    texts = [
        '{"a": [1, {"b": null}], "c": "é\\u0000", "a2": true}', '{"a": 1, "a": 2}', "-0", "1.0", "0.1",
        "123456789012345678901234567890", "[18446744073709551615, -9223372036854775809]",
        "9223372036854775807", "1e400", '"\\ud800"', "12345678901234567.5",
    ]  # fmt: skip
    for text in texts:
        expected, read = json.loads(text), db.loads_json(text)
        assert repr(read) == repr(expected) and type(read) is type(expected), text


async def test_statements_of_one_shape_keep_their_own_literals(studio):
    """A statement's compiled form is remembered, with its own literal values: another of the same
    shape (same SQLAlchemy cache key) but other literals, or one derived from it, answers its own."""
    from sqlalchemy import bindparam, literal

    from app.models import Person

    base = select(Person.id).where(Person.id == bindparam("id"))
    admin = {"id": uuid.UUID(studio.admin)}
    async with run_in_unit_of_work() as uow:
        session = uow.get_session()
        for _ in range(2):  # the second time from what was remembered
            for word in ("admin", "other"):
                _, rows = await db.fetch_rows(session, base.add_columns(literal(word)), admin)
                assert [tuple(row) for row in rows] == [(admin["id"], word)]
            _, rows = await db.fetch_rows(session, base.where(Person.role == "nobody"), admin)
            assert list(rows) == []
            _, rows = await db.fetch_rows(session, base, admin)
            assert len(rows) == 1


def test_routers_leave_out_only_paths_none_of_their_routes_can_match(monkeypatch):
    """Each router's shape check refuses only requests the router's own walk would refuse too:
    every route's path (its parameters filled in), and its neighbours, match the same routers."""
    import re

    from starlette.routing import Match

    from app.core import routing

    app = create_app()
    top = [route for route in app.router.routes if getattr(route, "original_router", None) is not None]
    assert top and all("matches" in vars(route.original_router) for route in top)
    paths = set()
    for route in routing._flat_routes(app.router.routes):
        path = getattr(route, "path", None)
        if isinstance(path, str):
            filled = re.sub(r"{[^}]*}", "0a0b0c0d-0000-4000-8000-000000000000", path)
            paths |= {filled, filled + "/x", filled.rsplit("/", 1)[0] or "/", "/api" + filled}

    def verdicts() -> list[list[Match]]:
        return [
            [
                route.matches({"type": "http", "method": "GET", "path": path, "root_path": ""})[0]
                for route in top
            ]
            for path in sorted(paths)
        ]

    checked = verdicts()
    for route in top:
        monkeypatch.delattr(route.original_router, "matches")
    assert checked == verdicts()
    assert sum(verdict != Match.NONE for row in checked for verdict in row) > 200  # the routes' own paths
