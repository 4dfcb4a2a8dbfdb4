"""Init data: how the recorder's reset differs from a Zou installed with init-db then init-data."""

# fmt: off
INTENTIONAL: dict[tuple[str, str, str], str] = {
    # Zou's schema migration makes the concepts' task type (Concept, for Concept) before any
    # department exists: no department, no `task-type:new` event, as ours (app/init_data.py). The
    # recorder empties the tables, so its init-data makes that task type again, with both.
    ("*", "list task-types*", "body[12].department_id"):
        "the concepts' task type has no department, as on a Zou installed with init-db",
    ("*", "list task-types page", "body.data[12].department_id"):
        "the concepts' task type has no department, as on a Zou installed with init-db",
    ("collections", "list events", "body.length"):
        "no task-type:new event for the concepts' task type, as on a Zou installed with init-db",
}

PENDING: dict[tuple[str, str, str], str] = {}
