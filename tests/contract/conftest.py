"""The contract tests read the document, the tables and the route table: no database needed."""

import pytest


@pytest.fixture(scope="session")
def database():
    """Overrides the harness's migrated database: nothing here touches it."""
    return None


@pytest.fixture
def clean_database():
    """Overrides the harness's per-test re-seeding."""
    return None
