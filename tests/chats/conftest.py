"""The chat tests lean on the CRUD tests' small production."""

from tests.crud.conftest import member, studio  # noqa: F401
