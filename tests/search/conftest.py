"""The search tests lean on the CRUD tests' small production and the shot tests' TV-show layout."""

from tests.crud.conftest import member, studio  # noqa: F401
from tests.shots.conftest import show  # noqa: F401
