"""Concepts area: concept folders and concepts of a project, their lists, tasks and deletion."""

# fmt: off
from tests.conformance.scenarios._common import UNKNOWN_ID, delete, get, post, production, put

P = "/data/projects/{project}"

STEPS = [
    *production(),
    post("create concept folder", f"{P}/concept-folders", {"name": "Characters"}, save={"folder": "id"}),
    post("create concept folder missing name", f"{P}/concept-folders", {}),
    post("create concept folder as artist", f"{P}/concept-folders", {"name": "Mine"}, as_="user"),
    get("list concept folders", f"{P}/concept-folders"),
    put("rename concept folder", "/data/concept-folders/{folder}", {"name": "Heroes"}),
    post("create concept", f"{P}/concepts", {"name": "Hero sketch", "description": "first"},
         save={"concept": "id"}),
    post("create concept in folder", f"{P}/concepts", {"name": "Villain sketch", "parent_id": "{folder}"},
         save={"concept2": "id"}),
    post("create concept missing name", f"{P}/concepts", {}),
    post("create concept as artist", f"{P}/concepts", {"name": "Doodle"}, as_="user"),
    post("create concept as vendor outside team", f"{P}/concepts", {"name": "Nope"}, as_="vendor"),
    get("list project concepts", f"{P}/concepts", unordered=True),
    get("list concepts", "/data/concepts", unordered=True),
    get("list concepts as artist", "/data/concepts", as_="user", unordered=True),
    get("get concept", "/data/concepts/{concept}"),
    get("get concept unknown id", f"/data/concepts/{UNKNOWN_ID}"),
    get("get concept as client outside team", "/data/concepts/{concept}", as_="client"),
    get("list concept tasks", "/data/concepts/{concept}/tasks"),
    get("list concept task types", "/data/concepts/{concept}/task-types"),
    get("list concept preview files", "/data/concepts/{concept}/preview-files"),
    post("move concepts to folder", "/actions/projects/{project}/move-concepts",
         {"concept_ids": ["{concept}"], "parent_id": "{folder}"}),
    post("move concepts malformed", "/actions/projects/{project}/move-concepts", {"parent_id": "{folder}"}),
    get("get moved concept", "/data/concepts/{concept}"),
    delete("delete concept as artist", "/data/concepts/{concept2}", as_="user"),
    delete("delete concept", "/data/concepts/{concept2}"),
    get("get deleted concept", "/data/concepts/{concept2}"),
    delete("delete concept folder", "/data/concept-folders/{folder}"),
    delete("delete unknown concept folder", f"/data/concept-folders/{UNKNOWN_ID}"),
    get("list project concepts at the end", f"{P}/concepts", unordered=True),
]
