"""The async engine, its deferred BEGIN, and plain SELECTs run straight on asyncpg."""

import json
import logging
import re
import weakref
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from functools import partial
from typing import Any

import orjson
from sqlalchemy import event
from sqlalchemy.engine import Dialect
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker, create_async_engine
from sqlalchemy.sql import Select, compiler

from app.core.config import get_settings

log = logging.getLogger("app.core.db")

_engine: AsyncEngine | None = None
_sessionmaker: async_sessionmaker[AsyncSession] | None = None


def _enable_sqlite_foreign_keys(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.close()


DEFERRED = "zou_deferred_begin"


def _out_of_step(adapter) -> bool:
    """True when the server holds a transaction open on this connection that SQLAlchemy's adapter
    does not track. Seen once in CI: a connection came back to the pool inside such a transaction
    and every later BEGIN on it failed ('manually started transaction'), a third of the suite with
    it. Its cause was not found; a statement cancelled as its transaction ended is the likely path.
    asyncpg's own transaction record left behind is as bad: later transactions would become
    savepoints of one that never commits."""
    driver = adapter._connection
    return adapter._transaction is None and (
        driver._top_xact is not None or driver._protocol.is_in_transaction()
    )


LEFT_INSIDE_A_TRANSACTION = "a connection came back inside a transaction nobody tracks: dropped"


def _drop_if_out_of_step(dbapi_connection, connection_record) -> None:
    """At checkin: a connection out of step with its server (see `_out_of_step`) is closed now,
    which ends its transaction: idle in the pool, it would hold that transaction's locks."""
    if dbapi_connection is not None and _out_of_step(dbapi_connection):
        log.warning(LEFT_INSIDE_A_TRANSACTION)
        connection_record.invalidate()


def _defer_begin(dbapi_connection, connection_record, _proxy) -> None:
    """At checkout: no BEGIN until a statement needs a transaction (see `_begin_if_needed`)."""
    if dbapi_connection._transaction is None:
        connection_record.info[DEFERRED] = True
        dbapi_connection.isolation_level = "autocommit"


def _needs_transaction(context) -> bool:
    """Anything but a plain SELECT (writes, DDL, raw SQL, FOR UPDATE, server-side cursors)."""
    compiled = context.compiled
    if compiled is None or context.is_text or context.isddl:
        return True
    if context.isinsert or context.isupdate or context.isdelete:
        return True
    if context.execution_options.get("stream_results"):
        return True
    return getattr(compiled.statement, "_for_update_arg", None) is not None


def _begin_if_needed(conn, _cursor, _statement, _parameters, context, _executemany) -> None:
    fairy = conn.connection
    if fairy.info.get(DEFERRED) and _needs_transaction(context):
        begin_now(fairy)


def begin_now(fairy) -> None:
    """End the deferral: the adapter issues BEGIN before its next statement."""
    fairy.info[DEFERRED] = False
    adapter = fairy.dbapi_connection
    adapter.isolation_level = adapter._isolation_setting


def install_deferred_begin(engine: AsyncEngine) -> None:
    """One transaction per request, but BEGIN is sent with its first write, not its first read.

    Reads before it run in autocommit: at READ COMMITTED (PostgreSQL's default, ours) every
    statement takes its own snapshot inside a transaction too, so they see exactly what they would
    have seen, and nothing they do needs undoing. A request that only reads (most of them) thus
    costs no BEGIN and no COMMIT round trips; one that writes is a single transaction from its
    first write to its commit, as before. Any statement but a plain SELECT (writes, DDL, textual
    SQL, FOR UPDATE, server-side cursors) starts the transaction. Relies on the asyncpg adapter
    starting its transaction lazily (SQLAlchemy 2.1's `AsyncAdapt_asyncpg_connection`).
    """
    event.listen(engine.sync_engine, "checkout", _defer_begin)
    event.listen(engine.sync_engine, "checkin", _drop_if_out_of_step)
    event.listen(engine.sync_engine, "before_cursor_execute", _begin_if_needed)


# --- plain SELECTs straight on asyncpg -------------------------------------------------------
Rows = Sequence[Sequence[Any]]


# id(statement) -> (the statement, dialect, parameter names, what `_compile_w_cache` gave for them);
# an entry leaves with its statement.
_COMPILED: dict[int, tuple[weakref.ref, Dialect, tuple[str, ...], tuple[Any, Any, Any]]] = {}


def _compiled(connection, statement: Select, names: tuple[str, ...]) -> tuple[Any, Any, Any]:
    """`_compile_w_cache`'s answer for a statement, remembered while the statement lives.

    SQLAlchemy finds the compiled form of a statement by its cache key, which it computes again
    at every execution (a walk of the whole statement: ~20 µs for a thread's). A statement never
    changes once built, so its key, its compiled form and its literal values (`extracted`) stay
    what they were: our statements, built once at import, compute them once per process."""
    dialect: Dialect = connection.dialect
    key = id(statement)
    known = _COMPILED.get(key)
    if known is not None and known[0]() is statement and known[1] is dialect and known[2] == names:
        return known[3]
    compiled, extracted, collected, _hit = statement._compile_w_cache(
        dialect,
        compiled_cache=connection.engine._compiled_cache,
        column_keys=list(names),
        for_executemany=False,
        schema_translate_map=None,
        linting=dialect.compiler_linting | compiler.WARN_LINTING,
    )
    answer = (compiled, extracted, collected)
    # The cache is bound now: at interpreter exit, module globals may be gone when a callback runs.
    forget = partial(_COMPILED.pop, key, None)
    _COMPILED[key] = (weakref.ref(statement, lambda _ref: forget()), dialect, names, answer)
    return answer


def _positional_args(connection, statement: Select, params: dict[str, Any] | None):
    """SQL and positional arguments of `statement`, compiled as SQLAlchemy's own execution does
    (same compiled cache, same bind processing, expanding IN lists included)."""
    compiled, extracted, collected = _compiled(connection, statement, tuple(sorted(params)) if params else ())
    values = compiled.construct_params(
        params, extracted_parameters=extracted, escape_names=False, _collected_params=collected
    )
    processors = compiled._bind_processors
    if compiled.literal_execute_params or compiled.post_compile_params:
        expanded = compiled._process_parameters_for_postcompile(values)
        sql, names = expanded.statement, expanded.positiontup
        processors = {**processors, **expanded.processors}
    else:
        sql, names = compiled.string, compiled.positiontup
    args = [processors[name](values[name]) if name in processors else values[name] for name in names or ()]
    return sql, args


_CONNECTION = "zou_connection"
# Set on a unit of work's session: the connection its plain SELECTs check out (None until then).
_OWN = "zou_own_connection"


def lend_own_connection(session: AsyncSession) -> None:
    """Let `fetch_rows` check out the session's connection itself, without a session transaction:
    most requests only read, and the session's transaction machinery (begin on the first
    statement, close at the end) cost a read request ~6% of its CPU. The session is bound to that
    connection, so anything it does later runs on it, in its own transaction as usual. Whoever
    calls this must call `return_own_connection` once the session is closed. PostgreSQL only
    (`fetch_rows` goes through the session on other backends)."""
    if session.bind.dialect.name == "postgresql":
        session.sync_session.info[_OWN] = None


async def return_own_connection(session: AsyncSession) -> None:
    own = session.sync_session.info.pop(_OWN, None)
    if own is not None:
        await own.close()


async def _connection(session: AsyncSession, own: bool = True):
    """The session's (sync) connection, as `await session.connection()` gives it, remembered for
    its transaction: asking SQLAlchemy again costs a greenlet switch per statement. With no
    transaction begun yet, the connection lent by `lend_own_connection` when there is one
    (`own`: plain SELECTs in autocommit, see `install_deferred_begin`)."""
    sync = session.sync_session
    transaction = sync.get_transaction()
    if transaction is None and own and _OWN in sync.info:
        lent = sync.info[_OWN]
        if lent is None:
            lent = sync.info[_OWN] = await session.bind.connect()
            session.bind = lent  # the session's own statements go to it too
        return lent.sync_connection
    cached = sync.info.get(_CONNECTION)
    if cached is not None and transaction is not None and cached[0] is transaction and transaction.is_active:
        return cached[1]
    connection = (await session.connection()).sync_connection
    sync.info[_CONNECTION] = (sync.get_transaction(), connection)
    return connection


async def fetch_rows(
    session: AsyncSession, statement: Select, params: dict[str, Any] | None = None
) -> tuple[list[str], Rows]:
    """(column names, rows) of a plain SELECT, rows as tuples in column order.

    On PostgreSQL the statement runs on the session's asyncpg connection directly: the same SQL
    and arguments SQLAlchemy would send, but none of its per-execution work (execution context,
    events, result objects: ~100 µs a statement, a fifth of a small request). asyncpg's records
    already hold what SQLAlchemy would return for our column types (JSON is decoded by the codecs
    SQLAlchemy installs; tests/crud/test_fast_paths.py compares both for every table). On
    any driver error the statement is run again through SQLAlchemy, which raises it its way (and
    invalidates a dead connection). Other backends go through SQLAlchemy.
    """
    connection = await _connection(session)
    fairy = connection.connection
    if DEFERRED not in fairy.info:  # not asyncpg (or not set up by us): the general path
        result = await session.execute(statement, params)
        return list(result.keys()), result.all()
    sql, args = _positional_args(connection, statement, params)
    try:
        records = await fairy.driver_connection.fetch(sql, *args)
    except Exception:
        result = await session.execute(statement, params)
        return list(result.keys()), result.all()
    return (list(records[0].keys()) if records else []), records


async def open_cursor(session: AsyncSession, statement: Select) -> Any | None:
    """A server-side cursor (asyncpg's) over a plain SELECT, inside the session's transaction,
    begun now if it was not (a cursor needs one); None on other backends."""
    connection = await _connection(session, own=False)
    fairy = connection.connection
    if DEFERRED not in fairy.info:
        return None
    adapter = fairy.dbapi_connection
    if adapter._transaction is None:
        begin_now(fairy)
        await adapter._start_transaction()  # the adapter's own BEGIN: it will COMMIT/ROLLBACK it
    sql, args = _positional_args(connection, statement, None)
    return await fairy.driver_connection.cursor(sql, *args)


async def needs_commit(session: AsyncSession) -> bool:
    """False when committing would do nothing: no pending ORM change and no statement that began a
    transaction (deferred BEGIN still pending). Other backends always commit."""
    sync = session.sync_session
    if sync.new or sync.dirty or sync.deleted:
        return True
    if not sync.in_transaction():
        return False
    return not (await _connection(session)).connection.info.get(DEFERRED, False)


_LONG_NUMBER = re.compile(r"\d{19}")


def loads_json(text: str) -> Any:
    """A stored JSON value (json, jsonb columns) exactly as the json module reads it, mostly at
    orjson's speed (a comment thread decodes a hundred: ~1 µs each saved). orjson would read an
    integer past 64 bits as a float: any run of 19 digits goes to the json module, as does what
    orjson refuses and the json module takes (numbers past the float range, lone surrogates)."""
    if _LONG_NUMBER.search(text) is None:
        try:
            return orjson.loads(text)
        except orjson.JSONDecodeError:
            pass
    return json.loads(text)


def make_engine(url: str | None = None) -> AsyncEngine:
    settings = get_settings()
    url = url or settings.database_url
    if url.startswith("sqlite"):
        engine = create_async_engine(url, connect_args={"timeout": 30})
        event.listen(engine.sync_engine, "connect", _enable_sqlite_foreign_keys)
        return engine
    engine = create_async_engine(
        url,
        pool_size=settings.db_pool_size,
        max_overflow=settings.db_max_overflow,
        pool_timeout=settings.db_pool_timeout,
        # No pre-ping: it costs a round trip per request. A dropped connection raises a
        # disconnect error instead, which invalidates the pool and answers 503 once.
        # A short connect timeout lets an unreachable database surface as a 503 quickly.
        connect_args={"timeout": 5, "command_timeout": 60},
        json_deserializer=loads_json,
    )
    install_deferred_begin(engine)
    return engine


def get_engine() -> AsyncEngine:
    global _engine, _sessionmaker
    if _engine is None:
        _engine = make_engine()
        _sessionmaker = async_sessionmaker(_engine, expire_on_commit=False, autoflush=False)
    return _engine


def get_sessionmaker() -> async_sessionmaker[AsyncSession]:
    get_engine()
    assert _sessionmaker is not None
    return _sessionmaker


async def dispose_engine() -> None:
    global _engine, _sessionmaker
    if _engine is not None:
        await _engine.dispose()
    _engine = None
    _sessionmaker = None


@asynccontextmanager
async def session_scope() -> AsyncIterator[AsyncSession]:
    """A committed unit of work outside requests (CLI, jobs, seeding)."""
    async with get_sessionmaker()() as session:
        try:
            yield session
            await session.commit()
        except BaseException:
            await session.rollback()
            raise


class DatabaseSetupError(Exception):
    """The database cannot be reached or created: one line for the operator, no traceback."""


async def ensure_database(url: str) -> str | None:
    """Create the PostgreSQL database of `url` when it does not exist yet (a new studio's first
    `init-db`). Returns its name when created, None when it was there (or on SQLite, whose file
    is created by the first connection)."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if not parsed.drivername.startswith("postgresql"):
        return None
    import asyncpg

    where = f"{parsed.host or 'localhost'}:{parsed.port or 5432}"
    options = {
        "user": parsed.username,
        "password": parsed.password,
        "host": parsed.host,
        "port": parsed.port,
        "timeout": 10,
    }
    name = parsed.database or parsed.username or "postgres"
    try:
        connection = await asyncpg.connect(database=name, **options)
    except asyncpg.InvalidCatalogNameError:
        pass
    except (OSError, asyncpg.PostgresError, TimeoutError) as exc:
        raise DatabaseSetupError(f"Cannot connect to PostgreSQL at {where} (DATABASE_URL): {exc}") from None
    else:
        await connection.close()
        return None
    try:
        server = await asyncpg.connect(database="postgres", **options)
    except (OSError, asyncpg.PostgresError, TimeoutError) as exc:
        raise DatabaseSetupError(
            f"The database {name!r} does not exist on {where} and cannot be created from here ({exc}): "
            f"create it (`createdb {name}`), then run `python -m app init-db` again."
        ) from None
    try:
        await server.execute(f'CREATE DATABASE "{name.replace(chr(34), chr(34) * 2)}"')
    except asyncpg.DuplicateDatabaseError:
        return None  # created meanwhile by someone else: fine
    except asyncpg.PostgresError as exc:
        raise DatabaseSetupError(
            f"The database {name!r} does not exist on {where} and {parsed.username!r} may not create it "
            f"({exc}): create it (`createdb {name}`), then run `python -m app init-db` again."
        ) from None
    finally:
        await server.close()
    return name
