"""Declared differences of the tasks areas (tasks, tasks_actions). Key format: earlier_areas.py."""

# fmt: off
# Differences we keep on purpose: the replay ignores them. One reason each.
INTENTIONAL: dict[tuple[str, str, str], str] = {
    # Permission holes of Zou we close.
    ("tasks", "create task as vendor outside team", "*"):
        "Zou lets a vendor create a task in a production whose team it is not in (201); we answer 403",
    ("tasks", "project tasks as assigned vendor", "*"):
        "Zou gives a vendor of the team every task of the production; we give only the vendor's tasks "
        "(as Zou's own /data/tasks and the boards do)",
    ("tasks", "open tasks *as assigned vendor", "*"):
        "Zou counts and lists every task of the production for a vendor of the team; we only the vendor's",
    # Zou's answers we improve on purpose (the contract says so).
    ("tasks", "own tasks as vendor", "*"):
        "Zou answers a vendor an empty list even for their own to-do list; we give them their tasks "
        "(openapi: list_person_tasks)",
    # Zou crashes (500) or answers beside the point where we answer.
    ("tasks", "task time spents malformed date", "*"):
        "Zou crashes (500) casting a malformed date in SQL; we answer 400 Wrong date format. "
        "(its message for this route)",
    ("tasks_actions", "create asset tasks unknown project", "*"):
        "Zou answers 201 [] for a project that does not exist (an admin passes its access check); "
        "we answer 404 as for every unknown project",
    ("tasks_actions", "delete tasks unknown project", "*"):
        "Zou answers 200 with the ids for a project that does not exist (nothing is deleted); "
        "we answer 404 as for every unknown project",
}

# Real divergences of ours, not fixed yet: each must still occur (strict), one line on what differs.
PENDING: dict[tuple[str, str, str], str] = {
}
