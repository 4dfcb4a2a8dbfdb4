"""The CRUD tests' small production, shared by the breakdown tests."""

from tests.crud.conftest import member, studio  # noqa: F401
