"""POST /actions/tasks/{task_id}/comment: the comment, the task's new state, mentions,
notifications, news, events, attachments, and the refusals."""

import uuid

from tests.comments.conftest import (
    add_department,
    assign,
    db_get,
    events_named,
    post_comment,
    rows,
    update_row,
)


async def test_comment_changes_task_and_notifies(client, admin_headers, studio, statuses, member):
    artist, artist_headers = await member("user", first_name="Ann", last_name="Lee")
    supervisor, _ = await member("supervisor", first_name="Sam", last_name="Ray")
    await assign(studio.task, artist["id"])
    text = "Looks good @Sam Ray and @Modeling please check"
    answer = await post_comment(
        client, studio.task, admin_headers, statuses["wip"], text, checklist=[{"text": "a"}]
    )
    assert answer.status_code == 201
    comment = answer.json()
    assert comment["type"] == "Comment" and comment["object_id"] == studio.task
    assert comment["checklist"] == [{"text": "a"}] and comment["links"] == [] and comment["replies"] == []
    assert comment["task_status"]["short_name"] == "wip" and comment["person"]["id"] == studio.admin
    assert "password" not in comment["person"]
    assert comment["mentions"] == [supervisor["id"]]
    assert comment["department_mentions"] == [studio.modeling_department]
    assert comment["attachment_files"] == [] and comment["acknowledgements"] == []

    task = await db_get("Task", studio.task)
    assert str(task.task_status_id) == statuses["wip"]
    assert task.last_comment_date.replace(microsecond=0).isoformat() == comment["created_at"]
    assert task.real_start_date is not None and task.end_date is None and task.done_date is None

    notifications = {
        (str(n.person_id), n.type, n.change) for n in await rows("Notification", comment_id=comment["id"])
    }
    assert notifications == {(artist["id"], "comment", True), (supervisor["id"], "mention", False)}
    news = await rows("News", comment_id=comment["id"])
    assert len(news) == 1 and news[0].change is True and str(news[0].author_id) == studio.admin
    assert await events_named("comment:new") == [
        {
            "comment_id": comment["id"],
            "task_id": studio.task,
            "task_status_id": statuses["wip"],
            "person_id": studio.admin,
            "for_client": False,
            "project_id": studio.project,
        }
    ]
    assert await events_named("task:status-changed") == [
        {
            "task_id": studio.task,
            "new_task_status_id": statuses["wip"],
            "previous_task_status_id": studio.todo,
            "person_id": studio.admin,
            "project_id": studio.project,
        }
    ]
    assert await events_named("news:new") == [
        {
            "news_id": str(news[0].id),
            "task_status_id": statuses["wip"],
            "task_type_id": studio.modeling,
            "project_id": studio.project,
        }
    ]

    # The assignee answers with a feedback request: end date set, to-review event.
    answer = await post_comment(client, studio.task, artist_headers, statuses["wfa"], "done")
    assert answer.status_code == 201
    task = await db_get("Task", studio.task)
    assert str(task.task_status_id) == statuses["wfa"] and task.end_date is not None
    assert [e["comment_id"] for e in await events_named("task:to-review")] == [answer.json()["id"]]
    # Nobody else is subscribed or assigned: the author is never notified of their own comment.
    assert await rows("Notification", comment_id=answer.json()["id"]) == []


async def test_retakes_done_and_same_status(client, admin_headers, studio, statuses):
    for status in ("retake", "wip", "retake", "done"):
        assert (await post_comment(client, studio.task, admin_headers, statuses[status])).status_code == 201
    task = await db_get("Task", studio.task)
    assert task.retake_count == 2 and task.done_date is not None
    same = await post_comment(client, studio.task, admin_headers, statuses["done"], "again")
    assert same.status_code == 201
    assert (await rows("News", comment_id=same.json()["id"]))[0].change is False
    assert len(await events_named("task:status-changed")) == 4


async def test_retake_cap(client, admin_headers, studio, statuses):
    await update_row("Project", studio.project, max_retakes=1)
    assert (await post_comment(client, studio.task, admin_headers, statuses["retake"])).status_code == 201
    refused = await post_comment(client, studio.task, admin_headers, statuses["retake"], "more")
    assert refused.status_code == 400
    assert refused.json() == {"error": True, "message": "No more retakes allowed on this task", "data": None}
    assert len(await rows("Comment", object_id=studio.task)) == 2  # the studio's seed comment + one


