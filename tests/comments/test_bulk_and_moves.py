"""Comments on many tasks, copies of client comments, moving a comment, preview slots and the
project's status automations."""

import uuid

from tests.comments.conftest import assign, db_get, events_named, post_comment, rows


async def _second_asset_task(studio) -> str:
    from app.core.unit_of_work import run_in_unit_of_work
    from app.models import Task

    async with run_in_unit_of_work() as uow:
        task = Task(
            name="main", project_id=uuid.UUID(studio.project), entity_id=uuid.UUID(studio.asset),
            task_type_id=uuid.UUID(studio.shading), task_status_id=uuid.UUID(studio.todo),
        )  # fmt: skip
        uow.get_session().add(task)
    return str(task.id)


async def test_comment_many(client, admin_headers, studio, statuses, member):
    url = f"/actions/projects/{studio.project}/tasks/comment-many"
    body = [
        {"object_id": studio.task, "task_status_id": statuses["wip"], "comment": "a"},
        {
            "object_id": studio.shot_task,
            "task_status_id": statuses["wfa"],
            "comment": "b",
            "links": ["http://x"],
        },
        {"object_id": studio.shot_task, "comment": "skipped"},
    ]
    answer = await client.post(url, json=body, headers=admin_headers)
    assert answer.status_code == 201
    assert [(c["object_id"], c["text"], c["links"]) for c in answer.json()] == [
        (studio.task, "a", []),
        (studio.shot_task, "b", ["http://x"]),
    ]
    # Zou's batch routes give the author with its department ids (the single comment route not).
    assert all(comment["person"]["departments"] == [] for comment in answer.json())
    assert str((await db_get("Task", studio.shot_task)).task_status_id) == statuses["wfa"]

    artist, artist_headers = await member("user")
    await assign(studio.task, artist["id"])
    mine = await client.post(
        url,
        json=[
            {"object_id": studio.task, "task_status_id": statuses["wip"], "comment": "mine"},
            {"object_id": studio.shot_task, "task_status_id": statuses["wip"], "comment": "not mine"},
        ],
        headers=artist_headers,
    )
    assert mine.status_code == 201 and [c["text"] for c in mine.json()] == ["mine"]


async def test_comment_many_refusals(client, admin_headers, studio, statuses):
    url = f"/actions/projects/{studio.project}/tasks/comment-many"
    before = len(await rows("Comment"))
    unknown_task = [
        {"object_id": studio.task, "task_status_id": statuses["wip"], "comment": "a"},
        {"object_id": str(uuid.uuid4()), "task_status_id": statuses["wip"], "comment": "b"},
    ]
    assert (await client.post(url, json=unknown_task, headers=admin_headers)).status_code == 404
    bad_id = [{"object_id": "nope", "task_status_id": statuses["wip"], "comment": "a"}]
    answer = await client.post(url, json=bad_id, headers=admin_headers)
    assert answer.status_code == 400 and answer.json()["data"]["errors"][0]["field"] == "0.object_id"
    assert (await client.post(url, json={"a": 1}, headers=admin_headers)).status_code == 400
    not_json = await client.post(url, data={"a": "1"}, headers=admin_headers)
    assert not_json.status_code == 400 and not_json.json()["message"] == "Request body must be a JSON array."
    elsewhere = f"/actions/projects/{studio.closed_project}/tasks/comment-many"
    cross = [{"object_id": studio.task, "task_status_id": statuses["wip"], "comment": "a"}]
    assert (await client.post(elsewhere, json=cross, headers=admin_headers)).status_code == 400
    assert len(await rows("Comment")) == before
    assert await events_named("comment:new") == []


