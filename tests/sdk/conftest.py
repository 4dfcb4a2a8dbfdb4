"""The TypeScript SDK's toolchain: its pinned npm packages, installed once per run when missing."""

import subprocess
from pathlib import Path

import pytest

SDK = Path(__file__).resolve().parents[2] / "sdk" / "typescript"


def npm(*args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["npm", *args], cwd=SDK, capture_output=True, text=True, timeout=timeout, check=False
    )


@pytest.fixture(scope="session")
def sdk_toolchain() -> Path:
    lock, installed = SDK / "package-lock.json", SDK / "node_modules" / ".package-lock.json"
    if not installed.exists() or installed.stat().st_mtime < lock.stat().st_mtime:
        run = npm("ci", "--no-audit", "--no-fund")
        assert run.returncode == 0, run.stderr
    return SDK
