"""News and events areas: the news comments make on a project, their filters and pages, and the event
log (filtered by name and project: the setup's events carry run-dependent times)."""

# fmt: off
from tests.conformance.scenarios._common import UNKNOWN_ID, content, get, post

NEWS = "/data/projects/{project}/news"

SETUP = [
    *content(),
    get("find task status wip", "/data/task-status", query={"short_name": "wip"}, save={"wip": "0.id"}),
    post("add client to team", "/data/projects/{project}/team", {"person_id": "{client_id}"}),
    post("comment shot task", "/actions/tasks/{shot_task}/comment",
         {"task_status_id": "{wip}", "comment": "A"}),
    post("comment asset task", "/actions/tasks/{asset_task}/comment",
         {"task_status_id": "{wip}", "comment": "B"}, as_="manager"),
    post("comment shot task again", "/actions/tasks/{shot_task}/comment",
         {"task_status_id": "{wip}", "comment": "C"}, save={"comment": "id"}),
    # A preview's name is random.
    post("add preview to shot task", "/actions/tasks/{shot_task}/comments/{comment}/add-preview", {},
         save={"preview": "id"}, ignore=["name"]),
]

# The comments of the setup share their second: news of one second come in no set order.
NEWS_STEPS = [
    get("list project news by author", NEWS, query={"person_id": "{manager_id}"}, save={"news": "data.0.id"}),
    get("list project news", NEWS, unordered=True),
    get("list project news page", NEWS, query={"page": "1", "limit": "1", "person_id": "{manager_id}"}),
    get("list project news second page", NEWS,
        query={"page": "2", "limit": "1", "person_id": "{manager_id}"}),
    get("list project news only previews", NEWS, unordered=True, query={"only_preview": "true"},
        ignore=["data.*.preview_files.*.name"]),
    get("list project news by task type", NEWS, unordered=True, query={"task_type_id": "{modeling}"}),
    get("list project news by task status", NEWS, unordered=True, query={"task_status_id": "{wip}"}),
    get("list project news by episode", NEWS, unordered=True, query={"episode_id": "{episode}"}),
    get("list project news after", NEWS, unordered=True, query={"after": "2000-01-01"}),
    get("list project news before", NEWS, query={"before": "2000-01-01"}),
    get("list project news bad date", NEWS, query={"after": "not-a-date"}),
    get("list project news as artist", NEWS, as_="user", unordered=True),
    get("list project news as client", NEWS, as_="client"),
    get("list project news as vendor outside team", NEWS, as_="vendor"),
    get("list project news unknown project", f"/data/projects/{UNKNOWN_ID}/news"),
    get("list news", "/data/projects/news", unordered=True),
    get("list news of project", "/data/projects/news",
        query={"project_id": "{project}", "person_id": "{manager_id}"}),
    get("list news as vendor outside team", "/data/projects/news", as_="vendor"),
    get("get news", NEWS + "/{news}"),
    get("get news as artist", NEWS + "/{news}", as_="user"),
    get("get news as vendor outside team", NEWS + "/{news}", as_="vendor"),
    get("get news unknown id", NEWS + f"/{UNKNOWN_ID}"),
    get("get news malformed id", NEWS + "/not-a-uuid"),
    get("list project news malformed project", "/data/projects/not-a-uuid/news"),
    get("list project news bad page", NEWS, query={"page": "x"}),
    get("get news unknown project", f"/data/projects/{UNKNOWN_ID}/news/{{news}}"),
]

EVENTS = "/data/events/last"
EVENT_STEPS = [
    get("list comment events", EVENTS, query={"name": "comment:new", "project_id": "{project}"},
        unordered=True),
    get("list task events by prefix", EVENTS, query={"name_prefixes": "task", "project_id": "{project}"},
        unordered=True),
    get("list events bad prefix", EVENTS, query={"name_prefixes": "task:"}),
    get("list events by suffix and person", EVENTS,
        query={"name_suffixes": "new", "person_ids": "{manager_id}", "project_id": "{project}"},
        unordered=True),
    get("list events limit", EVENTS,
        query={"name": "comment:new", "person_ids": "{manager_id}", "limit": "1"}, save={"event": "0.id"}),
    get("list events before cursor", EVENTS, query={"cursor_event_id": "{event}", "project_id": "{project}"},
        unordered=True),
    get("list events before", EVENTS, query={"before": "2000-01-01T00:00:00"}),
    get("list events after", EVENTS, query={"after": "2999-01-01T00:00:00"}),
    get("list events only files", EVENTS, query={"only_files": "true", "project_id": "{project}"}),
    get("list events malformed project", EVENTS, query={"project_id": "not-a-uuid"}),
    get("list events malformed cursor", EVENTS, query={"cursor_event_id": "not-a-uuid"}),
    get("list events bad date", EVENTS, query={"after": "not-a-date"}),
    get("list events bad limit", EVENTS, query={"limit": "x"}),
    get("list events as manager", EVENTS, query={"name": "comment:new", "project_id": "{project}"},
        as_="manager", unordered=True),
    get("list events as manager unknown project", EVENTS, query={"project_id": UNKNOWN_ID}, as_="manager"),
    get("list events as supervisor", EVENTS, as_="supervisor"),
    get("list events as artist", EVENTS, as_="user"),
    get("list event names", "/data/events/names"),
    get("list event names as artist", "/data/events/names", as_="user"),
    get("list login logs of artist", "/data/events/login-logs/last", query={"person_ids": "{user_id}"},
        ignore=["*.ip_address"]),
    get("list login logs limit", "/data/events/login-logs/last",
        query={"limit": "1", "person_ids": "{user_id}"},
        ignore=["*.ip_address"], save={"login_log": "0.id"}),
    get("list login logs before cursor", "/data/events/login-logs/last",
        query={"cursor_login_log_id": "{login_log}"}, unordered=True, ignore=["*.ip_address"]),
    get("list login logs before", "/data/events/login-logs/last", query={"before": "2000-01-01T00:00:00"}),
    get("list login logs malformed cursor", "/data/events/login-logs/last",
        query={"cursor_login_log_id": "not-a-uuid"}),
    get("list login logs as manager", "/data/events/login-logs/last", as_="manager"),
]

STEPS = [*SETUP, *NEWS_STEPS, *EVENT_STEPS]
