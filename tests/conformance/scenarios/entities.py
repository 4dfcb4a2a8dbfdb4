"""Entities area: what any entity answers (news, previews, time spents), task creation on an entity,
deletion of several entities at once."""

# fmt: off
from tests.conformance.scenarios._common import UNKNOWN_ID, content, get, post

STEPS = [
    *content(),
    get("entity news", "/data/entities/{asset}/news"),
    get("entity preview files", "/data/entities/{asset}/preview-files"),
    get("entity time spents", "/data/entities/{shot}/time-spents"),
    get("unknown entity news", f"/data/entities/{UNKNOWN_ID}/news"),
    get("entity news as vendor outside team", "/data/entities/{asset}/news", as_="vendor"),
    post("create tasks of a type not in project", "/data/entities/{prop_asset}/tasks",
         {"task_type_ids": ["{modeling}"]}),
    post("enable modeling in project", "/data/projects/{project}/settings/task-types",
         {"task_type_id": "{modeling}"}),
    post("create tasks on entity", "/data/entities/{prop_asset}/tasks", {"task_type_ids": ["{modeling}"]},
         unordered=True),
    post("create tasks on entity as artist", "/data/entities/{prop_asset}/tasks",
         {"task_type_ids": ["{modeling}"]}, as_="user"),
    post("create tasks on entity empty body", "/data/entities/{prop_asset}/tasks", {}),
    post("create tasks of a shot type on an asset", "/data/entities/{prop_asset}/tasks",
         {"task_type_ids": ["{animation}"]}),
    get("entity tasks after", "/data/assets/{prop_asset}/tasks"),
    post("delete entities as artist", "/actions/projects/{project}/delete-entities", ["{shot2}"], as_="user"),
    post("delete entities", "/actions/projects/{project}/delete-entities", ["{shot2}", "{prop_asset}"]),
    post("delete entities malformed body", "/actions/projects/{project}/delete-entities", {"ids": []}),
    get("deleted shot", "/data/shots/{shot2}"),
]
