"""The with-tasks tests reuse the shot tests' routers, production and TV-show layout."""

from tests.shots.conftest import member, mount_shot_routers, show, studio  # noqa: F401
