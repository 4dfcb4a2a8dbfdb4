"""The unit of work's callbacks: `on_commit` ones run after a commit only, `on_rollback` ones after
a rollback only (undoing what was written outside the database)."""

from app.core.unit_of_work import UnitOfWork


async def test_rollback_callbacks_run_on_rollback_only():
    calls: list[str] = []

    async def note(name: str) -> None:
        calls.append(name)

    committed = UnitOfWork()
    committed.on_commit(lambda: note("commit"))
    committed.on_rollback(lambda: note("undo"))
    await committed.commit()
    await committed.rollback()
    assert calls == ["commit"]

    calls.clear()
    rolled_back = UnitOfWork()
    rolled_back.on_commit(lambda: note("commit"))
    rolled_back.on_rollback(lambda: note("undo"))
    await rolled_back.rollback()
    await rolled_back.commit()
    assert calls == ["undo"]
