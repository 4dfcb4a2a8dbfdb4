"""The news feed tests: the CRUD tests' small production, the shot tests' TV-show layout, and news
rows written as the comments area writes them."""

from tests.crud.conftest import member, studio  # noqa: F401
from tests.news.fixtures import feed  # noqa: F401
from tests.shots.conftest import show  # noqa: F401
