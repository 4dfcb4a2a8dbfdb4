"""A newcomer's first steps: a missing PostgreSQL database is created by `init-db`, a bad setting
or an unreachable server is one line (no traceback), the image has a health check."""

import os
import re
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import BACKEND, PG_ADMIN_URL

ROOT = Path(__file__).resolve().parents[2]


def _run(args: list[str], tmp_path, timeout: float = 120, **env: str) -> subprocess.CompletedProcess:
    environment = {**os.environ, "VAR_DIR": str(tmp_path / "var"), **env}
    return subprocess.run(
        [sys.executable, *args], cwd=ROOT, env=environment, capture_output=True, text=True, timeout=timeout
    )


def _psql(sql: str) -> str:
    done = subprocess.run(
        ["psql", PG_ADMIN_URL + "/postgres", "-tA", "-c", sql], check=True, capture_output=True, text=True
    )
    return done.stdout.strip()


@pytest.mark.skipif(BACKEND == "sqlite", reason="PostgreSQL mode")
def test_init_db_creates_a_missing_database(tmp_path):
    name = f"zou_newcomer_{os.getpid()}"
    _psql(f'DROP DATABASE IF EXISTS "{name}"')
    try:
        url = f"postgresql+asyncpg://postgres@127.0.0.1:5432/{name}"
        done = _run(["-m", "app", "init-db"], tmp_path, DATABASE_URL=url)
        assert done.returncode == 0, done.stderr
        assert f"Created the database {name}." in done.stdout
        assert _psql(f"SELECT count(*) FROM pg_database WHERE datname = '{name}'") == "1"
        again = _run(["-m", "app", "init-db"], tmp_path, DATABASE_URL=url)
        assert again.returncode == 0 and "Created" not in again.stdout
    finally:
        _psql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_an_unreachable_database_is_one_line(tmp_path):
    url = "postgresql+asyncpg://postgres@127.0.0.1:9/zou"  # nothing listens on port 9
    done = _run(["-m", "app", "init-db"], tmp_path, DATABASE_URL=url)
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert (
        done.stderr.strip().count("\n") == 0 and "Cannot connect to PostgreSQL at 127.0.0.1:9" in done.stderr
    )


def test_production_without_secret_key_is_one_line(tmp_path):
    line = "zou-async: configuration error: SECRET_KEY must be set to a non-default value in production"
    done = _run(["-m", "app", "upgrade-db"], tmp_path, ENV="production", SECRET_KEY="")
    assert done.returncode == 3 and done.stderr.strip() == line
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = str(probe.getsockname()[1])
    serve = ["-m", "app.server", "--workers", "1", "--port", port]
    server = _run(serve, tmp_path, timeout=60, ENV="production", SECRET_KEY="")
    assert server.returncode == 3
    assert "Traceback" not in server.stderr and line in server.stderr


def test_the_image_copies_the_app_once_and_checks_its_health():
    dockerfile = (ROOT / "Dockerfile").read_text()
    assert len(re.findall(r"^COPY app\b", dockerfile, re.MULTILINE)) == 1
    assert re.search(r"^HEALTHCHECK .*\\\n\s+CMD ", dockerfile, re.MULTILINE)
    for source in re.findall(r"^COPY (?!--from)(\S+)", dockerfile, re.MULTILINE):
        assert (ROOT / source).exists(), source


def test_the_readme_names_what_make_test_flushes_and_the_limits():
    readme = (ROOT / "README.md").read_text()
    assert "TEST_REDIS_DB" in readme and "flushes" in readme
    for setting in ("MAX_BODY_SIZE", "MAX_UPLOAD_SIZE", "MAX_JSON_DEPTH", "MAX_PAGE_LIMIT"):
        assert setting in readme
