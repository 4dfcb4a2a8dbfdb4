"""Revoked tokens live in the `revoked_token` table only: written by log-out in its transaction,
read with the caller's person, seen at once by every process (no Redis, no per-process cache)."""

from datetime import timedelta

from sqlalchemy import select

from app.auth import tokens
from app.core.redis import get_redis
from app.core.unit_of_work import run_in_unit_of_work
from app.models.base import utcnow
from app.models.revoked_token import RevokedToken
from tests.auth.conftest import bearer, log_in_ok

REVOKED = {"msg": "Token has been revoked"}


async def _revoked_rows() -> dict[str, object]:
    async with run_in_unit_of_work() as uow:
        rows = await uow.get_session().execute(select(RevokedToken.jti, RevokedToken.expires_at))
        return dict(rows.all())


async def _insert_revocation(jti: str, expires_at) -> None:
    """What another process's log-out leaves behind."""
    async with run_in_unit_of_work() as uow:
        uow.get_session().add(RevokedToken(jti=jti, expires_at=expires_at))


async def test_logout_commits_both_revocations_to_the_table_and_none_to_redis(client, artist):
    data = await log_in_ok(client, artist["email"])
    access = tokens.decode(data["access_token"])
    refresh = tokens.decode(data["refresh_token"])
    assert (await client.get("/auth/logout", headers=bearer(data["access_token"]))).status_code == 200
    # Read from another session after the answer: the route committed before answering.
    rows = await _revoked_rows()
    assert {access["jti"], refresh["jti"]} <= set(rows)
    now = utcnow()
    assert now < rows[access["jti"]] <= now + timedelta(days=7, seconds=5)
    assert rows[access["jti"]] < rows[refresh["jti"]]  # kept as long as the refresh token lives
    redis = get_redis()
    if redis is not None:
        assert await redis.keys("revoked-jti:*") == []
    response = await client.get("/auth/authenticated", headers=bearer(data["access_token"]))
    assert (response.status_code, response.json()) == (401, REVOKED)
    response = await client.get(
        "/data/projects", headers=bearer(data["access_token"])
    )  # a CurrentReader route
    assert (response.status_code, response.json()) == (401, REVOKED)
    response = await client.get("/auth/refresh-token", headers=bearer(data["refresh_token"]))
    assert (response.status_code, response.json()) == (401, REVOKED)


async def test_a_revocation_written_elsewhere_is_refused_at_once(client, artist):
    data = await log_in_ok(client, artist["email"])
    headers = bearer(data["access_token"])
    assert (await client.get("/auth/authenticated", headers=headers)).status_code == 200
    assert (await client.get("/data/projects", headers=headers)).status_code == 200
    await _insert_revocation(tokens.decode(data["access_token"])["jti"], utcnow() + timedelta(hours=1))
    response = await client.get("/auth/authenticated", headers=headers)
    assert (response.status_code, response.json()) == (401, REVOKED)
    response = await client.get("/data/projects", headers=headers)
    assert (response.status_code, response.json()) == (401, REVOKED)
    # The refresh token of the same log-in was not revoked.
    assert (await client.get("/auth/refresh-token", headers=bearer(data["refresh_token"]))).status_code == 200


async def test_an_expired_revocation_no_longer_counts_and_is_purged_by_the_next_logout(client, artist):
    data = await log_in_ok(client, artist["email"])
    jti = tokens.decode(data["access_token"])["jti"]
    await _insert_revocation(jti, utcnow() - timedelta(seconds=1))
    assert (await client.get("/auth/authenticated", headers=bearer(data["access_token"]))).status_code == 200
    assert (await client.get("/auth/logout", headers=bearer(data["access_token"]))).status_code == 200
    rows = await _revoked_rows()
    assert rows[jti] > utcnow()  # revoked again, the stale row gone
    assert all(expires_at >= utcnow() - timedelta(seconds=5) for expires_at in rows.values())


async def test_a_person_token_without_jti_is_refused(client, artist):
    from app.auth import jws
    from app.core.config import get_settings

    token, claims = tokens.encode(artist["id"], "access", lifetime=timedelta(hours=1))
    assert (await client.get("/auth/authenticated", headers=bearer(token))).status_code == 200
    del claims["jti"]
    without_jti = jws.sign(claims, jws.hmac_key(get_settings().secret_key))
    response = await client.get("/auth/authenticated", headers=bearer(without_jti))
    assert (response.status_code, response.json()) == (401, REVOKED)


async def test_a_token_revoked_twice_at_once_is_no_error(client, artist):
    """Two log-outs of one token racing: the second finds the row written and is done too."""
    from app.auth import revocation

    data = await log_in_ok(client, artist["email"])
    jti = tokens.decode(data["access_token"])["jti"]
    await _insert_revocation(jti, utcnow() + timedelta(hours=1))
    async with run_in_unit_of_work() as uow:
        await revocation.revoke(uow.get_session(), jti, 3600)
        await revocation.revoke(uow.get_session(), jti, 3600)
    assert jti in await _revoked_rows()
    assert (await client.get("/auth/authenticated", headers=bearer(data["access_token"]))).json() == REVOKED
