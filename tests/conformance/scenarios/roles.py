"""Roles area: every operation of the served contract tried as each role, inside and outside the
production's team; only the status (and a refusal's message) is compared.

The admin builds a world first: two productions alike, `in_*` with every role in its team and `out_*`
with nobody, each with its entities, tasks (assigned to the artist and the vendor), a comment with an
attachment, a preview, a playlist... Then one step per (operation, identity, production): path
parameters are filled by name from the saved ids (`{instance_id}` by its collection), the body is
`{}` unless ROLE_BODIES gives one the permission check comes after. An operation whose path names no
production (a studio-wide collection, the current user's routes) runs once per identity.

Order keeps the world alive while it matters: reads first, then writes, then deletions (deepest paths
first), each writing group run identity by identity from the least privileged up, so an allowed
deletion by a manager comes after every refusal; logging out comes last of all (LAST). An operation
no step runs needs its reason in SKIPPED: test_roles.py fails on a served operation without rows.
"""

# fmt: off
import json
import re
from pathlib import Path

from tests.conformance.scenarios._common import LOGIN_ADMIN, LOOKUPS, ROLES, get, people, post, put

SPEC = Path(__file__).resolve().parents[3] / "openapi" / "openapi.json"
METHODS = ("get", "post", "put", "patch", "delete")
# Least privileged first: a destructive operation reaches the managers after every refusal.
IDENTITIES = ("vendor", "client", "user", "supervisor", "manager")
WORLDS = {"member": "in", "outsider": "out"}
DAY = "2026-01-05"
ATTACHMENT = "notes.txt"

# Operations no step runs, with why: the rows of the matrix that stay empty on purpose (none so far).
SKIPPED: dict[tuple[str, str], str] = {}
# Operations run after all the others, with why.
LAST = {
    ("GET", "/auth/logout"):
        "revokes the identity's token: each identity logs out once its other steps are done",
}

# Path parameters filled by name: the saved id's base name (production-scoped ones get the world's
# prefix), or a literal value.
PRODUCTION_IDS = {
    "project_id": "project", "task_id": "task", "asset_id": "asset", "entity_id": "asset",
    "shot_id": "shot", "sequence_id": "sequence", "episode_id": "episode", "scene_id": "scene",
    "edit_id": "edit", "concept_id": "concept", "comment_id": "comment", "budget_id": "budget",
    "entry_id": "budget_entry", "metadata_descriptor_id": "descriptor", "preview_file_id": "preview",
    "production_schedule_version_id": "schedule_version", "attachment_file_id": "attachment",
    "chat_message_id": "chat_message", "news_id": "news", "entity_link_id": "entity_link",
    "asset_instance_id": "asset_instance", "concept_folder_id": "concept_folder",
}
STUDIO_IDS = {
    "person_id": "user_id", "task_type_id": "modeling", "task_status_id": "todo",
    "asset_type_id": "character", "department_id": "department", "project_template_id": "template",
    "software_id": "software", "hardware_item_id": "hardware_item",
    "preview_background_file_id": "background",
}
LITERALS = {
    "year": "2026", "month": "1", "week": "2", "day": "5", "date": DAY, "month_date": "2026-01",
    "file_name": ATTACHMENT, "entity_type": "asset", "field_name": "difficulty",
}
# `{instance_id}` by the collection before it: production-scoped, studio-wide, or none made (an
# unknown id: the step then shows how each role is refused or answered 404).
PRODUCTION_INSTANCES = {
    "asset-instances": "asset_instance", "attachment-files": "attachment", "budget-entries": "budget_entry",
    "budgets": "budget", "chat-messages": "chat_message", "comments": "comment", "entities": "asset",
    "entity-links": "entity_link", "metadata-descriptors": "descriptor", "milestones": "milestone",
    "news": "news", "playlists": "playlist", "preview-files": "preview",
    "production-schedule-versions": "schedule_version", "projects": "project",
    "schedule-items": "schedule_item", "tasks": "task", "time-spents": "time_spent",
}
STUDIO_INSTANCES = {
    "persons": "user_id", "departments": "department", "task-types": "modeling", "task-status": "todo",
    "project-templates": "template", "softwares": "software", "hardware-items": "hardware_item",
    "preview-background-files": "background", "project-status": "open", "day-offs": "day_off",
}

