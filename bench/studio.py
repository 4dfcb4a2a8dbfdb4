"""Issue 10's scenarios: what Kitsu asks for all day on the artists' productions (bench/seed_studio.py),
each as the identity that asks for it (the artist's own token for the user views)."""

from dataclasses import replace

import orjson

from bench import floor_threads, floor_user
from bench.scenarios import Scenario
from bench.seed_studio import StudioSeeded, posted_comment


def comment_body(studio: StudioSeeded, n: int) -> bytes:
    status, text = posted_comment(studio, n)
    return orjson.dumps({"task_status_id": str(status), "comment": text, "checklist": []})


def scenarios(studio: StudioSeeded) -> list[Scenario]:
    reads = [replace(read, floor_target=1.5, zou_target=5.0) for read in _reads(studio)]
    return [*reads, _post(studio)]


def _reads(studio: StudioSeeded) -> list[Scenario]:
    thread = str(studio.artist_tasks[0])
    project = str(studio.project_ids[0])
    return [
        Scenario(
            "GET /data/user/context (artist)",
            "GET",
            lambda _n: "/data/user/context",
            floor_user.user_context(studio.artist_id),
            caller="artist",
        ),
        Scenario(
            f"GET /data/user/tasks (artist, {len(studio.artist_tasks)} tasks)",
            "GET",
            lambda _n: "/data/user/tasks",
            floor_user.user_tasks(studio.artist_id),
            caller="artist",
        ),
        Scenario(
            "GET /data/tasks/{id}/comments (50, artist)",
            "GET",
            lambda _n: f"/data/tasks/{thread}/comments",
            floor_threads.task_comments(studio.artist_tasks[0]),
            caller="artist",
        ),
        Scenario(
            "GET /data/projects/{id}/news?limit=50",
            "GET",
            lambda _n: f"/data/projects/{project}/news?limit=50",
            floor_threads.project_news(studio.project_ids[0], 50),
        ),
        Scenario(
            f"GET /data/persons/time-spents/month-table/{studio.year}",
            "GET",
            lambda _n: f"/data/persons/time-spents/month-table/{studio.year}",
            floor_threads.month_table(studio.year),
        ),
    ]


def _post(studio: StudioSeeded) -> Scenario:
    tasks = [str(t) for t in studio.artist_tasks]
    return Scenario(
        "POST /actions/tasks/{id}/comment (status change, 3 mentions, artist)",
        "POST",
        lambda n: f"/actions/tasks/{tasks[n % len(tasks)]}/comment",
        floor_threads.post_comment(studio),
        body=lambda n: comment_body(studio, n),
        caller="artist",
        zou_target=3.0,
    )
