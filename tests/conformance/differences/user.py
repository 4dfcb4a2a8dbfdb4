"""Declared differences of the user areas (scenarios user and user_personal). Key format: earlier_areas.py."""

# fmt: off
INTENTIONAL: dict[tuple[str, str, str], str] = {
    # Zou crashes (500) where we answer.
    ("user_personal", "* filter* malformed id", "*"):
        "Zou crashes (500) on a malformed filter or filter group id; we answer 404 like an unknown id",
    ("user_personal", "update notification malformed id", "*"):
        'Zou crashes (500) on a malformed id; we answer 400 "Invalid UUID format" as its GET does',
    ("user_personal", "update notification empty body", "*"):
        "Zou crashes (500) writing read = null; without `read` we change nothing and answer the notification",
    ("user_personal", "subscribe to sequence unknown task type", "*"):
        "Zou crashes (500) on an unknown task type; we answer 404",
    ("user_personal", "task time spent none", "*"):
        "Zou crashes (500) when the caller spent no time on the task that day (a view returning None); "
        "we answer {} as its day-off route does",
    ("user_personal", "task time spent yesterday", "*"): "the same crash (500) for a day with no time spent",
    ("user_personal", "task time spent unknown task", "*"):
        "Zou crashes (500) likewise for an unknown task; we answer {} (no time spent)",
    ("user_personal", "create desktop login log bad date", "*"):
        'Zou crashes (500) on a date it cannot parse; we answer 400 "Wrong date format: <date>"',
}

PENDING: dict[tuple[str, str, str], str] = {}
