"""The department tests: the CRUD tests' small production (its departments)."""

from tests.crud.conftest import studio  # noqa: F401
