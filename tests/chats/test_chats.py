"""Entity chats: the chat (created on first read), its messages, posting (JSON and multipart with
files), reading and deleting a message, the events, and who may do what."""

import uuid

from sqlalchemy import select

from app.core.unit_of_work import run_in_unit_of_work
from app.events.publisher import subscribe, unsubscribe
from app.storage import get_storage, make_key
from tests.crud.conftest import assign


async def _join(entity_id: str, person_id: str) -> None:
    from app.models import Chat, ChatParticipant

    async with run_in_unit_of_work() as uow:
        s = uow.get_session()
        chat = (await s.execute(select(Chat).where(Chat.object_id == uuid.UUID(entity_id)))).scalars().first()
        if chat is None:
            chat = Chat(object_id=uuid.UUID(entity_id))
            s.add(chat)
            await s.flush()
        s.add(ChatParticipant(chat_id=chat.id, person_id=uuid.UUID(person_id)))


async def _count(model_name: str) -> int:
    from sqlalchemy import func

    from app import models

    async with run_in_unit_of_work() as uow:
        return (
            await uow.get_session().execute(select(func.count()).select_from(getattr(models, model_name)))
        ).scalar()


def _drain(queue) -> list[tuple[str, dict]]:
    messages = []
    while not queue.empty():
        message = queue.get_nowait()
        messages.append((message["event"], message["data"]))
    return messages


async def test_chat_is_created_on_first_read(client, admin_headers, studio):
    url = f"/data/entities/{studio.asset}/chat"
    first = await client.get(url, headers=admin_headers)
    assert first.status_code == 200
    chat = first.json()
    assert (chat["type"], chat["object_id"], chat["object_type"]) == ("Chat", studio.asset, "entity")
    assert (chat["participants"], chat["messages"], chat["last_message"]) == ([], [], None)
    assert (await client.get(url, headers=admin_headers)).json()["id"] == chat["id"]
    assert await _count("Chat") == 1
    messages = await client.get(f"{url}/messages", headers=admin_headers)
    assert messages.json() == []


async def test_post_read_and_list_messages(client, admin_headers, studio, no_redis):
    url = f"/data/entities/{studio.asset}/chat"
    refused = await client.post(f"{url}/messages", json={"message": "hi"}, headers=admin_headers)
    assert refused.status_code == 400
    assert refused.json() == {
        "error": True,
        "message": "You are not a participant of this chat",
        "data": None,
    }
    await _join(studio.asset, studio.admin)
    queue = subscribe()
    try:
        created = await client.post(f"{url}/messages", json={"message": "hi"}, headers=admin_headers)
        assert created.status_code == 201
        message = created.json()
        assert (message["type"], message["text"], message["person_id"]) == ("ChatMessage", "hi", studio.admin)
        assert "attachment_files" not in message
        chat = (await client.get(url, headers=admin_headers)).json()
        assert message["chat_id"] == chat["id"] and chat["participants"] == [studio.admin]
        assert chat["last_message"] == message["created_at"]
        assert _drain(queue) == [
            (
                "chat:new-message",
                {
                    "chat_id": chat["id"],
                    "chat_message_id": message["id"],
                    "last_message": message["created_at"],
                },
            )
        ]
    finally:
        unsubscribe(queue)
    listed = (await client.get(f"{url}/messages", headers=admin_headers)).json()
    assert listed == [{**message, "attachment_files": []}]
    assert chat["messages"] == listed
    one = await client.get(f"{url}/messages/{message['id']}", headers=admin_headers)
    assert one.json() == {**message, "attachment_files": []}
    assert "chat:new-message" not in await _event_names()  # published only, as Zou


async def _event_names() -> list[str]:
    from app.models import ApiEvent

    async with run_in_unit_of_work() as uow:
        return list((await uow.get_session().execute(select(ApiEvent.name))).scalars().all())


async def test_post_bad_bodies(client, admin_headers, studio):
    await _join(studio.asset, studio.admin)
    url = f"/data/entities/{studio.asset}/chat/messages"
    missing = await client.post(url, json={}, headers=admin_headers)
    assert missing.status_code == 400
    assert missing.json()["data"]["errors"][0]["field"] == "message"
    assert (await client.post(url, json={"message": 12}, headers=admin_headers)).status_code == 400
    malformed = await client.post(
        url, content=b"{nope", headers={**admin_headers, "Content-Type": "application/json"}
    )
    assert malformed.status_code == 400
    assert await _count("ChatMessage") == 0
    unknown = await client.post(
        f"/data/entities/{uuid.uuid4()}/chat/messages", json={"message": "x"}, headers=admin_headers
    )
    assert unknown.status_code == 404
    assert (await client.get("/data/entities/nope/chat", headers=admin_headers)).status_code == 404