async def test_copy_client_comments(client, admin_headers, studio, statuses, member):
    _, client_headers = await member("client")
    await post_comment(client, studio.task, client_headers, statuses["wip"], "old remark")
    await post_comment(client, studio.task, client_headers, statuses["wip"], "last remark")
    url = f"/actions/projects/{studio.project}/tasks/copy-client-comments"
    answer = await client.post(
        url, json={"task_ids": [studio.task, studio.shot_task], "prefix": "Client:"}, headers=admin_headers
    )
    assert answer.status_code == 201
    copies = answer.json()
    assert [(c["text"], c["person_id"], c["object_id"]) for c in copies] == [
        ("Client:\n\nlast remark", studio.admin, studio.task)
    ]
    assert copies[0]["person"]["departments"] == []  # the copier named by id, as Zou reads it
    _, artist = await member("user")
    assert (await client.post(url, json={"task_ids": [studio.task]}, headers=artist)).status_code == 403
    empty = await client.post(url, json={"task_ids": []}, headers=admin_headers)
    assert empty.status_code == 400 and empty.json()["data"]["errors"][0]["field"] == "task_ids"
    malformed = await client.post(url, json={"task_ids": ["not-a-uuid", "1"]}, headers=admin_headers)
    # Zou's pydantic-core counts positions from 1 and names the simple format's length.
    assert [e["message"] for e in malformed.json()["data"]["errors"]] == [
        "Input should be a valid UUID, invalid character: found `n` at 1",
        "Input should be a valid UUID, invalid length: expected length 32 for simple format, found 1",
    ]
    assert (
        await client.post(
            f"/actions/projects/{uuid.uuid4()}/tasks/copy-client-comments",
            json={"task_ids": [studio.task]},
            headers=admin_headers,
        )
    ).status_code == 404


async def test_move_comment(client, admin_headers, studio, statuses, member):
    target = await _second_asset_task(studio)
    comment = (await post_comment(client, studio.task, admin_headers, statuses["wfa"], "moving")).json()
    url = f"/actions/tasks/{studio.task}/comments/{comment['id']}/move"
    _, artist = await member("user")
    assert (await client.post(url, json={"target_task_id": target}, headers=artist)).status_code == 403
    assert (await client.post(url, json={}, headers=admin_headers)).status_code == 400
    same = await client.post(url, json={"target_task_id": studio.task}, headers=admin_headers)
    assert same.status_code == 400 and same.json()["message"] == "Source and target tasks must be different."
    other_entity = await client.post(url, json={"target_task_id": studio.shot_task}, headers=admin_headers)
    assert other_entity.status_code == 400
    assert (
        await client.post(url, json={"target_task_id": str(uuid.uuid4())}, headers=admin_headers)
    ).status_code == 404
    wrong = f"/actions/tasks/{target}/comments/{comment['id']}/move"
    assert (
        await client.post(wrong, json={"target_task_id": studio.task}, headers=admin_headers)
    ).status_code == 400

    moved = await client.post(url, json={"target_task_id": target}, headers=admin_headers)
    assert moved.status_code == 200 and moved.json()["object_id"] == target
    assert str((await db_get("Task", target)).task_status_id) == statuses["wfa"]
    assert str((await db_get("Task", studio.task)).task_status_id) == studio.todo
    news = await rows("News", comment_id=comment["id"])
    assert [str(n.task_id) for n in news] == [target]
    assert [e["task_id"] for e in await events_named("comment:delete")] == [studio.task]