# Bodies that pass validation, for the operations whose permission check follows it (with `{}`
# every role would be refused alike, before the check).
ROLE_BODIES = {
    ("PUT", "/data/comments/{instance_id}"): {"pinned": True},
    ("PUT", "/data/entities/{instance_id}"): {"data": {"difficulty": "hard"}},
    ("POST", "/data/schedule-items"): {"project_id": "{project}", "task_type_id": "{modeling}",
                                       "start_date": DAY, "end_date": "2026-02-05"},
    ("POST", "/data/day-offs"): {"person_id": "{user_id}", "date": "2026-03-02", "end_date": "2026-03-02"},
    ("POST", "/data/playlists"): {"name": "Review", "project_id": "{project}"},
    ("POST", "/data/milestones"): {"name": "Lock", "project_id": "{project}", "task_type_id": "{modeling}",
                                   "date": DAY},
    ("POST", "/data/production-schedule-versions"): {"name": "V2", "project_id": "{project}"},
    ("POST", "/data/entities"): {"name": "Extra", "project_id": "{project}", "entity_type_id": "{prop}"},
    ("POST", "/data/tasks"): {"name": "extra", "project_id": "{project}", "task_type_id": "{animation}",
                              "task_status_id": "{todo}", "entity_id": "{shot}"},
    ("POST", "/data/task-type-links"): {"project_id": "{project}", "task_type_id": "{modeling}"},
    ("POST", "/data/projects/{project_id}/episodes"): {"name": "E09"},
    ("POST", "/data/projects/{project_id}/sequences"): {"name": "SQ09", "episode_id": "{episode}"},
    ("POST", "/data/projects/{project_id}/shots"): {"name": "SH090", "sequence_id": "{sequence}"},
    ("POST", "/data/projects/{project_id}/scenes"): {"name": "SC09", "sequence_id": "{sequence}"},
    ("POST", "/data/projects/{project_id}/edits"): {"name": "Cut9"},
    ("POST", "/data/projects/{project_id}/concepts"): {"name": "Look9"},
    ("POST", "/data/projects/{project_id}/concept-folders"): {"name": "Folder9"},
    ("PUT", "/data/concept-folders/{concept_folder_id}"): {"name": "Folder"},
    ("POST", "/data/projects/{project_id}/asset-types/{asset_type_id}/assets/new"): {"name": "Extra"},
    ("POST", "/data/projects/{project_id}/team"): {"person_id": "{user_id}"},
    ("POST", "/data/projects/{project_id}/settings/task-types"): {"task_type_id": "{animation}"},
    ("POST", "/data/projects/{project_id}/settings/asset-types"): {"asset_type_id": "{prop}"},
    ("POST", "/data/projects/{project_id}/settings/task-status"): {"task_status_id": "{todo}"},
    ("POST", "/data/projects/{project_id}/metadata-descriptors"): {"name": "Budget", "entity_type": "Shot"},
    ("POST", "/actions/tasks/{task_id}/comment"): {"task_status_id": "{todo}", "comment": "Noted"},
    ("PUT", "/actions/tasks/{task_id}/assign"): {"person_id": "{user_id}"},
    ("PUT", "/actions/persons/{person_id}/assign"): {"task_ids": ["{task}"]},
    ("PUT", "/actions/tasks/clear-assignation"): {"task_ids": ["{shot_task}"]},
    ("POST", "/actions/tasks/{task_id}/time-spents/{date}/persons/{person_id}"): {"duration": 30},
    ("POST", "/actions/tasks/{task_id}/time-spents/{date}/persons/{person_id}/add"): {"duration": 30},
    ("POST", "/data/scenes/{scene_id}/asset-instances"): {"asset_id": "{asset}"},
    ("POST", "/data/shots/{shot_id}/asset-instances"): {"asset_instance_id": "{asset_instance}"},
    ("POST", "/data/scenes/{scene_id}/shots"): {"shot_id": "{shot}"},
    ("PUT", "/data/projects/{project_id}/entities/{entity_id}/casting"): [],
    ("PUT", "/data/assets/{asset_id}/casting"): [],
    ("POST", "/actions/projects/{project_id}/delete-entities"): [],
    ("POST", "/actions/projects/{project_id}/tasks/comment-many"): [],
    ("POST", "/data/search"): {"query": "Hero"},
    ("POST", "/actions/user/tasks/subscribe"): {"task_ids": ["{task}"]},
    ("POST", "/actions/user/tasks/unsubscribe"): {"task_ids": ["{task}"]},
    ("POST", "/data/assets/{asset_id}/asset-asset-instances"): {"asset_to_instantiate_id": "{vendor_asset}"},
    ("POST", "/data/task-status-links"): {"project_id": "{project}", "task_status_id": "{todo}"},
    ("POST", "/data/projects/{project_id}/metadata-descriptors/reorder"):
        {"entity_type": "Asset", "descriptor_ids": ["{descriptor}"]},
    ("POST", "/actions/projects/{project_id}/move-concepts"):
        {"concept_ids": ["{concept}"], "concept_folder_id": "{concept_folder}"},
    ("POST", "/actions/projects/{project_id}/tasks/copy-client-comments"): {"task_ids": ["{task}"]},
    ("POST", "/data/production-schedule-version-task-links"):
        {"production_schedule_version_id": "{schedule_version}", "task_id": "{task}"},
    ("POST", "/data/projects/{project_id}/settings/preview-background-files"):
        {"preview_background_file_id": "{background}"},
    ("POST", "/data/projects/{project_id}/settings/status-automations"):
        {"status_automation_id": "{automation}"},
    ("PUT", "/actions/tasks/set-main-preview"): {"task_ids": ["{task}"]},
    ("PUT", "/actions/tasks/set-priority"): {"task_ids": ["{task}"], "priority": 2},
    ("PUT", "/data/projects/{project_id}/entities/casting/assets/{asset_id}"):
        {"entity_ids": ["{shot}"], "nb_occurences": 1},
    ("PUT", "/data/projects/{project_id}/preview-account"): {"is_open": True},
    ("PUT", "/data/projects/{project_id}/settings/task-status/{task_status_id}"): {"is_client_allowed": True},
    ("POST", "/data/projects/{project_id}/task-types/{task_type_id}/softwares"):
        {"software_id": "{software}"},
    ("POST", "/data/user/filters"): {"list_type": "asset", "name": "Mine", "query": "Hero",
                                     "project_id": "{project}"},
    ("POST", "/data/user/filter-groups"): {"list_type": "asset", "name": "Group", "color": "#000000",
                                           "project_id": "{project}"},
}
# Saved names a body refers to that belong to a production (`{task}` -> `{in_task}`).
WORLD_NAMES = {*PRODUCTION_IDS.values(), *PRODUCTION_INSTANCES.values(), "shot_task", "vendor_task",
               "vendor_asset"}
