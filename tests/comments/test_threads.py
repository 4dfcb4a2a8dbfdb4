"""Reading and deleting comments: a task's thread by role, one comment, a production's comments,
and deletion putting the task back in the state its other comments give."""

import uuid

from tests.assets.support import set_fields
from tests.comments.conftest import assign, db_get, events_named, post_comment, rows, update_row
from tests.helpers.fixtures import bearer


async def test_task_thread(client, admin_headers, studio, statuses, member):
    first = (await post_comment(client, studio.task, admin_headers, statuses["wip"], "first")).json()
    second = (await post_comment(client, studio.task, admin_headers, statuses["wfa"], "second")).json()
    await client.post(
        f"/data/tasks/{studio.task}/comments/{first['id']}/reply", json={"text": "ok"}, headers=admin_headers
    )
    answer = await client.get(f"/data/tasks/{studio.task}/comments", headers=admin_headers)
    assert answer.status_code == 200
    thread = answer.json()
    assert [c["id"] for c in thread][:2] == [second["id"], first["id"]] or {c["id"] for c in thread} >= {
        first["id"],
        second["id"],
    }
    by_id = {c["id"]: c for c in thread}
    assert by_id[second["id"]]["task_status"] == {
        "name": "Waiting For Approval",
        "short_name": "wfa",
        "color": "#ab26ff",
        "id": statuses["wfa"],
    }
    assert by_id[first["id"]]["person"]["full_name"] == "Super Admin"
    assert by_id[first["id"]]["replies"][0]["person"]["id"] == studio.admin
    assert by_id[first["id"]]["previews"] == [] and by_id[first["id"]]["attachment_files"] == []
    assert "editor" not in by_id[first["id"]]


async def test_thread_by_role(client, admin_headers, studio, statuses, member):
    client_person, client_headers = await member("client")
    artist, artist_headers = await member("user")
    internal = (await post_comment(client, studio.task, admin_headers, statuses["wip"], "internal")).json()
    shared = (
        await post_comment(client, studio.task, admin_headers, statuses["wip"], "shared", for_client=True)
    ).json()
    from_client = (
        await post_comment(client, studio.task, client_headers, statuses["wip"], "from client")
    ).json()
    seen = {
        c["id"]
        for c in (await client.get(f"/data/tasks/{studio.task}/comments", headers=client_headers)).json()
    }
    assert seen == {shared["id"], from_client["id"]}
    await assign(studio.task, artist["id"])
    seen = {
        c["id"]
        for c in (await client.get(f"/data/tasks/{studio.task}/comments", headers=artist_headers)).json()
    }
    assert from_client["id"] not in seen and {internal["id"], shared["id"]} <= seen

    one = f"/data/tasks/{studio.task}/comments/{internal['id']}"
    assert (await client.get(one, headers=client_headers)).status_code == 403
    read = await client.get(one, headers=artist_headers)
    assert read.status_code == 200 and read.json()["text"] == "internal" and "mentions" not in read.json()
    assert (
        await client.get(f"/data/tasks/{studio.task}/comments/{from_client['id']}", headers=artist_headers)
    ).status_code == 403
    await update_row("Project", studio.project, is_clients_isolated=True)
    seen = {
        c["id"]
        for c in (await client.get(f"/data/tasks/{studio.task}/comments", headers=client_headers)).json()
    }
    assert seen == {shared["id"], from_client["id"]}
    assert client_person["role"] == "client"


async def test_thread_refusals(client, admin_headers, studio, statuses, member):
    comment = (await post_comment(client, studio.task, admin_headers, statuses["wip"])).json()
    for task_id in (str(uuid.uuid4()), "nope"):
        assert (await client.get(f"/data/tasks/{task_id}/comments", headers=admin_headers)).status_code == 404
    assert (
        await client.get(f"/data/tasks/{studio.shot_task}/comments/{comment['id']}", headers=admin_headers)
    ).status_code == 404
    assert (
        await client.get(f"/data/tasks/{studio.task}/comments/{uuid.uuid4()}", headers=admin_headers)
    ).status_code == 404
    _, outsider = await member("user", in_team=False)
    assert (await client.get(f"/data/tasks/{studio.task}/comments", headers=outsider)).status_code == 403
    vendor, vendor_headers = await member("vendor")
    assert (
        await client.get(f"/data/tasks/{studio.task}/comments", headers=vendor_headers)
    ).status_code == 403
    await assign(studio.task, vendor["id"])
    assert (
        await client.get(f"/data/tasks/{studio.task}/comments", headers=vendor_headers)
    ).status_code == 200


