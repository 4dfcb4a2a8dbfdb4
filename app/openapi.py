"""The hand-written contract in `openapi/`, served as `/openapi.json` and rendered at `/docs`."""

from functools import cache
from pathlib import Path
from typing import Any

import yaml
from fastapi import APIRouter
from fastapi.openapi.docs import get_swagger_ui_html
from starlette.responses import HTMLResponse, Response

from app.serialize import dumps

SPEC_PATH = Path(__file__).resolve().parent.parent / "openapi" / "openapi.yaml"

router = APIRouter()


def load_spec() -> dict[str, Any]:
    # The C loader parses the large contract several times faster than the pure-Python one.
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(SPEC_PATH.read_text(), Loader=loader)  # noqa: S506 - a safe loader


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
