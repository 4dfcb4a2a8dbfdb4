"""bcrypt checks of one account at once run side by side: in threads, with the GIL released, so
a burst of logins (a render farm's nodes sharing one bot account) uses every core, and the event
loop keeps serving other requests meanwhile (issue 12: nothing serialises them)."""

import asyncio
import threading
import time

import bcrypt

from app.auth import passwords


async def test_checks_of_one_hash_overlap_and_leave_the_loop_free(monkeypatch):
    hashed = bcrypt.hashpw(b"secret-password", bcrypt.gensalt(rounds=11))
    spans: list[tuple[float, float, str]] = []
    original = bcrypt.checkpw

    def timed(password: bytes, stored: bytes) -> bool:
        start = time.perf_counter()
        try:
            return original(password, stored)
        finally:
            spans.append((start, time.perf_counter(), threading.current_thread().name))

    monkeypatch.setattr(passwords.bcrypt, "checkpw", timed)
    ticks = 0
    done = asyncio.Event()

    async def tick() -> None:
        nonlocal ticks
        while not done.is_set():
            ticks += 1
            await asyncio.sleep(0.005)

    ticker = asyncio.create_task(tick())
    results = await asyncio.gather(
        *(passwords.check_password_async("secret-password", hashed) for _ in range(4))
    )
    done.set()
    await ticker
    assert results == [True] * 4
    assert len({name for _, _, name in spans}) == 4, "each check in a thread of its own"
    latest_start = max(start for start, _, _ in spans)
    earliest_end = min(end for _, end, _ in spans)
    assert latest_start < earliest_end, "the four checks were running at the same time"
    assert ticks >= 10, "the event loop kept running while bcrypt worked"
