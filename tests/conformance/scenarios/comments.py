"""Comments area: comments on tasks (status changes, mentions, replies, acknowledgements, checklists,
attachments, previews, pins, moves, deletions), the notifications and news they make, and refusals."""

# fmt: off
from tests.conformance.scenarios._common import UNKNOWN_ID, content, delete, get, post, put

COMMENTS_PATH = "/actions/tasks/{shot_task}/comment"
THREAD = "/data/tasks/{shot_task}/comments"
PNG = ("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")

SETUP = [
    *content(),
    get("find task status wip", "/data/task-status", query={"short_name": "wip"}, save={"wip": "0.id"}),
    get("find task status wfa", "/data/task-status", query={"short_name": "wfa"}, save={"wfa": "0.id"}),
    get("find task status retake", "/data/task-status", query={"short_name": "retake"},
        save={"retake": "0.id"}),
    post("add client to team", "/data/projects/{project}/team", {"person_id": "{client_id}"}),
    get("find task type Layout", "/data/task-types", query={"name": "Layout"}, save={"layout": "0.id"}),
    post("create second shot task", "/data/tasks",
         {"name": "layout", "project_id": "{project}", "task_status_id": "{todo}", "task_type_id": "{layout}",
          "entity_id": "{shot}"}, save={"shot_task2": "id"}),
    put("assign artist to shot task", "/actions/persons/{user_id}/assign", {"task_ids": ["{shot_task}"]}),
]

POSTS = [
    post("comment with status change", COMMENTS_PATH, {"task_status_id": "{wip}", "comment": "Started"},
         save={"comment": "id"}),
    post("comment with mentions", COMMENTS_PATH,
         {"task_status_id": "{wip}", "comment": "Look @User Person and @Animation please"},
         save={"mention_comment": "id"}),
    post("comment with checklist and links", COMMENTS_PATH,
         {"task_status_id": "{wip}", "comment": "To do",
          "checklist": [{"text": "Fix arm", "checked": False}, {"text": "Fix leg", "checked": True}],
          "links": ["https://example.com/ref"]}, save={"checklist_comment": "id"}),
    post("comment for client", COMMENTS_PATH,
         {"task_status_id": "{wfa}", "comment": "Please review", "for_client": True},
         save={"client_comment": "id"}),
    post("comment with attachment", COMMENTS_PATH,
         form={"task_status_id": "{wip}", "comment": "See file", "checklist": "[]"},
         files={"file": {"name": "notes.txt", "type": "text/plain", "text": "some notes"}},
         save={"attached_comment": "id", "attachment": "attachment_files.0.id"}),
    post("comment as artist", COMMENTS_PATH, {"task_status_id": "{wip}", "comment": "On it"}, as_="user",
         save={"artist_comment": "id"}),
    post("comment as manager for another person", COMMENTS_PATH,
         {"task_status_id": "{wip}", "comment": "Signed", "person_id": "{supervisor_id}"}, as_="manager"),
    post("comment backdated by admin", "/actions/tasks/{asset_task}/comment",
         {"task_status_id": "{wip}", "comment": "Old", "created_at": "2020-01-05 10:00:00"}),
    post("comment for client as artist is not", COMMENTS_PATH,
         {"task_status_id": "{wip}", "comment": "Mine", "for_client": True, "checklist": None, "links": None},
         as_="user"),
    post("comment missing status", COMMENTS_PATH, {"comment": "No status"}),
    post("comment unknown status", COMMENTS_PATH, {"task_status_id": UNKNOWN_ID, "comment": "x"}),
    post("comment bad checklist", COMMENTS_PATH, {"task_status_id": "{wip}", "checklist": "not json"}),
    post("comment unknown task", f"/actions/tasks/{UNKNOWN_ID}/comment", {"task_status_id": "{wip}"}),
    post("comment malformed task id", "/actions/tasks/not-a-uuid/comment", {"task_status_id": "{wip}"}),
    post("comment as vendor outside team", COMMENTS_PATH, {"task_status_id": "{wip}", "comment": "x"},
         as_="vendor"),
    post("comment as client with a studio status", COMMENTS_PATH,
         {"task_status_id": "{wip}", "comment": "x"}, as_="client"),
    post("comment as artist not assigned", "/actions/tasks/{asset_task}/comment",
         {"task_status_id": "{wip}", "comment": "x"}, as_="user"),
    post("comment many", "/actions/projects/{project}/tasks/comment-many",
         [{"object_id": "{asset_task}", "task_status_id": "{wip}", "comment": "Batch"},
          {"object_id": "{shot_task2}", "task_status_id": "{todo}"}]),
    post("comment many not a list", "/actions/projects/{project}/tasks/comment-many", {"comment": "x"}),
    post("comment many as artist", "/actions/projects/{project}/tasks/comment-many",
         [{"object_id": "{asset_task}", "task_status_id": "{wip}", "comment": "Batch"}], as_="user"),
    post("comment many malformed task id", "/actions/projects/{project}/tasks/comment-many",
         [{"object_id": "not-a-uuid", "task_status_id": "{wip}", "comment": "Batch"}]),
    post("comment bad body", COMMENTS_PATH, {"task_status_id": "{wip}", "for_client": "maybe"}),
    post("comment not an object", COMMENTS_PATH, ["{wip}"]),
]

