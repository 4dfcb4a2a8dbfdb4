"""The event log tests lean on the CRUD tests' small production."""

from tests.crud.conftest import member, studio  # noqa: F401
