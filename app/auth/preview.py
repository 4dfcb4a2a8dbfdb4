"""When a production's preview account may act: inside its access window, and only to read."""

import datetime
from typing import Any

from app.models.base import utcnow

READ_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


def is_preview_account(person: Any) -> bool:
    return getattr(person, "preview_project_id", None) is not None


def is_window_open(person: Any, issued_at: int | None = None) -> bool:
    """A preview session is valid only inside the window, and only for tokens issued after it
    opened (closing then reopening kills the older sessions)."""
    until = getattr(person, "preview_open_until", None)
    if until is None or until < utcnow():
        return False
    opened = getattr(person, "preview_opened_at", None)
    if issued_at is not None and opened is not None:
        return issued_at >= int(opened.replace(tzinfo=datetime.UTC).timestamp())
    return True
