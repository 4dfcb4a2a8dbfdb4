"""Every generic /data collection: list (admin, artist), an empty create, and get/update/delete of an
unknown id: the error paths. collections_writes.py covers every success, with valid bodies."""

# fmt: off
from tests.conformance.scenarios._common import LOGIN_ADMIN, UNKNOWN_ID, delete, get, people, post, put

COLLECTIONS = (
    "asset-instances attachment-files budget-entries budgets chat-messages chats comments custom-actions "
    "day-offs departments entities entity-links entity-types events file-status hardware-items "
    "metadata-descriptors milestones news notifications organisations output-files output-types persons "
    "playlists plugins preview-background-files preview-files production-schedule-version-task-links "
    "production-schedule-versions project-status project-templates projects salary-scales schedule-items "
    "search-filter-groups search-filters softwares status-automations studios subscriptions task-status "
    "task-types tasks time-spents working-files"
).split()


def probes(name: str) -> list[dict]:
    one = f"/data/{name}/{UNKNOWN_ID}"
    return [
        get(f"list {name}", f"/data/{name}", unordered=True),
        get(f"list {name} as artist", f"/data/{name}", as_="user", unordered=True),
        post(f"create {name} empty", f"/data/{name}", {}),
        get(f"get {name} unknown id", one),
        put(f"update {name} unknown id", one, {"name": "x"}),
        delete(f"delete {name} unknown id", one),
    ]


STEPS = [LOGIN_ADMIN, *people(("user",)), *[step for name in COLLECTIONS for step in probes(name)]]
