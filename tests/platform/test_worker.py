"""`enqueue()`: jobs leave only after commit, vanish on rollback; arq and in-process run them."""

import pytest

from app.core.unit_of_work import run_in_unit_of_work
from app.worker import drain, enqueue, jobs, queue_status
from tests.helpers.backends import run_arq_worker_burst

ran: list[dict] = []


async def record_job(ctx: dict, value: str, **extra) -> str:
    ran.append({"value": value, **extra, "ctx": ctx})
    return value


async def failing_job(ctx: dict) -> None:
    raise RuntimeError("boom")


@pytest.fixture(autouse=True)
def test_jobs(monkeypatch):
    ran.clear()
    monkeypatch.setitem(jobs.JOBS, "record", record_job)
    monkeypatch.setitem(jobs.JOBS, "failing", failing_job)
    yield
    ran.clear()


async def test_job_waits_for_the_commit(no_redis):
    async with run_in_unit_of_work():
        enqueue("record", value="a", count=2)
        await drain()
        assert ran == []  # still inside the transaction
    await drain()
    assert [(job["value"], job["count"]) for job in ran] == [("a", 2)]
    assert ran[0]["ctx"]["job_try"] == 1


async def test_job_is_dropped_on_rollback(no_redis):
    with pytest.raises(ValueError):
        async with run_in_unit_of_work():
            enqueue("record", value="never")
            raise ValueError("roll back")
    await drain()
    assert ran == []


async def test_job_arguments_are_copied(no_redis):
    payload = {"items": [1]}
    async with run_in_unit_of_work():
        enqueue("record", value="copy", payload=payload)
        payload["items"].append(2)  # a later change of the caller's object is not seen
    await drain()
    assert ran[0]["payload"] == {"items": [1]}


async def test_enqueue_refuses_bad_calls(no_redis):
    with pytest.raises(RuntimeError):
        enqueue("record", value="no unit of work")
    async with run_in_unit_of_work():
        with pytest.raises(ValueError):
            enqueue("no-such-job")
        with pytest.raises(Exception):  # noqa: B017 - whatever pickle raises for a lambda
            enqueue("record", value=lambda: None)


async def test_failing_job_does_not_break_the_runner(no_redis, caplog):
    async with run_in_unit_of_work():
        enqueue("failing")
        enqueue("record", value="after")
    await drain()
    assert [job["value"] for job in ran] == ["after"]
    assert "job failing failed" in caplog.text


async def test_wait_holds_the_commit_until_the_job_is_done(no_redis):
    async with run_in_unit_of_work():
        enqueue("record", _wait=5, value="waited")
    assert [job["value"] for job in ran] == ["waited"]  # no drain needed


async def test_in_process_queue_is_up(no_redis):
    assert await queue_status() == {"up": True, "running_jobs": 0}


async def test_arq_job_is_queued_after_commit_and_run_by_the_worker(with_redis, monkeypatch):
    from arq.worker import func

    from app.worker.arq_client import QUEUE_NAME, get_pool
    from app.worker.arq_settings import WorkerSettings

    monkeypatch.setattr(WorkerSettings, "functions", [func(record_job, name="record")])
    pool = await get_pool()

    async with run_in_unit_of_work():
        enqueue("record", value="via-arq")
        assert await pool.zcard(QUEUE_NAME) == 0
    assert await pool.zcard(QUEUE_NAME) == 1
    assert ran == []

    await run_arq_worker_burst(with_redis)
    assert [job["value"] for job in ran] == ["via-arq"]
    assert await pool.zcard(QUEUE_NAME) == 0


async def test_arq_wait_returns_once_the_worker_did_the_job(with_redis, monkeypatch):
    from arq.worker import func

    from app.worker.arq_settings import WorkerSettings
    from tests.helpers.backends import running_arq_worker

    monkeypatch.setattr(WorkerSettings, "functions", [func(record_job, name="record")])
    async with running_arq_worker(with_redis):
        async with run_in_unit_of_work():
            enqueue("record", _wait=10, value="round-trip")
        assert [job["value"] for job in ran] == ["round-trip"]


async def test_arq_rollback_queues_nothing(with_redis):
    from app.worker.arq_client import QUEUE_NAME, get_pool

    with pytest.raises(ValueError):
        async with run_in_unit_of_work():
            enqueue("record", value="never")
            raise ValueError("roll back")
    assert await (await get_pool()).zcard(QUEUE_NAME) == 0


async def test_arq_queue_status_reads_the_worker_health_check(with_redis):
    from app.worker.arq_client import HEALTH_CHECK_KEY, get_pool

    assert (await queue_status())["up"] is False  # no worker running
    await (await get_pool()).set(HEALTH_CHECK_KEY, "alive", ex=5)
    assert await queue_status() == {"up": True, "running_jobs": 0}
