"""The task tests: the CRUD tests' small production, people of every role in its team."""

from tests.crud.conftest import (  # noqa: F401
    add_department,
    add_to_team,
    assign,
    db_get,
    event_names,
    events_named,
    member,
    studio,
)
from tests.shots.conftest import rows, show  # noqa: F401