READS = [
    get("list task comments", THREAD),
    get("list task comments as client", THREAD, as_="client"),
    get("list task comments as artist", THREAD, as_="user"),
    get("list task comments as vendor outside team", THREAD, as_="vendor"),
    get("list task comments unknown task", f"/data/tasks/{UNKNOWN_ID}/comments"),
    get("list task comments malformed id", "/data/tasks/not-a-uuid/comments"),
    get("get task comment malformed id", THREAD + "/not-a-uuid"),
    get("get task comment", THREAD + "/{comment}"),
    get("get task comment of another task", "/data/tasks/{asset_task}/comments/{comment}"),
    get("get task comment unknown id", THREAD + f"/{UNKNOWN_ID}"),
    get("get task comment as client hidden", THREAD + "/{comment}", as_="client"),
    get("get task comment as client visible", THREAD + "/{client_comment}", as_="client"),
    get("list project comments", "/data/projects/{project}/comments"),
    get("list project comments page", "/data/projects/{project}/comments", query={"page": "1", "limit": "2"}),
    get("list project comments second page", "/data/projects/{project}/comments",
        query={"page": "2", "limit": "2"}),
    get("list project comments as client", "/data/projects/{project}/comments", as_="client"),
    get("list project comments as supervisor", "/data/projects/{project}/comments", as_="supervisor"),
    get("list project comments unknown project", f"/data/projects/{UNKNOWN_ID}/comments"),
    get("list project comments malformed id", "/data/projects/not-a-uuid/comments"),
    get("list project comments as vendor outside team", "/data/projects/{project}/comments", as_="vendor"),
    get("notifications of mentioned artist", "/data/user/notifications", as_="user"),
    get("notifications of supervisor", "/data/user/notifications", as_="supervisor"),
]

REPLIES = [
    post("reply", THREAD + "/{comment}/reply", {"text": "Thanks"}, save={"reply": "id"}),
    post("reply as artist", THREAD + "/{comment}/reply", {"text": "Ok"}, as_="user",
         save={"artist_reply": "id"}),
    post("reply with attachment", THREAD + "/{comment}/reply", form={"text": "With file"},
         files={"file": {"name": "reply.txt", "type": "text/plain", "text": "reply notes"}}),
    post("reply unknown comment", THREAD + f"/{UNKNOWN_ID}/reply", {"text": "x"}),
    post("reply malformed comment id", THREAD + "/not-a-uuid/reply", {"text": "x"}),
    post("reply bad body", THREAD + "/{comment}/reply", {"text": ["x"]}),
    post("reply without text", THREAD + "/{comment}/reply", {}, save={"empty_reply": "id"}),
    post("reply on another task", "/data/tasks/{asset_task}/comments/{comment}/reply", {"text": "x"}),
    post("reply as vendor outside team", THREAD + "/{comment}/reply", {"text": "x"}, as_="vendor"),
    post("reply in client thread as artist", THREAD + "/{client_comment}/reply", {"text": "x"}, as_="user"),
    delete("delete reply of another as artist", THREAD + "/{comment}/reply/{reply}", as_="user"),
    delete("delete own reply as artist", THREAD + "/{comment}/reply/{artist_reply}", as_="user"),
    delete("delete reply", THREAD + "/{comment}/reply/{reply}"),
    delete("delete unknown reply", THREAD + f"/{{comment}}/reply/{UNKNOWN_ID}"),
    delete("delete empty reply", THREAD + "/{comment}/reply/{empty_reply}"),
    get("get comment after replies", THREAD + "/{comment}"),
]

