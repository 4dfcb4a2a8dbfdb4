"""Password hashing (bcrypt, hashes compatible with Zou's flask-bcrypt ones) and the password policy."""

import asyncio
import os
from functools import cache

import bcrypt

from app.core.config import get_settings

# bcrypt only ever reads the first 72 bytes. Older bcrypt releases (which produced Zou's
# stored hashes) truncated silently; bcrypt>=5 raises instead, so we truncate ourselves.
BCRYPT_MAX_BYTES = 72
DEFAULT_ROUNDS = 12  # flask-bcrypt's default, what Zou's hashes were made with


class PasswordTooShortError(Exception):
    message = "Password is too short."


class PasswordsDontMatchError(Exception):
    message = "Confirmation password doesn't match."


def _secret(password: str) -> bytes:
    return password.encode("utf-8")[:BCRYPT_MAX_BYTES]


def _rounds() -> int:
    # Tests lower the cost through the environment; production keeps bcrypt's usual 12.
    try:
        return max(4, min(31, int(os.environ.get("BCRYPT_LOG_ROUNDS", DEFAULT_ROUNDS))))
    except ValueError:
        return DEFAULT_ROUNDS


def hash_password(password: str) -> bytes:
    return bcrypt.hashpw(_secret(password), bcrypt.gensalt(rounds=_rounds()))


def check_password(password: str, hashed: bytes | str | memoryview | None) -> bool:
    """True when `password` matches the stored hash; a missing or corrupt hash never matches."""
    if not hashed or password is None:
        return False
    if isinstance(hashed, memoryview):
        hashed = bytes(hashed)
    if isinstance(hashed, str):
        hashed = hashed.encode("utf-8")
    try:
        return bcrypt.checkpw(_secret(password), hashed)
    except ValueError:
        return False


@cache
def _dummy_hash() -> bytes:
    return hash_password("not-a-real-password")


def burn_check_time(password: str) -> None:
    """Spend the time of a real check so unknown accounts cannot be told apart by timing."""
    check_password(password or "", _dummy_hash())


async def hash_password_async(password: str) -> bytes:
    # bcrypt is deliberately slow (~0.25 s): keep it off the event loop.
    return await asyncio.to_thread(hash_password, password)


async def check_password_async(password: str, hashed: bytes | str | memoryview | None) -> bool:
    return await asyncio.to_thread(check_password, password, hashed)


async def burn_check_time_async(password: str) -> None:
    await asyncio.to_thread(burn_check_time, password)


def validate_password(password: str, confirmation: str | None = None) -> None:
    """Zou's policy, in Zou's order: minimum length first, then the confirmation."""
    if len(password) < get_settings().min_password_length:
        raise PasswordTooShortError()
    if confirmation is not None and password != confirmation:
        raise PasswordsDontMatchError()
