"""The entity routers mounted ahead of the CRUD routes, and the CRUD tests' small production."""

from tests.assets.support import mount_entity_routers  # noqa: F401
from tests.crud.conftest import member, studio  # noqa: F401