ACKS = [
    post("ack comment", THREAD + "/{comment}/ack"),
    post("ack comment as artist", THREAD + "/{comment}/ack", as_="user"),
    post("unack comment", THREAD + "/{comment}/ack"),
    post("ack unknown comment", THREAD + f"/{UNKNOWN_ID}/ack"),
    post("ack malformed comment id", THREAD + "/not-a-uuid/ack"),
    post("ack comment as vendor outside team", THREAD + "/{comment}/ack", as_="vendor"),
    put("pin comment", "/data/comments/{checklist_comment}", {"pinned": True}),
    put("update checklist", "/data/comments/{checklist_comment}",
        {"checklist": [{"text": "Fix arm", "checked": True}]}),
    get("get pinned comment", THREAD + "/{checklist_comment}"),
]

ATTACHMENTS = [
    post("add attachment", THREAD.replace("/data", "/actions") + "/{comment}/add-attachment",
         files={"file": {"name": "pixel.png", "type": "image/png", "base64": PNG}}, save={"png": "0.id"}),
    post("add attachment as artist to another's comment",
         THREAD.replace("/data", "/actions") + "/{comment}/add-attachment",
         files={"file": {"name": "a.txt", "type": "text/plain", "text": "a"}}, as_="user"),
    post("add attachment on another task", "/actions/tasks/{asset_task}/comments/{comment}/add-attachment",
         files={"file": {"name": "a.txt", "type": "text/plain", "text": "a"}}),
    post("add attachment unknown comment",
         THREAD.replace("/data", "/actions") + f"/{UNKNOWN_ID}/add-attachment",
         files={"file": {"name": "a.txt", "type": "text/plain", "text": "a"}}),
    post("add attachment without file", THREAD.replace("/data", "/actions") + "/{comment}/add-attachment",
         form={"note": "no file"}),
    get("download attachment", "/data/attachment-files/{attachment}/file/notes.txt"),
    get("download image attachment", "/data/attachment-files/{png}/file/pixel.png"),
    get("download attachment as vendor outside team", "/data/attachment-files/{attachment}/file/notes.txt",
        as_="vendor"),
    get("download unknown attachment", f"/data/attachment-files/{UNKNOWN_ID}/file/notes.txt"),
    get("download malformed attachment id", "/data/attachment-files/not-a-uuid/file/notes.txt"),
    get("list task attachment files unknown task", f"/data/tasks/{UNKNOWN_ID}/attachment-files"),
    get("list project attachment files unknown project", f"/data/projects/{UNKNOWN_ID}/attachment-files"),
    get("list task attachment files", "/data/tasks/{shot_task}/attachment-files", unordered=True),
    get("list task attachment files as manager", "/data/tasks/{shot_task}/attachment-files", as_="manager"),
    get("list project attachment files", "/data/projects/{project}/attachment-files", unordered=True),
    get("list project attachment files as manager", "/data/projects/{project}/attachment-files",
        as_="manager"),
    delete("delete attachment as artist", THREAD + "/{comment}/attachments/{png}", as_="user"),
    delete("delete attachment of another comment", THREAD + "/{comment}/attachments/{attachment}"),
    delete("delete attachment", THREAD + "/{comment}/attachments/{png}"),
    delete("delete unknown attachment", THREAD + f"/{{comment}}/attachments/{UNKNOWN_ID}"),
]