# Extra rows: an operation tried with a query too.
ROLE_QUERIES = {
    ("GET", "/data/metadata-descriptors"): {"project_id": "{project}"},
}


def operations() -> list[tuple[str, str]]:
    spec = json.loads(SPEC.read_text())
    return [(method.upper(), path)
            for path, item in spec["paths"].items() for method in item if method in METHODS]


def _instance(path: str, world: str) -> str:
    collection = re.search(r"/([\w-]+)/\{instance_id\}", path)
    name = collection.group(1) if collection else ""
    if name in PRODUCTION_INSTANCES:
        return f"{{{world}_{PRODUCTION_INSTANCES[name]}}}"
    if name in STUDIO_INSTANCES:
        return f"{{{STUDIO_INSTANCES[name]}}}"
    if path.startswith("/pictures/thumbnails/persons/"):
        return "{user_id}"
    return "{unknown}"  # never saved: the runner sends the zero UUID


def fill(template: str, world: str) -> str:
    def one(match: re.Match) -> str:
        name = match.group(1)
        if name == "instance_id":
            return _instance(template, world)
        if name in PRODUCTION_IDS:
            return f"{{{world}_{PRODUCTION_IDS[name]}}}"
        if name in STUDIO_IDS:
            return f"{{{STUDIO_IDS[name]}}}"
        return LITERALS.get(name, "{unknown}")

    return re.sub(r"\{(\w+)\}", one, template)


def _in_world(value, world: str):
    """A body or query template with production placeholders moved into the world."""
    if isinstance(value, dict):
        return {key: _in_world(item, world) for key, item in value.items()}
    if isinstance(value, list):
        return [_in_world(item, world) for item in value]
    if isinstance(value, str):
        return re.sub(r"\{(\w+)\}", lambda m: f"{{{world}_{m.group(1)}}}" if m.group(1) in WORLD_NAMES
                      else m.group(0), value)
    return value


def variants(method: str, template: str, identity: str) -> list[dict]:
    """The steps of one (operation, identity): one per production (and per extra query), a single
    one where the production changes nothing in the request."""
    requests: dict[str, dict] = {}
    extra = ROLE_QUERIES.get((method, template))
    for query in [None, extra] if extra else [None]:
        per_world = {}
        for label, world in WORLDS.items():
            request = {"method": method, "path": fill(template, world)}
            if method in ("POST", "PUT", "PATCH"):
                request["body"] = _in_world(ROLE_BODIES.get((method, template), {}), world)
            if query is not None:
                request["query"] = _in_world(query, world)
            per_world[label] = request
        with_query = " with query" if query else ""
        if per_world["member"] == per_world["outsider"]:
            requests[f"as {identity}{with_query}"] = per_world["member"]
        else:
            requests.update({f"as {identity} {label}{with_query}": request
                             for label, request in per_world.items()})
    return [{"name": f"{method} {template} {label}", **request, "as": identity, "status_only": True}
            for label, request in requests.items()]


