"""The with-tasks tests reuse the shot tests' routers, production and TV-show layout."""

from tests.shots.conftest import member, show, studio  # noqa: F401
