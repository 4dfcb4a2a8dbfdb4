"""Declared differences of the choices area (values outside a choice column's values). Key format:
see earlier_areas.py and README.md."""

# fmt: off
INTENTIONAL: dict[tuple[str, str, str], str] = {
    ("choices", "* outside its values", "*"):
        "Zou stores a value outside the column's choices (its ChoiceType checks nothing on write) "
        "and answers 500 on the write and on every later read of the row; where it checks, its "
        "message is the raw KeyError (\"'colour'\"). We refuse it (400 \"Invalid <field>\"), "
        "write nothing, and the row stays readable",
    ("choices", "person * back", "*"):
        "Zou cannot read the person its previous write broke (500); ours was never broken",
}

PENDING: dict[tuple[str, str, str], str] = {
}
# fmt: on
