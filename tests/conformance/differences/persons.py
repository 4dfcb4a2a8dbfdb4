"""Declared differences of the persons and departments areas (time sheets, days off, quotas, account
actions, person avatars, department items). Key format: see earlier_areas.py and README.md."""

# fmt: off
INTENTIONAL: dict[tuple[str, str, str], str] = {
    # The wording of a library, not of Zou.
    ("persons", "add to department malformed id", "body.data.errors[0].message"):
        "pydantic-core's UUID message: Zou's older release counts the bad character's position from 1 "
        "(`at 1`), ours from 0 (`at 0`, the character's index); the rest of the body is Zou's",
    ("departments", "add * malformed * id", "body.data.errors[0].message"):
        "pydantic-core's UUID message: Zou's older release counts the bad character's position from 1 "
        "(`at 1`), ours from 0 (`at 0`, the character's index); the rest of the body is Zou's",
    # A hole of Zou we close.
    ("departments", "department persons as client", "*"):
        "Zou lists a department's members to a client (200), who gets no one from /data/persons; "
        "we answer 403",
    # Zou crashes (500) where we answer.
    ("departments", "department hardware item", "*"):
        "Zou crashes (500: its handler lacks the hardware_item_id argument); we answer the linked item",
    ("persons", "* table malformed year", "*"):
        "Zou crashes (500) on a year that is not a number; we answer 400 Invalid month or year.",
    ("persons", "* day offs malformed *", "*"):
        "Zou crashes (500) on a year, month or week that is not a number or out of range; "
        "we answer 400 Invalid date format.",
    ("persons", "year table malformed department id", "*"):
        "Zou crashes (500) on a department_id that is not a UUID; we answer 400 Wrong UUID format.",
    ("persons", "month quota shots malformed task type id", "*"):
        "Zou crashes (500) on a task_type_id that is not a UUID; we answer 400 Wrong UUID format.",
    ("persons", "desktop login unknown person", "*"):
        "Zou crashes (500: the insert breaks the person foreign key); we answer 404",
}

# Real divergences of ours, not fixed yet: each must still occur (strict), one line on what differs.
PENDING: dict[tuple[str, str, str], str] = {
    # Validation messages naming our generated request models instead of Zou's schemas.
    ("persons", "desktop login list body", "body.data.errors[0].message"):
        'names "PersonsDesktopLoginCreate"; Zou "DesktopLoginCreateSchema"',
    ("persons", "change password list body", "body.data.errors[0].message"):
        'names "PersonsChangePassword"; Zou "ChangePasswordSchema"',
    ("departments", "add software license list body", "body.data.errors[0].message"):
        'names "DepartmentsAddSoftware"; Zou "AddSoftwareToDepartmentSchema"',
}
# fmt: on
