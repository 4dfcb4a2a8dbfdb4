"""Assets area: assets of a project by type, their lists, tasks, casting, instances, sharing, deletion."""

# fmt: off
from tests.conformance.scenarios._common import UNKNOWN_ID, delete, get, post, production, put

NEW_CHARACTER = "/data/projects/{project}/asset-types/{character}/assets/new"
TASK = {"project_id": "{project}", "task_type_id": "{modeling}", "task_status_id": "{todo}"}

SETUP = [
    post("add character type to project", "/data/projects/{project}/settings/asset-types",
         {"asset_type_id": "{character}"}),
    post("create sequence", "/data/projects/{project}/sequences", {"name": "SQ01"}, save={"sequence": "id"}),
    post("create shot", "/data/projects/{project}/shots", {"name": "SH010", "sequence_id": "{sequence}"},
         save={"shot": "id"}),
]

CREATION = [
    post("create asset", NEW_CHARACTER, {"name": "Hero", "description": "Main character"},
         save={"asset": "id"}),
    post("create prop asset", "/data/projects/{project}/asset-types/{prop}/assets/new",
         {"name": "Chair", "data": {"material": "wood"}}, save={"prop_asset": "id"}),
    post("create asset duplicate", NEW_CHARACTER, {"name": "Hero"}),
    post("create asset missing name", NEW_CHARACTER, {"description": "nameless"}),
    post("create asset unknown type", f"/data/projects/{{project}}/asset-types/{UNKNOWN_ID}/assets/new",
         {"name": "Ghost"}),
    post("create asset as artist", NEW_CHARACTER, {"name": "Villain"}, as_="user"),
    post("create asset as supervisor", NEW_CHARACTER, {"name": "Sidekick"}, as_="supervisor"),
    post("create asset as manager", NEW_CHARACTER, {"name": "Sidekick"}, as_="manager",
         save={"asset2": "id"}),
    post("create asset as vendor outside team", NEW_CHARACTER, {"name": "Extra"}, as_="vendor"),
]

READS = [
    get("get asset", "/data/assets/{asset}"),
    get("get asset unknown id", f"/data/assets/{UNKNOWN_ID}"),
    get("get asset malformed id", "/data/assets/not-a-uuid"),
    get("get asset with a shot id", "/data/assets/{shot}"),
    get("get asset as artist in team", "/data/assets/{asset}", as_="user"),
    get("get asset as vendor outside team", "/data/assets/{asset}", as_="vendor"),
    get("get asset as client outside team", "/data/assets/{asset}", as_="client"),
    get("list assets", "/data/assets", unordered=True),
    get("list assets by project", "/data/assets", query={"project_id": "{project}"}, unordered=True),
    get("list assets by type", "/data/assets", query={"entity_type_id": "{prop}"}),
    get("list all assets", "/data/assets/all", unordered=True),
    get("list all assets of project", "/data/assets/all", query={"project_id": "{project}"}, unordered=True),
    get("list assets as artist", "/data/assets", as_="user", unordered=True),
    get("list project assets", "/data/projects/{project}/assets", unordered=True),
    get("list project asset types", "/data/projects/{project}/asset-types", unordered=True),
    get("list project character assets", "/data/projects/{project}/asset-types/{character}/assets",
        unordered=True),
    get("list asset types", "/data/asset-types", unordered=True),
    get("get asset type", "/data/asset-types/{character}"),
    get("get asset type unknown id", f"/data/asset-types/{UNKNOWN_ID}"),
    get("list shot asset types", "/data/shots/{shot}/asset-types"),
]

TASKS = [
    post("create asset task", "/data/tasks", {"name": "main", **TASK, "entity_id": "{asset}"},
         save={"task": "id"}),
    get("list asset tasks", "/data/assets/{asset}/tasks"),
    get("list asset task types", "/data/assets/{asset}/task-types"),
    get("list asset tasks as artist", "/data/assets/{asset}/tasks", as_="user"),
]

CASTING = [
    put("cast prop in asset", "/data/assets/{asset}/casting",
        [{"asset_id": "{prop_asset}", "nb_occurences": 2}]),
    get("get asset casting", "/data/assets/{asset}/casting"),
    get("list asset's assets", "/data/assets/{asset}/assets"),
    get("list where prop is cast", "/data/assets/{prop_asset}/cast-in"),
    get("get asset casting as vendor outside team", "/data/assets/{asset}/casting", as_="vendor"),
    post("instantiate prop in asset", "/data/assets/{asset}/asset-asset-instances",
         {"asset_to_instantiate_id": "{prop_asset}", "description": "a chair"}, save={"instance": "id"}),
    get("list asset instances in asset", "/data/assets/{asset}/asset-asset-instances"),
    get("list prop shot instances", "/data/assets/{prop_asset}/shot-asset-instances"),
    get("list prop scene instances", "/data/assets/{prop_asset}/scene-asset-instances"),
]

SHARING = [
    post("share project assets", "/actions/projects/{project}/assets/share", {"is_shared": True},
         unordered=True),
    post("share character assets", "/actions/projects/{project}/asset-types/{character}/assets/share",
         {"is_shared": False}, unordered=True),
    post("share assets by id", "/actions/assets/share", {"asset_ids": ["{prop_asset}"], "is_shared": True},
         unordered=True),
    post("share assets as artist", "/actions/assets/share", {"asset_ids": ["{asset}"]}, as_="user"),
    get("list shared used assets", "/data/projects/{project}/assets/shared-used"),
    post("create episode", "/data/projects/{project}/episodes", {"name": "E01"}, save={"episode": "id"}),
    get("list shared used assets of episode",
        "/data/projects/{project}/episodes/{episode}/assets/shared-used"),
    get("list shared used assets of unknown episode",
        f"/data/projects/{{project}}/episodes/{UNKNOWN_ID}/assets/shared-used"),
]

DELETIONS = [
    delete("delete asset as artist", "/data/assets/{asset2}", as_="user"),
    delete("delete asset without tasks", "/data/assets/{asset2}"),
    get("get deleted asset", "/data/assets/{asset2}"),
    delete("delete asset with tasks", "/data/assets/{asset}"),
    get("get canceled asset", "/data/assets/{asset}"),
    delete("force delete asset", "/data/assets/{asset}", query={"force": "true"}),
    get("get force deleted asset", "/data/assets/{asset}"),
    delete("delete unknown asset", f"/data/assets/{UNKNOWN_ID}"),
]

STEPS = [*production(), *SETUP, *CREATION, *READS, *TASKS, *CASTING, *SHARING, *DELETIONS]
