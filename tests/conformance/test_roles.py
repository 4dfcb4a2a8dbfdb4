"""The roles matrix covers the whole contract: every served operation has its rows (each role, inside
and outside the production's team) in the recording, or a reason in SKIPPED. The replay itself is the
`roles` case of test_replay.py."""

import json

from tests.conformance.runner import recording_path
from tests.conformance.scenarios import roles


async def test_every_served_operation_has_its_rows(client):
    spec = (await client.get("/openapi.json")).json()
    served = {
        (method.upper(), path)
        for path, item in spec["paths"].items()
        for method in item
        if method in roles.METHODS
    }
    recorded = {
        tuple(exchange["step"].split(" ")[:2])
        for exchange in json.loads(recording_path("roles").read_text())["exchanges"]
        if exchange["step"].startswith(("GET /", "POST /", "PUT /", "PATCH /", "DELETE /"))
    }
    skipped = {operation for operation in roles.SKIPPED if operation not in recorded}
    missing = sorted(served - recorded - skipped)
    assert not missing, (
        f"{len(missing)} operation(s) without rows in the roles matrix (re-record the roles area, "
        "or give them a reason in roles.SKIPPED):\n" + "\n".join(" ".join(op) for op in missing)
    )
    gone = sorted(recorded - served)
    assert not gone, "rows of operations no longer served (re-record roles):\n" + "\n".join(
        " ".join(op) for op in gone
    )