async def test_delete_comment_restores_the_task(client, admin_headers, studio, statuses, member):
    wip = (await post_comment(client, studio.task, admin_headers, statuses["wip"], "start")).json()
    done = (await post_comment(client, studio.task, admin_headers, statuses["done"], "end")).json()
    assert (await db_get("Task", studio.task)).done_date is not None
    artist, artist_headers = await member("user")
    await assign(studio.task, artist["id"])
    url = f"/data/tasks/{studio.task}/comments/{done['id']}"
    assert (await client.delete(url, headers=artist_headers)).status_code == 403
    assert (
        await client.delete(f"/data/tasks/{studio.shot_task}/comments/{done['id']}", headers=admin_headers)
    ).status_code == 404
    assert (await client.delete(url, headers=admin_headers)).status_code == 204
    task = await db_get("Task", studio.task)
    assert str(task.task_status_id) == statuses["wip"] and task.done_date is None
    assert task.last_comment_date.replace(microsecond=0).isoformat() == wip["created_at"]
    assert await rows("Comment", id=done["id"]) == [] and await rows("News", comment_id=done["id"]) == []
    assert await events_named("comment:delete") == [
        {"comment_id": done["id"], "task_id": studio.task, "project_id": studio.project}
    ]
    changed = await events_named("task:status-changed")
    assert (
        changed[-1]["new_task_status_id"] == statuses["wip"]
        and changed[-1]["previous_task_status_id"] == statuses["done"]
    )
    assert len(await events_named("news:delete")) == 1
    # The author deletes their own comment.
    mine = (await post_comment(client, studio.task, artist_headers, statuses["wip"], "mine")).json()
    assert (
        await client.delete(f"/data/tasks/{studio.task}/comments/{mine['id']}", headers=artist_headers)
    ).status_code == 204
    assert (
        await client.delete(f"/data/tasks/{studio.task}/comments/{mine['id']}", headers=admin_headers)
    ).status_code == 404


async def test_delete_last_comment_goes_back_to_default(client, admin_headers, studio, statuses):
    await update_row("Comment", studio.comment, task_status_id=uuid.UUID(statuses["todo"]))
    only = (await post_comment(client, studio.task, admin_headers, statuses["retake"])).json()
    for comment_id in (only["id"], studio.comment):
        assert (
            await client.delete(f"/data/tasks/{studio.task}/comments/{comment_id}", headers=admin_headers)
        ).status_code == 204
    task = await db_get("Task", studio.task)
    assert (str(task.task_status_id), task.retake_count, task.last_comment_date) == (
        statuses["todo"],
        0,
        None,
    )


async def test_project_comments(client, admin_headers, studio, statuses, member):
    await post_comment(client, studio.task, admin_headers, statuses["wip"])
    url = f"/data/projects/{studio.project}/comments"
    listed = (await client.get(url, headers=admin_headers)).json()
    assert len(listed) == 2 and all("mentions" in c and "previews" in c for c in listed)
    page = (await client.get(f"{url}?page=1&limit=1", headers=admin_headers)).json()
    assert (page["total"], page["nb_pages"], page["limit"], page["page"], len(page["data"])) == (
        2,
        2,
        1,
        1,
        1,
    )
    _, supervisor = await member("supervisor")
    assert (await client.get(url, headers=supervisor)).status_code == 200
    for role in ("client", "vendor"):
        _, headers = await member(role)
        assert (await client.get(url, headers=headers)).status_code == 403
    _, outsider = await member("manager", in_team=False)
    assert (await client.get(url, headers=outsider)).status_code == 403
    assert (
        await client.get(f"/data/projects/{uuid.uuid4()}/comments", headers=admin_headers)
    ).status_code == 404
    assert (await client.get(f"{url}?page=x", headers=admin_headers)).status_code == 400


async def test_crud_edit_resets_mentions_and_task(client, admin_headers, studio, statuses, member):
    artist, _ = await member("user", first_name="Eve", last_name="Ng")
    comment = (await post_comment(client, studio.task, admin_headers, statuses["wip"], "draft")).json()
    body = {"text": "@Eve Ng see", "task_status_id": statuses["done"]}
    edited = await client.put(f"/data/comments/{comment['id']}", json=body, headers=admin_headers)
    assert edited.status_code == 200 and edited.json()["text"] == "@Eve Ng see"
    mentions = await rows("Notification", comment_id=comment["id"], type="mention")
    assert [str(n.person_id) for n in mentions] == [artist["id"]]
    task = await db_get("Task", studio.task)
    assert str(task.task_status_id) == statuses["done"] and task.done_date is not None
    again = await client.put(
        f"/data/comments/{comment['id']}", json={"text": "nobody"}, headers=admin_headers
    )
    assert again.status_code == 200
    assert await rows("Notification", comment_id=comment["id"], type="mention") == []
    assert (await client.delete(f"/data/comments/{comment['id']}", headers=admin_headers)).status_code == 204
    assert str((await db_get("Task", studio.task)).task_status_id) == studio.todo