async def test_attachments(client, admin_headers, studio, no_redis):
    await _join(studio.asset, studio.admin)
    url = f"/data/entities/{studio.asset}/chat/messages"
    files = [
        ("file", ("notes.txt", b"hello", "text/plain")),
        ("other", ("notes.txt", b"again!", "text/plain")),
    ]
    created = await client.post(url, data={"message": "with files"}, files=files, headers=admin_headers)
    assert created.status_code == 201, created.text
    message = created.json()
    assert message["text"] == "with files"
    first, second = message["attachment_files"]
    assert (first["name"], first["extension"], first["size"]) == ("notes.txt", "txt", 5)
    assert second["name"].startswith("notes-") and second["name"].endswith(".txt") and second["size"] == 6
    storage = get_storage()
    assert await storage.read("files", make_key("attachments", first["id"])) == b"hello"
    listed = (await client.get(f"{url}/{message['id']}", headers=admin_headers)).json()
    assert listed["attachment_files"] == [
        {k: a[k] for k in ("id", "name", "extension")} for a in (first, second)
    ]
    queue = subscribe()
    try:
        deleted = await client.delete(f"{url}/{message['id']}", headers=admin_headers)
        assert deleted.status_code == 204 and deleted.content == b""
        chat_id = message["chat_id"]
        assert _drain(queue) == [
            ("chat:deleted-message", {"chat_id": chat_id, "chat_message_id": message["id"]})
        ]
    finally:
        unsubscribe(queue)
    assert not await storage.exists("files", make_key("attachments", first["id"]))
    assert (await _count("ChatMessage"), await _count("AttachmentFile")) == (0, 0)
    assert (await client.get(f"{url}/{message['id']}", headers=admin_headers)).status_code == 404


async def test_picture_attachment_thumbnail(client, admin_headers, studio):
    import pyvips

    from tests.helpers.backends import picture

    await _join(studio.asset, studio.admin)
    url = f"/data/entities/{studio.asset}/chat/messages"
    files = [
        ("shot", ("frame.jpg", picture(640, 360), "image/jpeg")),
        ("broken", ("broken.png", b"not a picture", "image/png")),
    ]
    created = await client.post(url, data={"message": "look"}, files=files, headers=admin_headers)
    assert created.status_code == 201, created.text
    frame, broken = created.json()["attachment_files"]
    storage = get_storage()
    thumbnail = pyvips.Image.new_from_buffer(
        await storage.read("pictures", make_key("thumbnails", frame["id"])), ""
    )
    assert (thumbnail.width, thumbnail.height) == (150, 150)
    assert not await storage.exists("pictures", make_key("thumbnails", broken["id"]))
    assert await storage.read("files", make_key("attachments", broken["id"])) == b"not a picture"
    assert (await client.delete(f"{url}/{created.json()['id']}", headers=admin_headers)).status_code == 204
    assert not await storage.exists("pictures", make_key("thumbnails", frame["id"]))


async def test_message_lookups(client, admin_headers, studio):
    await _join(studio.asset, studio.admin)
    await _join(studio.shot, studio.admin)
    url = f"/data/entities/{studio.asset}/chat/messages"
    message = (await client.post(url, json={"message": "hi"}, headers=admin_headers)).json()
    other = f"/data/entities/{studio.shot}/chat/messages/{message['id']}"
    assert (await client.get(other, headers=admin_headers)).status_code == 403
    assert (await client.delete(other, headers=admin_headers)).status_code == 403
    assert (await client.get(f"{url}/nope", headers=admin_headers)).status_code == 404
    assert (await client.get(f"{url}/{uuid.uuid4()}", headers=admin_headers)).status_code == 404
    assert (await client.delete(f"{url}/{uuid.uuid4()}", headers=admin_headers)).status_code == 404
    assert await _count("ChatMessage") == 1


async def test_chat_permissions(client, admin_headers, studio, member):
    url = f"/data/entities/{studio.asset}/chat"
    artist, artist_headers = await member("user")
    await _join(studio.asset, artist["id"])
    mine = (await client.post(f"{url}/messages", json={"message": "mine"}, headers=artist_headers)).json()
    await _join(studio.asset, studio.admin)
    theirs = (await client.post(f"{url}/messages", json={"message": "admin's"}, headers=admin_headers)).json()
    assert (await client.get(url, headers=artist_headers)).status_code == 200
    # Only the author or an administrator deletes a message.
    assert (await client.delete(f"{url}/messages/{theirs['id']}", headers=artist_headers)).status_code == 403
    other, other_headers = await member("manager")
    assert (await client.delete(f"{url}/messages/{mine['id']}", headers=other_headers)).status_code == 403
    assert (await client.delete(f"{url}/messages/{mine['id']}", headers=artist_headers)).status_code == 204
    assert (await client.delete(f"{url}/messages/{theirs['id']}", headers=admin_headers)).status_code == 204
    # Outside the production, nothing; vendors only on the entities of their tasks.
    _, outsider = await member("user", in_team=False)
    for method, path in (("GET", url), ("GET", f"{url}/messages"), ("POST", f"{url}/messages")):
        response = await client.request(method, path, json={"message": "x"}, headers=outsider)
        assert response.status_code == 403, (method, path)
    vendor, vendor_headers = await member("vendor")
    assert (await client.get(url, headers=vendor_headers)).status_code == 403
    await assign(studio.task, vendor["id"])
    assert (await client.get(url, headers=vendor_headers)).status_code == 200
    assert (await client.get(url)).status_code == 401
