import os
import subprocess

import pytest

from tests.conftest import BACKEND, PG_ADMIN_URL


@pytest.fixture
def scratch_url(tmp_path):
    """A database of its own (a file on SQLite), for migrations run step by step."""
    if BACKEND == "sqlite":
        yield f"sqlite+aiosqlite:///{tmp_path / 'scratch.db'}"
        return
    name = f"zou_scratch_{os.getpid()}"
    psql = ["psql", PG_ADMIN_URL + "/postgres", "-q", "-c"]
    subprocess.run([*psql, f'DROP DATABASE IF EXISTS "{name}"'], check=True, capture_output=True)
    subprocess.run([*psql, f'CREATE DATABASE "{name}"'], check=True, capture_output=True)
    yield f"postgresql+asyncpg://postgres@127.0.0.1:5432/{name}"
    subprocess.run([*psql, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'], check=True, capture_output=True)