async def test_client_sees_studio_revisions_without_their_text(
    client, admin_headers, studio, statuses, member
):
    _, client_headers = await member("client")
    revision = (
        await post_comment(client, studio.task, admin_headers, statuses["wfa"], "internal notes")
    ).json()
    await client.post(
        f"/actions/tasks/{studio.task}/comments/{revision['id']}/add-preview", json={}, headers=admin_headers
    )
    thread = (await client.get(f"/data/tasks/{studio.task}/comments", headers=client_headers)).json()
    assert [(c["id"], c["text"], c["checklist"]) for c in thread] == [(revision["id"], "", [])]
    assert len(thread[0]["previews"]) == 1


async def test_malformed_comment_id_reads_as_unknown(client, admin_headers):
    """Zou reads a comment through a service that only knows "not found": GET and DELETE answer the
    generic 404 for a malformed id; PUT goes through the generic check (400 "Malformed ID.")."""
    for method in ("GET", "DELETE"):
        answer = await client.request(method, "/data/comments/not-an-id", headers=admin_headers)
        assert answer.status_code == 404, method
    answer = await client.put("/data/comments/not-an-id", json={"text": "x"}, headers=admin_headers)
    assert (answer.status_code, answer.json()["message"]) == (400, "Malformed ID.")


async def test_the_readers_team_role_is_read_at_every_request(
    client, admin_headers, studio, statuses, member
):
    """The thread reads the task and the reader's team link together: a changed link shows at the
    reader's next request (no process keeps it), in every worker alike."""
    from sqlalchemy import delete, update

    from app.core.unit_of_work import run_in_unit_of_work
    from app.models import ProjectPersonLink

    client_person, client_headers = await member("client")
    artist, artist_headers = await member("user")
    internal = (await post_comment(client, studio.task, admin_headers, statuses["wip"], "internal")).json()
    from_client = (await post_comment(client, studio.task, client_headers, statuses["wip"], "asks")).json()
    url = f"/data/tasks/{studio.task}/comments"

    async def seen() -> set[str]:
        return {c["id"] for c in (await client.get(url, headers=artist_headers)).json()}

    first = await seen()
    assert internal["id"] in first and from_client["id"] not in first
    link = (ProjectPersonLink.project_id == uuid.UUID(studio.project)) & (
        ProjectPersonLink.person_id == uuid.UUID(artist["id"])
    )
    async with run_in_unit_of_work() as uow:
        await uow.get_session().execute(update(ProjectPersonLink).where(link).values(role="supervisor"))
    assert {internal["id"], from_client["id"]} <= await seen()  # a supervisor reads everything
    async with run_in_unit_of_work() as uow:
        await uow.get_session().execute(delete(ProjectPersonLink).where(link))
    assert (await client.get(url, headers=artist_headers)).status_code == 403
    assert client_person["role"] == "client"


async def test_thread_json_columns_and_links_read_as_stored(client, admin_headers, studio, statuses, member):
    """The thread reads its JSON columns and link lists as text on PostgreSQL: what it sends is
    still, byte for byte, what the stored values serialise to (big integers, floats, nesting,
    non-ASCII text), and the ids of the links are the same ids."""
    import orjson

    artist, artist_headers = await member("user")
    await assign(studio.task, artist["id"])
    data = {"nested": {"list": [1, 2.5, None, True]}, "big": 1234567890123456789, "name": "Zoé \u2603"}
    checklist = [{"text": "a", "checked": False}, {"text": 'b "quoted"', "checked": True}]
    comment = (
        await post_comment(client, studio.task, admin_headers, statuses["wip"], "json", checklist=checklist)
    ).json()
    await update_row("Comment", comment["id"], data=data, editor_id=uuid.UUID(studio.admin))
    await client.post(f"/data/tasks/{studio.task}/comments/{comment['id']}/ack", headers=artist_headers)
    empty = (await post_comment(client, studio.task, admin_headers, statuses["wip"], "empty")).json()
    await update_row("Comment", empty["id"], data={})
    answer = await client.get(f"/data/tasks/{studio.task}/comments", headers=artist_headers)
    assert answer.status_code == 200
    by_id = {c["id"]: c for c in answer.json()}
    read = by_id[comment["id"]]
    assert read["data"] == data and read["checklist"] == checklist and read["replies"] == []
    assert read["acknowledgements"] == [artist["id"]] and read["editor"]["id"] == studio.admin
    assert read["person"]["id"] == studio.admin and read["task_status"]["id"] == statuses["wip"]
    # Compact, as orjson writes the values (jsonb keeps an object's keys in its own order).
    written = orjson.dumps(read["data"]) + b',"replies":[],"checklist":' + orjson.dumps(checklist)
    assert b'"data":' + written in answer.content
    assert (by_id[empty["id"]]["data"], by_id[empty["id"]]["checklist"]) == ({}, [])
    assert b'"data":{},"replies":[],"checklist":[]' in answer.content