def _delete_order(operation: tuple[str, str]) -> tuple[int, str]:
    return (-operation[1].count("/"), operation[1])


def matrix() -> list[dict]:
    ops = [op for op in operations() if op not in SKIPPED and op not in LAST]
    reads = [op for op in ops if op[0] == "GET"]
    writes = [op for op in ops if op[0] in ("POST", "PUT", "PATCH")]
    deletions = sorted((op for op in ops if op[0] == "DELETE"), key=_delete_order)
    steps = [step for op in reads for identity in IDENTITIES for step in variants(*op, identity)]
    for group in (writes, deletions):
        steps += [step for identity in IDENTITIES for op in group for step in variants(*op, identity)]
    steps += [step for op in LAST for identity in IDENTITIES for step in variants(*op, identity)]
    return steps


def production(world: str, team: tuple[str, ...]) -> list[dict]:
    """One production and what the operations read, its ids saved as `<world>_<name>`."""
    w = world
    p = f"/data/projects/{{{w}_project}}"
    task = {"project_id": f"{{{w}_project}}", "task_status_id": "{todo}"}
    return [
        post(f"{w}: create project", "/data/projects", {"name": f"Roles {w}", "production_type": "tvshow"},
             save={f"{w}_project": "id"}),
        *[post(f"{w}: add {role} to team", f"{p}/team", {"person_id": f"{{{role}_id}}"}) for role in team],
        post(f"{w}: add task type", f"{p}/settings/task-types", {"task_type_id": "{modeling}"}),
        post(f"{w}: add asset type", f"{p}/settings/asset-types", {"asset_type_id": "{character}"}),
        post(f"{w}: create episode", f"{p}/episodes", {"name": "E01"}, save={f"{w}_episode": "id"}),
        post(f"{w}: create sequence", f"{p}/sequences", {"name": "SQ01", "episode_id": f"{{{w}_episode}}"},
             save={f"{w}_sequence": "id"}),
        post(f"{w}: create shot", f"{p}/shots", {"name": "SH010", "sequence_id": f"{{{w}_sequence}}"},
             save={f"{w}_shot": "id"}),
        post(f"{w}: create scene", f"{p}/scenes", {"name": "SC01", "sequence_id": f"{{{w}_sequence}}"},
             save={f"{w}_scene": "id"}),
        post(f"{w}: create asset", f"{p}/asset-types/{{character}}/assets/new", {"name": "Hero"},
             save={f"{w}_asset": "id"}),
        post(f"{w}: create vendor asset", f"{p}/asset-types/{{character}}/assets/new", {"name": "Sidekick"},
             save={f"{w}_vendor_asset": "id"}),
        post(f"{w}: create edit", f"{p}/edits", {"name": "Cut", "episode_id": f"{{{w}_episode}}"},
             save={f"{w}_edit": "id"}),
        post(f"{w}: create concept", f"{p}/concepts", {"name": "Look"}, save={f"{w}_concept": "id"}),
        post(f"{w}: create task", "/data/tasks",
             {"name": "main", **task, "task_type_id": "{modeling}", "entity_id": f"{{{w}_asset}}"},
             save={f"{w}_task": "id"}),
        post(f"{w}: create vendor task", "/data/tasks",
             {"name": "main", **task, "task_type_id": "{modeling}", "entity_id": f"{{{w}_vendor_asset}}"},
             save={f"{w}_vendor_task": "id"}),
        post(f"{w}: create shot task", "/data/tasks",
             {"name": "main", **task, "task_type_id": "{animation}", "entity_id": f"{{{w}_shot}}"},
             save={f"{w}_shot_task": "id"}),
        *([put(f"{w}: assign artist", f"/actions/tasks/{{{w}_task}}/assign", {"person_id": "{user_id}"}),
           put(f"{w}: assign vendor", f"/actions/tasks/{{{w}_vendor_task}}/assign",
               {"person_id": "{vendor_id}"})]
          if team else []),
        post(f"{w}: comment", f"/actions/tasks/{{{w}_task}}/comment",
             {"task_status_id": "{todo}", "comment": "Looks good"}, save={f"{w}_comment": "id"}),
        {"name": f"{w}: comment with attachment", "method": "POST",
         "path": f"/actions/tasks/{{{w}_task}}/comment",
         "form": {"task_status_id": "{todo}", "comment": "See notes"},
         "files": {"file": {"name": ATTACHMENT, "type": "text/plain", "text": "notes"}},
         "save": {f"{w}_attachment": "attachment_files.0.id"}},
        post(f"{w}: add preview", f"/actions/tasks/{{{w}_task}}/comments/{{{w}_comment}}/add-preview", {},
             save={f"{w}_preview": "id"}),
        post(f"{w}: create playlist", "/data/playlists",
             {"name": "Dailies", "project_id": f"{{{w}_project}}"}, save={f"{w}_playlist": "id"}),
        post(f"{w}: create descriptor", f"{p}/metadata-descriptors",
             {"name": "Difficulty", "entity_type": "Asset", "for_client": False},
             save={f"{w}_descriptor": "id"}),
        post(f"{w}: create budget", f"{p}/budgets", {"name": "Main"}, save={f"{w}_budget": "id"}),
        post(f"{w}: create budget entry", f"{p}/budgets/{{{w}_budget}}/entries",
             {"department_id": "{department}", "start_date": DAY, "months_duration": 2, "daily_salary": 300,
              "position": "artist", "seniority": "mid"}, save={f"{w}_budget_entry": "id"}),
        get(f"{w}: find schedule item", f"{p}/schedule-items/task-types",
            save={f"{w}_schedule_item": "0.id"}),
        post(f"{w}: create milestone", "/data/milestones",
             {"project_id": f"{{{w}_project}}", "task_type_id": "{modeling}", "date": DAY, "name": "Review"},
             save={f"{w}_milestone": "id"}),
        post(f"{w}: log time", f"/actions/tasks/{{{w}_task}}/time-spents/{DAY}/persons/{{user_id}}",
             {"duration": 60}, save={f"{w}_time_spent": "id"}),
        post(f"{w}: create schedule version", "/data/production-schedule-versions",
             {"name": "V1", "project_id": f"{{{w}_project}}"}, save={f"{w}_schedule_version": "id"}),
        post(f"{w}: create asset instance", f"/data/scenes/{{{w}_scene}}/asset-instances",
             {"asset_id": f"{{{w}_asset}}"}, save={f"{w}_asset_instance": "id"}),
        post(f"{w}: create entity link", "/data/entity-links",
             {"entity_in_id": f"{{{w}_shot}}", "entity_out_id": f"{{{w}_asset}}"},
             save={f"{w}_entity_link": "id"}),
        post(f"{w}: join chat", f"/actions/user/chats/{{{w}_asset}}/join", {}),
        post(f"{w}: chat message", f"/data/entities/{{{w}_asset}}/chat/messages", {"message": "Hi"},
             save={f"{w}_chat_message": "id"}),
        get(f"{w}: find news", "/data/news", query={"comment_id": f"{{{w}_comment}}"},
            save={f"{w}_news": "0.id"}),
        post(f"{w}: create concept folder", f"{p}/concept-folders", {"name": "Moods"},
             save={f"{w}_concept_folder": "id"}),
    ]


