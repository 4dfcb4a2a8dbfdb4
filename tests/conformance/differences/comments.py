"""Declared differences of the comments, news and events, chats and search scenarios (see
earlier_areas.py for the key format)."""

# fmt: off
# Differences we keep on purpose: the replay ignores them. One reason each.
INTENTIONAL: dict[tuple[str, str, str], str] = {
    # Comments.
    ("comments", "comment many unknown project", "*"):
        "Zou comments the tasks of any production through the URL of an unknown one (201); we answer 404",
    ("comments", "copy client comments unknown project", "*"):
        "Zou answers 201 [] for an unknown production; we answer 404",
    ("comments", "add attachment without file", "*"):
        "Zou answers 201 [] when no file is sent; we refuse the empty upload (400, says what to send)",
    # News.
    ("news", "get news malformed id", "*"): "Zou crashes (500) on a malformed news id; we answer 404",
    # Chats.
    ("chats", "get chat *", "body.messages*"):
        "GET /data/entities/{id}/chat: Zou looks the messages up by the entity id as if it were the "
        "chat's, so its list is always empty; ours lists the chat's messages",
    ("chats", "get message unknown id", "*"): "Zou crashes (500) on an unknown message; we answer 404",
    ("chats", "get message malformed id", "*"): "Zou crashes (500) on a malformed message id; we answer 404",
    ("chats", "delete unknown message", "*"): "Zou crashes (500) on an unknown message; we answer 404",
    # Search: Zou searches through Meilisearch and crashes (500) without it; we need none (PostgreSQL
    # full-text search, SQLite word matching) and answer the matches, scoped as Zou scopes them.
    **{
        ("search", f"search {case}", "*"):
            "Zou without an indexer crashes (500) on any query of 3 characters or more; we answer 200 "
            "with the matching persons, assets and shots of the caller's open projects"
        for case in ("assets", "shots", "persons", "every index", "in project", "in unknown project",
                     "with offset", "as artist", "as vendor outside team", "as client outside team")
    },
}

# Real divergences of ours, not fixed yet: each must still occur (strict), one line on what differs.
PENDING: dict[tuple[str, str, str], str] = {
}
