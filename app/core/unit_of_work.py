"""One transaction per request: the session, plus events and jobs held back until it commits."""

from collections.abc import Awaitable, Callable
from contextvars import ContextVar
from dataclasses import dataclass, field

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.db import get_sessionmaker, lend_own_connection, needs_commit, return_own_connection
from app.core.time_limit import stop_clock

AfterCommit = Callable[[], Awaitable[None]]


@dataclass
class UnitOfWork:
    session: AsyncSession | None = None
    after_commit: list[AfterCommit] = field(default_factory=list)
    after_rollback: list[AfterCommit] = field(default_factory=list)

    def get_session(self) -> AsyncSession:
        if self.session is None:
            self.session = get_sessionmaker()()
            lend_own_connection(self.session)
        return self.session

    def on_commit(self, callback: AfterCommit) -> None:
        """Run `callback` only once the transaction is committed (dropped on rollback)."""
        self.after_commit.append(callback)

    def on_rollback(self, callback: AfterCommit) -> None:
        """Run `callback` only if the transaction is rolled back (undo of writes outside it)."""
        self.after_rollback.append(callback)

    async def commit(self) -> None:
        # A request that only read has nothing to commit (and, with the deferred BEGIN, no
        # transaction open): closing the session is enough.
        if self.session is not None and await needs_commit(self.session):
            await self.session.flush()  # the last writes still count against the time limit...
            stop_clock()  # ...the COMMIT does not: cut short, its outcome would be unknown
            await self.session.commit()
        stop_clock()
        self.after_rollback = []
        callbacks, self.after_commit = self.after_commit, []
        for callback in callbacks:
            await callback()

    async def rollback(self) -> None:
        self.after_commit.clear()
        undo, self.after_rollback = self.after_rollback, []
        if self.session is not None:
            await self.session.rollback()
        for callback in undo:
            await callback()

    async def close(self) -> None:
        if self.session is not None:
            session, self.session = self.session, None
            try:
                await session.close()
            finally:
                await return_own_connection(session)

    async def finish(self, ok: bool) -> None:
        """Commit (or roll back) then close: the end of every unit of work."""
        try:
            if ok:
                await self.commit()
            else:
                await self.rollback()
        except BaseException:
            if ok:
                await self.rollback()
            raise
        finally:
            await self.close()


_current: ContextVar[UnitOfWork | None] = ContextVar("unit_of_work", default=None)


def current_unit_of_work() -> UnitOfWork:
    uow = _current.get()
    if uow is None:
        raise RuntimeError("no unit of work is active")
    return uow


def begin_unit_of_work() -> tuple[UnitOfWork, object]:
    uow = UnitOfWork()
    return uow, _current.set(uow)


def end_unit_of_work(token) -> None:
    _current.reset(token)


class run_in_unit_of_work:  # noqa: N801 - used as `async with`
    """The same commit-then-publish discipline for code outside requests (CLI, jobs, tests)."""

    async def __aenter__(self) -> UnitOfWork:
        self.uow, self.token = begin_unit_of_work()
        return self.uow

    async def __aexit__(self, exc_type, exc, tb) -> None:
        try:
            if exc_type is None:
                await self.uow.commit()
            else:
                await self.uow.rollback()
        finally:
            await self.uow.close()
            end_unit_of_work(self.token)
