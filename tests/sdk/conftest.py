"""The TypeScript SDK's toolchain: its pinned npm packages, installed once per run when missing."""

import os
import subprocess
from pathlib import Path

import pytest

SDK = Path(__file__).resolve().parents[2] / "sdk" / "typescript"


# The machines reach package registries only: no telemetry nor update checks from the tools.
QUIET = {"REDOCLY_TELEMETRY": "off", "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true", "NO_UPDATE_NOTIFIER": "1"}


def npm(*args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["npm", *args],
        cwd=SDK,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
        env={**os.environ, **QUIET},
    )


@pytest.fixture(scope="session")
def sdk_toolchain() -> Path:
    lock, installed = SDK / "package-lock.json", SDK / "node_modules" / ".package-lock.json"
    if not installed.exists() or installed.stat().st_mtime < lock.stat().st_mtime:
        run = npm("ci", "--no-audit", "--no-fund")
        assert run.returncode == 0, run.stderr
    return SDK
