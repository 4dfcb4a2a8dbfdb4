"""The TypeScript SDK (`sdk/typescript/`): generated from the committed contract, type-checked
with `tsc --strict`, and run against a live server (login, a filtered list, create, update, an
error narrowed by its schema)."""

import subprocess
import sys

from tests.helpers.seed import ADMIN_EMAIL, PASSWORD
from tests.integration.conftest import live_server  # noqa: F401 - the live server fixture
from tests.sdk.conftest import SDK, npm


def test_the_generated_types_are_up_to_date(sdk_toolchain, tmp_path):
    fresh = tmp_path / "schema.d.ts"
    run = npm("exec", "--", "openapi-typescript", "../../openapi/openapi.json", "--output", str(fresh))
    assert run.returncode == 0, run.stderr
    committed = (SDK / "src" / "schema.d.ts").read_text()
    assert fresh.read_text() == committed, "stale sdk/typescript/src/schema.d.ts: run `make sdk`"


def test_the_sdk_compiles_strictly_and_works_against_the_live_server(sdk_toolchain, live_server):  # noqa: F811
    build = npm("run", "build")
    assert build.returncode == 0, build.stdout + build.stderr
    smoke = subprocess.run(
        ["node", "dist/smoke/smoke.js", live_server, ADMIN_EMAIL, PASSWORD],
        cwd=SDK,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    print(smoke.stdout, file=sys.stderr)
    assert smoke.returncode == 0, smoke.stderr
    assert '"ok":true' in smoke.stdout
