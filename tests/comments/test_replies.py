"""Replies and acknowledgements: what they store, who hears of them, who may write them."""

import uuid

from tests.comments.conftest import assign, db_get, events_named, post_comment, rows


async def test_reply_and_delete(client, admin_headers, studio, statuses, member):
    artist, artist_headers = await member("user", first_name="Joe", last_name="Bo")
    await assign(studio.task, artist["id"])
    comment = (await post_comment(client, studio.task, artist_headers, statuses["wip"], "please look")).json()
    url = f"/data/tasks/{studio.task}/comments/{comment['id']}/reply"
    answer = await client.post(url, json={"text": "seen @Joe Bo"}, headers=admin_headers)
    assert answer.status_code == 200
    reply = answer.json()
    assert (reply["text"], reply["person_id"], reply["mentions"]) == (
        "seen @Joe Bo",
        studio.admin,
        [artist["id"]],
    )
    assert reply["person"] == {
        "id": studio.admin,
        "first_name": "Super",
        "last_name": "Admin",
        "full_name": "Super Admin",
        "has_avatar": False,
        "role": "admin",
    }
    assert reply["date"] == reply["created_at"]
    stored = await db_get("Comment", comment["id"])
    assert [r["id"] for r in stored.replies] == [reply["id"]]
    kinds = sorted((str(n.person_id), n.type) for n in await rows("Notification", reply_id=reply["id"]))
    assert kinds == sorted([(artist["id"], "reply"), (artist["id"], "reply-mention")])
    assert await events_named("comment:reply") == [
        {
            "task_id": studio.task,
            "comment_id": comment["id"],
            "reply_id": reply["id"],
            "project_id": studio.project,
        }
    ]

    # With a file, as a multipart form.
    files = {"file": ("a.pdf", b"%PDF", "application/pdf")}
    with_file = await client.post(url, data={"text": "see"}, files=files, headers=artist_headers)
    assert with_file.status_code == 200
    attachment = with_file.json()["attachment_files"][0]
    assert (attachment["name"], attachment["reply_id"]) == ("a.pdf", with_file.json()["id"])

    delete_url = f"/data/tasks/{studio.task}/comments/{comment['id']}/reply/{with_file.json()['id']}"
    other, other_headers = await member("manager")
    assert (await client.delete(delete_url, headers=other_headers)).status_code == 403
    left = await client.delete(delete_url, headers=artist_headers)
    assert left.status_code == 200 and [r["id"] for r in left.json()["replies"]] == [reply["id"]]
    assert "mentions" not in left.json()
    assert await rows("AttachmentFile", id=attachment["id"]) == []
    assert await rows("Notification", reply_id=with_file.json()["id"]) == []
    assert (await client.delete(delete_url, headers=artist_headers)).status_code == 404
    admin_delete = f"/data/tasks/{studio.task}/comments/{comment['id']}/reply/{reply['id']}"
    assert (
        await client.delete(
            f"/data/tasks/{studio.shot_task}/comments/{comment['id']}/reply/{reply['id']}",
            headers=admin_headers,
        )
    ).status_code == 404
    assert (await client.delete(admin_delete, headers=admin_headers)).status_code == 200
    assert other["role"] == "manager"


async def test_reply_refusals(client, admin_headers, studio, statuses, member):
    comment = (await post_comment(client, studio.task, admin_headers, statuses["wip"])).json()
    url = f"/data/tasks/{studio.task}/comments/{comment['id']}/reply"
    _, artist = await member("user")
    assert (await client.post(url, json={"text": "x"}, headers=artist)).status_code == 403
    elsewhere = f"/data/tasks/{studio.shot_task}/comments/{comment['id']}/reply"
    assert (await client.post(elsewhere, json={"text": "x"}, headers=admin_headers)).status_code == 403
    unknown = f"/data/tasks/{studio.task}/comments/{uuid.uuid4()}/reply"
    assert (await client.post(unknown, json={"text": "x"}, headers=admin_headers)).status_code == 404
    bad = await client.post(url, json={"text": 5}, headers=admin_headers)
    assert bad.status_code == 400 and bad.json()["data"]["errors"][0]["field"] == "text"
    # Only managers and clients answer in a client's thread.
    client_person, client_headers = await member("client")
    thread = (await post_comment(client, studio.task, client_headers, statuses["wip"], "client says")).json()
    supervisor, supervisor_headers = await member("supervisor")
    client_url = f"/data/tasks/{studio.task}/comments/{thread['id']}/reply"
    assert (await client.post(client_url, json={"text": "x"}, headers=supervisor_headers)).status_code == 403
    assert (await client.post(client_url, json={"text": "x"}, headers=admin_headers)).status_code == 200
    assert await rows("Notification", type="reply", person_id=client_person["id"]) != []
    assert supervisor["role"] == "supervisor"


async def test_acknowledge(client, admin_headers, studio, statuses, member):
    artist, artist_headers = await member("user")
    await assign(studio.task, artist["id"])
    comment = (await post_comment(client, studio.task, admin_headers, statuses["wip"])).json()
    url = f"/data/tasks/{studio.task}/comments/{comment['id']}/ack"
    answer = await client.post(url, headers=artist_headers)
    assert answer.status_code == 200 and answer.json()["acknowledgements"] == [artist["id"]]
    again = await client.post(url, headers=artist_headers)
    assert again.json()["acknowledgements"] == []
    assert [e["person_id"] for e in await events_named("comment:acknowledge")] == []  # not recorded
    assert (
        await client.post(
            f"/data/tasks/{studio.shot_task}/comments/{comment['id']}/ack", headers=admin_headers
        )
    ).status_code == 404
    assert (
        await client.post(f"/data/tasks/{studio.task}/comments/{uuid.uuid4()}/ack", headers=admin_headers)
    ).status_code == 404
    _, outsider = await member("user", in_team=False)
    assert (await client.post(url, headers=outsider)).status_code == 403
    _, client_headers = await member("client")
    assert (await client.post(url, headers=client_headers)).status_code == 403
