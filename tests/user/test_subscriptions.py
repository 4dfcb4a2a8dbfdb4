"""Following tasks and sequences, and entity chats."""

import uuid

from tests.crud.conftest import events_named
from tests.user.conftest import rows

MISSING = str(uuid.uuid4())


async def test_task_subscription(client, studio, desk, make_person):
    url = f"/data/user/tasks/{studio.task}/subscribed"
    assert (await client.get(url, headers=desk.headers)).json() is False
    created = await client.post(f"/actions/user/tasks/{studio.task}/subscribe", headers=desk.headers)
    assert created.status_code == 201
    row = created.json()
    assert (row["type"], row["task_id"], row["person_id"], row["entity_id"]) == (
        "Subscription",
        studio.task,
        desk.artist["id"],
        None,
    )
    again = await client.post(f"/actions/user/tasks/{studio.task}/subscribe", headers=desk.headers)
    assert again.status_code == 201 and again.json()["id"] == row["id"]
    assert (await client.get(url, headers=desk.headers)).json() is True
    assert (await client.get("/data/user/tasks/nope/subscribed", headers=desk.headers)).json() is False
    # Notifications of followed tasks are "watched".
    removed = await client.delete(f"/actions/user/tasks/{studio.task}/unsubscribe", headers=desk.headers)
    assert removed.status_code == 204
    assert await rows("Subscription", person_id=desk.artist["id"]) == []
    assert (
        await client.delete("/actions/user/tasks/nope/unsubscribe", headers=desk.headers)
    ).status_code == 204
    assert (await client.post("/actions/user/tasks/nope/subscribe", headers=desk.headers)).status_code == 404
    assert (
        await client.post(f"/actions/user/tasks/{MISSING}/subscribe", headers=desk.headers)
    ).status_code == 404
    _, outsider = await make_person("user")
    refused = await client.post(f"/actions/user/tasks/{studio.task}/subscribe", headers=outsider)
    assert refused.status_code == 403


async def test_bulk_task_subscriptions(client, studio, desk, make_person):
    body = {"task_ids": [studio.task, studio.shot_task]}
    created = await client.post("/actions/user/tasks/subscribe", json=body, headers=desk.headers)
    assert created.status_code == 201 and {row["task_id"] for row in created.json()} == set(body["task_ids"])
    assert (
        await client.post("/actions/user/tasks/subscribe", json={"task_ids": []}, headers=desk.headers)
    ).status_code == 400
    assert (
        await client.post("/actions/user/tasks/subscribe", json={}, headers=desk.headers)
    ).status_code == 400
    mixed = await client.post(
        "/actions/user/tasks/subscribe", json={"task_ids": [studio.task, MISSING]}, headers=desk.headers
    )
    assert mixed.status_code == 404
    _, outsider = await make_person("user")
    assert (
        await client.post("/actions/user/tasks/subscribe", json=body, headers=outsider)
    ).status_code == 403
    assert await rows("Subscription", person_id=await _id(outsider, client)) == []
    unsubscribed = await client.post(
        "/actions/user/tasks/unsubscribe", json={"task_ids": [studio.task, "nope"]}, headers=desk.headers
    )
    assert unsubscribed.status_code == 200 and unsubscribed.json() == [studio.task, "nope"]
    assert [row.task_id for row in await rows("Subscription", person_id=desk.artist["id"])] == [
        uuid.UUID(studio.shot_task)
    ]


async def _id(headers, client) -> str:
    return (await client.get("/auth/authenticated", headers=headers)).json()["user"]["id"]


async def test_sequence_subscription(client, studio, desk, make_person):
    base = f"/sequences/{studio.sequence}/task-types/{studio.animation}"
    assert (await client.get(f"/data/user{base}/subscribed", headers=desk.headers)).json() is False
    created = await client.post(f"/actions/user{base}/subscribe", headers=desk.headers)
    assert created.status_code == 201
    assert (created.json()["entity_id"], created.json()["task_type_id"]) == (
        studio.sequence,
        studio.animation,
    )
    assert (await client.get(f"/data/user{base}/subscribed", headers=desk.headers)).json() is True
    old_path = f"/data/user/entities/{studio.sequence}/task-types/{studio.animation}/subscribed"
    assert (await client.get(old_path, headers=desk.headers)).json() is True
    for path in (
        f"/actions/user/sequences/{studio.shot}/task-types/{studio.animation}/subscribe",
        f"/actions/user/sequences/{studio.sequence}/task-types/nope/subscribe",
        f"/actions/user/sequences/{studio.sequence}/task-types/{MISSING}/subscribe",
    ):
        assert (await client.post(path, headers=desk.headers)).status_code == 404, path
    _, outsider = await make_person("user")
    assert (await client.post(f"/actions/user{base}/subscribe", headers=outsider)).status_code == 403
    assert (await client.delete(f"/actions/user{base}/unsubscribe", headers=desk.headers)).status_code == 204
    assert (await client.get(f"/data/user{base}/subscribed", headers=desk.headers)).json() is False


async def test_chats(client, studio, desk, member, make_person):
    joined = await client.post(f"/actions/user/chats/{studio.asset}/join", headers=desk.headers)
    assert joined.status_code == 200
    chat = joined.json()
    assert (chat["type"], chat["object_id"], chat["object_type"]) == ("Chat", studio.asset, "entity")
    again = await client.post(f"/actions/user/chats/{studio.asset}/join", headers=desk.headers)
    assert again.json()["id"] == chat["id"]
    assert len(await events_named("chat:joined")) == 0  # not persisted, as in Zou
    chats = (await client.get("/data/user/chats", headers=desk.headers)).json()
    assert chats == [
        {
            "id": chat["id"],
            "object_id": studio.asset,
            "last_message": None,
            "entity_name": "Character / Hero",
            "project_id": studio.project,
            "preview_file_id": None,
        }
    ]
    _, outsider = await make_person("user")
    assert (
        await client.post(f"/actions/user/chats/{studio.asset}/join", headers=outsider)
    ).status_code == 403
    _, vendor = await member("vendor")
    assert (await client.post(f"/actions/user/chats/{studio.asset}/join", headers=vendor)).status_code == 403
    assert (await client.post("/actions/user/chats/nope/join", headers=desk.headers)).status_code == 404
    assert (
        await client.delete(f"/actions/user/chats/{MISSING}/join", headers=desk.headers)
    ).status_code == 404
    left = await client.delete(f"/actions/user/chats/{studio.asset}/join", headers=desk.headers)
    assert left.status_code == 204
    assert (await client.get("/data/user/chats", headers=desk.headers)).json() == []