WORLD = [
    LOGIN_ADMIN,
    *people(ROLES),
    *LOOKUPS,
    get("find project status Open", "/data/project-status", query={"name": "Open"}, save={"open": "0.id"}),
    post("create department", "/data/departments", {"name": "Roles Dept", "color": "#123456"},
         save={"department": "id"}),
    post("create software", "/data/softwares",
         {"name": "Roles Soft", "short_name": "rs", "file_extension": "rs"}, save={"software": "id"}),
    post("create hardware item", "/data/hardware-items", {"name": "Roles Box", "short_name": "rb"},
         save={"hardware_item": "id"}),
    post("create template", "/data/project-templates", {"name": "Roles Template"}, save={"template": "id"}),
    post("create preview background", "/data/preview-background-files", {"name": "Roles Sky"},
         save={"background": "id"}),
    post("create day off", "/data/day-offs", {"person_id": "{user_id}", "date": DAY, "end_date": DAY},
         save={"day_off": "id"}),
    post("create status automation", "/data/status-automations",
         {"entity_type": "asset", "in_task_type_id": "{modeling}", "in_task_status_id": "{todo}",
          "out_field_type": "status", "out_task_type_id": "{animation}", "out_task_status_id": "{todo}"},
         save={"automation": "id"}),
    *production("in", ROLES),
    *production("out", ()),
]

# The world's own answers are not what this area compares in detail: statuses only.
STEPS = [*({**step, "status_only": True} for step in WORLD), *matrix()]