async def test_preview_slots(client, admin_headers, studio, statuses, member):
    comment = (await post_comment(client, studio.task, admin_headers, statuses["wfa"], "v1")).json()
    url = f"/actions/tasks/{studio.task}/comments/{comment['id']}/add-preview"
    first = await client.post(url, json={}, headers=admin_headers)
    assert first.status_code == 201
    preview = first.json()
    assert (preview["revision"], preview["position"], preview["status"], preview["type"]) == (
        1,
        1,
        "processing",
        "PreviewFile",
    )
    assert (await rows("News", comment_id=comment["id"]))[0].preview_file_id == uuid.UUID(preview["id"])
    extra = await client.post(
        f"/actions/tasks/{studio.task}/comments/{comment['id']}/preview-files/{preview['id']}",
        headers=admin_headers,
    )
    assert extra.status_code == 201 and (extra.json()["revision"], extra.json()["position"]) == (1, 2)
    other = (await post_comment(client, studio.task, admin_headers, statuses["wfa"], "v2")).json()
    taken = await client.post(
        f"/actions/tasks/{studio.task}/comments/{other['id']}/add-preview",
        json={"revision": 1},
        headers=admin_headers,
    )
    assert taken.status_code == 400 and "Revision 1 already exists" in taken.json()["message"]
    bad = await client.post(
        f"/actions/tasks/{studio.task}/comments/{other['id']}/add-preview",
        json={"revision": -1},
        headers=admin_headers,
    )
    assert bad.status_code == 400
    thread = (await client.get(f"/data/tasks/{studio.task}/comments", headers=admin_headers)).json()
    shown = next(c for c in thread if c["id"] == comment["id"])
    assert [p["position"] for p in shown["previews"]] == [1, 2]
    _, artist = await member("user")
    assert (await client.post(url, json={}, headers=artist)).status_code == 403
    assert (
        await client.post(
            f"/actions/tasks/{studio.shot_task}/comments/{comment['id']}/add-preview",
            json={},
            headers=admin_headers,
        )
    ).status_code == 404

    remove = f"/actions/tasks/{studio.task}/comments/{comment['id']}/preview-files/{extra.json()['id']}"
    _, manager = await member("manager")
    assert (await client.delete(remove, headers=artist)).status_code == 403
    assert (await client.delete(remove, headers=manager)).status_code == 204
    assert await rows("PreviewFile", id=extra.json()["id"]) == []
    assert (await client.delete(remove, headers=manager)).status_code == 404
    malformed = await client.delete(remove.rsplit("/", 1)[0] + "/not-a-uuid", headers=manager)
    assert malformed.status_code == 400 and malformed.json()["message"] == "Wrong UUID format."
    moved = await client.post(
        f"/actions/tasks/{studio.task}/comments/{comment['id']}/move",
        json={"target_task_id": await _second_asset_task(studio)},
        headers=admin_headers,
    )
    assert moved.status_code == 400 and "preview" in moved.json()["message"]


async def test_status_automation(client, admin_headers, studio, statuses):
    from app.core.unit_of_work import run_in_unit_of_work
    from app.models import ProjectStatusAutomationLink, StatusAutomation

    shading_task = await _second_asset_task(studio)
    async with run_in_unit_of_work() as uow:
        session = uow.get_session()
        automation = StatusAutomation(
            entity_type="asset",
            in_task_type_id=uuid.UUID(studio.modeling),
            in_task_status_id=uuid.UUID(statuses["done"]),
            out_field_type="status",
            out_task_type_id=uuid.UUID(studio.shading),
            out_task_status_id=uuid.UUID(statuses["wip"]),
        )
        session.add(automation)
        await session.flush()
        session.add(
            ProjectStatusAutomationLink(
                project_id=uuid.UUID(studio.project), status_automation_id=automation.id
            )
        )
    assert (await post_comment(client, studio.task, admin_headers, statuses["done"], "ok")).status_code == 201
    assert str((await db_get("Task", shading_task)).task_status_id) == statuses["wip"]
    triggered = await rows("Comment", object_id=shading_task)
    assert [c.text for c in triggered] == ["Change triggered by Modeling set to Done"]


async def test_ready_for_automation(client, admin_headers, studio, statuses):
    from app.core.unit_of_work import run_in_unit_of_work
    from app.models import ProjectStatusAutomationLink, StatusAutomation

    async with run_in_unit_of_work() as uow:
        session = uow.get_session()
        automation = StatusAutomation(
            entity_type="asset",
            in_task_type_id=uuid.UUID(studio.modeling),
            in_task_status_id=uuid.UUID(statuses["done"]),
            out_field_type="ready_for",
            out_task_type_id=uuid.UUID(studio.animation),
        )
        session.add(automation)
        await session.flush()
        session.add(
            ProjectStatusAutomationLink(
                project_id=uuid.UUID(studio.project), status_automation_id=automation.id
            )
        )
    assert (await post_comment(client, studio.task, admin_headers, statuses["wip"])).status_code == 201
    assert (await db_get("Entity", studio.asset)).ready_for is None
    assert (await post_comment(client, studio.task, admin_headers, statuses["done"])).status_code == 201
    assert str((await db_get("Entity", studio.asset)).ready_for) == studio.animation
    assert await events_named("asset:update") == [
        {"asset_id": studio.asset, "data": {"ready_for": studio.animation}, "project_id": studio.project}
    ]
