"""The caller's notifications: listing with Zou's filters, one notification, read flags."""

import uuid
from datetime import timedelta

from app.models.base import utcnow
from tests.crud.conftest import events_named
from tests.user.conftest import add_row, rows


async def _inbox(studio, person_id: str, admin_id) -> dict[str, str]:
    now = utcnow().replace(microsecond=0)
    reply_id = str(uuid.uuid4())
    comment = await add_row(
        "Comment",
        object_id=studio.task,
        object_type="Task",
        person_id=str(admin_id),
        task_status_id=studio.wip,
        text="Look",
        replies=[{"id": reply_id, "text": "Answer", "mentions": [person_id]}],
    )
    older = await add_row(
        "Notification",
        person_id=person_id,
        author_id=str(admin_id),
        type="comment",
        comment_id=comment,
        task_id=studio.task,
        created_at=now - timedelta(hours=1),
        change=True,
    )
    newer = await add_row(
        "Notification",
        person_id=person_id,
        author_id=str(admin_id),
        type="reply",
        comment_id=comment,
        task_id=studio.shot_task,
        reply_id=reply_id,
        created_at=now,
        read=True,
    )
    return {"older": older, "newer": newer, "comment": comment}


async def test_notification_listing(client, studio, desk, admin_id, member):
    inbox = await _inbox(studio, desk.artist["id"], admin_id)
    response = await client.get("/data/user/notifications", headers=desk.headers)
    assert response.status_code == 200
    listed = response.json()
    assert [row["id"] for row in listed] == [inbox["newer"], inbox["older"]]
    older, newer = listed[1], listed[0]
    assert (older["notification_type"], older["comment_text"], older["full_entity_name"]) == (
        "comment",
        "Look",
        "Character / Hero",
    )
    assert (older["task_type_id"], older["task_status_id"], older["project_name"]) == (
        studio.modeling,
        studio.wip,
        "Big Buck",
    )
    assert older["change"] is True and older["reply_text"] == "" and older["subscription_id"] is None
    assert (newer["reply_text"], newer["reply_mentions"], newer["full_entity_name"]) == (
        "Answer",
        [desk.artist["id"]],
        "SQ01 / SH010",
    )

    async def ids(query: str) -> list[str]:
        found = await client.get(f"/data/user/notifications?{query}", headers=desk.headers)
        assert found.status_code == 200
        return [row["id"] for row in found.json()]

    assert await ids("read=false") == [inbox["older"]]
    assert await ids("type=reply") == [inbox["newer"]]
    assert await ids(f"task_type_id={studio.animation}") == [inbox["newer"]]
    assert await ids("watching=true") == []
    assert await ids("after=2999-01-01") == [] and len(await ids("before=2999-01-01T00:00:00")) == 2
    assert len(await ids("after=2000-01-01T00:00:00.000Z")) == 2  # an offset is read as UTC
    for query, message in (
        ("after=soon", "Wrong date format for after or before."),
        ("task_type_id=nope", "Invalid UUID format for task_type_id: nope"),
        ("task_status_id=nope", "Invalid UUID format for task_status_id: nope"),
    ):
        refused = await client.get(f"/data/user/notifications?{query}", headers=desk.headers)
        assert refused.status_code == 400 and refused.json()["message"] == message
    _, other = await member("user")
    assert (await client.get("/data/user/notifications", headers=other)).json() == []


async def test_client_comments_are_blank_for_artists(client, studio, desk, member):
    customer, _ = await member("client")
    comment = await add_row(
        "Comment",
        object_id=studio.task,
        object_type="Task",
        person_id=customer["id"],
        text="Secret",
    )
    await add_row(
        "Notification",
        person_id=desk.artist["id"],
        author_id=customer["id"],
        type="comment",
        comment_id=comment,
        task_id=studio.task,
    )
    listed = (await client.get("/data/user/notifications", headers=desk.headers)).json()
    assert listed[0]["comment_text"] == ""


async def test_one_notification_and_read_flags(client, studio, desk, admin_id, member):
    inbox = await _inbox(studio, desk.artist["id"], admin_id)
    url = f"/data/user/notifications/{inbox['older']}"
    one = await client.get(url, headers=desk.headers)
    assert one.status_code == 200 and one.json()["id"] == inbox["older"]
    _, other = await member("user")
    assert (await client.get(url, headers=other)).status_code == 404
    assert (
        await client.get(f"/data/user/notifications/{uuid.uuid4()}", headers=desk.headers)
    ).status_code == 404
    malformed = await client.get("/data/user/notifications/nope", headers=desk.headers)
    assert malformed.status_code == 400
    assert malformed.json()["message"] == "Invalid UUID format for notification_id: nope"

    marked = await client.put(url, json={"read": True}, headers=desk.headers)
    assert marked.status_code == 200
    assert (marked.json()["type"], marked.json()["notification_type"], marked.json()["read"]) == (
        "Notification",
        "comment",
        True,
    )
    assert await events_named("notification:read") == [
        {"person_id": desk.artist["id"], "notification_id": inbox["older"]}
    ]
    unchanged = await client.put(url, json={}, headers=desk.headers)
    assert unchanged.status_code == 200 and unchanged.json()["read"] is True
    assert (await client.put(url, json={"read": "maybe"}, headers=desk.headers)).status_code == 400
    assert (await client.put(url, json={"read": False}, headers=other)).status_code == 404
    assert (
        await client.put("/data/user/notifications/nope", json={"read": False}, headers=desk.headers)
    ).status_code == 400
    assert [row.read for row in await rows("Notification", id=inbox["older"])] == [True]
    unread = await client.put(url, json={"read": False}, headers=desk.headers)
    assert unread.json()["read"] is False and len(await events_named("notification:unread")) == 1


async def test_mark_all_as_read(client, studio, desk, admin_id):
    await _inbox(studio, desk.artist["id"], admin_id)
    response = await client.post("/actions/user/notifications/mark-all-as-read", headers=desk.headers)
    assert response.status_code == 200 and response.json() == {"success": True}
    assert all(row.read for row in await rows("Notification", person_id=desk.artist["id"]))
    assert await events_named("notification:all-read") == [{"person_id": desk.artist["id"]}]
    context = (await client.get("/data/user/context", headers=desk.headers)).json()
    assert context["notification_count"] == 0
    assert (await client.post("/actions/user/notifications/mark-all-as-read")).status_code == 401
