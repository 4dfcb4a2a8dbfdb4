"""Chats area: the chat of an entity, joining it, its messages (with attachments) and refusals."""

# fmt: off
from tests.conformance.scenarios._common import UNKNOWN_ID, content, delete, get, post

CHAT = "/data/entities/{shot}/chat"
MESSAGES = CHAT + "/messages"

STEPS = [
    *content(),
    get("get chat", CHAT),
    get("get chat unknown entity", f"/data/entities/{UNKNOWN_ID}/chat"),
    get("get chat malformed id", "/data/entities/not-a-uuid/chat"),
    get("get chat as vendor outside team", CHAT, as_="vendor"),
    post("post message before joining", MESSAGES, {"message": "Hello"}),
    post("join chat", "/actions/user/chats/{shot}/join"),
    post("join chat as artist", "/actions/user/chats/{shot}/join", as_="user"),
    get("list joined chats", "/data/user/chats"),
    get("list joined chats as client", "/data/user/chats", as_="client"),
    post("post message", MESSAGES, {"message": "Hello"}, save={"message": "id"}),
    post("post message as artist", MESSAGES, {"message": "Hi"}, as_="user", save={"artist_message": "id"}),
    post("post message with file", MESSAGES, form={"message": "See file"},
         files={"file": {"name": "notes.txt", "type": "text/plain", "text": "chat notes"}},
         save={"file_message": "id", "attachment": "attachment_files.0.id"}),
    post("post message missing message", MESSAGES, {}),
    post("post message bad body", MESSAGES, {"message": ["x"]}),
    post("post message malformed entity id", "/data/entities/not-a-uuid/chat/messages", {"message": "x"}),
    post("post message unknown entity", f"/data/entities/{UNKNOWN_ID}/chat/messages", {"message": "x"}),
    post("post message as vendor outside team", MESSAGES, {"message": "x"}, as_="vendor"),
    get("get chat with messages", CHAT),
    get("list messages", MESSAGES),
    get("list messages as artist", MESSAGES, as_="user"),
    get("list messages as client outside team", MESSAGES, as_="client"),
    get("get message", MESSAGES + "/{message}"),
    get("get message unknown id", MESSAGES + f"/{UNKNOWN_ID}"),
    get("get message malformed id", MESSAGES + "/not-a-uuid"),
    get("list messages unknown entity", f"/data/entities/{UNKNOWN_ID}/chat/messages"),
    get("get message of another entity", "/data/entities/{asset}/chat/messages/{message}"),
    get("download chat attachment", "/data/attachment-files/{attachment}/file/notes.txt"),
    get("download chat attachment as vendor", "/data/attachment-files/{attachment}/file/notes.txt",
        as_="vendor"),
    delete("delete message of another as artist", MESSAGES + "/{message}", as_="user"),
    delete("delete message of another as manager", MESSAGES + "/{artist_message}", as_="manager"),
    delete("delete own message as artist", MESSAGES + "/{artist_message}", as_="user"),
    delete("delete message", MESSAGES + "/{message}"),
    delete("delete unknown message", MESSAGES + f"/{UNKNOWN_ID}"),
    get("list messages after deletions", MESSAGES),
    delete("leave chat as artist", "/actions/user/chats/{shot}/join", as_="user"),
    get("get chat after leaving", CHAT),
]