async def test_thread_visibility_follows_the_readers_role_in_the_production(
    client, admin_headers, studio, statuses, member
):
    """The reader's role is the team role when it is a valid one (admin stays admin), else the
    global role; the author's is the team role first: the thread reads both in its own statement
    on PostgreSQL, which must pick the comments Zou's rules pick."""
    url = f"/data/tasks/{studio.task}/comments"
    before = {c["id"] for c in (await client.get(url, headers=admin_headers)).json()}  # the studio's
    studio_author, studio_author_headers = await member("user", project_role="client")
    client_author, client_headers = await member("client")
    await assign(studio.task, studio_author["id"])
    internal = (await post_comment(client, studio.task, admin_headers, statuses["wip"], "internal")).json()
    shared = (
        await post_comment(client, studio.task, admin_headers, statuses["wip"], "shared", for_client=True)
    ).json()
    by_client = (await post_comment(client, studio.task, client_headers, statuses["wip"], "asks")).json()
    by_team_client = (
        await post_comment(client, studio.task, studio_author_headers, statuses["wip"], "team client")
    ).json()
    everything = {internal["id"], shared["id"], by_client["id"], by_team_client["id"], *before}
    artist_view = {internal["id"], shared["id"], *before}
    client_view = {shared["id"], by_client["id"]}  # a client reads the author's global role
    expected = {
        ("user", None): artist_view,
        ("user", "client"): client_view,
        ("client", "user"): artist_view,
        ("supervisor", "user"): artist_view,
        ("user", "supervisor"): everything,
        ("manager", "not-a-role"): everything,
        ("user", "not-a-role"): artist_view,
        ("admin", "user"): everything,
        ("vendor", None): artist_view,
    }
    for (role, project_role), seen in expected.items():
        reader, headers = await member(role, project_role=project_role)
        if role == "vendor":
            assert (await client.get(url, headers=headers)).status_code == 403  # not a task of theirs
            await assign(studio.task, reader["id"])
        answer = await client.get(url, headers=headers)
        assert answer.status_code == 200, (role, project_role)
        assert {c["id"] for c in answer.json()} == seen, (role, project_role)

    artist, artist_headers = await member("user")
    assert (await client.get(f"/data/tasks/{studio.shot_task}/comments", headers=artist_headers)).json() == []
    await assign(studio.task, artist["id"])
    for comment_id in artist_view:
        await client.delete(f"/data/tasks/{studio.task}/comments/{comment_id}", headers=admin_headers)
    assert (await client.get(url, headers=artist_headers)).json() == []  # none of the comments left
    outsider, outsider_headers = await member("user", in_team=False)
    assert (await client.get(url, headers=outsider_headers)).status_code == 403


async def test_the_thread_checks_its_caller_as_every_route_does(
    client, admin_headers, studio, statuses, member
):
    """The thread reads its caller along with its comments (one statement on PostgreSQL): a
    refused caller gets exactly what another route answers them, before any 404 of the task,
    and nothing of the thread."""
    posted = (await post_comment(client, studio.task, admin_headers, statuses["wip"])).json()
    inactive, inactive_headers = await member("user")
    await set_fields("Person", inactive["id"], active=False)
    _, logged_out = await member("user")
    assert (await client.get("/auth/logout", headers=logged_out)).status_code == 200
    callers = {"inactive": inactive_headers, "unknown person": bearer(uuid.uuid4()), "logged out": logged_out}
    for name, headers in callers.items():
        expected = await client.get("/data/projects", headers=headers)
        assert expected.status_code == 401, name
        for task_id in (studio.task, str(uuid.uuid4()), "nope"):
            answer = await client.get(f"/data/tasks/{task_id}/comments", headers=headers)
            assert (answer.status_code, answer.json()) == (expected.status_code, expected.json()), name
    _, reader = await member("user")
    thread = (await client.get(f"/data/tasks/{studio.task}/comments", headers=reader)).json()
    assert posted["id"] in [comment["id"] for comment in thread]
