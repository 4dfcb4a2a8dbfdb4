"""With-tasks area: Kitsu's boards (entities with their tasks) per project, episode and role."""

# fmt: off
from tests.conformance.scenarios._common import UNKNOWN_ID, content, get

PROJECT = {"project_id": "{project}"}

STEPS = [
    *content(),
    get("asset board", "/data/assets/with-tasks", query=PROJECT, unordered=True),
    get("asset board of episode", "/data/assets/with-tasks", query={**PROJECT, "episode_id": "{episode}"},
        unordered=True),
    get("asset board as artist", "/data/assets/with-tasks", query=PROJECT, as_="user", unordered=True),
    get("asset board as vendor outside team", "/data/assets/with-tasks", query=PROJECT, as_="vendor"),
    get("asset board without project", "/data/assets/with-tasks", unordered=True),
    get("asset board of unknown project", "/data/assets/with-tasks", query={"project_id": UNKNOWN_ID}),
    get("shot board", "/data/shots/with-tasks", query=PROJECT, unordered=True),
    get("shot board of episode", "/data/shots/with-tasks", query={**PROJECT, "episode_id": "{episode}"},
        unordered=True),
    get("shot board as artist", "/data/shots/with-tasks", query=PROJECT, as_="user", unordered=True),
    get("shot board as client outside team", "/data/shots/with-tasks", query=PROJECT, as_="client"),
    get("sequence board", "/data/sequences/with-tasks", query=PROJECT, unordered=True),
    get("episode board", "/data/episodes/with-tasks", query=PROJECT, unordered=True),
    get("scene board", "/data/scenes/with-tasks", query=PROJECT, unordered=True),
    get("edit board", "/data/edits/with-tasks", query=PROJECT, unordered=True),
    get("concept board", "/data/concepts/with-tasks", query=PROJECT, unordered=True),
    get("linked entities of asset", "/data/entities/{asset}/entities-linked/with-tasks"),
    get("linked entities of unknown entity", f"/data/entities/{UNKNOWN_ID}/entities-linked/with-tasks"),
]
