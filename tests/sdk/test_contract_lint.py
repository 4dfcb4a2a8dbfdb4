"""Redocly's recommended lint of the contract files: 0 errors, 0 warnings. Rules that do not fit are
switched off in redocly.yaml, or for named operations in .redocly.lint-ignore.yaml, with reasons."""

from tests.sdk.conftest import npm


def test_redocly_finds_nothing(sdk_toolchain):
    run = npm("run", "-s", "lint-contract", "--", "--format=summary", timeout=180)
    output = run.stdout + run.stderr
    assert run.returncode == 0, output
    assert "warning" not in output.replace("Deprecation warning", ""), output