async def test_manager_fields_and_multipart_attachments(client, admin_headers, studio, statuses, member):
    artist, artist_headers = await member("user")
    await assign(studio.task, artist["id"])
    form = {
        "task_status_id": statuses["wip"],
        "comment": "see files",
        "person_id": artist["id"],
        "created_at": "2024-01-02 03:04:05",
        "checklist": '[{"text": "x", "checked": false}]',
        "links": '["https://example.com"]',
        "for_client": "true",
    }
    files = [
        ("file", ("ref.png", b"\x89PNG data", "image/png")),
        ("file-1", ("notes.txt", b"hello", "text/plain")),
    ]
    answer = await client.post(
        f"/actions/tasks/{studio.task}/comment", data=form, files=files, headers=admin_headers
    )
    assert answer.status_code == 201
    comment = answer.json()
    assert comment["person_id"] == artist["id"] and comment["created_at"] == "2024-01-02T03:04:05"
    assert comment["for_client"] is True and comment["links"] == ["https://example.com"]
    assert comment["checklist"] == [{"text": "x", "checked": False}]
    assert sorted((a["name"], a["extension"], a["size"]) for a in comment["attachment_files"]) == [
        ("notes.txt", "txt", 5),
        ("ref.png", "png", 9),
    ]
    png = next(a for a in comment["attachment_files"] if a["extension"] == "png")
    download = await client.get(
        f"/data/attachment-files/{png['id']}/file/anything.png", headers=artist_headers
    )
    assert download.status_code == 200 and download.content == b"\x89PNG data"
    assert download.headers["content-type"] == "image/png"
    assert download.headers["content-disposition"].startswith("inline")
    txt = next(a for a in comment["attachment_files"] if a["extension"] == "txt")
    download = await client.get(f"/data/attachment-files/{txt['id']}/file/x", headers=artist_headers)
    assert download.headers["content-disposition"].startswith("attachment")

    # An artist's person_id, created_at and for_client are ignored.
    other, _ = await member("user")
    mine = await post_comment(
        client, studio.task, artist_headers, statuses["wip"], person_id=other["id"], for_client=True,
        created_at="2020-01-01 00:00:00",
    )  # fmt: skip
    assert mine.status_code == 201
    assert (mine.json()["person_id"], mine.json()["for_client"]) == (artist["id"], False)
    assert mine.json()["created_at"] != "2020-01-01T00:00:00"


async def test_comment_refusals(client, admin_headers, studio, statuses, member):
    url = f"/actions/tasks/{studio.task}/comment"
    missing = await client.post(url, json={"comment": "x"}, headers=admin_headers)
    assert missing.status_code == 400 and missing.json()["data"]["errors"][0]["field"] == "task_status_id"
    bad_list = await client.post(
        url, data={"task_status_id": statuses["wip"], "checklist": "nope"}, headers=admin_headers
    )
    assert bad_list.status_code == 400 and bad_list.json()["data"]["errors"][0] == {
        "field": "checklist",
        "message": "Value error, invalid literal: line 1 column 1 (char 0)",  # Zou's orjson words
    }
    not_object = await client.post(url, json=[statuses["wip"]], headers=admin_headers)
    assert not_object.status_code == 400 and not_object.json()["data"]["errors"][0]["message"] == (
        "Input should be a valid dictionary or instance of CommentCreateSchema"  # Zou's model name
    )
    for task_id in (str(uuid.uuid4()), "not-an-id"):
        unknown = await post_comment(client, task_id, admin_headers, statuses["wip"])
        assert unknown.status_code == 404 and unknown.json()["error"] is True
    for status in (str(uuid.uuid4()), "nope"):
        assert (await post_comment(client, studio.task, admin_headers, status)).status_code == 404
    unknown_author = await post_comment(
        client, studio.task, admin_headers, statuses["wip"], person_id=str(uuid.uuid4())
    )
    assert unknown_author.status_code == 404

    artist, artist_headers = await member("user")
    assert (await post_comment(client, studio.task, artist_headers, statuses["wip"])).status_code == 403
    _, outsider = await member("manager", in_team=False)
    assert (await post_comment(client, studio.task, outsider, statuses["wip"])).status_code == 403
    await assign(studio.task, artist["id"])
    await update_row("TaskStatus", statuses["done"], is_artist_allowed=False)
    assert (await post_comment(client, studio.task, artist_headers, statuses["done"])).status_code == 403
    assert len(await rows("Comment", object_id=studio.task)) == 1
    assert await events_named("comment:new") == []


async def test_status_outside_the_project_list(client, admin_headers, studio, statuses):
    from app.core.unit_of_work import run_in_unit_of_work
    from app.models import ProjectTaskStatusLink

    async with run_in_unit_of_work() as uow:
        uow.get_session().add(
            ProjectTaskStatusLink(
                project_id=uuid.UUID(studio.project), task_status_id=uuid.UUID(statuses["wip"])
            )
        )
    refused = await post_comment(client, studio.task, admin_headers, statuses["done"])
    assert refused.status_code == 400 and "not used by the project" in refused.json()["message"]
    assert (await post_comment(client, studio.task, admin_headers, statuses["wip"])).status_code == 201