ACTIONS = "/actions/tasks/{shot_task}/comments"
# A preview's name is random.
PREVIEWS = [
    post("add preview", ACTIONS + "/{comment}/add-preview", {}, save={"preview": "id"}, ignore=["name"]),
    post("add preview with revision", ACTIONS + "/{artist_comment}/add-preview", {"revision": 5},
         save={"preview5": "id"}, ignore=["name"]),
    post("add preview bad revision", ACTIONS + "/{comment}/add-preview", {"revision": -1}),
    post("add preview as vendor outside team", ACTIONS + "/{comment}/add-preview", {}, as_="vendor"),
    post("add extra preview", ACTIONS + "/{comment}/preview-files/{preview}", save={"extra": "id"},
         ignore=["name"]),
    post("add extra preview unknown preview", ACTIONS + f"/{{comment}}/preview-files/{UNKNOWN_ID}"),
    post("add extra preview unknown comment", ACTIONS + f"/{UNKNOWN_ID}/preview-files/{{preview}}"),
    delete("remove extra preview as vendor outside team", ACTIONS + "/{comment}/preview-files/{extra}",
           as_="vendor"),
    delete("remove extra preview", ACTIONS + "/{comment}/preview-files/{extra}"),
    delete("remove extra preview malformed id", ACTIONS + "/{comment}/preview-files/not-a-uuid"),
    delete("remove extra preview of another comment", ACTIONS + "/{artist_comment}/preview-files/{preview}"),
    get("list task comments with previews", THREAD),
]

MOVES = [
    post("move comment as supervisor", ACTIONS + "/{mention_comment}/move",
         {"target_task_id": "{shot_task2}"}, as_="supervisor"),
    post("move comment missing target", ACTIONS + "/{mention_comment}/move", {}),
    post("move comment from wrong task", "/actions/tasks/{asset_task}/comments/{mention_comment}/move",
         {"target_task_id": "{shot_task2}"}),
    post("move comment unknown target", ACTIONS + "/{mention_comment}/move", {"target_task_id": UNKNOWN_ID}),
    post("move comment malformed target", ACTIONS + "/{mention_comment}/move",
         {"target_task_id": "not-a-uuid"}),
    post("move unknown comment", ACTIONS + f"/{UNKNOWN_ID}/move", {"target_task_id": "{shot_task2}"}),
    post("move comment", ACTIONS + "/{mention_comment}/move", {"target_task_id": "{shot_task2}"}),
    get("list target task comments", "/data/tasks/{shot_task2}/comments"),
]

COPIES = [
    post("client comment", "/actions/tasks/{shot_task}/comment",
         {"task_status_id": "{retake}", "comment": "Make it red"}, as_="client"),
    post("copy client comments", "/actions/projects/{project}/tasks/copy-client-comments",
         {"task_ids": ["{shot_task}"], "prefix": "Client: "}),
    post("copy client comments empty", "/actions/projects/{project}/tasks/copy-client-comments",
         {"task_ids": []}),
    post("copy client comments malformed id", "/actions/projects/{project}/tasks/copy-client-comments",
         {"task_ids": ["not-a-uuid"]}),
    post("copy client comments as supervisor", "/actions/projects/{project}/tasks/copy-client-comments",
         {"task_ids": ["{shot_task}"]}, as_="supervisor"),
    post("copy client comments missing tasks", "/actions/projects/{project}/tasks/copy-client-comments",
         {"prefix": "x"}),
    post("copy client comments unknown project", f"/actions/projects/{UNKNOWN_ID}/tasks/copy-client-comments",
         {"task_ids": ["{shot_task}"]}),
]

DELETIONS = [
    delete("delete comment of another as artist", THREAD + "/{checklist_comment}", as_="user"),
    delete("delete own comment as artist", THREAD + "/{artist_comment}", as_="user"),
    delete("delete comment", THREAD + "/{attached_comment}"),
    delete("delete unknown comment", THREAD + f"/{UNKNOWN_ID}"),
    delete("delete comment malformed id", THREAD + "/not-a-uuid"),
    get("get deleted comment", THREAD + "/{attached_comment}"),
    get("task after deletions", "/data/tasks/{shot_task}"),
    get("list task comments after deletions", THREAD),
]

# A hole Zou leaves open that we close on purpose (differences.INTENTIONAL): last, as it writes.
HOLES = [
    post("comment many unknown project", f"/actions/projects/{UNKNOWN_ID}/tasks/comment-many",
         [{"object_id": "{asset_task}", "task_status_id": "{wip}", "comment": "Batch"}]),
]

STEPS = [
    *SETUP, *POSTS, *READS, *REPLIES, *ACKS, *ATTACHMENTS, *PREVIEWS, *MOVES, *COPIES, *DELETIONS, *HOLES,
]
