"""`python -m app ...` end to end, on a scratch SQLite database."""

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def run_cli(tmp_path):
    env = {key: value for key, value in os.environ.items() if key not in ("REDIS_URL", "DATABASE_URL")}
    env.update(
        DATABASE_URL=f"sqlite+aiosqlite:///{tmp_path / 'cli.db'}",
        VAR_DIR=str(tmp_path / "var"),
        BCRYPT_LOG_ROUNDS="4",
        ADMIN_EMAIL="chief@studio.com",
        ADMIN_PASSWORD="",
        PYTHONPATH=str(ROOT),
    )

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "app", *args],
            cwd=tmp_path,  # from anywhere: paths are resolved from the package
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )

    run.db = tmp_path / "cli.db"  # type: ignore[attr-defined]
    return run


def query(db: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(db) as connection:
        return connection.execute(sql).fetchall()


def test_cli_sets_up_a_studio(run_cli):
    result = run_cli("init-db")
    assert result.returncode == 0, result.stderr

    for _ in range(2):  # idempotent
        result = run_cli("init-data")
        assert result.returncode == 0, result.stderr
    assert query(run_cli.db, "select count(*) from task_status") == [(9,)]
    assert query(run_cli.db, "select count(*) from task_type") == [(13,)]

    result = run_cli("create-admin", "boss@studio.com", "--password", "short")
    assert result.returncode == 1 and "Password is too short." in result.stderr
    result = run_cli("create-admin", "boss@studio.com", "--password", "longpassword")
    assert result.returncode == 0 and "Admin successfully created." in result.stdout
    assert query(run_cli.db, "select role, first_name from person where email='boss@studio.com'") == [
        ("admin", "Super")
    ]

    result = run_cli("change-password", "boss@studio.com", "--password", "anotherpassword")
    assert result.returncode == 0 and "Password changed for boss@studio.com" in result.stdout
    result = run_cli("change-password", "ghost@studio.com", "--password", "anotherpassword")
    assert result.returncode == 1

    result = run_cli("ensure-admin")
    assert result.returncode == 0 and "chief@studio.com / " in result.stdout
    result = run_cli("ensure-admin")
    assert result.returncode == 0 and "is ready" in result.stdout

    result = run_cli("worker")
    assert result.returncode == 1 and "REDIS_URL" in result.stderr


def test_cli_rejects_unknown_commands(run_cli):
    assert run_cli("no-such-command").returncode == 2
    assert run_cli("init-data", "--domain", "opera").returncode == 2
