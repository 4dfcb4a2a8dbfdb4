"""gazu 1.3.1 against a live server: comments as a pipeline script posts and reads them, with
attachments, replies, acknowledgements, preview slots, moves and bulk comments."""

import gazu


def _asset_tasks(client):
    project = client.project.new_project("Gazu Comments")
    prop = client.asset.new_asset_type("Gazu Comment Prop")
    asset = client.asset.new_asset(project, prop, "Lamp")
    modeling = client.task.get_task_type_by_name("Modeling")
    shading = client.task.get_task_type_by_name("Shading")
    return project, client.task.new_task(asset, modeling), client.task.new_task(asset, shading)


def test_comment_thread(gazu_client, tmp_path):
    client = gazu_client
    project, task, _ = _asset_tasks(client)
    wip = client.task.get_task_status_by_short_name("wip")
    wfa = client.task.get_task_status_by_short_name("wfa")
    first = client.task.add_comment(task, wip, "Started", checklist=[{"text": "topology", "checked": False}])
    assert first["task_status"]["id"] == wip["id"] and first["checklist"][0]["text"] == "topology"
    assert client.client.fetch_one("tasks", task["id"])["task_status_id"] == wip["id"]

    sheet = tmp_path / "sheet.txt"
    sheet.write_text("notes")
    picture = tmp_path / "ref.png"
    picture.write_bytes(b"\x89PNG")
    second = client.task.add_comment(task, wfa, "Please review", attachments=[str(sheet), str(picture)])
    assert sorted(a["name"] for a in second["attachment_files"]) == ["ref.png", "sheet.txt"]
    assert client.task.get_last_comment_for_task(task)["id"] == second["id"]
    assert [c["id"] for c in client.task.all_comments_for_task(task)] == [second["id"], first["id"]]
    assert client.task.get_comment(first["id"])["text"] == "Started"

    added = client.task.add_attachment_files_to_comment(task, first, [str(sheet)])
    assert [a["name"] for a in added] == ["sheet.txt"]
    attachment = client.files.get_attachment_file(added[0]["id"])
    assert attachment["comment_id"] == first["id"]
    target = tmp_path / "download.txt"
    client.files.download_attachment_file(attachment, str(target))
    assert target.read_text() == "notes"
    listed = client.files.get_all_attachment_files_for_task(task)
    assert len(listed) == 3 and len(client.files.get_all_attachment_files_for_project(project)) == 3
    client.task.delete_comment_attachment(task, first, attachment)
    assert len(client.files.get_all_attachment_files_for_task(task)) == 2

    acknowledged = client.task.acknowledge_comment(task, first)
    assert acknowledged["acknowledgements"] == [client.client.get_current_user()["id"]]
    reply = client.task.reply_to_comment(task, first, "Thanks")
    assert reply["text"] == "Thanks" and reply["person"]["full_name"] == "Super Admin"
    client.task.delete_comment_reply(task, first, reply)
    assert client.task.get_comment(first["id"])["replies"] == []

    assert [c["id"] for c in client.task.all_comments_for_project(project)] != []
    client.task.remove_comment(second)
    assert [c["id"] for c in client.task.all_comments_for_task(task)] == [first["id"]]
    assert client.client.fetch_one("tasks", task["id"])["task_status_id"] == wip["id"]


def test_previews_moves_and_bulk(gazu_client):
    client = gazu_client
    project, task, other = _asset_tasks(client)
    wfa = client.task.get_task_status_by_short_name("wfa")
    done = client.task.get_task_status_by_short_name("done")
    comment = client.task.add_comment(task, wfa, "v1")
    preview = client.task.create_preview(task, comment)
    assert (preview["revision"], preview["status"]) == (1, "processing")
    extra = client.task.create_extra_preview(task, comment, preview)
    assert (extra["revision"], extra["position"]) == (1, 2)
    client.task.remove_preview_from_comment(task, comment, extra)

    loose = client.task.add_comment(task, done, "wrong task")
    moved = client.task.move_comment_to_task(task, loose, other)
    assert moved["object_id"] == other["id"]
    assert client.client.fetch_one("tasks", other["id"])["task_status_id"] == done["id"]

    posted = client.task.create_multiple_comments(
        project,
        [
            {"task_id": task["id"], "task_status_id": done["id"], "comment": "all good"},
            {"object_id": other["id"], "task_status_id": wfa["id"], "comment": "again"},
        ],
    )
    assert [c["text"] for c in posted] == ["all good", "again"]
    assert client.client.fetch_one("tasks", task["id"])["task_status_id"] == done["id"]


def test_comment_errors(gazu_client):
    client = gazu_client
    _, task, _ = _asset_tasks(client)
    wip = client.task.get_task_status_by_short_name("wip")
    try:
        client.task.add_comment({"id": "00000000-0000-0000-0000-000000000000"}, wip)
    except gazu.exception.RouteNotFoundException:
        pass
    else:
        raise AssertionError("an unknown task must answer 404")
    try:
        client.task.add_comment(task, {"id": "00000000-0000-0000-0000-000000000000"})
    except gazu.exception.RouteNotFoundException:
        pass
    else:
        raise AssertionError("an unknown status must answer 404")
