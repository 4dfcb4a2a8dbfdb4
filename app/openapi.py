"""The hand-written contract in `openapi/`, served as `/openapi.json` and rendered at `/docs`."""

from functools import cache
from pathlib import Path
from typing import Any

from fastapi import APIRouter
from fastapi.openapi.docs import get_swagger_ui_html
from starlette.responses import HTMLResponse, Response

from app.serialize import dumps

SPEC_DIR = Path(__file__).resolve().parent.parent / "openapi"
SPEC_PATH = SPEC_DIR / "openapi.yaml"
# Each Zou area may keep its operations in its own file: `paths` plus `components.schemas`,
# merged into the root document (a name defined twice is an error, never a silent override).
AREAS_DIR = SPEC_DIR / "areas"

router = APIRouter()


def _read(path: Path) -> dict[str, Any]:
    import yaml  # only when the contract is rendered: not worth its memory in every worker

    # The C loader parses the large contract several times faster than the pure-Python one.
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(path.read_text(), Loader=loader) or {}  # noqa: S506 - a safe loader


def _merge(target: dict[str, Any], extra: dict[str, Any], source: str) -> None:
    for name, value in extra.items():
        if name in target:
            raise ValueError(f"{source} redefines {name!r}")
        target[name] = value


def load_spec() -> dict[str, Any]:
    """The whole contract: the root document plus every area file, as one OpenAPI document."""
    spec = _read(SPEC_PATH)
    for area in sorted(AREAS_DIR.glob("*.yaml")):
        fragment = _read(area)
        _merge(spec.setdefault("paths", {}), fragment.get("paths") or {}, area.name)
        schemas = (fragment.get("components") or {}).get("schemas") or {}
        _merge(spec.setdefault("components", {}).setdefault("schemas", {}), schemas, area.name)
        for tag in fragment.get("tags") or []:
            spec.setdefault("tags", []).append(tag)
    return spec


def bundle() -> None:
    """`python -m app.openapi`: print the merged contract (input of the schema generator)."""
    import sys

    sys.stdout.buffer.write(dumps(load_spec()))


@cache
def spec_bytes() -> bytes:
    # Only the rendered bytes stay in memory: the parsed document is large and not needed again.
    return dumps(load_spec())


@router.get("/openapi.json", operation_id="get_openapi_spec", include_in_schema=False)
async def get_openapi_spec() -> Response:
    return Response(spec_bytes(), media_type="application/json")


@router.get("/docs", include_in_schema=False)
async def get_docs() -> HTMLResponse:
    return get_swagger_ui_html(openapi_url="openapi.json", title="Zou API")


if __name__ == "__main__":
    bundle()
