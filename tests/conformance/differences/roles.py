"""Declared differences of the roles matrix (scenarios/roles.py): every operation as each role, inside
and outside the production's team. Steps are named `<METHOD> <path template> as <role> [member|outsider]`
(role `user` is the artist); paths are `status` and `body` (a refusal's message, or `body.rows`, the
length of a list)."""

# fmt: off
# Holes of Zou we close on purpose, and Zou's crashes: the replay ignores them. One reason each.
INTENTIONAL: dict[tuple[str, str, str], str] = {
    # Writes Zou leaves open to any logged-in person or any member.
    ("roles", "POST /data/tasks as *", "*"):
        "Zou lets anyone create a task in any project; we need a manager, or a supervisor for the task "
        "types of their departments (the crud area declares the same)",
    ("roles", "POST /data/entities/{entity_id}/tasks as user member", "*"):
        "Zou lets an artist of the team create tasks on an entity (201); we answer 403 (entities area)",
    ("roles", "DELETE /data/sequences/{sequence_id} as *", "*"):
        "Zou checks nothing before deleting a sequence (here it stops at its shots, 400); we keep it "
        "to the production's managers (403), as the crud and shots areas declare",
    ("roles", "POST /data/scenes/{scene_id}/shots as * member", "*"):
        "Zou lets any member, clients and vendors included, link a shot to a scene; casting writes "
        "are a manager's in Zou, and so are these breakdown writes with us",
    ("roles", "DELETE /data/scenes/{scene_id}/shots/{shot_id} as * member", "*"):
        "Zou lets any member unlink a shot from a scene; a manager's breakdown write with us",
    ("roles", "POST /data/scenes/{scene_id}/asset-instances as * member", "*"):
        "Zou lets any member, clients and vendors included, add an asset instance to a scene; a "
        "manager's breakdown write with us, as Zou's own casting writes",
    ("roles", "POST /data/assets/{asset_id}/asset-asset-instances as * member", "*"):
        "Zou lets any member, clients and vendors included, instantiate an asset in another; a "
        "manager's breakdown write with us",
    ("roles", "POST /data/shots/{shot_id}/asset-instances as * member", "*"):
        "Zou lets any member attach an asset instance to a shot (then crashes, 500, on a second one); "
        "a manager's breakdown write with us",
    ("roles", "DELETE /data/shots/{shot_id}/asset-instances/{asset_instance_id} as * member", "*"):
        "Zou lets any member detach an asset instance (or crashes, 500, once it is gone); a manager's "
        "breakdown write with us",
    # Reads we keep narrower than Zou.
    ("roles", "GET /data/entities as vendor", "body.rows"):
        "a vendor lists the entities holding one of its tasks (Zou's vendor scope of its boards); Zou's "
        "/data/entities hands it every entity of its productions",
    ("roles", "GET /data/projects/{project_id}/tasks as vendor member", "body.rows"):
        "a vendor reads the tasks assigned to it; Zou hands it every task of the production",
    ("roles", "GET /data/tasks/open-tasks as vendor", "body.rows"):
        "a vendor reads the open tasks assigned to it; Zou hands it every open task of its productions",
    ("roles", "GET /data/entities/{entity_id}/task-types/{task_type_id}/tasks as vendor member", "*"):
        "a vendor reads the tasks of the entities it works on only (its entity access, as on every "
        "other entity route); Zou checks membership only here",
    ("roles", "GET /data/entities/{entity_id}/time-spents as client member", "*"):
        "Zou hides task durations from clients everywhere but here; we refuse clients here too",
    ("roles", "GET /data/projects/news as client", "body.rows"):
        "Zou refuses clients a production's news feed (403) but lists the same news to them across "
        "productions; we keep clients out of both",
    ("roles", "GET /data/persons/{person_id}/related-tasks/{task_type_id} as client", "body.rows"):
        "a client gets no studio person's task list (empty); Zou lists the artist's related tasks",
    ("roles", "POST /data/tasks/{task_id}/comments/{comment_id}/ack as client member", "*"):
        "acknowledging answers the whole comment: a client may not acknowledge (so read) a studio "
        "comment hidden from it, which Zou allows",
    # Zou crashes (500) where we answer.
    ("roles", "GET /data/user/tasks/{task_id}/time-spents/{date} as *", "*"):
        "Zou crashes (500) reading one's time spent of a day on a task; we answer it",
    ("roles", "PUT /data/projects/{project_id}/budgets/{budget_id}/entries/{entry_id} as manager *", "*"):
        "Zou crashes (500) updating a budget entry; we update it (projects area declares the same)",
    ("roles", "POST /data/search as *", "*"):
        "Zou crashes (500) without its Meilisearch indexer; we search in the database",
    ("roles", "DELETE /data/tasks/{instance_id} as manager member", "body"):
        "Zou's message is the database driver's foreign-key error text; ours says what conflicts",
    ("roles", "POST /actions/tasks/{task_id}/comments/{comment_id}/add-attachment as manager member", "*"):
        "an upload without a file part is refused (400, says what to send); Zou answers an empty 201",
    ("roles", "GET /data/entity-types as *", "body.rows"):
        "a read writes nothing: Zou creates a Camera asset type when a scene's camera instances are "
        "read (11 types with us, 12 in Zou)",
    ("roles", "POST /data/production-schedule-version-task-links as *", "body"):
        "Zou's message is a Python KeyError text (`'production_schedule_version_id'`); ours says a "
        "required field is missing",
}

# Bugs of ours still open: each is a strict expected failure of test_pending.
PENDING: dict[tuple[str, str, str], str] = {
}
