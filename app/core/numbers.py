"""Integers written as text, as the API reads them."""

import re

_DECIMAL = re.compile(r"[+-]?[0-9]+")


def decimal_int(text: str) -> int | None:
    """The integer an ASCII decimal text writes (a sign and surrounding spaces allowed), else None.

    Not `str.isdigit()`: it is true for `²` and other digits `int()` cannot read, and each such
    check in front of an `int()` was a 500 (schemathesis found two)."""
    text = text.strip()
    return int(text) if _DECIMAL.fullmatch(text) else None