async def test_mentioned_person_answers_without_changing_status(
    client, admin_headers, studio, statuses, member
):
    artist, artist_headers = await member("user", first_name="Mia", last_name="Ko")
    assert (
        await post_comment(client, studio.task, admin_headers, statuses["wip"], "@Mia Ko ?")
    ).status_code == 201
    assert (
        await post_comment(client, studio.task, artist_headers, statuses["wip"], "yes")
    ).status_code == 201
    assert (
        await post_comment(client, studio.task, artist_headers, statuses["done"], "no")
    ).status_code == 403
    vendor, vendor_headers = await member("vendor", first_name="Ven", last_name="Dor")
    await add_department(vendor["id"], studio.modeling_department)
    assert (
        await post_comment(client, studio.task, admin_headers, statuses["wip"], "@Modeling")
    ).status_code == 201
    assert (await post_comment(client, studio.task, vendor_headers, statuses["wip"])).status_code == 403


async def test_subscribers_and_hashtags(client, admin_headers, studio, statuses, member):
    from app.core.unit_of_work import run_in_unit_of_work
    from app.models import Subscription, Task

    watcher, _ = await member("user")
    async with run_in_unit_of_work() as uow:
        session = uow.get_session()
        session.add(Subscription(person_id=uuid.UUID(watcher["id"]), task_id=uuid.UUID(studio.task)))
        session.add(
            Task(
                name="main", project_id=uuid.UUID(studio.project), entity_id=uuid.UUID(studio.asset),
                task_type_id=uuid.UUID(studio.shading), task_status_id=uuid.UUID(studio.todo),
            )
        )  # fmt: skip
    answer = await post_comment(client, studio.task, admin_headers, statuses["wip"], "fix #shading")
    assert answer.status_code == 201
    assert [str(n.person_id) for n in await rows("Notification", comment_id=answer.json()["id"])] == [
        watcher["id"]
    ]
    comments = await rows("Comment", text="fix #shading\n\n____\nFrom Modeling task")
    assert len(comments) == 1 and str(comments[0].task_status_id) == studio.todo


async def test_backdated_comment_keeps_the_latest_status(client, admin_headers, studio, statuses):
    assert (await post_comment(client, studio.task, admin_headers, statuses["wfa"], "now")).status_code == 201
    old = await post_comment(
        client, studio.task, admin_headers, statuses["retake"], "old", created_at="2001-02-03T04:05:06"
    )
    assert old.status_code == 201 and old.json()["created_at"] == "2001-02-03T04:05:06"
    assert old.json()["updated_at"] > "2020"  # updated now, as in Zou: the production's feed sorts on it
    task = await db_get("Task", studio.task)
    assert str(task.task_status_id) == statuses["wfa"] and task.retake_count == 1
    assert (
        await events_named("task:status-changed") != []
        and len(await events_named("task:status-changed")) == 1
    )


async def test_department_mentions_notify_its_team_members(client, admin_headers, studio, statuses, member):
    modeler, _ = await member("user")
    await add_department(modeler["id"], studio.modeling_department)
    answer = await post_comment(client, studio.task, admin_headers, statuses["wip"], "cc @Modeling")
    notified = await rows("Notification", comment_id=answer.json()["id"])
    assert [(str(n.person_id), n.type) for n in notified] == [(modeler["id"], "mention")]
    assert await events_named("notification:new") == []  # sent, not recorded


async def test_sequence_subscribers_hear_of_shot_comments(client, admin_headers, studio, statuses, member):
    from app.core.unit_of_work import run_in_unit_of_work
    from app.models import Subscription

    follower, _ = await member("supervisor")
    async with run_in_unit_of_work() as uow:
        uow.get_session().add(
            Subscription(
                person_id=uuid.UUID(follower["id"]),
                entity_id=uuid.UUID(studio.sequence),
                task_type_id=uuid.UUID(studio.animation),
            )
        )
    answer = await post_comment(client, studio.shot_task, admin_headers, statuses["wip"], "shot note")
    notified = await rows("Notification", comment_id=answer.json()["id"])
    assert [(str(n.person_id), n.type, str(n.task_id)) for n in notified] == [
        (follower["id"], "comment", studio.shot_task)
    ]


async def test_author_given_by_id_comes_with_departments(client, admin_headers, studio, statuses, member):
    """Zou reads an author named by id with its departments; the caller as author, without."""
    supervisor, _ = await member("supervisor")
    own = (await post_comment(client, studio.task, admin_headers, statuses["wip"], "mine")).json()
    assert "departments" not in own["person"]
    signed = await post_comment(
        client, studio.task, admin_headers, statuses["wip"], "signed", person_id=supervisor["id"]
    )
    assert signed.status_code == 201 and signed.json()["person"]["departments"] == []
    many = await client.post(
        f"/actions/projects/{studio.project}/tasks/comment-many",
        json=[{"object_id": studio.task, "task_status_id": statuses["wip"], "comment": "batch"}],
        headers=admin_headers,
    )
    assert many.status_code == 201 and many.json()[0]["person"]["departments"] == []
