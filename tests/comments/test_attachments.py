"""Attachments: added to a comment, listed, downloaded, removed."""

import uuid

from tests.comments.conftest import assign, post_comment, rows


async def test_add_list_download_delete(client, admin_headers, studio, statuses, member):
    artist, artist_headers = await member("user")
    await assign(studio.task, artist["id"])
    comment = (await post_comment(client, studio.task, artist_headers, statuses["wip"], "files")).json()
    url = f"/actions/tasks/{studio.task}/comments/{comment['id']}/add-attachment"
    files = [
        ("file", ("page.html", b"<script>", "text/html")),
        ("file-1", ("pic.jpg", b"JPEG", "image/jpeg")),
    ]
    added = await client.post(url, files=files, headers=artist_headers)
    assert added.status_code == 201
    assert sorted((a["name"], a["extension"], a["size"]) for a in added.json()) == [
        ("page.html", "html", 8),
        ("pic.jpg", "jpg", 4),
    ]
    html = next(a for a in added.json() if a["extension"] == "html")
    download = await client.get(f"/data/attachment-files/{html['id']}/file/page.html", headers=admin_headers)
    assert download.status_code == 200 and download.content == b"<script>"
    assert download.headers["content-disposition"].startswith("attachment")

    for listing in (
        f"/data/tasks/{studio.task}/attachment-files",
        f"/data/projects/{studio.project}/attachment-files",
    ):
        rows_ = (await client.get(listing, headers=admin_headers)).json()
        assert {r["id"] for r in rows_} == {a["id"] for a in added.json()}
        assert all(r["comment"]["id"] == comment["id"] and r["chat_message"] is None for r in rows_)
        assert (await client.get(listing, headers=artist_headers)).status_code == 403
    assert (
        await client.get("/data/projects/nope/attachment-files", headers=admin_headers)
    ).status_code == 404

    thread = (await client.get(f"/data/tasks/{studio.task}/comments", headers=admin_headers)).json()
    mine = next(c for c in thread if c["id"] == comment["id"])
    assert {a["id"] for a in mine["attachment_files"]} == {a["id"] for a in added.json()}
    assert all(a["reply_id"] is None for a in mine["attachment_files"])

    delete_url = f"/data/tasks/{studio.task}/comments/{comment['id']}/attachments/{html['id']}"
    _, other_artist = await member("user")
    assert (await client.delete(delete_url, headers=other_artist)).status_code == 403
    assert (await client.delete(delete_url, headers=artist_headers)).status_code == 204
    assert await rows("AttachmentFile", id=html["id"]) == []
    assert (
        await client.get(f"/data/attachment-files/{html['id']}/file/x", headers=admin_headers)
    ).status_code == 404
    assert (await client.delete(delete_url, headers=admin_headers)).status_code == 404


async def test_attachment_refusals(client, admin_headers, studio, statuses, member):
    comment = (await post_comment(client, studio.task, admin_headers, statuses["wip"])).json()
    url = f"/actions/tasks/{studio.task}/comments/{comment['id']}/add-attachment"
    files = {"file": ("a.txt", b"a", "text/plain")}
    _, artist = await member("user")
    assert (await client.post(url, files=files, headers=artist)).status_code == 403
    _, manager = await member("manager")
    assert (await client.post(url, files=files, headers=manager)).status_code == 201
    elsewhere = f"/actions/tasks/{studio.shot_task}/comments/{comment['id']}/add-attachment"
    assert (await client.post(elsewhere, files=files, headers=admin_headers)).status_code == 403
    unknown = f"/actions/tasks/{studio.task}/comments/{uuid.uuid4()}/add-attachment"
    assert (await client.post(unknown, files=files, headers=admin_headers)).status_code == 404
    empty = await client.post(url, data={"x": "1"}, headers=admin_headers)
    assert empty.status_code == 400 and empty.json()["error"] is True
    assert len(await rows("AttachmentFile", comment_id=comment["id"])) == 1

    attachment = (await rows("AttachmentFile", comment_id=comment["id"]))[0]
    download = f"/data/attachment-files/{attachment.id}/file/a.txt"
    # Zou checks the task, not the comment: a client of the production downloads the studio's
    # attachments too (roles matrix).
    _, client_headers = await member("client")
    assert (await client.get(download, headers=client_headers)).status_code == 200
    _, outsider = await member("user", in_team=False)
    assert (await client.get(download, headers=outsider)).status_code == 403
    assert (
        await client.get(f"/data/attachment-files/{uuid.uuid4()}/file/a", headers=admin_headers)
    ).status_code == 404
    other = (await post_comment(client, studio.task, admin_headers, statuses["wip"])).json()
    chained = f"/data/tasks/{studio.task}/comments/{other['id']}/attachments/{attachment.id}"
    assert (await client.delete(chained, headers=admin_headers)).status_code == 403


async def test_refused_request_leaves_no_file(client, admin_headers, studio, statuses):
    import orjson

    from app.core.config import get_settings

    attachments = get_settings().preview_folder / "files" / "attachments"
    before = sorted(attachments.rglob("*")) if attachments.exists() else []
    comments = [
        {"task_id": studio.task, "task_status_id": statuses["wip"], "comment": "with file"},
        {"task_id": str(uuid.uuid4()), "task_status_id": statuses["wip"], "comment": "unknown task"},
    ]
    files = {
        "comments": (None, orjson.dumps(comments), "application/json"),
        "attachment_file-0-0": ("a.txt", b"a", "text/plain"),
    }
    url = f"/actions/projects/{studio.project}/tasks/comment-many"
    assert (await client.post(url, files=files, headers=admin_headers)).status_code == 404
    after = sorted(attachments.rglob("*")) if attachments.exists() else []
    assert [p for p in after if p.is_file()] == [p for p in before if p.is_file()]
    assert await rows("AttachmentFile") == []
    comments.pop()
    files["comments"] = (None, orjson.dumps(comments), "application/json")
    posted = await client.post(url, files=files, headers=admin_headers)
    assert posted.status_code == 201 and [a["name"] for a in posted.json()[0]["attachment_files"]] == [
        "a.txt"
    ]


async def test_attachment_lists_of_unknown_ids_are_empty(client, admin_headers):
    """As Zou: an unknown task or production has no attachments (200 []); a malformed id is 404."""
    for owner in ("tasks", "projects"):
        unknown = await client.get(f"/data/{owner}/{uuid.uuid4()}/attachment-files", headers=admin_headers)
        assert unknown.status_code == 200 and unknown.json() == []
        malformed = await client.get(f"/data/{owner}/not-a-uuid/attachment-files", headers=admin_headers)
        assert malformed.status_code == 404
