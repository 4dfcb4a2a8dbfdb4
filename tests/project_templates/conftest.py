"""The production routers mounted ahead of the CRUD routes, and the CRUD tests' small production."""

from tests.crud.conftest import member, studio  # noqa: F401
from tests.projects.support import mount_project_routers  # noqa: F401
