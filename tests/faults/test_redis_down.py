"""Redis stopped under a running API: reads and writes go on (events unsent, jobs run in the API
process; revocations never were in Redis), and everything is back once Redis is."""

import asyncio
import uuid

from redis.asyncio import Redis

from app.events.publisher import CHANNEL
from tests.helpers.backends import picture
from tests.helpers.fixtures import bearer
from tests.previews.test_avatars import THUMB, has_avatar, upload


async def _project(client, headers, name: str) -> dict:
    response = await client.post("/data/projects", json={"name": name}, headers=headers)
    assert response.status_code == 201, response.text
    return response.json()


async def test_the_api_serves_without_redis_and_recovers(client, admin_id, make_person, private_redis):
    admin = bearer(admin_id)
    await _project(client, admin, "Before")
    _person, revoked_before = await make_person("user")
    assert (await client.get("/auth/logout", headers=revoked_before)).status_code == 200
    private_redis.stop()

    # A token revoked while Redis was up stays refused while it is down.
    response = await client.get("/data/user/context", headers=revoked_before)
    assert (response.status_code, response.json()) == (401, {"msg": "Token has been revoked"})

    # Reads and writes.
    assert (await client.get("/data/projects", headers=admin)).status_code == 200
    created = await _project(client, admin, "During")
    assert (await client.get(f"/data/projects/{created['id']}", headers=admin)).json()["name"] == "During"
    # A job: handed to the API process instead of the queue.
    person, headers = await make_person("user")
    response = await client.post(THUMB.format(person["id"]), files=upload(picture()), headers=headers)
    assert response.status_code == 201
    assert await has_avatar(person["id"])
    # A logout while Redis is down still revokes the token.
    token = bearer(person["id"])
    assert (await client.get("/auth/logout", headers=token)).status_code == 200
    assert (await client.get("/data/user/context", headers=token)).status_code == 401
    status = (await client.get("/status")).json()
    assert status["key-value-store-up"] is False and status["database-up"] is True

    private_redis.start()
    listener = Redis.from_url(private_redis.url)
    pubsub = listener.pubsub()
    try:
        await pubsub.subscribe(CHANNEL)
        await _project(client, admin, f"After {uuid.uuid4().hex[:6]}")
        async with asyncio.timeout(10):
            while (message := await pubsub.get_message(ignore_subscribe_messages=True, timeout=1)) is None:
                pass
        assert b"project:new" in message["data"]
    finally:
        await pubsub.aclose()
        await listener.aclose()
    assert (await client.get("/status")).json()["key-value-store-up"] is True
    assert (await client.get("/data/user/context", headers=token)).status_code == 401  # still revoked
