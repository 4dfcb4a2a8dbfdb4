"""Which served operations the scenarios exercise: `python -m tests.conformance.coverage [--missing]`."""

import argparse
import asyncio
import json
import re

import httpx

from tests.conformance.record import all_areas
from tests.conformance.runner import PLACEHOLDER, load_steps, recording_path

METHODS = ("get", "post", "put", "patch", "delete")


async def served_operations() -> set[tuple[str, str]]:
    """The operations of our served contract (GET /openapi.json, in-process: no server needed)."""
    from app.main import create_app

    transport = httpx.ASGITransport(app=create_app())
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
        spec = (await client.get("/openapi.json")).json()
    paths = spec["paths"].items()
    return {(method.upper(), path) for path, item in paths for method in item if method in METHODS}


def template_of(path: str, templates: list[str]) -> str | None:
    """The spec path a step's path falls under; static segments win over parameters
    (`/data/projects/open` before `/data/projects/{instance_id}`)."""
    concrete = PLACEHOLDER.sub("x", path).removeprefix("/api").rstrip("/") or "/"
    matching = [t for t in templates if re.fullmatch(re.sub(r"\{[^/]+\}", "[^/]+", t), concrete)]
    # Then the longer static text: `{instance_id}.png` before `{instance_id}` for `<id>.png`.
    return min(matching, key=lambda t: (t.count("{"), -len(re.sub(r"\{[^/]+\}", "", t))), default=None)


def covered(operations: set[tuple[str, str]], succeeded: bool = False) -> dict[str, set[tuple[str, str]]]:
    """Operations each area runs; with `succeeded`, only those Zou answered with a 2xx."""
    templates = sorted({path for _, path in operations})
    by_area = {}
    for area in all_areas():
        recorded = json.loads(recording_path(area).read_text())["exchanges"]
        statuses = [exchange["status"] for exchange in recorded]
        found = set()
        for step, status in zip(load_steps(area), statuses, strict=True):
            template = template_of(step["path"], templates)
            if template and (step["method"], template) in operations and (not succeeded or status < 300):
                found.add((step["method"], template))
        by_area[area] = found
    return by_area


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--missing", action="store_true", help="list the served operations no scenario runs")
    missing = parser.parse_args().missing
    operations = asyncio.run(served_operations())
    by_area, successes = covered(operations), covered(operations, succeeded=True)
    for area, found in by_area.items():
        print(f"{area:18} {len(found):4} operations, {len(successes[area]):4} with a success")
    every = set().union(*by_area.values())
    print(
        f"covered {len(every)} of {len(operations)} served operations, "
        f"{len(set().union(*successes.values()))} with a success"
    )
    if missing:
        for method, path in sorted(operations - every, key=lambda op: (op[1], op[0])):
            print(f"  {method:6} {path}")


if __name__ == "__main__":
    main()
